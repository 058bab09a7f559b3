import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a notice's sentence needs that its subject cannot tell later (who wrote, the words quoted). */
export class NotificationFacts1795985000000 implements MigrationInterface {
  name = 'NotificationFacts1795985000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" ADD "facts" jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" DROP COLUMN "facts"`);
  }
}
