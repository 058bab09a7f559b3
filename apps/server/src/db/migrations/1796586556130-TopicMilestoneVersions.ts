import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Research topics and milestones are edited by the working group (title, units, due date) while
 * their units update status: each row carries a version, raised by every change to it, so an edit
 * made on a stale view of the row is refused (CONFLICT) instead of overwriting the newer one.
 */
export class TopicMilestoneVersions1796586556130 implements MigrationInterface {
  name = 'TopicMilestoneVersions1796586556130';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "research_topic" ADD "version" integer NOT NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE "milestone" ADD "version" integer NOT NULL DEFAULT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "milestone" DROP COLUMN "version"');
    await queryRunner.query('ALTER TABLE "research_topic" DROP COLUMN "version"');
  }
}
