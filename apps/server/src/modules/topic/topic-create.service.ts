import { authorize } from '../../auth/authorize.js';
import { badInput, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { checkUnitChoice, required } from '../plan/index.js';
import { TopicCoUnitEntity, TopicEntity } from './topic.entity.js';

/** Refuses a topic's due date outside its programme; a topic may have none. */
export function checkDueInProgramme(program: { starts_on: string; ends_on: string }, dueOn: string | null): void {
  if (dueOn !== null && (dueOn < program.starts_on || dueOn > program.ends_on)) {
    throw badInput('input.dueOn', {
      reason: 'DUE_OUTSIDE_PROGRAMME',
      message: `must fall within the programme, ${program.starts_on} to ${program.ends_on}.`,
      facts: { startsOn: program.starts_on, endsOn: program.ends_on },
    });
  }
}

/**
 * A new research topic (重点调研课题), numbered after the programme's others, due within the
 * programme if it has a due date. The programme's row is locked for the numbering, so two topics
 * created at once take consecutive numbers rather than one failing on the same.
 */
export async function createTopic(
  scope: WriteScope,
  input: {
    programId: string;
    title: string;
    content: string;
    leadUnitId: string;
    coUnitIds: string[];
    dueOn?: string | null;
  },
): Promise<{ topic: TopicEntity; coUnitIds: string[] }> {
  authorize(
    scope,
    'topic.create',
    { type: 'program', programId: input.programId },
    {
      reason: 'PROGRAMME_KEEPING_ROLE',
      message: 'Only the working group and administrators may keep the plans, topics and milestones.',
    },
  );
  const title = required('input.title', input.title, 'TITLE_REQUIRED');
  const content = required('input.content', input.content, 'CONTENT_REQUIRED');
  const [program]: { starts_on: string; ends_on: string }[] = await scope.m.query(
    'SELECT starts_on::text, ends_on::text FROM program WHERE id = $1 FOR NO KEY UPDATE',
    [input.programId],
  );
  if (!program) throw notFound('programme', input.programId);
  const dueOn = input.dueOn ?? null;
  checkDueInProgramme(program, dueOn);
  await checkUnitChoice(scope.m, input.programId, input.leadUnitId, input.coUnitIds);
  const [{ next }]: [{ next: number }] = await scope.m.query(
    'SELECT coalesce(max(number) + 1, 1)::int AS next FROM research_topic WHERE program_id = $1',
    [input.programId],
  );
  const topic = await scope.m.getRepository(TopicEntity).save({
    programId: input.programId,
    number: next,
    title,
    content,
    leadUnitId: input.leadUnitId,
    dueOn,
    status: 'PLANNED',
    progressNote: null,
    completedAt: null,
    version: 1,
  });
  if (input.coUnitIds.length > 0) {
    await scope.m
      .getRepository(TopicCoUnitEntity)
      .insert(input.coUnitIds.map((unitId, sortOrder) => ({ topicId: topic.id, unitId, sortOrder })));
  }
  await scope.emit({
    stream: streams.program(topic.programId),
    kind: 'topic.created',
    subjectId: topic.id,
    summary: `${scope.actor.name} 新增调研课题${topic.number}「${title}」`,
  });
  return { topic, coUnitIds: input.coUnitIds };
}
