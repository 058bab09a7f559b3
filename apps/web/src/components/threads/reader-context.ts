import type { CommentItemFragment, ThreadItemFragment } from '@gongbian/graphql-client';
import { type ComputedRef, type InjectionKey, inject } from 'vue';
import type { RoleViewer } from '../../auth/role-access';

export type DisposeMode = 'decide' | 'withdraw' | 'reopen';

/** What the thread components share with the reader page that holds them. */
export interface ReaderContext {
  viewer: ComputedRef<RoleViewer | null>;
  /** a thread as a mutation returned it, before its event arrives */
  upsert(thread: ThreadItemFragment): void;
  upsertComment(threadId: string, comment: CommentItemFragment): void;
  openDispose(thread: ThreadItemFragment, mode: DisposeMode): void;
}

export const ReaderContextKey: InjectionKey<ReaderContext> = Symbol('reader');

export function useReaderContext(): ReaderContext {
  const context = inject(ReaderContextKey);
  if (!context) throw new Error('ReaderContext not provided: thread components live inside the reader');
  return context;
}
