import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { authorize } from '../../auth/authorize.js';
import type { ExportFormat } from '../../domain.js';
import { createExportLink, Export, type Exporter } from '../../exports/export-link.js';
import type { Context } from '../../graphql/context.js';
import { ExportFormatEnum } from '../../graphql/enums.js';
import { PlanCoUnitEntity, PlanEntity } from '../plan/index.js';
import { DraftEntity } from './draft.entity.js';
import { readableDraft } from './draft.resolver.js';
import { opinionTableFile } from './opinion-table.js';

@Resolver()
export class ExportResolver {
  @Query(() => Export, {
    description: '意见采纳情况表 of a draft: a link, valid for a few minutes and only for the person who asked.',
  })
  async dispositionTable(
    @Arg('draftId', () => ID) draftId: string,
    @Arg('format', () => ExportFormatEnum) format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<Export> {
    const draft = await readableDraft(ctx, draftId);
    const plan = await ctx.ds.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
    const coUnitIds = (await ctx.ds.getRepository(PlanCoUnitEntity).findBy({ planId: plan.id })).map((c) => c.unitId);
    const actor = authorize(
      ctx,
      'draft.export',
      { type: 'draft', programId: draft.programId, stage: draft.stage, leadUnitId: plan.leadUnitId, coUnitIds },
      {
        reason: 'EXPORT_ROLE',
        message: 'Only the working group, the leading group and the plan’s lead unit may export its opinion table.',
      },
    );
    const ext = format === 'DOCX' ? 'docx' : 'xlsx';
    return createExportLink(
      ctx,
      actor.id,
      { kind: 'draft', draftId },
      format,
      `《${plan.title}》意见采纳情况表.${ext}`,
    );
  }
}

/** The 意见采纳情况表 of a draft, as the link's holder may see it now. */
export const opinionTableExporter: Exporter<'draft'> = async (services, target, format, actor) => {
  const draft = await services.ds.getRepository(DraftEntity).findOneByOrFail({ id: target.draftId });
  const plan = await services.ds.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
  return opinionTableFile(services.ds.manager, draft, plan.title, format, actor, services.clock);
};
