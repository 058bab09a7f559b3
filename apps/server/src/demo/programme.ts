import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import type { WorkStatus } from '../domain.js';
import { PersonEntity } from '../modules/person/index.js';
import { PlanCoUnitEntity, PlanEntity } from '../modules/plan/index.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from '../modules/program/index.js';
import { TopicCoUnitEntity, TopicEntity } from '../modules/topic/index.js';
import { UnitEntity } from '../modules/unit/index.js';
import { appendEvent } from '../realtime/event-log.js';
import { streams } from '../realtime/streams.js';
import { COMMISSION_TOPIC, PEOPLE, PHASES, PLANS, PROGRAM, TOPICS, UNITS } from './programme-data.js';

/** A completion date of the seed as a moment: the end of that working day in Zhejiang. */
const completedAt = (date: string | null) => (date ? new Date(`${date}T17:00:00+08:00`) : null);

export interface SeededProgramme {
  programId: string;
  unitIds: Record<string, string>;
  personIds: Record<string, string>;
}

/**
 * Writes the programme of the source document as it stood on the demo date, with invented
 * people; those with an email sign in with `password`. One transaction, one event.
 */
export async function seedProgramme(
  m: EntityManager,
  password: string,
  options: { emailDomain?: string; structureOnly?: boolean; at?: Date } = {},
): Promise<SeededProgramme> {
  // structureOnly: the programme as the work plan sets it out — units, plans, topics, phases and
  // milestones, nothing started, nobody invented — for a real deployment's first administrator.
  const fresh = options.structureOnly === true;
  const status = (s: WorkStatus): WorkStatus => (fresh ? 'PLANNED' : s);
  const done = (d: string | null) => (fresh ? null : completedAt(d));
  // Tests build many programmes in one database; each gets its own email domain.
  const email = (e: string | null) => (e && options.emailDomain ? e.replace(/@.*$/, `@${options.emailDomain}`) : e);
  const program = await m.getRepository(ProgramEntity).save({
    name: PROGRAM.name,
    startsOn: PROGRAM.startsOn,
    endsOn: PROGRAM.endsOn,
  });
  const programId = program.id;

  const units = await m.getRepository(UnitEntity).save(
    UNITS.map((u, i) => ({
      programId,
      key: u.key,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      sortOrder: i,
    })),
  );
  const unitIds = Object.fromEntries(units.map((u) => [u.key, u.id]));
  const unit = (key: string): string => {
    const id = unitIds[key];
    if (!id) throw new Error(`Seed names an unknown unit: ${key}`);
    return id;
  };

  const passwordHash = fresh ? null : await hashPassword(password);
  const people = await m.getRepository(PersonEntity).save(
    (fresh ? [] : PEOPLE).map((p) => ({
      programId,
      email: email(p.email),
      passwordHash: p.email ? passwordHash : null,
      name: p.name,
      title: p.title,
      role: p.role,
      unitId: p.unit ? unit(p.unit) : null,
    })),
  );
  // Keyed by the account's name before the @ (working, guicai, …).
  const personIds = Object.fromEntries(
    people.filter((p) => p.email).map((p) => [(p.email as string).split('@')[0] as string, p.id]),
  );

  for (const [i, p] of PLANS.entries()) {
    const plan = await m.getRepository(PlanEntity).save({
      programId,
      sortOrder: i,
      title: p.title,
      kind: p.kind,
      leadUnitId: unit(p.leadUnit),
      issuance: p.issuance,
      stage: fresh ? 'OUTLINE' : p.stage,
    });
    await m
      .getRepository(PlanCoUnitEntity)
      .insert(p.coUnits.map((key, sortOrder) => ({ planId: plan.id, unitId: unit(key), sortOrder })));
  }

  // 附件2's 22 topics, then the one the 省发改委 set.
  for (const t of [...TOPICS, COMMISSION_TOPIC]) {
    const topic = await m.getRepository(TopicEntity).save({
      programId,
      number: t.number,
      title: t.title,
      content: t.content,
      leadUnitId: unit(t.leadUnit),
      dueOn: t.dueOn,
      status: status(t.status),
      progressNote: fresh ? null : t.progressNote,
      completedAt: done(t.completedOn),
    });
    if (t.coUnits.length > 0) {
      await m
        .getRepository(TopicCoUnitEntity)
        .insert(t.coUnits.map((key, sortOrder) => ({ topicId: topic.id, unitId: unit(key), sortOrder })));
    }
  }

  for (const ph of PHASES) {
    const phase = await m.getRepository(PhaseEntity).save({
      programId,
      order: ph.order,
      name: ph.name,
      startsOn: ph.startsOn,
      endsOn: ph.endsOn,
      gateOverriddenBy: null,
      gateOverriddenAt: null,
    });
    await m.getRepository(MilestoneEntity).insert(
      ph.milestones.map((ms, sortOrder) => ({
        programId,
        phaseId: phase.id,
        sortOrder,
        title: ms.title,
        dueOn: ms.dueOn,
        status: status(ms.status),
        completedAt: done(ms.completedOn),
        ownerUnitId: ms.ownerUnit ? unit(ms.ownerUnit) : null,
        gateCondition: ms.gateCondition ?? null,
      })),
    );
  }

  await appendEvent(m, {
    programId,
    stream: streams.program(programId),
    kind: 'program.seeded',
    subjectId: programId,
    actorId: null,
    summary: `创建规划编制项目「${PROGRAM.name}」`,
    at: options.at,
  });
  return { programId, unitIds, personIds };
}
