import { authorize } from '../../auth/authorize.js';
import type { Clock } from '../../clock.js';
import { WORK_STATUS_ZH, type WorkStatus } from '../../domain.js';
import { badInput, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { checkUnitChoice, required } from '../plan/index.js';
import { MilestoneEntity, PhaseEntity } from './program.entity.js';

export async function findMilestone(scope: Pick<WriteScope, 'm'>, id: string): Promise<MilestoneEntity> {
  const milestone = await scope.m
    .getRepository(MilestoneEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!milestone) throw notFound('milestone', id);
  return milestone;
}

export async function updateMilestone(
  scope: WriteScope,
  clock: Clock,
  milestone: MilestoneEntity,
  status: WorkStatus,
): Promise<void> {
  const completedAt = status === 'DONE' ? (milestone.status === 'DONE' ? milestone.completedAt : clock.now()) : null;
  // Any change raises the version: an edit made on the milestone as it was before is refused.
  await scope.m
    .getRepository(MilestoneEntity)
    .update({ id: milestone.id }, { status, completedAt, version: () => 'version + 1' });
  await scope.emit({
    stream: streams.program(milestone.programId),
    kind: 'milestone.updated',
    subjectId: milestone.id,
    summary: `${scope.actor.name} 将里程碑「${milestone.title}」更新为${WORK_STATUS_ZH[status]}`,
    payload: { from: milestone.status, to: status },
  });
}

/**
 * Refuses a milestone's due date outside its phase: the timeline files a milestone under its phase,
 * and one due outside it would be shown where it does not happen.
 */
export function checkDueInPhase(phase: Pick<PhaseEntity, 'startsOn' | 'endsOn'>, dueOn: string): void {
  if (dueOn < phase.startsOn || dueOn > phase.endsOn) {
    throw badInput('input.dueOn', {
      reason: 'DUE_OUTSIDE_PROGRAMME',
      message: `must fall within the phase, ${phase.startsOn} to ${phase.endsOn}.`,
      facts: { startsOn: phase.startsOn, endsOn: phase.endsOn },
    });
  }
}

/**
 * A new milestone at the end of a phase's list, due within that phase (the timeline files a
 * milestone under its phase: one due outside it would be shown where it does not happen).
 */
export async function createMilestone(
  scope: WriteScope,
  input: { phaseId: string; title: string; dueOn: string; ownerUnitId?: string | null },
): Promise<MilestoneEntity> {
  const phase = await scope.m.getRepository(PhaseEntity).findOneBy({ id: input.phaseId });
  if (!phase || phase.programId !== scope.actor.programId) throw notFound('phase', input.phaseId);
  authorize(
    scope,
    'milestone.create',
    { type: 'program', programId: phase.programId },
    {
      reason: 'PROGRAMME_KEEPING_ROLE',
      message: 'Only the working group and administrators may keep the plans, topics and milestones.',
    },
  );
  const title = required('input.title', input.title, 'TITLE_REQUIRED');
  checkDueInPhase(phase, input.dueOn);
  const ownerUnitId = input.ownerUnitId ?? null;
  if (ownerUnitId) await checkUnitChoice(scope.m, phase.programId, ownerUnitId, []);
  const [{ next }]: [{ next: number }] = await scope.m.query(
    'SELECT coalesce(max(sort_order) + 1, 0)::int AS next FROM milestone WHERE phase_id = $1',
    [phase.id],
  );
  const milestone = await scope.m.getRepository(MilestoneEntity).save({
    programId: phase.programId,
    phaseId: phase.id,
    sortOrder: next,
    title,
    dueOn: input.dueOn,
    status: 'PLANNED',
    completedAt: null,
    ownerUnitId,
    gateCondition: null,
    version: 1,
  });
  await scope.emit({
    stream: streams.program(phase.programId),
    kind: 'milestone.created',
    subjectId: milestone.id,
    summary: `${scope.actor.name} 在「${phase.name}」阶段新增里程碑「${title}」（${input.dueOn}）`,
  });
  return milestone;
}
