import { authorize } from '../../auth/authorize.js';
import type { PlanKind } from '../../domain.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { PlanCoUnitEntity, PlanEntity } from './plan.entity.js';
import { checkUnitChoice, required } from './unit-choice.js';

const KEEPING_REFUSED = {
  reason: 'PROGRAMME_KEEPING_ROLE',
  message: 'Only the working group and administrators may keep the plans, topics and milestones.',
} as const;

/** 印发形式 as kept: trimmed, and blank means none. */
const issuanceOf = (text: string | null | undefined) => text?.trim() || null;

async function setCoUnits(scope: WriteScope, planId: string, coUnitIds: readonly string[]): Promise<void> {
  const repo = scope.m.getRepository(PlanCoUnitEntity);
  await repo.delete({ planId });
  if (coUnitIds.length > 0) await repo.insert(coUnitIds.map((unitId, sortOrder) => ({ planId, unitId, sortOrder })));
}

/** A new plan of the "1+X", after the programme's others; it starts at the outline. */
export async function createPlan(
  scope: WriteScope,
  input: {
    programId: string;
    title: string;
    kind: PlanKind;
    leadUnitId: string;
    coUnitIds: string[];
    issuance?: string | null;
  },
): Promise<{ plan: PlanEntity; coUnitIds: string[] }> {
  authorize(scope, 'plan.create', { type: 'program', programId: input.programId }, KEEPING_REFUSED);
  const title = required('input.title', input.title, 'TITLE_REQUIRED');
  await checkUnitChoice(scope.m, input.programId, input.leadUnitId, input.coUnitIds);
  // Plans are numbered by their order (序号 of 附件1): a new one goes last. Two created at once
  // may share a place; the list then orders them by title, and nothing depends on it being unique.
  const [{ next }]: [{ next: number }] = await scope.m.query(
    'SELECT coalesce(max(sort_order) + 1, 0)::int AS next FROM plan WHERE program_id = $1',
    [input.programId],
  );
  const plan = await scope.m.getRepository(PlanEntity).save({
    programId: input.programId,
    sortOrder: next,
    title,
    kind: input.kind,
    leadUnitId: input.leadUnitId,
    issuance: issuanceOf(input.issuance),
    stage: 'OUTLINE',
    version: 1,
  });
  await setCoUnits(scope, plan.id, input.coUnitIds);
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'plan.created',
    subjectId: plan.id,
    summary: `${scope.actor.name} 新增规划《${title}》`,
  });
  return { plan, coUnitIds: input.coUnitIds };
}

export interface PlanChange {
  title?: string | null;
  leadUnitId?: string | null;
  coUnitIds?: string[] | null;
  issuance?: string | null;
}

const FIELD_ZH: Record<string, string> = {
  title: '名称',
  leadUnitId: '牵头单位',
  coUnitIds: '配合单位',
  issuance: '印发形式',
};

/**
 * Changes a plan's title, lead unit, co-operating units or 印发形式, if the editor saw its
 * current version; otherwise CONFLICT with the plan as it now stands. Every edit raises the version.
 */
export async function updatePlan(
  scope: WriteScope,
  planId: string,
  change: PlanChange,
  expectedVersion: number,
): Promise<{ plan: PlanEntity; coUnitIds: string[] }> {
  const repo = scope.m.getRepository(PlanEntity);
  const plan = await repo.findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
  if (!plan || plan.programId !== scope.actor.programId) throw notFound('plan', planId);
  authorize(
    scope,
    'plan.edit',
    { type: 'plan', programId: plan.programId, leadUnitId: plan.leadUnitId },
    KEEPING_REFUSED,
  );
  const current = (
    await scope.m.getRepository(PlanCoUnitEntity).find({ where: { planId }, order: { sortOrder: 'ASC' } })
  ).map((c) => c.unitId);
  if (plan.version !== expectedVersion) {
    throw conflict(
      {
        reason: 'PLAN_CHANGED',
        message: `The plan was changed by someone else meanwhile (now version ${plan.version}); reload and edit again.`,
        facts: { version: plan.version },
      },
      {
        version: plan.version,
        title: plan.title,
        leadUnitId: plan.leadUnitId,
        coUnitIds: current,
        issuance: plan.issuance,
      },
    );
  }
  const given = Object.entries(change).filter(([, v]) => v !== undefined && v !== null);
  // issuance: null clears it; the others are left as they are when null.
  if (given.length === 0 && change.issuance !== null) {
    throw badInput('input', { reason: 'NOTHING_TO_CHANGE', message: 'give at least one field to change.' });
  }
  const title = change.title != null ? required('input.title', change.title, 'TITLE_REQUIRED') : plan.title;
  const leadUnitId = change.leadUnitId ?? plan.leadUnitId;
  const coUnitIds = change.coUnitIds ?? current;
  await checkUnitChoice(scope.m, plan.programId, leadUnitId, coUnitIds);
  const issuance = change.issuance === undefined ? plan.issuance : issuanceOf(change.issuance);

  const changed = [
    title !== plan.title && 'title',
    leadUnitId !== plan.leadUnitId && 'leadUnitId',
    coUnitIds.join() !== current.join() && 'coUnitIds',
    issuance !== plan.issuance && 'issuance',
  ].filter((f): f is string => typeof f === 'string');
  const version = plan.version + 1;
  await repo.update({ id: plan.id }, { title, leadUnitId, issuance, version });
  if (changed.includes('coUnitIds')) await setCoUnits(scope, plan.id, coUnitIds);
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'plan.updated',
    subjectId: plan.id,
    summary: `${scope.actor.name} 修改了规划《${title}》${changed.length ? `的${changed.map((f) => FIELD_ZH[f]).join('、')}` : ''}`,
    payload: { version, changed },
  });
  return { plan: Object.assign(plan, { title, leadUnitId, issuance, version }), coUnitIds };
}
