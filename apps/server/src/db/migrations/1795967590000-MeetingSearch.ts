import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetings are searched like drafts: by the bigrams of their text (see SearchBigrams). */
export class MeetingSearch1795967590000 implements MigrationInterface {
  name = 'MeetingSearch1795967590000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "meeting_bigrams" ON "meeting"
       USING gin (gb_bigrams("title" || ' ' || coalesce("agenda", '') || ' ' || "minutes"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "meeting_bigrams"`);
  }
}
