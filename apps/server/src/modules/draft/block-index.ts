import type { EntityManager } from 'typeorm';
import { logger } from '../../log.js';

/**
 * A publication's blocks join the search index after its transaction commits. The index's upkeep
 * (every block's bigrams into a GIN index) costs about half a second for 3,000 blocks: inside the
 * transaction it would hold the plan's lock and the publication's connection that long. Until a
 * block is indexed, search reads it directly (`draft_block_unindexed`), so it is found either way;
 * the index only makes finding it cheap. See the BlockIndexAfterCommit migration.
 */

// Rows per UPDATE, each statement its own transaction: short against statement_timeout and locks.
const BATCH = 2_000;

async function indexDraft(m: EntityManager, draftId: string): Promise<void> {
  const [row]: { unindexed: number; last: number }[] = await m.query(
    `SELECT count(*) FILTER (WHERE NOT indexed)::int AS unindexed, coalesce(max(ord), -1)::int AS last
     FROM draft_block WHERE draft_id = $1`,
    [draftId],
  );
  if (!row?.unindexed) return;
  const { last } = row;
  for (let from = 0; from <= last; from += BATCH) {
    await m.query(
      'UPDATE draft_block SET indexed = true WHERE draft_id = $1 AND NOT indexed AND ord >= $2 AND ord < $3',
      [draftId, from, from + BATCH],
    );
  }
}

/**
 * Puts a committed draft's blocks into the search index, then any others left out (a process that
 * stopped between a publication's commit and this). Outside any transaction. A failure is logged,
 * not thrown: the publication stands, and its blocks stay searchable, only more slowly.
 */
export async function indexBlocksAfterCommit(m: EntityManager, draftId: string): Promise<void> {
  try {
    await indexDraft(m, draftId);
    const left: { draftId: string }[] = await m.query(
      'SELECT DISTINCT draft_id AS "draftId" FROM draft_block WHERE NOT indexed',
    );
    for (const { draftId: other } of left) await indexDraft(m, other);
  } catch (err) {
    logger.warn({ err, draftId }, 'Indexing a draft’s blocks for search failed; search reads them unindexed');
  }
}
