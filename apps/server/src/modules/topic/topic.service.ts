import { authorize } from '../../auth/authorize.js';
import { WORK_STATUS_ZH, type WorkStatus } from '../../domain.js';
import { notFound } from '../../errors.js';
import { rowFromJson } from '../../graphql/loaders.js';
import { streams } from '../../realtime/streams.js';
import { returning } from '../../writes/returning.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { TopicEntity } from './topic.entity.js';

/**
 * Sets a research topic's status and progress note (undefined: keeps the note) in one statement:
 * the row is locked and read as it was, and changed, by the same UPDATE … RETURNING. Who may
 * change it is asked of the row it returned; a refusal throws, and the transaction takes the
 * change back. Marking it DONE records when, once; any other status clears that. Like any change to
 * the row it raises the version, so an edit made on the topic as it was before is refused (CONFLICT).
 * Returns the topic and its co-operating units in order, read by the same statement for the
 * mutation's answer.
 */
export async function updateTopic(
  scope: WriteScope,
  topicId: string,
  change: { status: WorkStatus; progressNote?: string | null },
): Promise<{ topic: TopicEntity; coUnitIds: string[] }> {
  const keepNote = change.progressNote === undefined;
  const [row] = await returning<{ topic: Record<string, unknown>; was: WorkStatus; co_unit_ids: string[] }>(
    scope.m,
    `UPDATE research_topic t
        SET status = $2,
            progress_note = CASE WHEN $3 THEN was.progress_note ELSE $4 END,
            completed_at = CASE WHEN $2 <> 'DONE' THEN NULL WHEN was.status = 'DONE' THEN was.completed_at ELSE $5 END,
            version = t.version + 1
       FROM (SELECT id, status, progress_note, completed_at FROM research_topic WHERE id = $1 FOR UPDATE) was
      WHERE t.id = was.id
      RETURNING to_jsonb(t.*) AS topic, was.status AS was,
        ARRAY(SELECT unit_id FROM topic_co_unit WHERE topic_id = t.id ORDER BY sort_order) AS co_unit_ids`,
    [topicId, change.status, keepNote, keepNote ? null : change.progressNote?.trim() || null, scope.now],
  );
  if (!row) throw notFound('research topic', topicId);
  const topic = rowFromJson(scope.m.connection, TopicEntity, row.topic);
  authorize(
    scope,
    'topic.update',
    { type: 'topic', programId: topic.programId, leadUnitId: topic.leadUnitId },
    {
      reason: 'TOPIC_UPDATE_ROLE',
      message: 'Only the working group or a member of the responsible unit may update this research topic.',
    },
  );
  await scope.emit({
    stream: streams.program(topic.programId),
    kind: 'topic.updated',
    subjectId: topic.id,
    summary: `${scope.actor.name} 将课题${topic.number}「${topic.title}」更新为${WORK_STATUS_ZH[change.status]}`,
    payload: { from: row.was, to: change.status },
  });
  return { topic, coUnitIds: row.co_unit_ids };
}
