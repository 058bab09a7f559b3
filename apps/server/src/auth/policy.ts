import type { ProgramRole } from '../domain.js';

/** Who is asking. Null when nobody has signed in. */
export interface Actor {
  id: string;
  programId: string;
  role: ProgramRole;
  unitId: string | null;
  name: string;
}

/** What an action is about; only the facts the rules look at. */
export type Subject =
  | { type: 'program'; programId: string }
  | { type: 'milestone'; programId: string; ownerUnitId: string | null }
  | { type: 'topic'; programId: string; leadUnitId: string };

export const ACTIONS = ['program.read', 'person.invite', 'milestone.update', 'topic.update'] as const;
export type Action = (typeof ACTIONS)[number];

const RUNS_THE_PROGRAMME: ReadonlySet<ProgramRole> = new Set(['ADMIN', 'WORKING_GROUP']);

/**
 * The one policy. Every resolver asks it; it is tested as a table of role × action × subject.
 * Everyone signed in to a programme may read it; the working group runs it; a unit member may
 * update the items that belong to their own unit.
 */
export function can(actor: Actor | null, action: Action, subject: Subject): boolean {
  if (!actor || actor.programId !== subject.programId) return false;
  switch (action) {
    case 'program.read':
      return true;
    case 'person.invite':
      return RUNS_THE_PROGRAMME.has(actor.role);
    case 'milestone.update':
      if (RUNS_THE_PROGRAMME.has(actor.role)) return true;
      return (
        subject.type === 'milestone' &&
        actor.role === 'UNIT_MEMBER' &&
        actor.unitId !== null &&
        actor.unitId === subject.ownerUnitId
      );
    case 'topic.update':
      if (RUNS_THE_PROGRAMME.has(actor.role)) return true;
      return (
        subject.type === 'topic' &&
        actor.role === 'UNIT_MEMBER' &&
        actor.unitId !== null &&
        actor.unitId === subject.leadUnitId
      );
  }
}
