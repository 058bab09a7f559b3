/**
 * The floor of writes.bench.ts: the rows the web app's hot mutations write, sent straight to
 * PostgreSQL with `pg` — per write one transaction holding its row change, its events and the
 * notice a reply or decision leaves, with nothing read first. One client's turn writes what one
 * client of the server does in its turn: an opinion, a reply to it, its decision, a topic's
 * progress. The events go into the same log (and through the same commit-order trigger).
 */
import type pg from 'pg';
import { streams } from '../../apps/server/src/realtime/streams.js';
import type { Kind } from './writes.clients.js';

export interface FloorFacts {
  programmeId: string;
  draftId: string;
  /** The draft's plan's lead unit: where a new thread is assigned. */
  leadUnitId: string;
  anchor: { blockId: string; start: number; end: number; quote: string };
  topics: { id: string; status: string }[];
  /** The person who posts client i's opinions, and the one who answers and decides them. */
  author(i: number): string;
  runner(i: number): string;
}

/** Times one write; null when it failed (counted by the caller). */
export type Timed = <T>(kind: Kind, write: () => Promise<T>) => Promise<T | null>;

/** One floor client's turn of the four writes: `turn(i, cycle, timed)`. */
export function floorWrites(pool: pg.Pool, facts: FloorFacts) {
  const { programmeId, draftId, anchor } = facts;
  const tx = async <T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const r = await work(c);
      await c.query('COMMIT');
      return r;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  };
  const event = (c: pg.PoolClient, e: { stream: string; kind: string; subject: string; actor: string }) =>
    c.query(
      `INSERT INTO event (program_id, stream, kind, subject_id, actor_id, summary, payload, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [programmeId, e.stream, e.kind, e.subject, e.actor, '基准测试', JSON.stringify({ threadId: e.subject })],
    );
  const notice = async (c: pg.PoolClient, personId: string, actor: string, subject: string) => {
    const { rows } = await c.query<{ id: string }>(
      `INSERT INTO notification (person_id, program_id, kind, summary, subject_id, facts)
       VALUES ($1, $2, 'reply', '基准测试', $3, $4) RETURNING id`,
      [personId, programmeId, subject, JSON.stringify({ actor: '基准' })],
    );
    await event(c, {
      stream: streams.person(personId),
      kind: 'notification.created',
      subject: rows[0]?.id ?? '',
      actor,
    });
  };
  const comment = (c: pg.PoolClient, threadId: string, author: string, body: string) =>
    c.query(
      'INSERT INTO comment (thread_id, author_id, body, version, created_at) VALUES ($1, $2, $3, 1, now()) RETURNING id',
      [threadId, author, body],
    );

  return async function turn(i: number, cycle: number, timed: Timed): Promise<void> {
    const author = facts.author(i);
    const runner = facts.runner(i);
    // Every other opinion on a passage, as the server's clients do.
    const at = cycle % 2 === 0 ? anchor : null;
    const place = [at?.blockId ?? null, at?.start ?? null, at?.end ?? null, at?.quote ?? null];
    const threadId = await timed('startThread', () =>
      tx(async (c) => {
        const { rows } = await c.query<{ id: string }>(
          `INSERT INTO thread (program_id, draft_id, block_id, anchor_start, anchor_end, quote, prefix, suffix,
             anchor_state, source, status, assigned_unit_id, author_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, '', '', 'ATTACHED', 'ONLINE', 'OPEN', $7, $8, now()) RETURNING id`,
          [programmeId, draftId, ...place, facts.leadUnitId, author],
        );
        const id = rows[0]?.id as string;
        await c.query(
          `INSERT INTO thread_placement (thread_id, draft_id, block_id, anchor_start, anchor_end, quote, anchor_state)
           VALUES ($1, $2, $3, $4, $5, $6, 'ATTACHED')`,
          [id, draftId, ...place],
        );
        await comment(c, id, author, `第 ${cycle} 条意见：建议补充量化指标。`);
        await event(c, { stream: streams.draft(draftId), kind: 'thread.started', subject: id, actor: author });
        return id;
      }),
    );
    if (!threadId) return;
    await timed('reply', () =>
      tx(async (c) => {
        await comment(c, threadId, runner, '已研究，拟采纳。');
        await event(c, { stream: streams.draft(draftId), kind: 'thread.replied', subject: threadId, actor: runner });
        await notice(c, author, runner, threadId);
      }),
    );
    await timed('disposeThread', () =>
      tx(async (c) => {
        await c.query(
          `UPDATE thread SET status = 'ADOPTED', disposition_reason = '', decided_by = $2, decided_at = now() WHERE id = $1`,
          [threadId, runner],
        );
        await event(c, { stream: streams.draft(draftId), kind: 'thread.disposed', subject: threadId, actor: runner });
        await notice(c, author, runner, threadId);
      }),
    );
    const topic = facts.topics[(i + cycle) % facts.topics.length] as { id: string; status: string };
    await timed('updateTopic', () =>
      tx(async (c) => {
        await c.query(
          `UPDATE research_topic SET status = $2, progress_note = $3,
             completed_at = CASE WHEN $2 = 'DONE' THEN completed_at END WHERE id = $1`,
          [topic.id, topic.status, `进展 ${cycle}`],
        );
        await event(c, {
          stream: streams.program(programmeId),
          kind: 'topic.updated',
          subject: topic.id,
          actor: runner,
        });
      }),
    );
  };
}
