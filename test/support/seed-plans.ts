import { hashPassword } from '../../apps/server/src/auth/passwords.js';
import type { SeededProgramme, seedProgramme } from '../../apps/server/src/demo/programme.js';
import { PEOPLE, PLANS, PROGRAM, UNITS } from '../../apps/server/src/demo/programme-data.js';
import { PersonEntity } from '../../apps/server/src/modules/person/index.js';
import { PlanCoUnitEntity, PlanEntity } from '../../apps/server/src/modules/plan/index.js';
import { ProgramEntity } from '../../apps/server/src/modules/program/index.js';
import { UnitEntity } from '../../apps/server/src/modules/unit/index.js';
import { appendEvent } from '../../apps/server/src/realtime/event-log.js';
import { streams } from '../../apps/server/src/realtime/streams.js';

// typeorm is the server's dependency, not the tests' package's: its manager type comes by way of the seed.
type EntityManager = Parameters<typeof seedProgramme>[0];

// One hash for every programme of a test run: hashing is made slow on purpose, and the password is the same.
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
};

/**
 * The seed's people, units and plans, and nothing of its schedule: no research topics, phases or
 * milestones. For a test about drafts, threads, meetings or reviews, which never reads those; the
 * ids and accounts are the demo's, as `seedProgramme` writes them.
 */
export async function seedPlans(
  m: EntityManager,
  password: string,
  options: { emailDomain: string },
): Promise<SeededProgramme> {
  const program = await m
    .getRepository(ProgramEntity)
    .save({ name: PROGRAM.name, startsOn: PROGRAM.startsOn, endsOn: PROGRAM.endsOn });
  const programId = program.id;
  const units = await m.getRepository(UnitEntity).save(
    UNITS.map((u, sortOrder) => ({
      programId,
      key: u.key,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      sortOrder,
    })),
  );
  const unitIds = Object.fromEntries(units.map((u) => [u.key, u.id]));
  const unit = (key: string): string => {
    const id = unitIds[key];
    if (!id) throw new Error(`the seed names an unknown unit: ${key}`);
    return id;
  };
  const passwordHash = await hashOnce(password);
  const people = await m.getRepository(PersonEntity).save(
    PEOPLE.map((p) => ({
      programId,
      email: p.email ? p.email.replace(/@.*$/, `@${options.emailDomain}`) : null,
      passwordHash: p.email ? passwordHash : null,
      name: p.name,
      title: p.title,
      role: p.role,
      unitId: p.unit ? unit(p.unit) : null,
    })),
  );
  const personIds = Object.fromEntries(
    people.flatMap((p) => (p.email ? [[p.email.split('@')[0] as string, p.id]] : [])),
  );
  for (const [sortOrder, p] of PLANS.entries()) {
    const plan = await m.getRepository(PlanEntity).save({
      programId,
      sortOrder,
      title: p.title,
      kind: p.kind,
      leadUnitId: unit(p.leadUnit),
      issuance: p.issuance,
      stage: p.stage,
    });
    await m
      .getRepository(PlanCoUnitEntity)
      .insert(p.coUnits.map((key, i) => ({ planId: plan.id, unitId: unit(key), sortOrder: i })));
  }
  await appendEvent(m, {
    programId,
    stream: streams.program(programId),
    kind: 'program.seeded',
    subjectId: programId,
    actorId: null,
    summary: `创建规划编制项目「${PROGRAM.name}」`,
  });
  return { programId, unitIds, personIds };
}
