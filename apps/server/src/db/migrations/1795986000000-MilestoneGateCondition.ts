import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A milestone may stand for a phase-gate condition (`gate_condition`, e.g. FRAMEWORK_AGREED): the
 * gate reads the mark instead of matching milestone titles. Programmes seeded before this got
 * their framework milestone by its title, so it is marked here once; new ones are marked by the seed.
 */
export class MilestoneGateCondition1795986000000 implements MigrationInterface {
  name = 'MilestoneGateCondition1795986000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "milestone" ADD "gate_condition" text');
    await queryRunner.query(
      `UPDATE "milestone" SET "gate_condition" = 'FRAMEWORK_AGREED' WHERE strpos("title", '“1+X”规划框架体系') > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "milestone" DROP COLUMN "gate_condition"');
  }
}
