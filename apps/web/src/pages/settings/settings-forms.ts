import type { GroupKind } from '@gongbian/graphql-client';

/** The programme's groups, in the order the document names them. */
export const GROUPS: readonly GroupKind[] = ['LEADING_GROUP', 'WORKING_GROUP', 'EXPERT_TEAM'];

/** Expertise as typed: one field per comma (either width), 、 or semicolon; blanks dropped. */
export const expertiseList = (text: string): string[] =>
  text
    .split(/[,，、;；]/)
    .map((e) => e.trim())
    .filter(Boolean);

/** A phase as the milestone dialog needs it. */
export interface MilestonePhase {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}
