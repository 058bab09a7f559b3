import type { ThreadItemFragment } from '@gongbian/graphql-client';

/** 提出单位（人）: the outside person a meeting or the public record names, else unit and name. */
export function raisedBy(thread: Pick<ThreadItemFragment, 'externalAuthor' | 'author'>): string {
  if (thread.externalAuthor) return thread.externalAuthor;
  const unit = thread.author.unit ? (thread.author.unit.shortName ?? thread.author.unit.name) : null;
  return unit ? `${unit} ${thread.author.name}` : thread.author.name;
}
