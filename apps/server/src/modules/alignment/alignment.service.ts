import { makeAnchor } from '@gongbian/anchoring';
import { authorize } from '../../auth/authorize.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { latestDraftId } from '../draft/index.js';
import { PlanEntity } from '../plan/index.js';
import { checkedAnchor } from '../thread/index.js';
import { HigherTargetEntity, IndicatorEntity } from './alignment.entity.js';
import { type DefineHigherTargetInput, type IndicatorInput, YEARS } from './alignment.types.js';
import { recheck } from './alignment-checks.js';

const INDICATOR_ROLE = {
  reason: 'INDICATOR_ROLE',
  message: 'Only the plan’s lead unit or the working group may keep its indicators.',
} as const;

const trimmed = (s: string) => s.trim();

/** The plan an indicator belongs to, locked against its lead unit changing meanwhile, and the asker's right to it. */
async function planFor(scope: WriteScope, planId: string) {
  const plan = await scope.m
    .getRepository(PlanEntity)
    .findOne({ where: { id: planId }, lock: { mode: 'pessimistic_read' } });
  if (!plan || plan.programId !== scope.actor.programId) throw notFound('plan', planId);
  authorize(
    scope,
    'indicator.edit',
    { type: 'plan', programId: plan.programId, leadUnitId: plan.leadUnitId },
    INDICATOR_ROLE,
  );
  return plan;
}

/**
 * The source columns for an anchor in the plan's newest draft, checked against the text there.
 * `keep`: the indicator as it stands — sent back unchanged, its source keeps its state (a passage
 * carried into a new version stays MOVED; an orphaned one, which has no anchor to send, stays so).
 */
async function sourceColumns(
  scope: WriteScope,
  plan: PlanEntity,
  source: IndicatorInput['source'],
  keep: IndicatorEntity | null,
): Promise<Partial<IndicatorEntity>> {
  if (!source) {
    if (keep?.sourceState === 'ORPHANED') return {};
    return {
      draftId: null,
      blockId: null,
      anchorStart: null,
      anchorEnd: null,
      quote: null,
      prefix: null,
      suffix: null,
      sourceState: null,
    };
  }
  const draftId = await latestDraftId(scope.m, plan.id);
  if (!draftId) {
    throw badInput('input.indicator.source', {
      reason: 'SOURCE_NEEDS_DRAFT',
      message: 'the plan has no draft yet, so no passage can state it.',
    });
  }
  if (
    keep &&
    keep.draftId === draftId &&
    keep.blockId === source.blockId &&
    keep.anchorStart === source.start &&
    keep.anchorEnd === source.end &&
    keep.quote === source.quote
  ) {
    return {};
  }
  const [block]: { text: string }[] = await scope.m.query(
    'SELECT text FROM draft_block WHERE draft_id = $1 AND block_id = $2',
    [draftId, source.blockId],
  );
  const anchor: ReturnType<typeof makeAnchor> = checkedAnchor(block?.text ?? null, source, 'input.indicator.source');
  return {
    draftId,
    blockId: anchor.blockId,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    quote: anchor.quote,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    sourceState: 'ATTACHED',
  };
}

/** The links asked for, checked: a master-plan indicator to support (only from an X plan), a higher target to cite. */
async function linkColumns(scope: WriteScope, plan: PlanEntity, input: IndicatorInput, selfId: string | null) {
  const { m } = scope;
  if (input.supportsId) {
    if (plan.kind === 'MASTER') {
      throw badInput('input.indicator.supportsId', {
        reason: 'MASTER_SUPPORTS_NOTHING',
        message: 'a master-plan indicator supports nothing; it may cite a higher plan’s target.',
      });
    }
    const supported = await m.getRepository(IndicatorEntity).findOneBy({ id: input.supportsId });
    if (!supported || supported.programId !== plan.programId || supported.id === selfId) {
      throw notFound('indicator', input.supportsId);
    }
    const its = await m.getRepository(PlanEntity).findOneByOrFail({ id: supported.planId });
    if (its.kind !== 'MASTER') {
      throw badInput('input.indicator.supportsId', {
        reason: 'SUPPORTS_NOT_MASTER',
        message: 'an indicator supports an indicator of the master plan.',
      });
    }
  }
  if (input.citesId) {
    const cited = await m.getRepository(HigherTargetEntity).findOneBy({ id: input.citesId });
    if (!cited || cited.programId !== plan.programId) throw notFound('higher target', input.citesId);
  }
  return { supportsId: input.supportsId ?? null, citesId: input.citesId ?? null };
}

function figureColumns(input: IndicatorInput) {
  return {
    name: trimmed(input.name),
    unit: trimmed(input.unit),
    baseline: input.baseline ?? null,
    baselineYear: input.baselineYear ?? null,
    target: input.target,
    targetYear: input.targetYear,
    kind: input.kind,
    direction: input.direction,
  };
}

/** A year a plan may speak of, or BAD_USER_INPUT YEAR_OUT_OF_RANGE naming the field. */
function checkYear(field: string, year: number | null | undefined) {
  if (year === null || year === undefined || (year >= YEARS.min && year <= YEARS.max)) return;
  throw badInput(field, {
    reason: 'YEAR_OUT_OF_RANGE',
    message: `must lie between ${YEARS.min} and ${YEARS.max}.`,
    facts: { min: YEARS.min, max: YEARS.max },
  });
}

/** What the form must hold before anything is read: a name, and years a plan may speak of. */
function checkFigures(input: IndicatorInput) {
  if (!trimmed(input.name)) throw badInput('input.indicator.name', { reason: 'NAME_REQUIRED', message: 'name it.' });
  checkYear('input.indicator.targetYear', input.targetYear);
  checkYear('input.indicator.baselineYear', input.baselineYear);
}

/** A new indicator of a plan, checked at once: its issues raise their threads in the same transaction. */
export async function defineIndicator(scope: WriteScope, input: IndicatorInput) {
  checkFigures(input);
  const plan = await planFor(scope, input.planId);
  const row = scope.m.getRepository(IndicatorEntity).create({
    programId: plan.programId,
    planId: plan.id,
    ...figureColumns(input),
    ...(await linkColumns(scope, plan, input, null)),
    ...(await sourceColumns(scope, plan, input.source, null)),
    version: 1,
    createdAt: scope.now,
  });
  const saved = await scope.m.getRepository(IndicatorEntity).save(row);
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'indicator.defined',
    subjectId: saved.id,
    summary: `${scope.actor.name} 为《${plan.title}》设定目标指标“${saved.name}”`,
    payload: { planId: plan.id },
  });
  await recheck(scope, [saved.id]);
  return { indicatorId: saved.id };
}

/**
 * Changes an indicator as a whole (what the form shows), if it is still at `expectedVersion`:
 * otherwise CONFLICT INDICATOR_CHANGED, and nothing changes. It and every indicator that supports
 * it are checked again.
 */
export async function updateIndicator(
  scope: WriteScope,
  indicatorId: string,
  input: IndicatorInput,
  expectedVersion: number,
) {
  checkFigures(input);
  const { m } = scope;
  const current = await m
    .getRepository(IndicatorEntity)
    .findOne({ where: { id: indicatorId }, lock: { mode: 'pessimistic_write' } });
  if (!current || current.programId !== scope.actor.programId) throw notFound('indicator', indicatorId);
  const plan = await planFor(scope, current.planId);
  if (input.planId !== current.planId) {
    throw badInput('input.indicator.planId', {
      reason: 'INDICATOR_PLAN_FIXED',
      message: 'an indicator stays with its plan.',
    });
  }
  if (current.version !== expectedVersion) {
    throw conflict(
      {
        reason: 'INDICATOR_CHANGED',
        message: `Someone else changed this indicator meanwhile (now version ${current.version}).`,
        facts: { version: current.version },
      },
      { version: current.version },
    );
  }
  const change: Partial<IndicatorEntity> = {
    ...figureColumns(input),
    ...(await linkColumns(scope, plan, input, current.id)),
    ...(await sourceColumns(scope, plan, input.source, current)),
    version: current.version + 1,
  };
  await m.getRepository(IndicatorEntity).update({ id: current.id }, change);
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'indicator.updated',
    subjectId: current.id,
    summary: `${scope.actor.name} 修改了《${plan.title}》目标指标“${change.name}”`,
    payload: { planId: plan.id, version: current.version + 1 },
  });
  const supporters: { id: string }[] = await m.query('SELECT id FROM indicator WHERE supports_id = $1', [current.id]);
  await recheck(scope, [current.id, ...supporters.map((s) => s.id)]);
  return { indicatorId: current.id };
}

/** A higher plan's target, for the programme's indicators to cite. */
export async function defineHigherTarget(scope: WriteScope, input: DefineHigherTargetInput) {
  if (input.programId !== scope.actor.programId) throw notFound('programme', input.programId);
  authorize(
    scope,
    'higherTarget.define',
    { type: 'program', programId: input.programId },
    {
      reason: 'HIGHER_TARGET_ROLE',
      message: 'Only the working group records higher plans’ targets.',
    },
  );
  checkYear('input.targetYear', input.targetYear);
  for (const field of ['document', 'name'] as const) {
    if (!trimmed(input[field]))
      throw badInput(`input.${field}`, { reason: 'NAME_REQUIRED', message: 'must not be empty.' });
  }
  const saved = await scope.m.getRepository(HigherTargetEntity).save({
    programId: input.programId,
    document: trimmed(input.document),
    name: trimmed(input.name),
    unit: trimmed(input.unit),
    target: input.target,
    targetYear: input.targetYear,
    direction: input.direction,
    createdAt: scope.now,
  });
  await scope.emit({
    stream: streams.program(input.programId),
    kind: 'higher-target.defined',
    subjectId: saved.id,
    summary: `${scope.actor.name} 录入上位规划指标：${saved.document}“${saved.name}”`,
    payload: {},
  });
  return { higherTargetId: saved.id };
}
