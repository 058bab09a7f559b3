/** The programme's events that change the matrix: indicators kept, higher targets recorded, issues found or gone, a new version (its passages are the indicators' sources). */
export const isAlignmentEvent = (kind: string) =>
  kind.startsWith('indicator.') ||
  kind === 'higher-target.defined' ||
  kind.startsWith('alignment.') ||
  kind === 'draft.created';
