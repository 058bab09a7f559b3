import type { DraftStage, MeetingKind } from '@gongbian/graphql-client';

/** In the order the work plan meets them. */
export const MEETING_KINDS = [
  'SYMPOSIUM',
  'FIELD_RESEARCH',
  'SOLICITATION',
  'EXPERT_REVIEW',
  'LEADING_GROUP',
  'ALIGNMENT',
  'OTHER',
] as const satisfies readonly MeetingKind[];

/** The stages at which a draft still takes opinions (the server's COMMENTABLE_STAGES). */
export const OPINION_STAGES: ReadonlySet<DraftStage> = new Set(['OUTLINE', 'FRAMEWORK', 'CONSULTATION', 'REVIEW']);

/** A unit's name as shown in lists: the short one where it has one. */
export const unitName = (unit: { name: string; shortName: string | null }) => unit.shortName ?? unit.name;
