import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The activity feed reads a programme's newest events: without this it sorts the whole log. */
export class RecentActivityIndex1795970000000 implements MigrationInterface {
  name = 'RecentActivityIndex1795970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "event_program_at" ON "event" ("program_id", "at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "event_program_at"`);
  }
}
