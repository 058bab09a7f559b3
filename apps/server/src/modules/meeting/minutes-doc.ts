import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import * as Y from 'yjs';
import { badInput } from '../../errors.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { MeetingEntity } from './meeting.entity.js';

/** The Y.Text of a meeting's minutes, in every Y.Doc the server and the browsers keep of them. */
export const MINUTES_TEXT = 'minutes';

/**
 * A meeting's minutes as a Yjs document (the live editor's shared state). `meeting.minutes` stays
 * the plain text (search and the .docx read it); this row is what live editors merge into. A
 * meeting without a row has minutes nobody has changed since they were plain text only.
 */
@Entity('meeting_minutes_doc')
export class MinutesDocEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @OneToOne('MeetingEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @Column({ type: 'bytea' }) state: Buffer;
}

/**
 * The document for minutes that have no stored one yet: their text, written by a fixed client.
 * Fixed so that every reader builds the very same items from the same text — a browser that read
 * it before the first stored write merges with that write instead of getting the text twice.
 */
function docFromText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 0;
  if (text) doc.getText(MINUTES_TEXT).insert(0, text);
  return doc;
}

/** The stored document of the minutes, or the one their text implies (see docFromText). */
export function minutesDocOf(meeting: Pick<MeetingEntity, 'minutes'>, state: Buffer | null | undefined): Y.Doc {
  if (!state) return docFromText(meeting.minutes);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state));
  return doc;
}

/** Reads the minutes' document; the caller holds the meeting's row lock (lockMeeting) if it writes. */
export async function loadMinutesDoc(scope: Pick<WriteScope, 'm'>, meeting: MeetingEntity): Promise<Y.Doc> {
  const row = await scope.m.getRepository(MinutesDocEntity).findOneBy({ meetingId: meeting.id });
  return minutesDocOf(meeting, row?.state);
}

export const minutesText = (doc: Y.Doc) => doc.getText(MINUTES_TEXT).toString();

/** An update refused: it is not base64 of a Yjs update, or it builds on changes the server never had. */
export const badMinutesUpdate = (why: string) =>
  badInput('input.update', { reason: 'MINUTES_UPDATE_INVALID', message: `is not an update of these minutes: ${why}.` });

/**
 * Applies a Yjs update to the document, refusing one that does not decode or that depends on
 * changes the document lacks (it would sit pending, invisible in the text). Returns whether the
 * text changed.
 */
export function applyMinutesUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  const before = minutesText(doc);
  try {
    Y.applyUpdate(doc, update);
  } catch (err) {
    throw badMinutesUpdate(err instanceof Error ? err.message : 'does not decode');
  }
  if (doc.store.pendingStructs || doc.store.pendingDs) throw badMinutesUpdate('it depends on changes not received');
  return minutesText(doc) !== before;
}

/**
 * Makes the document's text `next`, changing only the part between the common start and end, so
 * live editors keep their cursors and their typing elsewhere in the text. Returns the update.
 */
export function replaceMinutesText(doc: Y.Doc, next: string): Uint8Array {
  const text = doc.getText(MINUTES_TEXT);
  const now = text.toString();
  let start = 0;
  while (start < now.length && start < next.length && now[start] === next[start]) start++;
  let end = 0;
  while (
    end < now.length - start &&
    end < next.length - start &&
    now[now.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  let update: Uint8Array = new Uint8Array();
  const capture = (u: Uint8Array) => {
    update = u;
  };
  doc.on('update', capture);
  doc.transact(() => {
    if (now.length - start - end > 0) text.delete(start, now.length - start - end);
    if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
  });
  doc.off('update', capture);
  return update;
}

/**
 * Records a change of the minutes' document under the meeting's row lock: the document, the plain
 * text, the next version and who edited them. The caller emits the event that carries the update.
 */
export async function storeMinutesDoc(scope: WriteScope, meeting: MeetingEntity, doc: Y.Doc): Promise<number> {
  const { m } = scope;
  const version = meeting.minutesVersion + 1;
  await m
    .getRepository(MinutesDocEntity)
    .upsert({ meetingId: meeting.id, state: Buffer.from(Y.encodeStateAsUpdate(doc)) }, ['meetingId']);
  await m.getRepository(MeetingEntity).update(
    { id: meeting.id },
    {
      minutes: minutesText(doc),
      minutesVersion: version,
      minutesEditedBy: scope.actor.id,
      minutesEditedAt: scope.now,
    },
  );
  return version;
}
