import { describe, expect, it } from 'vitest';
import { PROGRAM_ROLES, type ProgramRole } from '../domain.js';
import { ACTIONS, type Action, type Actor, can, type Subject } from './policy.js';

const P = 'programme-1';
const OWN = 'unit-own';
const OTHER = 'unit-other';

const actor = (role: ProgramRole): Actor => ({ id: `p-${role}`, programId: P, role, unitId: OWN, name: role });

// The subjects each action is asked about: the actor's own unit's item and another unit's.
const SUBJECTS: Record<Action, Record<string, Subject>> = {
  'program.read': { programme: { type: 'program', programId: P } },
  'person.invite': { programme: { type: 'program', programId: P } },
  'milestone.update': {
    'own unit': { type: 'milestone', programId: P, ownerUnitId: OWN },
    'other unit': { type: 'milestone', programId: P, ownerUnitId: OTHER },
    'no unit': { type: 'milestone', programId: P, ownerUnitId: null },
  },
  'topic.update': {
    'own unit': { type: 'topic', programId: P, leadUnitId: OWN },
    'other unit': { type: 'topic', programId: P, leadUnitId: OTHER },
  },
};

// Every role × action × subject, expected allow (true) or deny (false).
const TABLE: Record<ProgramRole, Record<Action, Record<string, boolean>>> = {
  ADMIN: {
    'program.read': { programme: true },
    'person.invite': { programme: true },
    'milestone.update': { 'own unit': true, 'other unit': true, 'no unit': true },
    'topic.update': { 'own unit': true, 'other unit': true },
  },
  WORKING_GROUP: {
    'program.read': { programme: true },
    'person.invite': { programme: true },
    'milestone.update': { 'own unit': true, 'other unit': true, 'no unit': true },
    'topic.update': { 'own unit': true, 'other unit': true },
  },
  LEADING_GROUP: {
    'program.read': { programme: true },
    'person.invite': { programme: false },
    'milestone.update': { 'own unit': false, 'other unit': false, 'no unit': false },
    'topic.update': { 'own unit': false, 'other unit': false },
  },
  UNIT_MEMBER: {
    'program.read': { programme: true },
    'person.invite': { programme: false },
    'milestone.update': { 'own unit': true, 'other unit': false, 'no unit': false },
    'topic.update': { 'own unit': true, 'other unit': false },
  },
  EXPERT: {
    'program.read': { programme: true },
    'person.invite': { programme: false },
    'milestone.update': { 'own unit': false, 'other unit': false, 'no unit': false },
    'topic.update': { 'own unit': false, 'other unit': false },
  },
  OBSERVER: {
    'program.read': { programme: true },
    'person.invite': { programme: false },
    'milestone.update': { 'own unit': false, 'other unit': false, 'no unit': false },
    'topic.update': { 'own unit': false, 'other unit': false },
  },
};

describe('the policy', () => {
  it('has a row for every role and a cell for every action and subject', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...PROGRAM_ROLES].sort());
    for (const role of PROGRAM_ROLES) {
      expect(Object.keys(TABLE[role]).sort()).toEqual([...ACTIONS].sort());
      for (const action of ACTIONS)
        expect(Object.keys(TABLE[role][action]).sort()).toEqual(Object.keys(SUBJECTS[action]).sort());
    }
  });

  const cells = PROGRAM_ROLES.flatMap((role) =>
    ACTIONS.flatMap((action) =>
      Object.entries(SUBJECTS[action]).map(([name, subject]) => ({
        role,
        action,
        name,
        subject,
        allowed: TABLE[role][action][name],
      })),
    ),
  );
  it.each(cells)('$role may $action ($name): $allowed', ({ role, action, subject, allowed }) => {
    expect(can(actor(role), action, subject)).toBe(allowed);
  });

  it.each(ACTIONS)('refuses %s to nobody and to anyone from another programme', (action) => {
    for (const subject of Object.values(SUBJECTS[action])) {
      expect(can(null, action, subject)).toBe(false);
      expect(can({ ...actor('ADMIN'), programId: 'elsewhere' }, action, subject)).toBe(false);
    }
  });

  it('does not treat a unit member without a unit as owning unit-less items', () => {
    const m: Subject = { type: 'milestone', programId: P, ownerUnitId: null };
    expect(can({ ...actor('UNIT_MEMBER'), unitId: null }, 'milestone.update', m)).toBe(false);
  });
});
