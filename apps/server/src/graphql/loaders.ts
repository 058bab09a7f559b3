import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { PersonEntity } from '../modules/person/person.entity.js';
import { Person } from '../modules/person/person.types.js';
import { PlanCoUnitEntity } from '../modules/plan/plan.entity.js';
import { MilestoneEntity } from '../modules/program/program.entity.js';
import { CommentEntity, CommentMentionEntity } from '../modules/thread/thread.entity.js';
import { TopicCoUnitEntity } from '../modules/topic/topic.entity.js';
import { UnitEntity } from '../modules/unit/unit.entity.js';
import { Unit } from '../modules/unit/unit.types.js';

/** Rows by key, in the order of `keys`, missing ones as null. */
function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const map = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request batching: a page of N items costs one query per relation, not N. */
export function createLoaders(ds: DataSource, options: { cache?: boolean } = {}) {
  const cache = options.cache ?? true;
  const unit = new DataLoader<string, Unit | null>(
    async (ids) => {
      const rows = await ds.getRepository(UnitEntity).findBy({ id: In([...ids]) });
      return byKey(ids, rows.map(Unit.from), (u) => u.id);
    },
    { cache },
  );
  const person = new DataLoader<string, Person | null>(
    async (ids) => {
      const rows = await ds.getRepository(PersonEntity).findBy({ id: In([...ids]) });
      return byKey(ids, rows.map(Person.from), (p) => p.id);
    },
    { cache },
  );
  const milestonesByPhase = new DataLoader<string, MilestoneEntity[]>(
    async (phaseIds) => {
      const rows = await ds
        .getRepository(MilestoneEntity)
        .find({ where: { phaseId: In([...phaseIds]) }, order: { sortOrder: 'ASC', dueOn: 'ASC' } });
      return groupBy(phaseIds, rows, (m) => m.phaseId);
    },
    { cache },
  );
  const coUnitIds = <E extends { unitId: string; sortOrder: number }>(entity: new () => E, parent: keyof E & string) =>
    new DataLoader<string, string[]>(
      async (ids) => {
        const rows = await ds
          .getRepository(entity)
          .createQueryBuilder('c')
          .where(`c.${parent} IN (:...ids)`, { ids: [...ids] })
          .orderBy('c.sortOrder', 'ASC')
          .getMany();
        return groupBy(ids, rows, (r) => r[parent] as unknown as string).map((rs) => rs.map((r) => r.unitId));
      },
      { cache },
    );
  const commentsByThread = new DataLoader<string, CommentEntity[]>(
    async (threadIds) => {
      const rows = await ds
        .getRepository(CommentEntity)
        .find({ where: { threadId: In([...threadIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupBy(threadIds, rows, (c) => c.threadId);
    },
    { cache },
  );
  const mentionsByComment = new DataLoader<string, string[]>(
    async (commentIds) => {
      const rows = await ds.getRepository(CommentMentionEntity).findBy({ commentId: In([...commentIds]) });
      return groupBy(commentIds, rows, (r) => r.commentId).map((rs) => rs.map((r) => r.personId));
    },
    { cache },
  );
  return {
    /** Whether answers may be kept for the request (false on a long-lived socket). */
    cached: cache,
    unit,
    commentsByThread,
    mentionsByComment,
    person,
    milestonesByPhase,
    planCoUnitIds: coUnitIds(PlanCoUnitEntity, 'planId'),
    topicCoUnitIds: coUnitIds(TopicCoUnitEntity, 'topicId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export async function loadUnits(loaders: Loaders, ids: string[]): Promise<Unit[]> {
  const units = await loaders.unit.loadMany(ids);
  return units.filter((u): u is Unit => u instanceof Unit);
}
