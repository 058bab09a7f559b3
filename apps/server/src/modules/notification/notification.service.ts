import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import type { NoticeKind } from './notice-kinds.js';
import { NotificationEntity } from './notification.entity.js';

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

/** Puts a notice in each person's inbox and on their own live stream; never to the actor. */
export async function notify(scope: WriteScope, personIds: Iterable<string>, notice: Notice): Promise<void> {
  for (const personId of new Set(personIds)) {
    if (personId === scope.actor.id) continue;
    const n = await scope.m.getRepository(NotificationEntity).save({
      personId,
      programId: scope.actor.programId,
      kind: notice.kind,
      summary: notice.summary,
      subjectId: notice.subjectId,
      sealedBy: notice.sealedBy ?? null,
      facts: { actor: scope.actor.name, ...notice.facts },
      readAt: null,
    });
    await scope.emit({
      stream: streams.person(personId),
      kind: 'notification.created',
      subjectId: n.id,
      summary: notice.summary,
      sealedBy: notice.sealedBy ?? null,
    });
  }
}
