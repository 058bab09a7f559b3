import { authorize } from '../../auth/authorize.js';
import { toChinaDate } from '../../clock.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { DraftEntity, latestDraftId } from '../draft/index.js';
import { PlanEntity } from '../plan/index.js';
import { ApprovalEntity, PlanIssuanceEntity } from './approval.entity.js';
import { draftOfProgramme, lockPlan } from './approval.service.js';

export const MAX_DOC_NUMBER = 50;
export const MAX_ISSUER = 100;

/**
 * A 文号 as GB/T 9704 lays it out: the issuer's code, the year in brackets, the number, 号 —
 * 浙政发〔2021〕12号, 浙应急规划〔2021〕5号. Brackets typed as [ ] or （ ） are taken too, as people type them.
 */
const DOC_NUMBER = /^\S.*[〔[（(]\d{4}[〕\]）)]\s*\d+\s*号$/u;

const policyIssue = (scope: WriteScope) =>
  authorize(
    scope,
    'plan.issue',
    { type: 'program', programId: scope.actor.programId },
    { reason: 'ISSUE_ROLE', message: 'Only the working group records a plan’s issue and filing.' },
  );

/**
 * Issues an approved plan's newest version (印发): its 文号, date and issuer. The version is frozen
 * (its stage becomes ISSUED, which closes it to comments), and the plan is ISSUED.
 */
export async function issuePlan(
  scope: WriteScope,
  input: { draftId: string; docNumber: string; issuedOn: string; issuer: string },
) {
  const { m, actor } = scope;
  policyIssue(scope);
  const found = await draftOfProgramme(scope, input.draftId);
  const plan = await lockPlan(m, found.planId);
  if (plan.stage !== 'APPROVED') {
    throw forbidden({
      reason: 'ISSUE_NOT_APPROVED',
      message: `A plan is issued once approved; this one is at ${plan.stage}.`,
      facts: { stage: plan.stage },
    });
  }
  if ((await latestDraftId(m, plan.id)) !== found.id) {
    throw forbidden({
      reason: 'NEWER_VERSION_EXISTS',
      message: 'A newer version of this plan exists: the approved, newest version is the one issued.',
    });
  }
  const docNumber = input.docNumber.trim();
  if (!docNumber || docNumber.length > MAX_DOC_NUMBER || !DOC_NUMBER.test(docNumber)) {
    throw badInput('input.docNumber', {
      reason: 'DOC_NUMBER_FORMAT',
      message: `write the 文号 as issuer code, year in brackets and number, e.g. 浙应急规划〔2021〕5号 (at most ${MAX_DOC_NUMBER} characters).`,
      facts: { max: MAX_DOC_NUMBER },
    });
  }
  const issuer = input.issuer.trim();
  if (!issuer || issuer.length > MAX_ISSUER) {
    throw badInput('input.issuer', {
      reason: 'ISSUER_REQUIRED',
      message: `name who issued it (1–${MAX_ISSUER} characters), e.g. 浙江省应急管理厅.`,
      facts: { max: MAX_ISSUER },
    });
  }
  // Not before it was approved, and not later than the programme's today.
  const [approved] = await m
    .getRepository(ApprovalEntity)
    .find({ where: { draftId: found.id, decision: 'APPROVED' }, order: { decidedAt: 'DESC' }, take: 1 });
  const earliest = toChinaDate(approved?.decidedAt ?? found.createdAt);
  const latest = toChinaDate(scope.now);
  if (input.issuedOn < earliest || input.issuedOn > latest) {
    throw badInput('input.issuedOn', {
      reason: 'ISSUE_DATE_OUT_OF_RANGE',
      message: `must lie between its approval (${earliest}) and today (${latest}).`,
      facts: { earliest, latest },
    });
  }
  await m.getRepository(PlanIssuanceEntity).insert({
    planId: plan.id,
    programId: plan.programId,
    draftId: found.id,
    docNumber,
    issuedOn: input.issuedOn,
    issuer,
    issuedBy: actor.id,
    filedOn: null,
  });
  await m.getRepository(DraftEntity).update({ id: found.id }, { stage: 'ISSUED' });
  await m.getRepository(PlanEntity).update({ id: plan.id }, { stage: 'ISSUED' });
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'plan.issued',
    subjectId: plan.id,
    summary: `${actor.name} 登记《${plan.title}》印发：${issuer}，${docNumber}，${input.issuedOn}`,
    payload: { draftId: found.id, docNumber, issuedOn: input.issuedOn, issuer },
  });
  return { planId: plan.id };
}

/** Records that an issued plan was filed (备案) with the DRC, on or after its issue and not after today. */
export async function recordFiling(scope: WriteScope, input: { planId: string; filedOn: string }) {
  const { m, actor } = scope;
  policyIssue(scope);
  const found = await m.getRepository(PlanEntity).findOneBy({ id: input.planId, programId: actor.programId });
  if (!found) throw notFound('plan', input.planId);
  const plan = await lockPlan(m, found.id);
  const issuance = await m.getRepository(PlanIssuanceEntity).findOneBy({ planId: plan.id });
  if (!issuance) {
    throw forbidden({ reason: 'FILING_BEFORE_ISSUE', message: 'A plan is filed (备案) once it has been issued.' });
  }
  if (issuance.filedOn) {
    throw forbidden({
      reason: 'ALREADY_FILED',
      message: `This plan was already filed on ${issuance.filedOn}.`,
      facts: { filedOn: issuance.filedOn },
    });
  }
  const latest = toChinaDate(scope.now);
  if (input.filedOn < issuance.issuedOn || input.filedOn > latest) {
    throw badInput('input.filedOn', {
      reason: 'FILING_DATE_OUT_OF_RANGE',
      message: `must lie between its issue (${issuance.issuedOn}) and today (${latest}).`,
      facts: { earliest: issuance.issuedOn, latest },
    });
  }
  await m.getRepository(PlanIssuanceEntity).update({ planId: plan.id }, { filedOn: input.filedOn });
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'plan.filed',
    subjectId: plan.id,
    summary: `${actor.name} 登记《${plan.title}》已报省发展改革委备案（${input.filedOn}）`,
    payload: { filedOn: input.filedOn },
  });
  return { planId: plan.id };
}
