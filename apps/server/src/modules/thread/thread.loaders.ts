import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { requireActor } from '../../auth/authorize.js';
import { visibleThreadCondition } from '../../auth/visibility.js';
import type { ThreadStatus } from '../../domain.js';
import type { Context } from '../../graphql/context.js';
import { byKey, defineLoader, groupBy, rowFromJson } from '../../graphql/loaders.js';
import { CommentEntity, CommentMentionEntity, ThreadEntity } from './thread.entity.js';

/** Each thread's comments, oldest first. */
export const commentsByThread = defineLoader<string, CommentEntity[]>(async (ds, threadIds) => {
  // Plain SQL: TypeORM's find costs several times the statement it sends (writes.bench.ts).
  const rows: { row: Record<string, unknown> }[] = await ds.query(
    'SELECT to_jsonb(c) AS row FROM comment c WHERE c.thread_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id',
    [[...threadIds]],
  );
  return groupBy(
    threadIds,
    rows.map((r) => rowFromJson(ds, CommentEntity, r.row)),
    (c) => c.threadId,
  );
});

/** The people each comment mentions. */
export const mentionsByComment = defineLoader<string, string[]>(async (ds, commentIds) => {
  const rows = await ds.getRepository(CommentMentionEntity).findBy({ commentId: In([...commentIds]) });
  return groupBy(commentIds, rows, (r) => r.commentId).map((rs) => rs.map((r) => r.personId));
});

/**
 * Thread rows by id, for what never changes on a thread (its programme, draft, seal): a page's
 * comments ask for their thread's facts together. Not for status or disposition, which a
 * mutation earlier in the same request may have changed.
 */
export const threadFacts = defineLoader<string, ThreadEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(ThreadEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows, (t) => t.id);
});

// ---- threads as one viewer may see them ---------------------------------------------------------

type Condition = ReturnType<typeof visibleThreadCondition>;

/**
 * The key of a loader that reads threads as the viewer may see them: the parent's id with the
 * viewer's sealed-review condition (visibility.ts), so loaders shared by many sockets
 * (graphql/loaders.ts) never hand one viewer's threads to another.
 */
export function visibleKey(ctx: Context, parentId: string): string {
  return JSON.stringify([parentId, visibleThreadCondition('t', requireActor(ctx), ctx.clock.today())]);
}

/** A loader by visibleKey: one query per distinct condition (one per request), for all the parents. */
function defineVisibleLoader<V>(read: (ds: DataSource, ids: string[], visible: Condition) => Promise<V[]>) {
  return defineLoader<string, V>(async (ds, keys) => {
    const groups = new Map<string, { visible: Condition; ids: string[]; keys: string[] }>();
    for (const key of keys) {
      const [id, visible] = JSON.parse(key) as [string, Condition];
      const group = groups.get(JSON.stringify(visible)) ?? { visible, ids: [], keys: [] };
      group.ids.push(id);
      group.keys.push(key);
      groups.set(JSON.stringify(visible), group);
    }
    const answers = new Map<string, V>();
    for (const group of groups.values()) {
      const values = await read(ds, group.ids, group.visible);
      for (const [i, key] of group.keys.entries()) answers.set(key, values[i] as V);
    }
    return keys.map((key) => answers.get(key) as V);
  });
}

/**
 * Visible threads by a parent column (a meeting, a review), oldest first, each with its draft,
 * the draft's plan and its author (`t.draft`, `t.draft.plan`, `t.author`): what a list of
 * opinions shows beside them, read in the same statement.
 */
const threadsBy = (column: 'meeting_id' | 'review_assignment_id', key: (t: ThreadEntity) => string | null) =>
  defineVisibleLoader<ThreadEntity[]>(async (ds, ids, visible) => {
    const rows = await ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .leftJoinAndSelect('t.draft', 'draft')
      .leftJoinAndSelect('draft.plan', 'plan')
      .leftJoinAndSelect('t.author', 'author')
      .where(`t.${column} IN (:...parentIds)`, { parentIds: ids })
      .andWhere(visible.sql, visible.params)
      .orderBy('t.created_at', 'ASC')
      .getMany();
    return groupBy(ids, rows, (t) => key(t) as string);
  });

/** The threads raised in each meeting that the viewer may see. */
export const threadsByMeeting = threadsBy('meeting_id', (t) => t.meetingId);
/** The passage comments of each review that the viewer may see. */
export const threadsByReview = threadsBy('review_assignment_id', (t) => t.reviewAssignmentId);

/** How many threads of each status the viewer may see on each draft. */
export const statusCountsByDraft = defineVisibleLoader<{ status: ThreadStatus; n: number; notReflected: number }[]>(
  async (ds, ids, visible) => {
    const rows: { draftId: string; status: ThreadStatus; n: number; notReflected: number }[] = await ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .select('t.draft_id', 'draftId')
      .addSelect('t.status', 'status')
      .addSelect('count(*)::int', 'n')
      .addSelect(`(count(*) FILTER (WHERE t.adoption_state = 'NOT_REFLECTED'))::int`, 'notReflected')
      .where('t.draft_id IN (:...draftIds)', { draftIds: ids })
      .andWhere(visible.sql, visible.params)
      .groupBy('t.draft_id')
      .addGroupBy('t.status')
      .getRawMany();
    return groupBy(ids, rows, (r) => r.draftId);
  },
);
