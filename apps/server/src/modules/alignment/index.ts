/**
 * The alignment module: 衔接 — the 1+X plans' targets (目标指标) as data, tied to the passages that
 * state them, linked to the master plan and to higher plans, and checked live (@gongbian/alignment
 * holds the rules). It follows drafts into new versions and raises threads, so it sits above both.
 */
import type { GongbianModule } from '../../module.js';
import { onVersionPublished } from '../draft/index.js';
import './alignment.events.js';
import { can } from '../../auth/policy.js';
import { AlignmentIssueEntity, HigherTargetEntity, IndicatorEntity } from './alignment.entity.js';
import {
  AlignmentIssueResolver,
  IndicatorResolver,
  PlanIndicatorsResolver,
  ProgramAlignmentResolver,
} from './alignment.resolver.js';
import { HigherTarget, Indicator } from './alignment.types.js';
import { alignmentExporter } from './alignment-table.js';
import { carryIndicators } from './indicator-carry.js';

export * from './alignment.entity.js';
export { defineHigherTarget, defineIndicator, updateIndicator } from './alignment.service.js';

onVersionPublished(carryIndicators);

export const alignmentModule: GongbianModule = {
  name: 'alignment',
  entities: [IndicatorEntity, HigherTargetEntity, AlignmentIssueEntity],
  resolvers: [IndicatorResolver, AlignmentIssueResolver, PlanIndicatorsResolver, ProgramAlignmentResolver],
  exporters: { alignment: alignmentExporter },
  nodes: [
    {
      entity: IndicatorEntity,
      async find(ctx, id) {
        const i = await ctx.ds.getRepository(IndicatorEntity).findOneBy({ id });
        return i && can(ctx.actor, 'program.read', { type: 'program', programId: i.programId })
          ? Indicator.from(i)
          : null;
      },
    },
    {
      entity: HigherTargetEntity,
      async find(ctx, id) {
        const h = await ctx.ds.getRepository(HigherTargetEntity).findOneBy({ id });
        return h && can(ctx.actor, 'program.read', { type: 'program', programId: h.programId })
          ? HigherTarget.from(h)
          : null;
      },
    },
  ],
};
