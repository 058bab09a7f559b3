import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { DRAFT_V1, planLedBy, publish } from '#test/support/drafts.js';
import {
  CreateDraftDocument,
  type DraftStage,
  LifecycleGatesDocument,
  PlanLifecycleDocument,
  RequestApprovalDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { DRAFT_STAGES } from '../../domain.js';
import { publishableStages } from './publishable-stages.js';

describe('the stages a new version may take', () => {
  it('are the current stage and the next drafting stage; none once approval begins, or once approved or issued', () => {
    const allowed = (planStage: DraftStage, approvalBegun = false) => publishableStages({ planStage, approvalBegun });
    expect(allowed('OUTLINE')).toEqual(['OUTLINE', 'FRAMEWORK']);
    expect(allowed('FRAMEWORK')).toEqual(['FRAMEWORK', 'CONSULTATION']);
    expect(allowed('CONSULTATION')).toEqual(['CONSULTATION', 'REVIEW']);
    expect(allowed('REVIEW')).toEqual(['REVIEW']);
    expect(allowed('REVIEW', true)).toEqual([]);
    expect(allowed('APPROVED')).toEqual([]);
    expect(allowed('ISSUED')).toEqual([]);
    // Never APPROVED or ISSUED, whatever the plan's stage: those come from approval and issue.
    for (const stage of DRAFT_STAGES) expect(allowed(stage)).not.toContain('APPROVED');
    for (const stage of DRAFT_STAGES) expect(allowed(stage)).not.toContain('ISSUED');
  });
});

describe('publishing forward only', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: false });
  });
  afterAll(() => server.stop());

  const lifecycle = async (p: Programme, planId: string) => {
    const node = (await ok(server.url, PlanLifecycleDocument, { id: planId }, await p.as('working'))).node;
    if (!node || !('drafts' in node)) throw new Error('no plan');
    return node;
  };
  const attempt = async (p: Programme, account: string, planId: string, stage: DraftStage) =>
    gql(server.url, CreateDraftDocument, { planId, stage, content: DRAFT_V1, format: 'MARKDOWN' }, await p.as(account));

  it('refuses the issue’s sequence — 科信处 publishing FRAMEWORK, then ISSUED, then OUTLINE — and the done phase-2 gate stays met', async () => {
    // The issue's finding: FRAMEWORK, then ISSUED, then OUTLINE were all accepted, and phase 2's
    // gate (every plan at FRAMEWORK or beyond) turned unmet.
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '科信处');
    const kexin = await p.as('kexin');
    const phase2 = async () =>
      (await ok(server.url, LifecycleGatesDocument, { id: p.programId }, kexin)).program?.phases.find(
        (ph) => ph.order === 2,
      )?.gate;
    expect((await phase2())?.met).toBe(true);
    const before = await lifecycle(p, planId);
    expect(before.stage).toBe('CONSULTATION');
    expect(before.publishableStages).toEqual(['CONSULTATION', 'REVIEW']);

    const back = await attempt(p, 'kexin', planId, 'FRAMEWORK');
    expect(back.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STAGE_NOT_ALLOWED',
      field: 'input.stage',
      facts: { stage: 'FRAMEWORK', allowed: 'CONSULTATION,REVIEW' },
    });
    expect(back.errors?.[0]?.message).toContain('征求意见稿或送审稿');
    for (const stage of ['ISSUED', 'APPROVED', 'OUTLINE'] as const) {
      const r = await attempt(p, 'kexin', planId, stage);
      expect(r.errors?.[0]?.extensions, stage).toMatchObject({ reason: 'STAGE_NOT_ALLOWED', facts: { stage } });
    }
    // The working group publishing on the unit's behalf is held to the same order.
    expect((await attempt(p, 'working', planId, 'ISSUED')).errors?.[0]?.extensions?.reason).toBe('STAGE_NOT_ALLOWED');
    expect(await lifecycle(p, planId)).toEqual(before);
    expect((await phase2())?.met).toBe(true);

    // The same sequence on 科信处's other plan, 信息化, which stands at FRAMEWORK: FRAMEWORK is
    // taken, ISSUED and then OUTLINE are not, and the gate stays met.
    const info = await planIdOfStage(p, 'FRAMEWORK');
    expect((await attempt(p, 'kexin', info, 'FRAMEWORK')).errors).toBeUndefined();
    const issued = await attempt(p, 'kexin', info, 'ISSUED');
    expect(issued.errors?.[0]?.extensions?.facts).toEqual({ stage: 'ISSUED', allowed: 'FRAMEWORK,CONSULTATION' });
    const outline = await attempt(p, 'kexin', info, 'OUTLINE');
    expect(outline.errors?.[0]?.extensions?.facts).toEqual({ stage: 'OUTLINE', allowed: 'FRAMEWORK,CONSULTATION' });
    expect((await lifecycle(p, info)).drafts.map((d) => d.stage)).toEqual(['FRAMEWORK']);
    expect((await phase2())?.met).toBe(true);
  });

  it('moves one stage at a time: the current stage again, or the next, never skipping one', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    // 信息化 is at FRAMEWORK in the seed, with no version yet.
    const planId = await planIdOfStage(p, 'FRAMEWORK');
    const kexin = await p.as('kexin');
    const skip = await attempt(p, 'kexin', planId, 'REVIEW');
    expect(skip.errors?.[0]?.extensions?.facts).toEqual({ stage: 'REVIEW', allowed: 'FRAMEWORK,CONSULTATION' });
    await publish(server, kexin, planId, { stage: 'FRAMEWORK' });
    await publish(server, kexin, planId, { stage: 'CONSULTATION' });
    await publish(server, kexin, planId, { stage: 'CONSULTATION' });
    await publish(server, kexin, planId, { stage: 'REVIEW' });
    const plan = await lifecycle(p, planId);
    expect(plan.drafts.map((d) => d.stage)).toEqual(['FRAMEWORK', 'CONSULTATION', 'CONSULTATION', 'REVIEW']);
    expect(plan.publishableStages).toEqual(['REVIEW']);
    expect((await attempt(p, 'kexin', planId, 'CONSULTATION')).errors?.[0]?.extensions?.reason).toBe(
      'STAGE_NOT_ALLOWED',
    );
  });

  it('refuses any new version while the newest 送审稿 is under approval', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const planId = await planLedBy(server, p, '规财处');
    const draft = await publish(server, await p.as('guicai'), planId, { stage: 'REVIEW' });
    await ok(
      server.url,
      RequestApprovalDocument,
      { draftId: draft.id, step: 'EXPERT_ARGUMENT' },
      await p.as('working'),
    );
    const before = await lifecycle(p, planId);
    expect(before.publishableStages).toEqual([]);
    expect(before.viewerCan.publishDraft).toBe(false);
    const r = await attempt(p, 'guicai', planId, 'REVIEW');
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PUBLISHING_CLOSED',
      facts: { planStage: 'REVIEW' },
    });
    expect(await lifecycle(p, planId)).toEqual(before);
  });

  async function planIdOfStage(p: Programme, stage: DraftStage): Promise<string> {
    const { ds } = server.app.services;
    const [row]: { id: string }[] = await ds.query('SELECT id FROM plan WHERE program_id = $1 AND stage = $2 LIMIT 1', [
      p.programId,
      stage,
    ]);
    if (!row) throw new Error(`no plan at ${stage}`);
    return row.id;
  }
});
