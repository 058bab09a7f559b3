import { authorize } from '../../auth/authorize.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { checkUnitChoice, required } from '../plan/index.js';
import { TopicCoUnitEntity, TopicEntity } from './topic.entity.js';
import { checkDueInProgramme } from './topic-create.service.js';

/** What an edit may change; left out (undefined) keeps it, and a null due date clears it. */
export interface TopicChange {
  title?: string | null;
  content?: string | null;
  leadUnitId?: string | null;
  coUnitIds?: string[] | null;
  dueOn?: string | null;
}

const FIELD_ZH: Record<string, string> = {
  title: '名称',
  content: '研究内容',
  leadUnitId: '牵头单位',
  coUnitIds: '配合单位',
  dueOn: '完成时间',
};

/**
 * Changes a research topic's title, content, units or due date, if the editor saw its current
 * version; otherwise CONFLICT with the topic as it now stands. A status update by its unit raises
 * the version too, so an edit made before it is refused rather than silently laid over it.
 */
export async function editTopic(
  scope: WriteScope,
  topicId: string,
  change: TopicChange,
  expectedVersion: number,
): Promise<{ topic: TopicEntity; coUnitIds: string[] }> {
  const repo = scope.m.getRepository(TopicEntity);
  const topic = await repo.findOne({ where: { id: topicId }, lock: { mode: 'pessimistic_write' } });
  if (!topic || topic.programId !== scope.actor.programId) throw notFound('research topic', topicId);
  authorize(
    scope,
    'topic.create',
    { type: 'program', programId: topic.programId },
    {
      reason: 'PROGRAMME_KEEPING_ROLE',
      message: 'Only the working group and administrators may keep the plans, topics and milestones.',
    },
  );
  const current = (
    await scope.m.getRepository(TopicCoUnitEntity).find({ where: { topicId }, order: { sortOrder: 'ASC' } })
  ).map((c) => c.unitId);
  if (topic.version !== expectedVersion) {
    throw conflict(
      {
        reason: 'TOPIC_CHANGED',
        message: `The research topic was changed by someone else meanwhile (now version ${topic.version}); reload and edit again.`,
        facts: { version: topic.version },
      },
      {
        version: topic.version,
        title: topic.title,
        content: topic.content,
        leadUnitId: topic.leadUnitId,
        coUnitIds: current,
        dueOn: topic.dueOn,
        status: topic.status,
      },
    );
  }
  const given = Object.entries(change).filter(([key, v]) => v !== undefined && (v !== null || key === 'dueOn'));
  if (given.length === 0) {
    throw badInput('input', { reason: 'NOTHING_TO_CHANGE', message: 'give at least one field to change.' });
  }
  const title = change.title != null ? required('input.title', change.title, 'TITLE_REQUIRED') : topic.title;
  const content =
    change.content != null ? required('input.content', change.content, 'CONTENT_REQUIRED') : topic.content;
  const leadUnitId = change.leadUnitId ?? topic.leadUnitId;
  const coUnitIds = change.coUnitIds ?? current;
  await checkUnitChoice(scope.m, topic.programId, leadUnitId, coUnitIds);
  const dueOn = change.dueOn === undefined ? topic.dueOn : change.dueOn;
  if (dueOn !== topic.dueOn) {
    const [program]: [{ starts_on: string; ends_on: string }] = await scope.m.query(
      'SELECT starts_on::text, ends_on::text FROM program WHERE id = $1',
      [topic.programId],
    );
    checkDueInProgramme(program, dueOn);
  }

  const changed = [
    title !== topic.title && 'title',
    content !== topic.content && 'content',
    leadUnitId !== topic.leadUnitId && 'leadUnitId',
    coUnitIds.join() !== current.join() && 'coUnitIds',
    dueOn !== topic.dueOn && 'dueOn',
  ].filter((f): f is string => typeof f === 'string');
  const version = topic.version + 1;
  await repo.update({ id: topic.id }, { title, content, leadUnitId, dueOn, version });
  if (changed.includes('coUnitIds')) {
    const coRepo = scope.m.getRepository(TopicCoUnitEntity);
    await coRepo.delete({ topicId: topic.id });
    if (coUnitIds.length > 0) {
      await coRepo.insert(coUnitIds.map((unitId, sortOrder) => ({ topicId: topic.id, unitId, sortOrder })));
    }
  }
  await scope.emit({
    stream: streams.program(topic.programId),
    kind: 'topic.edited',
    subjectId: topic.id,
    summary: `${scope.actor.name} 修改了课题${topic.number}「${title}」${changed.length ? `的${changed.map((f) => FIELD_ZH[f]).join('、')}` : ''}`,
    payload: { version, changed },
  });
  return { topic: Object.assign(topic, { title, content, leadUnitId, dueOn, version }), coUnitIds };
}
