import { authorize } from '../../auth/authorize.js';
import { toChinaDate } from '../../clock.js';
import type { MeetingVerdict } from '../../domain.js';
import { badInput, forbidden } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { MeetingEntity } from './meeting.entity.js';
import { KIND_ZH, lockMeeting, meetingSubject } from './meeting.service.js';
import { CONCLUDING_KINDS, conclusionOfRow, hasTakenPlace, VERDICT_ZH } from './meeting-conclusion.js';

/**
 * Records what a 专家论证会 or 领导小组会议 concluded, once it has taken place (its date is on or
 * before the programme's today: a conclusion of a meeting yet to be held would be invented).
 * Recording again replaces the conclusion — minutes get corrected, and the approval that cites it
 * reads the current one — while the event log keeps every earlier verdict and text in its payload,
 * so the record of what was said, and when it changed, is never lost.
 */
export async function recordMeetingConclusion(
  scope: WriteScope,
  input: { meetingId: string; verdict: MeetingVerdict; text: string },
) {
  const { m } = scope;
  const meeting = await lockMeeting(m, input.meetingId, scope.actor.programId);
  if (!CONCLUDING_KINDS.has(meeting.kind)) {
    throw forbidden({
      reason: 'CONCLUSION_MEETING_KIND',
      message: 'Only an expert review meeting (专家论证会) or a leading group meeting has a conclusion to record.',
      facts: { kind: meeting.kind },
    });
  }
  authorize(scope, 'meeting.recordConclusion', await meetingSubject(m, meeting), {
    reason: 'CONCLUSION_ROLE',
    message:
      'Only the working group records a meeting’s conclusion (for a leading group meeting, a member of the leading group too).',
  });
  if (!hasTakenPlace(meeting.startsAt, toChinaDate(scope.now))) {
    const held = toChinaDate(meeting.startsAt);
    throw forbidden({
      reason: 'CONCLUSION_BEFORE_MEETING',
      message: `This meeting takes place on ${held}; its conclusion can be recorded from that day.`,
      facts: { date: held },
    });
  }
  const text = input.text.trim();
  if (!text) throw badInput('input.text', { reason: 'CONCLUSION_TEXT_REQUIRED', message: 'must not be empty.' });
  const previous = conclusionOfRow(meeting);
  await m.getRepository(MeetingEntity).update(
    { id: meeting.id },
    {
      conclusionVerdict: input.verdict,
      conclusionText: text,
      conclusionRecordedBy: scope.actor.id,
      conclusionRecordedAt: scope.now,
    },
  );
  await scope.emit({
    stream: streams.meeting(meeting.id),
    kind: 'meeting.conclusion',
    subjectId: meeting.id,
    summary: `${scope.actor.name} ${previous ? '更新' : '记录'}了${KIND_ZH[meeting.kind]}「${meeting.title}」的结论：${VERDICT_ZH[input.verdict]}`,
    payload: {
      verdict: input.verdict,
      text,
      ...(previous ? { replaced: { verdict: previous.verdict, text: previous.text } } : {}),
    },
  });
  return { meetingId: meeting.id };
}
