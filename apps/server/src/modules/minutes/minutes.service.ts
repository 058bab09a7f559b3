import { authorize } from '../../auth/authorize.js';
import { badInput } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import {
  applyMinutesUpdate,
  badMinutesUpdate,
  loadMinutesDoc,
  lockMeeting,
  meetingSubject,
  storeMinutesDoc,
} from '../meeting/index.js';

/** The largest update one push may carry, decoded: a long paste, not a whole archive. */
export const MAX_UPDATE_BYTES = 256 * 1024;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of a base64 update, refused when it is not base64 or too large. */
export function updateBytes(update: string): Uint8Array {
  if (update.length > Math.ceil(MAX_UPDATE_BYTES / 3) * 4) {
    throw badInput('input.update', {
      reason: 'MINUTES_UPDATE_TOO_LARGE',
      message: `is larger than one update may be (${MAX_UPDATE_BYTES} bytes); send it in parts.`,
      facts: { max: String(MAX_UPDATE_BYTES) },
    });
  }
  if (!BASE64.test(update) || update.length === 0) throw badMinutesUpdate('it is not base64');
  return new Uint8Array(Buffer.from(update, 'base64'));
}

/**
 * Merges a live editor's typing into the minutes: under the meeting's row lock, the update goes
 * into the stored document, the plain text and version follow it, and the update itself is the
 * event that every other editor applies (minutesUpdates). Yjs merges concurrent updates in any
 * order to the same text, so two people typing at once both keep what they typed.
 */
export async function pushMinutesUpdate(scope: WriteScope, meetingId: string, update: string) {
  const { m } = scope;
  const bytes = updateBytes(update);
  const meeting = await lockMeeting(m, meetingId, scope.actor.programId);
  authorize(scope, 'meeting.minutes', await meetingSubject(m, meeting), {
    reason: 'MINUTES_ROLE',
    message: 'Only the working group, the host unit or attendees may edit the minutes.',
  });
  const doc = await loadMinutesDoc(scope, meeting);
  applyMinutesUpdate(doc, bytes);
  const version = await storeMinutesDoc(scope, meeting, doc);
  await scope.emit({
    stream: streams.meeting(meeting.id),
    kind: 'minutes.typed',
    subjectId: meeting.id,
    summary: `${scope.actor.name} 编辑了会议「${meeting.title}」的纪要`,
    payload: { version, update },
  });
  return { meetingId: meeting.id, minutesVersion: version };
}
