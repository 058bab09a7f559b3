import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events and notifications carry the review assignment that seals them (an event or notice about
 * a sealed review thread), so every reader applies the sealed-review rule where the words are
 * read. No foreign key: a seal whose review is gone is open (modules/review/visibility.ts).
 */
export class SealedEvents1795980000000 implements MigrationInterface {
  name = 'SealedEvents1795980000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['event', 'notification']) {
      await q.query(`ALTER TABLE "${table}" ADD "sealed_by" uuid`);
    }
    // Events written before this migration about a review thread get its seal.
    await q.query(
      `UPDATE "event" e SET "sealed_by" = t."review_assignment_id" FROM "thread" t
        WHERE t."review_assignment_id" IS NOT NULL AND e."payload" ? 'threadId' AND e."payload"->>'threadId' = t."id"::text`,
    );
    await q.query(
      `UPDATE "notification" n SET "sealed_by" = t."review_assignment_id" FROM "thread" t
        WHERE t."review_assignment_id" IS NOT NULL AND n."subject_id" = t."id"::text`,
    );
    await q.query(
      `UPDATE "event" e SET "sealed_by" = n."sealed_by" FROM "notification" n
        WHERE n."sealed_by" IS NOT NULL AND e."kind" = 'notification.created' AND e."subject_id" = n."id"::text`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" DROP COLUMN "sealed_by"`);
    await q.query(`ALTER TABLE "event" DROP COLUMN "sealed_by"`);
  }
}
