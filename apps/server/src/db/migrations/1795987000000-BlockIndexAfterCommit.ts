import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft's blocks enter the search index (draft_block_bigrams, see SearchBigrams) after the
 * publication commits, not inside it: for 3,000 blocks the index's upkeep is most of a
 * publication's transaction (about half a second here), during which the plan stays locked. A
 * block is inserted with `indexed = false`, so the partial index skips it, and set `indexed` once
 * committed; search finds unindexed blocks by `draft_block_unindexed` and reads them directly.
 */
export class BlockIndexAfterCommit1795987000000 implements MigrationInterface {
  name = 'BlockIndexAfterCommit1795987000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "draft_block" ADD "indexed" boolean NOT NULL DEFAULT true`);
    await q.query(`DROP INDEX "draft_block_bigrams"`);
    await q.query(`CREATE INDEX "draft_block_bigrams" ON "draft_block" USING gin (gb_bigrams("text")) WHERE "indexed"`);
    await q.query(`CREATE INDEX "draft_block_unindexed" ON "draft_block" ("draft_id") WHERE NOT "indexed"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "draft_block_unindexed"`);
    await q.query(`DROP INDEX "draft_block_bigrams"`);
    await q.query(`CREATE INDEX "draft_block_bigrams" ON "draft_block" USING gin (gb_bigrams("text"))`);
    await q.query(`ALTER TABLE "draft_block" DROP COLUMN "indexed"`);
  }
}
