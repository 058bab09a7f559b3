import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import type { NoticeKind } from './notice-kinds.js';

export interface Notice {
  kind: NoticeKind;
  summary: string;
  subjectId: string;
  /**
   * The review assignment that seals what the notice says (it is about a sealed review thread):
   * the notice is kept, but read only once its reader may see the thread (review/visibility.ts).
   */
  sealedBy?: string | null;
  /** Values the sentence needs that the subject cannot give later, e.g. the words quoted. Raw, never sentences. */
  facts?: Record<string, string>;
}

/**
 * Puts a notice in each person's inbox and on their own live stream; never to the actor. All of
 * a write's recipients in one statement.
 */
export async function notify(scope: WriteScope, personIds: Iterable<string>, notice: Notice): Promise<void> {
  const to = [...new Set(personIds)].filter((id) => id !== scope.actor.id);
  if (to.length === 0) return;
  const rows: { id: string; person_id: string }[] = await scope.m.query(
    `INSERT INTO notification (person_id, program_id, kind, summary, subject_id, sealed_by, facts, created_at)
     SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6, $7, $8 RETURNING id, person_id`,
    [
      to,
      scope.actor.programId,
      notice.kind,
      notice.summary,
      notice.subjectId,
      notice.sealedBy ?? null,
      JSON.stringify({ actor: scope.actor.name, ...notice.facts }),
      // On the programme's clock, like the write's events: a notice is dated when its write happened.
      scope.now,
    ],
  );
  await scope.emitAll(
    rows.map((n) => ({
      stream: streams.person(n.person_id),
      kind: 'notification.created' as const,
      subjectId: n.id,
      summary: notice.summary,
      sealedBy: notice.sealedBy ?? null,
    })),
  );
}
