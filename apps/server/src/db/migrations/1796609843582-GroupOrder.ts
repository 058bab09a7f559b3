import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupOrder1796609843582 implements MigrationInterface {
  name = 'GroupOrder1796609843582';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_22d5fd4698b989a8b293aefd5e"');
    await queryRunner.query('DROP INDEX "public"."IDX_44a19a92f6ac61ab7bf5d26310"');
    await queryRunner.query(
      'CREATE INDEX "IDX_f7b7ae6d8437b6993c060724ae" ON "public_opinion"  ("consultation_id", "status", "cluster_id", "submitted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_608735e6b3f2ceb3e78de57f4a" ON "public_opinion"  ("consultation_id", "status", "block_id", "submitted_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_608735e6b3f2ceb3e78de57f4a"');
    await queryRunner.query('DROP INDEX "public"."IDX_f7b7ae6d8437b6993c060724ae"');
    await queryRunner.query(
      'CREATE INDEX "IDX_44a19a92f6ac61ab7bf5d26310" ON "public_opinion" USING btree ("block_id", "consultation_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_22d5fd4698b989a8b293aefd5e" ON "public_opinion" USING btree ("cluster_id", "consultation_id", "status") ',
    );
  }
}
