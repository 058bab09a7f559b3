import { In } from 'typeorm';
import { defineLoader, groupBy } from '../../graphql/loaders.js';
import { CommentEntity, CommentMentionEntity } from './thread.entity.js';

/** Each thread's comments, oldest first. */
export const commentsByThread = defineLoader<string, CommentEntity[]>(async (ds, threadIds) => {
  const rows = await ds
    .getRepository(CommentEntity)
    .find({ where: { threadId: In([...threadIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  return groupBy(threadIds, rows, (c) => c.threadId);
});

/** The people each comment mentions. */
export const mentionsByComment = defineLoader<string, string[]>(async (ds, commentIds) => {
  const rows = await ds.getRepository(CommentMentionEntity).findBy({ commentId: In([...commentIds]) });
  return groupBy(commentIds, rows, (r) => r.commentId).map((rs) => rs.map((r) => r.personId));
});
