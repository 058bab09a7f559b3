import { registerEnumType } from 'type-graphql';
import {
  ANCHOR_STATES,
  ASSIGNMENT_STATUSES,
  BLOCK_KINDS,
  DRAFT_FORMATS,
  DRAFT_STAGES,
  EXPORT_FORMATS,
  MEETING_KINDS,
  PLAN_KINDS,
  PROGRAM_ROLES,
  REVIEW_VERDICTS,
  THREAD_SOURCES,
  THREAD_STATUSES,
  UNIT_KINDS,
  WORK_STATUSES,
} from '../domain.js';

/** A GraphQL enum's object (each value its own name) from a domain list of values. */
export const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const WorkStatusEnum = asEnum(WORK_STATUSES);
export const ProgramRoleEnum = asEnum(PROGRAM_ROLES);
export const UnitKindEnum = asEnum(UNIT_KINDS);
export const PlanKindEnum = asEnum(PLAN_KINDS);
export const DraftStageEnum = asEnum(DRAFT_STAGES);

registerEnumType(WorkStatusEnum, { name: 'WorkStatus' });
registerEnumType(ProgramRoleEnum, { name: 'ProgramRole' });
registerEnumType(UnitKindEnum, { name: 'UnitKind' });
registerEnumType(PlanKindEnum, { name: 'PlanKind' });
registerEnumType(DraftStageEnum, { name: 'DraftStage' });

export const BlockKindEnum = asEnum(BLOCK_KINDS);
export const DraftFormatEnum = asEnum(DRAFT_FORMATS);
export const AnchorStateEnum = asEnum(ANCHOR_STATES);
export const ThreadSourceEnum = asEnum(THREAD_SOURCES);
export const ThreadStatusEnum = asEnum(THREAD_STATUSES);
export const ExportFormatEnum = asEnum(EXPORT_FORMATS);

registerEnumType(BlockKindEnum, { name: 'BlockKind' });
registerEnumType(DraftFormatEnum, { name: 'DraftFormat' });
registerEnumType(AnchorStateEnum, { name: 'AnchorState' });
registerEnumType(ThreadSourceEnum, { name: 'ThreadSource' });
registerEnumType(ThreadStatusEnum, { name: 'ThreadStatus' });
registerEnumType(ExportFormatEnum, { name: 'ExportFormat' });

export const ReviewVerdictEnum = asEnum(REVIEW_VERDICTS);
export const AssignmentStatusEnum = asEnum(ASSIGNMENT_STATUSES);
export const MeetingKindEnum = asEnum(MEETING_KINDS);

registerEnumType(ReviewVerdictEnum, { name: 'ReviewVerdict' });
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });
registerEnumType(MeetingKindEnum, { name: 'MeetingKind' });
