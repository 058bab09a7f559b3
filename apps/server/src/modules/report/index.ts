/**
 * The report module: a programme's official lists and reports — 附件1 (the plans), 附件2 (the
 * research topics) and the 进度报告 — as .docx and .xlsx, through the one download-link mechanism
 * (exports/). It reads plans, topics, the timeline, opinions and approvals, so it sits above them.
 */
import type { GongbianModule } from '../../module.js';
import { programmeExporter, ReportResolver } from './report.resolver.js';

export { PROGRAM_EXPORT_KINDS, type ProgramExportKind } from './report-kinds.js';

export const reportModule: GongbianModule = {
  name: 'report',
  resolvers: [ReportResolver],
  exporters: { programme: programmeExporter },
};
