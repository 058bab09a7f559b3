import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's conclusion (专家论证会, 领导小组会议): one per meeting, kept on the meeting's row; a
 * replaced conclusion stays in the event log. And a person's memberships of the leading group,
 * the working group and the expert team, each with a title and expertise.
 */
export class ConclusionsMemberships1796571810876 implements MigrationInterface {
  name = 'ConclusionsMemberships1796571810876';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "meeting" ADD "conclusion_verdict" text');
    await q.query('ALTER TABLE "meeting" ADD "conclusion_text" text');
    await q.query('ALTER TABLE "meeting" ADD "conclusion_recorded_by" uuid');
    await q.query('ALTER TABLE "meeting" ADD "conclusion_recorded_at" TIMESTAMP WITH TIME ZONE');
    await q.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_a698d8e17aba456b5980d36e4b8" FOREIGN KEY ("conclusion_recorded_by") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_conclusion_whole" CHECK (
         ("conclusion_verdict" IS NULL) = ("conclusion_text" IS NULL)
         AND ("conclusion_verdict" IS NULL) = ("conclusion_recorded_by" IS NULL)
         AND ("conclusion_verdict" IS NULL) = ("conclusion_recorded_at" IS NULL))`,
    );
    await q.query(
      `CREATE TABLE "membership" ("person_id" uuid NOT NULL, "group_kind" text NOT NULL, "title" text NOT NULL,
         "expertise" text array NOT NULL DEFAULT '{}',
         CONSTRAINT "PK_membership" PRIMARY KEY ("person_id", "group_kind"))`,
    );
    await q.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "membership"');
    await q.query('ALTER TABLE "meeting" DROP CONSTRAINT "CHK_meeting_conclusion_whole"');
    await q.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_a698d8e17aba456b5980d36e4b8"');
    await q.query('ALTER TABLE "meeting" DROP COLUMN "conclusion_recorded_at"');
    await q.query('ALTER TABLE "meeting" DROP COLUMN "conclusion_recorded_by"');
    await q.query('ALTER TABLE "meeting" DROP COLUMN "conclusion_text"');
    await q.query('ALTER TABLE "meeting" DROP COLUMN "conclusion_verdict"');
  }
}
