import pg from 'pg';
import { BackupRefusal } from './backup-refusal.js';
import { count, type Progress } from './progress.js';

/** Transactions used up per DO block; each block commits every one of them. */
const BATCH = 1_000_000;
/** Beyond this the wait would be long and wraparound protection near; better a cluster that is ahead. */
const MOST = 1_000_000_000n;

/**
 * Moves the cluster's transaction counter past `highest`, so a new transaction's id is above
 * every transaction id restored into the event log (event.txid, event_commit.txid, unique there).
 * A cluster that has run fewer transactions than the backed-up one — a new one, typically — is
 * behind; a superuser could reset its counter with pg_resetwal while it is stopped, but an
 * ordinary role can only use transactions up, in committed batches (about 400,000 a second here).
 * Returns how many were used.
 */
export async function advanceTransactionCounter(url: string, highest: bigint, progress: Progress): Promise<bigint> {
  const client = new pg.Client({ connectionString: url, application_name: 'gongbian-restore' });
  client.on('error', () => {});
  await client.connect();
  try {
    const current = async () =>
      BigInt((await client.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x')).rows[0]?.x ?? 0);
    const start = await current();
    if (start > highest) return 0n;
    const gap = highest - start + 1n;
    if (gap > MOST)
      throw new BackupRefusal(
        `This PostgreSQL has run ${gap} fewer transactions than the one the backup came from; using them up would take too long. Restore into a cluster that has run more, or ask its administrator to raise the counter with pg_resetwal --next-transaction-id.`,
      );
    progress(`Moving this PostgreSQL's transaction counter past the backup's (${count(gap)} transactions)…`);
    // Commits here need not wait for the disk: they change nothing.
    await client.query('SET synchronous_commit = off');
    for (let now = start; now <= highest; now = await current()) {
      const n = highest - now + 1n < BigInt(BATCH) ? Number(highest - now + 1n) : BATCH;
      // A DO block may commit inside its loop when called outside a transaction (PostgreSQL 11+).
      await client.query(`DO $$ BEGIN FOR i IN 1..${n} LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$`);
    }
    return (await current()) - start;
  } finally {
    await client.end().catch(() => {});
  }
}
