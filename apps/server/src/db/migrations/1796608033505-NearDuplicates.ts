import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NearDuplicates1796608033505 implements MigrationInterface {
  name = 'NearDuplicates1796608033505';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "public_opinion" ADD "cluster_id" uuid NOT NULL');
    await queryRunner.query('ALTER TABLE "public_opinion" ADD "signature" integer array NOT NULL');
    await queryRunner.query('ALTER TABLE "public_opinion" ADD "bands" integer array NOT NULL');
    await queryRunner.query(
      'CREATE INDEX "IDX_22d5fd4698b989a8b293aefd5e" ON "public_opinion"  ("consultation_id", "status", "cluster_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_44a19a92f6ac61ab7bf5d26310" ON "public_opinion"  ("consultation_id", "status", "block_id") ',
    );
    // Finds an arriving opinion's likely twins by any shared band key (modules/consultation).
    await queryRunner.query('CREATE INDEX "IDX_public_opinion_bands" ON "public_opinion" USING gin ("bands")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_public_opinion_bands"');
    await queryRunner.query('DROP INDEX "public"."IDX_44a19a92f6ac61ab7bf5d26310"');
    await queryRunner.query('DROP INDEX "public"."IDX_22d5fd4698b989a8b293aefd5e"');
    await queryRunner.query('ALTER TABLE "public_opinion" DROP COLUMN "bands"');
    await queryRunner.query('ALTER TABLE "public_opinion" DROP COLUMN "signature"');
    await queryRunner.query('ALTER TABLE "public_opinion" DROP COLUMN "cluster_id"');
  }
}
