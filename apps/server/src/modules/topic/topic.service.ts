import type { Clock } from '../../clock.js';
import { WORK_STATUS_ZH, type WorkStatus } from '../../domain.js';
import { notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { TopicEntity } from './topic.entity.js';

export async function findTopic(scope: Pick<WriteScope, 'm'>, id: string): Promise<TopicEntity> {
  const topic = await scope.m
    .getRepository(TopicEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!topic) throw notFound('research topic', id);
  return topic;
}

export async function updateTopic(
  scope: WriteScope,
  clock: Clock,
  topic: TopicEntity,
  change: { status: WorkStatus; progressNote?: string | null },
): Promise<TopicEntity> {
  const completedAt = change.status === 'DONE' ? (topic.status === 'DONE' ? topic.completedAt : clock.now()) : null;
  const progressNote = change.progressNote === undefined ? topic.progressNote : change.progressNote?.trim() || null;
  await scope.m
    .getRepository(TopicEntity)
    .update({ id: topic.id }, { status: change.status, progressNote, completedAt });
  await scope.emit({
    stream: streams.program(topic.programId),
    kind: 'topic.updated',
    subjectId: topic.id,
    summary: `${scope.actor.name} 将课题${topic.number}「${topic.title}」更新为${WORK_STATUS_ZH[change.status]}`,
    payload: { from: topic.status, to: change.status },
  });
  return { ...topic, status: change.status, progressNote, completedAt };
}
