import { In } from 'typeorm';
import { byKey, defineLoader, groupBy, type LoaderScope } from '../../graphql/loaders.js';
import { UnitEntity } from './unit.entity.js';
import { Unit } from './unit.types.js';

/** Units by id, batched per request. */
export const unitLoader = defineLoader<string, Unit | null>(async (ds, ids) => {
  const rows = await ds.getRepository(UnitEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows.map(Unit.from), (u) => u.id);
});

export async function loadUnits(ctx: { loaders: LoaderScope }, ids: string[]): Promise<Unit[]> {
  const units = await unitLoader(ctx).loadMany(ids);
  return units.filter((u): u is Unit => u instanceof Unit);
}

/** The co-operating units of a plan or topic (a join table with unit_id and sort_order), in order. */
export function defineCoUnitLoader<E extends { unitId: string; sortOrder: number }>(
  entity: new () => E,
  parent: keyof E & string,
) {
  return defineLoader<string, string[]>(async (ds, ids) => {
    const rows = await ds
      .getRepository(entity)
      .createQueryBuilder('c')
      .where(`c.${parent} IN (:...ids)`, { ids: [...ids] })
      .orderBy('c.sortOrder', 'ASC')
      .getMany();
    return groupBy(ids, rows, (r) => r[parent] as unknown as string).map((rs) => rs.map((r) => r.unitId));
  });
}
