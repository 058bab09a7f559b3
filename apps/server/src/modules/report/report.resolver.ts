import { type ProgrammeDocument, programmeDocx, programmeXlsx } from '@gongbian/documents';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { authorize } from '../../auth/authorize.js';
import type { ExportFormat } from '../../domain.js';
import { CONTENT_TYPES, createExportLink, Export, type Exporter } from '../../exports/export-link.js';
import type { Context } from '../../graphql/context.js';
import { ExportFormatEnum } from '../../graphql/enums.js';
import { ProgramEntity, readableProgram } from '../program/index.js';
import { planList, topicList } from './programme-lists.js';
import { progressReport } from './progress-report.js';
import { isProgramExportKind, type ProgramExportKind, ProgramExportKindEnum } from './report-kinds.js';

const NAMES: Record<ProgramExportKind, string> = {
  PLAN_LIST: '附件1 规划编制清单',
  TOPIC_LIST: '附件2 重点调研课题及实施内容',
  PROGRESS_REPORT: '进度报告',
};

const filename = (kind: ProgramExportKind, format: ExportFormat) => `${NAMES[kind]}.${format.toLowerCase()}`;

@Resolver()
export class ReportResolver {
  @Query(() => Export, {
    description:
      '附件1 (the plans), 附件2 (the research topics) or the progress report (进度报告) as .docx or .xlsx: a link for the asker, for a few minutes.',
  })
  async programExport(
    @Arg('programId', () => ID) programId: string,
    @Arg('kind', () => ProgramExportKindEnum) kind: ProgramExportKind,
    @Arg('format', () => ExportFormatEnum) format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<Export> {
    await readableProgram(ctx, programId);
    const actor = authorize(
      ctx,
      'program.export',
      { type: 'program', programId },
      {
        reason: 'PROGRAM_EXPORT_ROLE',
        message:
          'Only the working group, the leading group and administrators may export the plan list, the topic list and the progress report.',
      },
    );
    return createExportLink(
      ctx,
      actor.id,
      { kind: 'programme', programId, report: kind },
      format,
      filename(kind, format),
    );
  }
}

/** The list or report a link names, built now from the programme as it stands on the programme clock. */
export const programmeExporter: Exporter<'programme'> = async (services, target, format) => {
  if (!isProgramExportKind(target.report)) throw new Error(`no programme export ${target.report}`);
  const m = services.ds.manager;
  const program = await m.getRepository(ProgramEntity).findOneByOrFail({ id: target.programId });
  const now = services.clock.now();
  const doc: ProgrammeDocument =
    target.report === 'PLAN_LIST'
      ? await planList(m, program, now)
      : target.report === 'TOPIC_LIST'
        ? await topicList(m, program, now)
        : await progressReport(m, program, services.clock.today(), now);
  return {
    body: format === 'DOCX' ? await programmeDocx(doc) : await programmeXlsx(doc),
    filename: filename(target.report, format),
    contentType: CONTENT_TYPES[format],
  };
};
