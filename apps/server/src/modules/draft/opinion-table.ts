import { type OpinionRow, opinionTableDocx, opinionTableXlsx } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/policy.js';
import { visibleThreadSql } from '../../auth/visibility.js';
import type { Clock } from '../../clock.js';
import {
  ADOPTION_STATE_ZH,
  type AdoptionState,
  type ExportFormat,
  THREAD_STATUS_ZH,
  type ThreadSource,
} from '../../domain.js';
import { CONTENT_TYPES } from '../../exports/export-link.js';
import type { DraftEntity } from './draft.entity.js';
import { blocksOf, STAGE_ZH } from './draft.service.js';

const SOURCE_ZH: Record<ThreadSource, string> = {
  ONLINE: '在线',
  MEETING: '会议',
  REVIEW: '专家评审',
  PUBLIC: '公众',
  ALIGNMENT: '衔接检查',
};

/** 落实情况 of an adopted opinion: checked against which version, or where the lead unit says it was carried out. */
function implementation(state: AdoptionState | null, version: number | null, note: string | null): string {
  const at = version === null ? '' : `（第 ${version} 版）`;
  if (state === null) return '';
  if (state === 'AWAITING_VERSION') return ADOPTION_STATE_ZH[state];
  if (state === 'REFLECTED' && note) return `${ADOPTION_STATE_ZH[state]}：${note}`;
  return `${ADOPTION_STATE_ZH[state]}${at}`;
}

/** Markdown to the plain text a table cell shows. */
const plain = (md: string) =>
  md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every thread of the draft as a row of the 意见采纳情况表, in the order of the text. */
export async function opinionRows(
  m: EntityManager,
  draft: DraftEntity,
  viewer: Actor,
  today: string,
): Promise<OpinionRow[]> {
  const visible = visibleThreadSql('t', viewer, today, 2);
  const blocks = await blocksOf(m, draft.id);
  // The chapter of a block is its nearest heading of level 1 or 2 before it; the clause, its nearest heading.
  const place = new Map<string, { ord: number; chapter: string; clause: string }>();
  let chapter = '';
  let clause = '';
  for (const b of blocks) {
    if (b.kind === 'HEADING') {
      if (b.level <= 2) chapter = b.text;
      clause = b.text;
    }
    place.set(b.blockId, { ord: b.ord, chapter, clause });
  }
  const threads: {
    block_id: string | null;
    quote: string | null;
    anchor_state: 'ATTACHED' | 'MOVED' | 'ORPHANED';
    status: keyof typeof THREAD_STATUS_ZH;
    source: ThreadSource;
    reason: string | null;
    external_author: string | null;
    author_name: string;
    unit_name: string | null;
    body: string | null;
    former_clause: string | null;
    created_at: Date;
    adoption_state: AdoptionState | null;
    adoption_note: string | null;
    adoption_version: number | null;
  }[] = await m.query(
    `SELECT t.block_id, t.quote, t.anchor_state, t.status, t.source, t.disposition_reason AS reason, t.external_author,
            p.name AS author_name, coalesce(u.short_name, u.name) AS unit_name, t.created_at,
            t.adoption_state, t.adoption_note, (SELECT v.version FROM draft v WHERE v.id = t.adoption_draft_id) AS adoption_version,
            (SELECT c.body FROM comment c WHERE c.thread_id = t.id ORDER BY c.created_at, c.id LIMIT 1) AS body,
            -- An orphan's clause is where its passage last stood: the nearest heading in that version.
            CASE WHEN t.anchor_state = 'ORPHANED' THEN
              (SELECT (SELECT h.text FROM draft_block h
                        WHERE h.draft_id = tp.draft_id AND h.kind = 'HEADING' AND h.ord <= b.ord
                        ORDER BY h.ord DESC LIMIT 1)
                 FROM thread_placement tp JOIN draft d ON d.id = tp.draft_id
                 JOIN draft_block b ON b.draft_id = tp.draft_id AND b.block_id = tp.block_id
                WHERE tp.thread_id = t.id ORDER BY d.version DESC LIMIT 1)
            END AS former_clause
       FROM thread t JOIN person p ON p.id = t.author_id LEFT JOIN unit u ON u.id = p.unit_id
      WHERE t.draft_id = $1 AND ${visible.sql}`,
    [draft.id, ...visible.params],
  );
  const withPlace = threads.map((t) => ({ t, at: t.block_id ? place.get(t.block_id) : undefined }));
  withPlace.sort(
    (a, b) => (a.at?.ord ?? -1) - (b.at?.ord ?? -1) || a.t.created_at.getTime() - b.t.created_at.getTime(),
  );
  // A thread without a block is about the whole text, unless its passage was deleted (ORPHANED).
  return withPlace.map(({ t, at }) => ({
    orphaned: t.anchor_state === 'ORPHANED',
    chapter: at?.chapter ?? '',
    clause: t.anchor_state === 'ORPHANED' ? (t.former_clause ?? '') : at ? at.clause || '全文' : '全文',
    quote: t.quote ?? '',
    opinion: plain(t.body ?? ''),
    author: t.external_author ?? [t.unit_name, t.author_name].filter(Boolean).join(' '),
    source: SOURCE_ZH[t.source],
    disposition: THREAD_STATUS_ZH[t.status],
    reason: t.reason ?? '',
    implementation: implementation(t.adoption_state, t.adoption_version, t.adoption_note),
  }));
}

export async function opinionTableFile(
  m: EntityManager,
  draft: DraftEntity,
  planTitle: string,
  format: ExportFormat,
  viewer: Actor,
  clock: Clock,
) {
  const now = clock.now();
  const rows = await opinionRows(m, draft, viewer, clock.today());
  const meta = { planTitle, stageLabel: STAGE_ZH[draft.stage], version: draft.version, generatedAt: now };
  const body = format === 'DOCX' ? await opinionTableDocx(meta, rows) : await opinionTableXlsx(meta, rows);
  const ext = format === 'DOCX' ? 'docx' : 'xlsx';
  return {
    body,
    filename: `《${planTitle}》意见采纳情况表（${STAGE_ZH[draft.stage]}第${draft.version}版）.${ext}`,
    contentType: CONTENT_TYPES[format],
  };
}
