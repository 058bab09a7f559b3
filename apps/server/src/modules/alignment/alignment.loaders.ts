import { In } from 'typeorm';
import { byKey, defineLoader, groupBy } from '../../graphql/loaders.js';
import { AlignmentIssueEntity, HigherTargetEntity, IndicatorEntity } from './alignment.entity.js';
import { inCheckOrder } from './alignment-checks.js';

/** Indicators by id: what a special plan's indicator supports, what an issue is against. */
export const indicatorById = defineLoader<string, IndicatorEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(IndicatorEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows, (r) => r.id);
});

export const higherTargetById = defineLoader<string, HigherTargetEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(HigherTargetEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows, (r) => r.id);
});

/** Each programme's higher targets, in the order they were recorded. */
export const higherTargetsByProgram = defineLoader<string, HigherTargetEntity[]>(async (ds, programIds) => {
  const rows = await ds
    .getRepository(HigherTargetEntity)
    .find({ where: { programId: In([...programIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  return groupBy(programIds, rows, (r) => r.programId);
});

/** Each plan's indicators, in the order they were set. */
export const indicatorsByPlan = defineLoader<string, IndicatorEntity[]>(async (ds, planIds) => {
  const rows = await ds
    .getRepository(IndicatorEntity)
    .find({ where: { planId: In([...planIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  return groupBy(planIds, rows, (r) => r.planId);
});

/** Each indicator's issues as they stand, in the order the checks list them. */
export const issuesByIndicator = defineLoader<string, AlignmentIssueEntity[]>(async (ds, ids) => {
  const rows = await ds
    .getRepository(AlignmentIssueEntity)
    .find({ where: { indicatorId: In([...ids]) }, order: { raisedAt: 'ASC', key: 'ASC' } });
  return groupBy(ids, rows, (r) => r.indicatorId).map(inCheckOrder);
});
