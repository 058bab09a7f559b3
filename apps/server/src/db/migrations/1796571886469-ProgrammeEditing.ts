import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme is edited by its people: a plan carries a version, raised by every edit, so a
 * stale edit is refused (CONFLICT) instead of overwriting someone else's. Reminders of overdue
 * work (督查) are claimed in `reminder_sent`, one row per (kind, subject, day, person): every
 * replica runs the job, and the primary key lets exactly one of them send each.
 */
export class ProgrammeEditing1796571886469 implements MigrationInterface {
  name = 'ProgrammeEditing1796571886469';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "plan" ADD "version" integer NOT NULL DEFAULT 1');
    await queryRunner.query(
      `CREATE TABLE "reminder_sent" (
         "kind" text NOT NULL,
         "subject_id" uuid NOT NULL,
         "day" date NOT NULL,
         "person_id" uuid NOT NULL,
         "program_id" uuid NOT NULL,
         CONSTRAINT "PK_reminder_sent" PRIMARY KEY ("kind", "subject_id", "day", "person_id"),
         CONSTRAINT "FK_reminder_sent_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
         CONSTRAINT "FK_reminder_sent_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query('CREATE INDEX "IDX_reminder_sent_person" ON "reminder_sent" ("person_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "reminder_sent"');
    await queryRunner.query('ALTER TABLE "plan" DROP COLUMN "version"');
  }
}
