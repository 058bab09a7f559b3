import type { TopologyResult } from './scenario.js';

/** What an operator could not accept after a replica dies, each in words; none when all is well. */
export function problems(r: TopologyResult): string[] {
  const found: string[] = [];
  if (r.acknowledged === 0) found.push('no write was acknowledged');
  if (r.unacknowledged > 0) found.push(`${r.unacknowledged} writes were never acknowledged despite retries`);
  if (r.missed > 0) found.push(`${r.missed} events of acknowledged writes never reached a subscriber`);
  if (r.duplicated > 0) found.push(`${r.duplicated} events reached a subscriber more than once`);
  if (r.missingInDatabase > 0) found.push(`${r.missingInDatabase} acknowledged writes are not in the database`);
  if (r.duplicatedInDatabase > 0)
    found.push(`${r.duplicatedInDatabase} writes were stored twice (a retry applied again)`);
  if (r.subscriptionErrors.length > 0)
    found.push(`subscriptions failed: ${r.subscriptionErrors.slice(0, 3).join('; ')}`);
  // Without this the drill proved nothing about reconnecting.
  if (r.subscribersDropped === 0) found.push('no subscriber was on the killed replica');
  return found;
}
