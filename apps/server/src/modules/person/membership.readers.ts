import type { EntityManager } from 'typeorm';
import { acts } from '../../auth/policy.js';
import type { GroupKind, ProgramRole } from '../../domain.js';

/** The groups a person belongs to (memberships), read in the caller's transaction. */
export async function groupsOf(m: EntityManager, personId: string): Promise<GroupKind[]> {
  const rows: { group_kind: GroupKind }[] = await m.query(
    'SELECT group_kind FROM membership WHERE person_id = $1 ORDER BY group_kind',
    [personId],
  );
  return rows.map((r) => r.group_kind);
}

/** Whether someone other than the actor acts for `group` (by role or by membership): the policy's own `acts`. */
export async function personActsFor(
  m: EntityManager,
  person: { id: string; role: ProgramRole },
  group: GroupKind,
): Promise<boolean> {
  return acts({ role: person.role, groups: await groupsOf(m, person.id) }, group);
}

/** The people of a programme who act for `group`, by role or by membership (e.g. to tell the working group). */
export async function peopleActingFor(m: EntityManager, programId: string, group: GroupKind): Promise<string[]> {
  const people: { id: string; role: ProgramRole; groups: GroupKind[] }[] = await m.query(
    `SELECT p.id, p.role, ARRAY(SELECT ms.group_kind FROM membership ms WHERE ms.person_id = p.id) AS groups
       FROM person p WHERE p.program_id = $1`,
    [programId],
  );
  return people.filter((p) => acts(p, group)).map((p) => p.id);
}
