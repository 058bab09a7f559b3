import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/policy.js';
import { visibleThreadSql } from '../../auth/visibility.js';
import type { SearchKind } from './search.types.js';

/** One row of the search statement: the hit's text (to cut a snippet from) and the ids it opens. */
export interface SearchRow {
  kind: SearchKind;
  id: string;
  title: string;
  text: string;
  draft_id: string | null;
  version: number | null;
  block_id: string | null;
  quote: string | null;
  thread_id: string | null;
  meeting_id: string | null;
  plan_id: string | null;
  topic_id: string | null;
  milestone_id: string | null;
}

// The columns every part fills, so the parts line up in one UNION ALL.
const cols = (c: Partial<Record<Exclude<keyof SearchRow, 'kind' | 'id' | 'title' | 'text'>, string>>) =>
  [
    `${c.draft_id ?? 'NULL'}::text AS draft_id`,
    `${c.version ?? 'NULL'}::int AS version`,
    `${c.block_id ?? 'NULL'}::text AS block_id`,
    `${c.quote ?? 'NULL'}::text AS quote`,
    `${c.thread_id ?? 'NULL'}::text AS thread_id`,
    `${c.meeting_id ?? 'NULL'}::text AS meeting_id`,
    `${c.plan_id ?? 'NULL'}::text AS plan_id`,
    `${c.topic_id ?? 'NULL'}::text AS topic_id`,
    `${c.milestone_id ?? 'NULL'}::text AS milestone_id`,
  ].join(', ');

// The same expression as the meeting_bigrams index (migration MeetingSearch), so the index serves it.
const MEETING_TEXT = `m.title || ' ' || coalesce(m.agenda, '') || ' ' || m.minutes`;
const MEETING_HEAD = `m.title || ' ' || coalesce(m.agenda, '')`;

/**
 * Every kind of hit in one statement, at most `perKind` of each: $1 the programme, $2 the query,
 * $3 the cap. `gb_bigrams(…) @> gb_bigrams(q)` uses the GIN indexes (see the SearchBigrams
 * migration); strpos confirms the whole query occurs, in order. A draft's blocks join their index
 * just after the publication commits (modules/draft/block-index.ts): until then they are read
 * directly, the few of them found by draft_block_unindexed. Milestones and plans are a few dozen
 * short titles a programme: read without an index. Opinions and replies pass the seal rule
 * (auth/visibility.ts) exactly as every other list of threads does.
 */
export function searchRows(
  m: EntityManager,
  actor: Actor,
  today: string,
  programId: string,
  query: string,
  perKind: number,
): Promise<SearchRow[]> {
  const visible = visibleThreadSql('t', actor, today, 4);
  return m.query(
    `(SELECT 'DRAFT_BLOCK' AS kind, b.draft_id::text || ':' || b.block_id AS id, p.title, b.text,
             ${cols({ draft_id: 'b.draft_id', version: 'd.version', block_id: 'b.block_id', plan_id: 'p.id' })}
        FROM (SELECT draft_id, block_id, ord, text FROM draft_block
               WHERE indexed AND gb_bigrams(text) @> gb_bigrams($2)
              UNION ALL
              SELECT draft_id, block_id, ord, text FROM draft_block WHERE NOT indexed) b
        JOIN draft d ON d.id = b.draft_id JOIN plan p ON p.id = d.plan_id
       WHERE d.program_id = $1 AND strpos(lower(b.text), lower($2)) > 0
       ORDER BY d.version DESC, p.sort_order, b.ord LIMIT $3)
     UNION ALL
     (SELECT CASE WHEN c.id = (SELECT f.id FROM comment f WHERE f.thread_id = c.thread_id
                                ORDER BY f.created_at, f.id LIMIT 1)
                  THEN 'THREAD' ELSE 'COMMENT' END,
             c.id::text, p.title, c.body,
             ${cols({
               draft_id: 't.draft_id',
               version: 'd.version',
               block_id: 't.block_id',
               quote: 't.quote',
               thread_id: 't.id',
               meeting_id: 't.meeting_id',
               plan_id: 'p.id',
             })}
        FROM comment c JOIN thread t ON t.id = c.thread_id
        JOIN draft d ON d.id = t.draft_id JOIN plan p ON p.id = d.plan_id
       WHERE t.program_id = $1 AND gb_bigrams(c.body) @> gb_bigrams($2) AND strpos(lower(c.body), lower($2)) > 0
         AND ${visible.sql}
       ORDER BY c.created_at DESC LIMIT $3)
     UNION ALL
     (SELECT CASE WHEN strpos(lower(${MEETING_HEAD}), lower($2)) > 0 THEN 'MEETING' ELSE 'MINUTES' END,
             m.id::text, m.title,
             CASE WHEN strpos(lower(${MEETING_HEAD}), lower($2)) > 0 THEN ${MEETING_HEAD} ELSE m.minutes END,
             ${cols({ meeting_id: 'm.id' })}
        FROM meeting m
       WHERE m.program_id = $1 AND gb_bigrams(${MEETING_TEXT}) @> gb_bigrams($2)
         AND strpos(lower(${MEETING_TEXT}), lower($2)) > 0
       ORDER BY m.starts_at DESC LIMIT $3)
     UNION ALL
     (SELECT 'TOPIC', r.id::text, r.title, r.title || ' ' || r.content, ${cols({ topic_id: 'r.id' })}
        FROM research_topic r
       WHERE r.program_id = $1 AND gb_bigrams(r.title || ' ' || r.content) @> gb_bigrams($2)
         AND strpos(lower(r.title || ' ' || r.content), lower($2)) > 0
       ORDER BY r.number LIMIT $3)
     UNION ALL
     (SELECT 'MILESTONE', ms.id::text, ms.title, ms.title, ${cols({ milestone_id: 'ms.id' })}
        FROM milestone ms
       WHERE ms.program_id = $1 AND strpos(lower(ms.title), lower($2)) > 0
       ORDER BY ms.due_on, ms.sort_order LIMIT $3)
     UNION ALL
     (SELECT 'PLAN', p.id::text, p.title, p.title, ${cols({ plan_id: 'p.id' })}
        FROM plan p
       WHERE p.program_id = $1 AND strpos(lower(p.title), lower($2)) > 0
       ORDER BY p.sort_order LIMIT $3)`,
    [programId, query, perKind, ...visible.params],
  );
}
