import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';
import { Loaders } from '../../graphql/loaders.js';
import { PlanCoUnitEntity, PlanEntity } from '../plan/index.js';
import { TopicCoUnitEntity, TopicEntity } from '../topic/index.js';
import { coUnitLoaderOf, programmeUnits, Unit, UnitEntity } from '../unit/index.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from './program.entity.js';
import { programmeOf } from './program.loaders.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server.stop());

describe('a programme’s rows', () => {
  it('reads the programme, its units, plans, topics, co-units and timeline exactly as TypeORM does, in one statement', async () => {
    const { ds } = server.app.services;
    const program = await ds.getRepository(ProgramEntity).findOneByOrFail({});
    const programId = program.id;
    const units = await ds
      .getRepository(UnitEntity)
      .find({ where: { programId }, order: { sortOrder: 'ASC', name: 'ASC' } });
    const plans = await ds.getRepository(PlanEntity).find({ where: { programId }, order: { sortOrder: 'ASC' } });
    const topics = await ds.getRepository(TopicEntity).find({ where: { programId }, order: { number: 'ASC' } });
    const phases = await ds.getRepository(PhaseEntity).find({ where: { programId }, order: { order: 'ASC' } });
    const milestones = await ds
      .getRepository(MilestoneEntity)
      .find({ where: { programId }, order: { sortOrder: 'ASC', dueOn: 'ASC' } });
    const coUnits = async (entity: typeof PlanCoUnitEntity | typeof TopicCoUnitEntity, parent: string, id: string) =>
      (await ds.getRepository(entity).find({ where: { [parent]: id }, order: { sortOrder: 'ASC' } })).map(
        (c) => c.unitId,
      );
    const planCoUnits = await Promise.all(plans.map((p) => coUnits(PlanCoUnitEntity, 'planId', p.id)));
    const topicCoUnits = await Promise.all(topics.map((t) => coUnits(TopicCoUnitEntity, 'topicId', t.id)));
    // The demo has every kind: a read that dropped one would pass on empty lists.
    for (const [name, rows] of Object.entries({ units, plans, topics, phases, milestones }))
      expect(rows.length, name).toBeGreaterThan(0);
    expect(planCoUnits.flat().length).toBeGreaterThan(0);
    expect(topicCoUnits.flat().length).toBeGreaterThan(0);

    const ctx = { ds, loaders: new Loaders(ds) };
    const counter = queryCounter(ds);
    const before = counter.count;
    const read = await programmeOf(ctx, programId);
    const readUnits = await programmeUnits(ctx, programId);
    const readPlanCoUnits = await coUnitLoaderOf(PlanCoUnitEntity, ctx)?.loadMany(plans.map((p) => p.id));
    const readTopicCoUnits = await coUnitLoaderOf(TopicCoUnitEntity, ctx)?.loadMany(topics.map((t) => t.id));
    expect(counter.count - before).toBe(1);

    expect(read?.program).toStrictEqual(program);
    expect(read?.plans).toStrictEqual(plans);
    expect(read?.topics).toStrictEqual(topics);
    expect(read?.timeline.phases).toStrictEqual(phases);
    for (const phase of phases)
      expect(read?.timeline.milestones.get(phase.id), phase.name).toStrictEqual(
        milestones.filter((m) => m.phaseId === phase.id),
      );
    expect(readUnits).toStrictEqual(units.map(Unit.from));
    expect(readPlanCoUnits).toStrictEqual(planCoUnits);
    expect(readTopicCoUnits).toStrictEqual(topicCoUnits);
  });

  it('answers null for a programme that does not exist', async () => {
    const { ds } = server.app.services;
    const ctx = { ds, loaders: new Loaders(ds) };
    expect(await programmeOf(ctx, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
