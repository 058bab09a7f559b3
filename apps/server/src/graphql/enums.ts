import { registerEnumType } from 'type-graphql';
import { DRAFT_STAGES, PLAN_KINDS, PROGRAM_ROLES, UNIT_KINDS, WORK_STATUSES } from '../domain.js';

const asEnum = <T extends string>(values: readonly T[]) =>
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
