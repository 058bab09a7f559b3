import type { Clock } from '../../clock.js';
import { WORK_STATUS_ZH, type WorkStatus } from '../../domain.js';
import { notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { MilestoneEntity } from './program.entity.js';

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
  await scope.m.getRepository(MilestoneEntity).update({ id: milestone.id }, { status, completedAt });
  await scope.emit({
    stream: streams.program(milestone.programId),
    kind: 'milestone.updated',
    subjectId: milestone.id,
    summary: `${scope.actor.name} 将里程碑「${milestone.title}」更新为${WORK_STATUS_ZH[status]}`,
    payload: { from: milestone.status, to: status },
  });
}
