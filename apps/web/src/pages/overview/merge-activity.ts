import type { ActivityItemFragment } from '@gongbian/graphql-client';

/**
 * The feed is what arrived live plus what the last fetch returned: the same activity can be in
 * both (an event, then the refetch it caused), so keep one of each, newest first.
 */
export function mergeActivity(
  live: readonly ActivityItemFragment[],
  fetched: readonly ActivityItemFragment[],
  limit: number,
): ActivityItemFragment[] {
  const byId = new Map<string, ActivityItemFragment>();
  for (const item of [...live, ...fetched]) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
}
