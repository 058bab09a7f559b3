import { registerEnumType } from 'type-graphql';

/** What programExport makes: 附件1 (the plans), 附件2 (the research topics), or the 进度报告. */
export const PROGRAM_EXPORT_KINDS = ['PLAN_LIST', 'TOPIC_LIST', 'PROGRESS_REPORT'] as const;
export type ProgramExportKind = (typeof PROGRAM_EXPORT_KINDS)[number];

export const ProgramExportKindEnum = Object.fromEntries(PROGRAM_EXPORT_KINDS.map((k) => [k, k])) as {
  [K in ProgramExportKind]: K;
};
registerEnumType(ProgramExportKindEnum, { name: 'ProgramExportKind' });

export const isProgramExportKind = (s: string): s is ProgramExportKind =>
  (PROGRAM_EXPORT_KINDS as readonly string[]).includes(s);
