import type { EntityManager } from 'typeorm';
import { toChinaDate } from '../../clock.js';
import type { MeetingKind, MeetingVerdict } from '../../domain.js';
import { MeetingEntity } from './meeting.entity.js';

/** The meetings whose conclusion is a formal finding: the 专家论证会 and the 领导小组会议. */
export const CONCLUDING_KINDS: ReadonlySet<MeetingKind> = new Set(['EXPERT_REVIEW', 'LEADING_GROUP']);

export const MAX_CONCLUSION = 20_000;

/**
 * Whether a meeting has taken place on the programme's calendar (UTC+8): its day is `today` or
 * before. From then on its conclusion may be recorded; the mutation and viewerCan both ask here.
 */
export function hasTakenPlace(startsAt: Date, today: string): boolean {
  return toChinaDate(startsAt) <= today;
}

export const VERDICT_ZH: Record<MeetingVerdict, string> = {
  PASSED: '通过',
  PASSED_WITH_REVISIONS: '修改后通过',
  NOT_PASSED: '不通过',
};

export interface MeetingConclusionFacts {
  verdict: MeetingVerdict;
  text: string;
  recordedById: string;
  recordedAt: Date;
}

export function conclusionOfRow(
  e: Pick<MeetingEntity, 'conclusionVerdict' | 'conclusionText' | 'conclusionRecordedBy' | 'conclusionRecordedAt'>,
): MeetingConclusionFacts | null {
  if (!e.conclusionVerdict || e.conclusionText === null || !e.conclusionRecordedBy || !e.conclusionRecordedAt) {
    return null;
  }
  return {
    verdict: e.conclusionVerdict,
    text: e.conclusionText,
    recordedById: e.conclusionRecordedBy,
    recordedAt: e.conclusionRecordedAt,
  };
}

/**
 * A meeting's recorded conclusion, or null (no such meeting, or none recorded yet): what the
 * approval module cites when a 专家论证 is decided. Read in the caller's transaction.
 */
export async function meetingConclusionOf(m: EntityManager, meetingId: string): Promise<MeetingConclusionFacts | null> {
  const meeting = await m.getRepository(MeetingEntity).findOneBy({ id: meetingId });
  return meeting ? conclusionOfRow(meeting) : null;
}
