import { authorize } from '../../auth/authorize.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { checkUnitChoice, required } from '../plan/index.js';
import { checkDueInPhase, findMilestone } from './milestone.service.js';
import { MilestoneEntity, PhaseEntity } from './program.entity.js';

/** What an edit may change; left out (undefined) keeps it, and a null owner clears it. */
export interface MilestoneChange {
  title?: string | null;
  dueOn?: string | null;
  ownerUnitId?: string | null;
}

const FIELD_ZH: Record<string, string> = { title: '名称', dueOn: '完成时间', ownerUnitId: '责任单位' };

/**
 * Changes a milestone's title, due date or owning unit, if the editor saw its current version;
 * otherwise CONFLICT with the milestone as it now stands. The due date stays within the
 * milestone's phase, as when it was created. Every edit raises the version.
 */
export async function editMilestone(
  scope: WriteScope,
  milestoneId: string,
  change: MilestoneChange,
  expectedVersion: number,
): Promise<MilestoneEntity> {
  const milestone = await findMilestone(scope, milestoneId);
  if (milestone.programId !== scope.actor.programId) throw notFound('milestone', milestoneId);
  authorize(
    scope,
    'milestone.create',
    { type: 'program', programId: milestone.programId },
    {
      reason: 'PROGRAMME_KEEPING_ROLE',
      message: 'Only the working group and administrators may keep the plans, topics and milestones.',
    },
  );
  if (milestone.version !== expectedVersion) {
    throw conflict(
      {
        reason: 'MILESTONE_CHANGED',
        message: `The milestone was changed by someone else meanwhile (now version ${milestone.version}); reload and edit again.`,
        facts: { version: milestone.version },
      },
      {
        version: milestone.version,
        title: milestone.title,
        dueOn: milestone.dueOn,
        ownerUnitId: milestone.ownerUnitId,
      },
    );
  }
  if (change.title == null && change.dueOn == null && change.ownerUnitId === undefined) {
    throw badInput('input', { reason: 'NOTHING_TO_CHANGE', message: 'give at least one field to change.' });
  }
  const title = change.title != null ? required('input.title', change.title, 'TITLE_REQUIRED') : milestone.title;
  const dueOn = change.dueOn ?? milestone.dueOn;
  if (dueOn !== milestone.dueOn) {
    const phase = await scope.m.getRepository(PhaseEntity).findOneByOrFail({ id: milestone.phaseId });
    checkDueInPhase(phase, dueOn);
  }
  const ownerUnitId = change.ownerUnitId === undefined ? milestone.ownerUnitId : change.ownerUnitId;
  if (ownerUnitId && ownerUnitId !== milestone.ownerUnitId) {
    await checkUnitChoice(scope.m, milestone.programId, ownerUnitId, []);
  }

  const changed = [
    title !== milestone.title && 'title',
    dueOn !== milestone.dueOn && 'dueOn',
    ownerUnitId !== milestone.ownerUnitId && 'ownerUnitId',
  ].filter((f): f is string => typeof f === 'string');
  const version = milestone.version + 1;
  await scope.m.getRepository(MilestoneEntity).update({ id: milestone.id }, { title, dueOn, ownerUnitId, version });
  await scope.emit({
    stream: streams.program(milestone.programId),
    kind: 'milestone.edited',
    subjectId: milestone.id,
    summary: `${scope.actor.name} 修改了里程碑「${title}」${changed.length ? `的${changed.map((f) => FIELD_ZH[f]).join('、')}` : ''}`,
    payload: { version, changed },
  });
  return Object.assign(milestone, { title, dueOn, ownerUnitId, version });
}
