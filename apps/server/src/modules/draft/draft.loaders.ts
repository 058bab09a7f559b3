import { In } from 'typeorm';
import { byKey, defineLoader, groupBy } from '../../graphql/loaders.js';
import { DraftEntity } from './draft.entity.js';

/** Drafts by id, batched per request: the draft of each thread, review or placement on a page. */
export const draftLoader = defineLoader<string, DraftEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(DraftEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows, (d) => d.id);
});

/** Every version of each plan, oldest first: a list of plans with their versions in one query. */
export const draftsByPlan = defineLoader<string, DraftEntity[]>(async (ds, planIds) => {
  const rows = await ds
    .getRepository(DraftEntity)
    .find({ where: { planId: In([...planIds]) }, order: { version: 'ASC' } });
  return groupBy(planIds, rows, (d) => d.planId);
});
