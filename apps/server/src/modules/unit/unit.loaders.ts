import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Actor } from '../../auth/policy.js';
import type { UnitKind } from '../../domain.js';
import { byKey, groupBy, type LoaderScope } from '../../graphql/loaders.js';
import { defineSharedLoader, sharedMemo } from '../../graphql/shared-loaders.js';
import { UnitEntity } from './unit.entity.js';
import { Unit } from './unit.types.js';

// Units are the same for every viewer: read once per log position for a page that has caught up
// with the log (graphql/shared-loaders.ts), once per request otherwise.

/** Units by id, batched: those outside the reader's programme, or with no reader. */
const unitsById = defineSharedLoader<string, Unit | null>(async (ds, ids) => {
  const rows = await ds.getRepository(UnitEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows.map(Unit.from), (u) => u.id);
});

type UnitReader = { loaders: LoaderScope; ds: DataSource; actor: Actor | null };

/**
 * A programme's units in their order, read once per request (or log position): a programme has a
 * few dozen, asked for at every turn of a page.
 */
function unitsOf(ctx: Omit<UnitReader, 'actor'>, programId: string) {
  return sharedMemo(ctx, unitsKey(programId), async () => {
    // The four columns a Unit shows, without building entities: every write moves the log on, so
    // a mutation's answer reads them again.
    const rows: { id: string; name: string; short_name: string | null; kind: UnitKind }[] = await ctx.ds.query(
      'SELECT id, name, short_name, kind FROM unit WHERE program_id = $1 ORDER BY sort_order, name',
      [programId],
    );
    return indexed(rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, kind: r.kind })));
  });
}

const unitsKey = (programId: string) => `units-of-programme:${programId}`;
function indexed(rows: Pick<UnitEntity, 'id' | 'name' | 'shortName' | 'kind'>[]) {
  const units = rows.map(Unit.from);
  return { units, byId: new Map(units.map((u) => [u.id, u])) };
}

/**
 * A programme's units as a wider read of its rows brings them (in their order: sort order, then
 * name), so the units it shows are not read again. Call it before that read is awaited: it takes
 * the place of this request (or log position) now, and is a no-op if the units are already read.
 */
export function keepProgrammeUnits(
  ctx: { loaders: LoaderScope },
  programId: string,
  rows: Promise<UnitEntity[]>,
): void {
  void sharedMemo(ctx, unitsKey(programId), async () => indexed(await rows)).catch(() => {});
}

/** A programme's units, in their order. */
export async function programmeUnits(ctx: Omit<UnitReader, 'actor'>, programId: string): Promise<Unit[]> {
  return (await unitsOf(ctx, programId)).units;
}

/**
 * Units by id (lead units, co-units, owners, people's units, one after another on a page): the
 * first ask reads all of the reader's programme's, and every later one — however it interleaves
 * with the rest of the page — finds them read.
 */
export function unitLoader(ctx: UnitReader) {
  const programId = ctx.actor?.programId;
  const ofProgramme = programId ? unitsOf(ctx, programId) : null;
  const load = async (id: string): Promise<Unit | null> =>
    (ofProgramme && (await ofProgramme).byId.get(id)) ?? unitsById(ctx).load(id);
  return { load, loadMany: (ids: readonly string[]) => Promise.all(ids.map(load)) };
}

export async function loadUnits(ctx: UnitReader, ids: string[]): Promise<Unit[]> {
  const units = await unitLoader(ctx).loadMany(ids);
  return units.filter((u): u is Unit => u instanceof Unit);
}

type CoUnitLoader = (ctx: { loaders: LoaderScope }) => DataLoader<string, string[]>;
/** Each join table's loader, so a read that brings co-units along (a programme's) can hand them over. */
const coUnitLoaders = new Map<new () => unknown, CoUnitLoader>();

/** The co-operating units of a plan or topic (a join table with unit_id and sort_order), in order. */
export function defineCoUnitLoader<E extends { unitId: string; sortOrder: number }>(
  entity: new () => E,
  parent: keyof E & string,
): CoUnitLoader {
  const loader = defineSharedLoader<string, string[]>(async (ds, ids) => {
    const rows = await ds
      .getRepository(entity)
      .createQueryBuilder('c')
      .where(`c.${parent} IN (:...ids)`, { ids: [...ids] })
      .orderBy('c.sortOrder', 'ASC')
      .getMany();
    return groupBy(ids, rows, (r) => r[parent] as unknown as string).map((rs) => rs.map((r) => r.unitId));
  });
  coUnitLoaders.set(entity, loader);
  return loader;
}

/**
 * The loader of `entity`'s co-units as this request (or log position) holds it now, to prime with
 * co-units read along with their plans or topics; null if no module defines one.
 */
export function coUnitLoaderOf(
  entity: new () => unknown,
  ctx: { loaders: LoaderScope },
): DataLoader<string, string[]> | null {
  return coUnitLoaders.get(entity)?.(ctx) ?? null;
}
