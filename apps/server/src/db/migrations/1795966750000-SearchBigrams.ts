import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chinese has no spaces to split words on, and a query such as 物资 is only two characters:
 * PostgreSQL's full-text parsers see a whole sentence as one token, and pg_trgm needs three
 * characters to use its index. So text is indexed by its overlapping two-character pieces
 * (bigrams): every substring of two or more characters is found through the bigrams it contains
 * (GIN, array containment), then confirmed with strpos to drop false positives.
 */
export class SearchBigrams1795966750000 implements MigrationInterface {
  name = 'SearchBigrams1795966750000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION gb_bigrams(t text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}')
        FROM generate_series(1, length(t) - 1) AS i
      $$`);
    await q.query(`CREATE INDEX "draft_block_bigrams" ON "draft_block" USING gin (gb_bigrams("text"))`);
    await q.query(`CREATE INDEX "comment_bigrams" ON "comment" USING gin (gb_bigrams("body"))`);
    await q.query(
      `CREATE INDEX "research_topic_bigrams" ON "research_topic" USING gin (gb_bigrams("title" || ' ' || "content"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "research_topic_bigrams"`);
    await q.query(`DROP INDEX "comment_bigrams"`);
    await q.query(`DROP INDEX "draft_block_bigrams"`);
    await q.query(`DROP FUNCTION gb_bigrams(text)`);
  }
}
