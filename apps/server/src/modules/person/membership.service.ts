import { forgetPeople } from '../../auth/authenticate.js';
import { authorize } from '../../auth/authorize.js';
import type { GroupKind } from '../../domain.js';
import { badInput, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { MembershipEntity } from './membership.entity.js';
import { PersonEntity } from './person.entity.js';

export const GROUP_ZH: Record<GroupKind, string> = {
  LEADING_GROUP: '领导小组',
  WORKING_GROUP: '工作组',
  EXPERT_TEAM: '专家组',
};

export interface MembershipFacts {
  group: GroupKind;
  title: string;
  expertise: readonly string[];
}

/** Expertise as a list of distinct, trimmed, non-empty entries, in the order given. */
const cleanExpertise = (expertise: readonly string[]) => [...new Set(expertise.map((e) => e.trim()).filter(Boolean))];

/**
 * Replaces a person's memberships of the leading group, the working group and the expert team.
 * The policy reads them on every request (auth/policy.ts `acts`), so the person's cached sessions
 * are forgotten here, inside the write, and on other replicas when the event arrives (app.ts).
 */
export async function setMemberships(scope: WriteScope, personId: string, memberships: readonly MembershipFacts[]) {
  const { m, actor } = scope;
  authorize(
    scope,
    'person.memberships',
    { type: 'program', programId: actor.programId },
    {
      reason: 'MEMBERSHIPS_ROLE',
      message: 'Only the working group or the administrator decides who belongs to the programme’s groups.',
    },
  );
  const person = await m
    .getRepository(PersonEntity)
    .findOne({ where: { id: personId }, lock: { mode: 'pessimistic_write' } });
  if (!person || person.programId !== actor.programId) throw notFound('person', personId);
  const seen = new Set<GroupKind>();
  const rows = memberships.map((ms, i) => {
    if (seen.has(ms.group)) {
      throw badInput(`input.memberships.${i}.group`, {
        reason: 'MEMBERSHIP_TWICE',
        message: `names the ${ms.group} twice; a person holds one place in a group.`,
        facts: { group: ms.group },
      });
    }
    seen.add(ms.group);
    const title = ms.title.trim();
    if (!title) {
      throw badInput(`input.memberships.${i}.title`, {
        reason: 'MEMBERSHIP_TITLE_REQUIRED',
        message: 'must not be empty (组长, 副组长, 成员 …).',
      });
    }
    return { personId, group: ms.group, title, expertise: cleanExpertise(ms.expertise) };
  });
  const repo = m.getRepository(MembershipEntity);
  const before = (await repo.findBy({ personId })).map((b) => b.group).sort();
  await repo.delete({ personId });
  if (rows.length > 0) await repo.insert(rows);
  forgetPeople(m.connection, [personId]);
  const groups = rows.map((r) => r.group).sort();
  const now = rows.map((r) => `${GROUP_ZH[r.group]}${r.title}`).join('、');
  await scope.emit({
    stream: streams.program(actor.programId),
    kind: 'person.memberships',
    subjectId: person.id,
    summary: now ? `${actor.name} 将${person.name}设为${now}` : `${actor.name} 将${person.name}移出了所有小组`,
    payload: { groups, before },
  });
  return { personId: person.id };
}
