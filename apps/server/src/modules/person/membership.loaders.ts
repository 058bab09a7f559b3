import type { GroupKind } from '../../domain.js';
import { defineLoader } from '../../graphql/loaders.js';
import { Membership } from './membership.types.js';

/** Each person's memberships, in the groups' order (leading group, working group, expert team); batched per request. */
export const membershipsOf = defineLoader<string, Membership[]>(async (ds, ids) => {
  const rows: { person_id: string; group_kind: GroupKind; title: string; expertise: string[] }[] = await ds.query(
    `SELECT person_id, group_kind, title, expertise FROM membership WHERE person_id = ANY($1::uuid[])
      ORDER BY array_position(ARRAY['LEADING_GROUP', 'WORKING_GROUP', 'EXPERT_TEAM'], group_kind)`,
    [[...ids]],
  );
  return ids.map((id) =>
    rows
      .filter((r) => r.person_id === id)
      .map((r) => Object.assign(new Membership(), { group: r.group_kind, title: r.title, expertise: r.expertise })),
  );
});
