import type { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { PublicConsultationEntity } from './consultation.entity.js';
import { firstOfChain, moderatePublicOpinion } from './consultation.service.js';
import type { OpinionGrouping } from './consultation.types.js';
import type { ModerationDecision, ModerationStatus } from './consultation.vocabulary.js';

/** Opinions accepted one by one in one action at most; more that say the same are merged instead. */
export const MAX_GROUP_ACCEPT = 50;

/**
 * A group's key, as the API gives it out: `p:<blockId>` (a passage; `p:` the whole draft) or
 * `s:<clusterId>` (near-duplicates). Read back into the SQL condition that selects its opinions,
 * with its parameter; BAD_USER_INPUT for anything else.
 */
export function groupCondition(key: string, alias = 'o'): { sql: string; param: string | null } {
  if (key === 'p:') return { sql: `${alias}.block_id IS NULL`, param: null };
  if (key.startsWith('p:')) return { sql: `${alias}.block_id = $GROUP`, param: key.slice(2) };
  const cluster = /^s:([0-9a-f-]{36})$/.exec(key)?.[1];
  if (cluster) return { sql: `${alias}.cluster_id = $GROUP::uuid`, param: cluster };
  throw badInput('groupKey', { reason: 'GROUP_KEY_INVALID', message: 'is not a group this server gave out.' });
}

const keyOf = (by: OpinionGrouping, value: string | null) => (by === 'PASSAGE' ? `p:${value ?? ''}` : `s:${value}`);

export interface GroupRow {
  key: string;
  by: OpinionGrouping;
  count: number;
  blockId: string | null;
  quote: string | null;
  sampleId: string;
  latestAt: Date;
}

/**
 * One page of a round's groups with the status asked for, largest first (then by key), by keyset:
 * a cursor is the last group's count and key. Three statements whatever the round's size: the
 * page, the number of groups, and each group's first opinion with its passage's text.
 */
export async function groupPage(
  ds: DataSource,
  c: PublicConsultationEntity,
  by: OpinionGrouping,
  status: ModerationStatus,
  first: number,
  after: string | null,
) {
  const column = by === 'PASSAGE' ? 'block_id' : 'cluster_id';
  let cursor: { count: number; key: string } | null = null;
  if (after) {
    const [count, key] = Buffer.from(after, 'base64url').toString().split('|');
    if (!key || !/^\d+$/.test(count ?? '')) {
      throw badInput('after', { reason: 'BAD_CURSOR', message: 'is not a cursor this server gave out.' });
    }
    cursor = { count: Number(count), key };
  }
  const params: unknown[] = [c.id, status, first + 1];
  let page = '';
  if (cursor) {
    params.push(cursor.count, cursor.key);
    page = 'WHERE g.count < $4 OR (g.count = $4 AND g.value > $5)';
  }
  const [rows, total]: [{ value: string | null; count: number; latest_at: Date }[], { n: number }[]] =
    await Promise.all([
      ds.query(
        `SELECT * FROM (
           SELECT coalesce(${column}::text, '') AS value, count(*)::int AS count, max(submitted_at) AS latest_at
             FROM public_opinion WHERE consultation_id = $1 AND status = $2 GROUP BY ${column}
         ) g ${page} ORDER BY g.count DESC, g.value LIMIT $3`,
        params,
      ),
      ds.query(
        `SELECT count(DISTINCT coalesce(${column}::text, ''))::int AS n
           FROM public_opinion WHERE consultation_id = $1 AND status = $2`,
        [c.id, status],
      ),
    ]);
  const shown = rows.slice(0, first);
  const values = shown.map((r) => r.value ?? '');
  // Each group's first opinion (one index probe per group), and for a passage its text in the draft.
  // The whole draft's group (no passage) is probed on its own: IS NULL, unlike IS NOT DISTINCT
  // FROM, can use the index.
  const keyed = values.filter((v) => v !== '');
  const probe = by === 'PASSAGE' ? 'o.block_id = g.value' : 'o.cluster_id = g.value::uuid';
  const [samples, whole]: [{ value: string; id: string; quote: string | null }[], { id: string }[]] = await Promise.all(
    [
      keyed.length
        ? ds.query(
            `SELECT g.value, f.id, b.text AS quote
               FROM unnest($4::text[]) AS g(value)
               CROSS JOIN LATERAL (
                 SELECT o.id, o.block_id FROM public_opinion o
                  WHERE o.consultation_id = $1 AND o.status = $2 AND ${probe}
                  ORDER BY o.submitted_at, o.id LIMIT 1
               ) f
               LEFT JOIN draft_block b ON b.draft_id = $3 AND b.block_id = f.block_id`,
            [c.id, status, c.draftId, keyed],
          )
        : [],
      keyed.length < values.length
        ? ds.query(
            `SELECT id FROM public_opinion WHERE consultation_id = $1 AND status = $2 AND block_id IS NULL
              ORDER BY submitted_at, id LIMIT 1`,
            [c.id, status],
          )
        : [],
    ],
  );
  if (whole[0]) samples.push({ value: '', id: whole[0].id, quote: null });
  const sampleOf = new Map(samples.map((s) => [s.value, s]));
  const groups: GroupRow[] = shown.map((r) => {
    const value = r.value === '' ? null : r.value;
    const sample = sampleOf.get(r.value ?? '');
    return {
      key: keyOf(by, value),
      by,
      count: r.count,
      blockId: by === 'PASSAGE' ? value : null,
      quote: by === 'PASSAGE' ? (sample?.quote ?? null) : null,
      sampleId: sample?.id ?? '',
      latestAt: new Date(r.latest_at),
    };
  });
  const cursorOf = (g: GroupRow, r: { value: string | null }) =>
    Buffer.from(`${g.count}|${r.value ?? ''}`).toString('base64url');
  const edges = groups.map((g, i) => ({ cursor: cursorOf(g, shown[i] as { value: string | null }), node: g }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total[0]?.n ?? 0,
  };
}

/** Each passage's opinions in a round, received and still pending. */
export async function passageCounts(ds: DataSource, consultationId: string) {
  const rows: { block_id: string; received: number; pending: number }[] = await ds.query(
    `SELECT block_id, count(*)::int AS received, (count(*) FILTER (WHERE status = 'PENDING'))::int AS pending
       FROM public_opinion WHERE consultation_id = $1 AND block_id IS NOT NULL GROUP BY block_id`,
    [consultationId],
  );
  return rows.map((r) => ({ blockId: r.block_id, received: r.received, pending: r.pending }));
}

export interface GroupModeration {
  consultationId: string;
  groupKey: string;
  decision: ModerationDecision;
  note?: string | null;
  duplicateOfId?: string | null;
  expectedCount: number;
}

const DECISION_ZH: Record<ModerationDecision, string> = { ACCEPT: '采纳', REJECT: '不予采纳', DUPLICATE: '合并为重复' };

/**
 * Decides every pending opinion of a group in one action, with one note: REJECT them all; mark
 * them all DUPLICATE of one opinion (merge: the one named stays as it is); or ACCEPT each as its
 * own thread (at most MAX_GROUP_ACCEPT). The pending opinions are locked first; if their number is
 * not what the moderator saw, CONFLICT and nothing changes. One event tells the round's followers.
 */
export async function moderateGroup(scope: WriteScope, input: GroupModeration): Promise<{ decided: number }> {
  const { m } = scope;
  const c = await m.getRepository(PublicConsultationEntity).findOneBy({ id: input.consultationId });
  if (!c || c.programId !== scope.actor.programId) throw notFound('consultation', input.consultationId);
  const where = groupCondition(input.groupKey);
  const params: unknown[] = [c.id];
  if (where.param !== null) params.push(where.param);
  const locked: { id: string; version: number }[] = await m.query(
    `SELECT o.id, o.version FROM public_opinion o
      WHERE o.consultation_id = $1 AND o.status = 'PENDING' AND ${where.sql.replace('$GROUP', '$2')}
      ORDER BY o.submitted_at, o.id FOR UPDATE`,
    params,
  );
  const note = input.note?.trim() || null;
  let targets = locked;
  let duplicateOfId: string | null = null;
  if (input.decision === 'DUPLICATE') {
    if (!input.duplicateOfId) {
      throw badInput('input.duplicateOfId', {
        reason: 'DUPLICATE_OF_REQUIRED',
        message: 'name the opinion they repeat.',
      });
    }
    const root = await firstOfChain(m, c.id, input.duplicateOfId);
    duplicateOfId = root;
    targets = locked.filter((o) => o.id !== root);
  }
  // What the moderator saw: the group's pending opinions (the one they merge into among them).
  const expected = locked.length;
  if (expected !== input.expectedCount) {
    throw conflict(
      {
        reason: 'GROUP_CHANGED',
        message: `The group changed meanwhile (now ${expected} pending).`,
        facts: { count: expected },
      },
      { count: expected },
    );
  }
  if (input.decision === 'ACCEPT') {
    if (targets.length > MAX_GROUP_ACCEPT) {
      throw badInput('input.decision', {
        reason: 'GROUP_TOO_LARGE_TO_ACCEPT',
        message: `at most ${MAX_GROUP_ACCEPT} opinions are accepted one by one at once; merge opinions that say the same.`,
        facts: { max: MAX_GROUP_ACCEPT },
      });
    }
    for (const o of targets) {
      await moderatePublicOpinion(scope, { opinionId: o.id, decision: 'ACCEPT', expectedVersion: o.version });
    }
    return { decided: targets.length };
  }
  if (input.decision === 'REJECT' && !note) {
    throw badInput('input.note', { reason: 'MODERATION_NOTE_REQUIRED', message: 'say why they are not taken up.' });
  }
  await m.query(
    `UPDATE public_opinion SET status = $2, moderation_note = $3, duplicate_of_id = $4, thread_id = NULL,
            moderated_by = $5, moderated_at = $6, version = version + 1
      WHERE id = ANY($1::uuid[])`,
    [
      targets.map((o) => o.id),
      input.decision === 'REJECT' ? 'REJECTED' : 'DUPLICATE',
      note,
      duplicateOfId,
      scope.actor.id,
      scope.now,
    ],
  );
  await scope.emit({
    stream: streams.consultation(c.id),
    kind: 'public-opinion.group-moderated',
    subjectId: c.id,
    summary: `${scope.actor.name} 将 ${targets.length} 条公众意见${DECISION_ZH[input.decision]}`,
    payload: {
      consultationId: c.id,
      decision: input.decision,
      count: targets.length,
      groupKey: input.groupKey,
      ...(duplicateOfId ? { duplicateOfId } : {}),
    },
  });
  return { decided: targets.length };
}
