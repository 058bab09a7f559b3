import type { CommentItemFragment } from '@gongbian/graphql-client';
import { describe, expect, it } from 'vitest';
import { type DraftThread, withComment } from './useDraftThreads';

const comment = (id: string, version: number, body: string): CommentItemFragment => ({
  __typename: 'Comment',
  id,
  body,
  bodyHtml: `<p>${body}</p>`,
  version,
  createdAt: '2020-11-16T08:00:00Z',
  editedAt: null,
  viewerCan: { __typename: 'CommentPermissions', edit: false },
  author: { __typename: 'Person', id: 'p1', name: '钱立群' },
});
const thread = (comments: CommentItemFragment[]) => ({ id: 't1', comments }) as unknown as DraftThread;

describe('withComment', () => {
  it('adds a reply at the end and replaces an edited comment in place', () => {
    const t = thread([comment('c1', 1, '意见')]);
    expect(withComment(t, comment('c2', 1, '回复')).comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(withComment(t, comment('c1', 2, '修改后')).comments.map((c) => c.body)).toEqual(['修改后']);
  });

  it('never goes back to an older version that arrives late', () => {
    const t = thread([comment('c1', 3, '第三版')]);
    expect(withComment(t, comment('c1', 2, '第二版')).comments[0]?.body).toBe('第三版');
  });
});
