import type { DataSource } from 'typeorm';

export interface Pruned {
  events: number;
  /** The last position now pruned: cursors before it are refused (CURSOR_EXPIRED). */
  horizon: bigint;
}

/**
 * Deletes the events committed more than `days` ago (GONGBIAN_EVENT_RETENTION_DAYS), a prefix of
 * the log, and records where it ends in event_horizon. What goes leaves the activity feed, the
 * audit log and replays, so the setting is off (0) unless an operator chooses it.
 */
export async function pruneEvents(ds: DataSource, days: number): Promise<Pruned> {
  return ds.transaction(async (m) => {
    // The append-only trigger lets a DELETE through only when it is said to be pruning.
    await m.query(`SET LOCAL gongbian.pruning = 'on'`);
    const [cut]: { position: string | null }[] = await m.query(
      `SELECT max(position)::text AS position FROM event_commit WHERE committed_at < now() - make_interval(days => $1)`,
      [days],
    );
    const [before]: { pruned_through: string }[] = await m.query(
      'SELECT pruned_through::text AS pruned_through FROM event_horizon FOR UPDATE',
    );
    const horizon = BigInt(before?.pruned_through ?? 0);
    if (cut?.position == null || BigInt(cut.position) <= horizon) return { events: 0, horizon };
    const rows: { n: number }[] = await m.query(
      `WITH gone AS (
         DELETE FROM event WHERE txid IN (SELECT txid FROM event_commit WHERE position <= $1) RETURNING 1
       ) SELECT count(*)::int AS n FROM gone`,
      [cut.position],
    );
    await m.query('DELETE FROM event_commit WHERE position <= $1', [cut.position]);
    await m.query('UPDATE event_horizon SET pruned_through = $1', [cut.position]);
    return { events: rows[0]?.n ?? 0, horizon: BigInt(cut.position) };
  });
}
