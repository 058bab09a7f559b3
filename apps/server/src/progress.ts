import type { WorkStatus } from './domain.js';

/** Not done and due before today. Dates are YYYY-MM-DD, so string order is date order. */
export function isOverdue(item: { status: WorkStatus; dueOn: string | null }, today: string): boolean {
  return item.status !== 'DONE' && item.dueOn !== null && item.dueOn < today;
}

/** Share of a phase's milestones that are done; 0 for a phase without milestones. */
export function phaseProgress(milestones: { status: WorkStatus }[]): number {
  if (milestones.length === 0) return 0;
  return milestones.filter((m) => m.status === 'DONE').length / milestones.length;
}

/**
 * A phase's status follows its milestones and the clock: done when all are done; blocked when
 * any is; in progress once it has begun (by date or by work started); planned before that.
 */
export function phaseStatus(
  phase: { startsOn: string },
  milestones: { status: WorkStatus }[],
  today: string,
): WorkStatus {
  if (milestones.length > 0 && milestones.every((m) => m.status === 'DONE')) return 'DONE';
  if (milestones.some((m) => m.status === 'BLOCKED')) return 'BLOCKED';
  if (today >= phase.startsOn || milestones.some((m) => m.status !== 'PLANNED')) return 'IN_PROGRESS';
  return 'PLANNED';
}

/** The phase whose span holds today, if any. */
export function currentPhaseOf<P extends { startsOn: string; endsOn: string }>(phases: P[], today: string): P | null {
  return phases.find((p) => p.startsOn <= today && today <= p.endsOn) ?? null;
}
