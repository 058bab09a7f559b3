import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { type GateFacts, gateConditions, readGateFacts } from './gate.js';

const DRAFTING = { approved: false, issued: false, filed: false };

describe('gate conditions', () => {
  const facts: GateFacts = {
    topicsTotal: 22,
    topicsDone: 21,
    frameworkMilestoneDone: true,
    plans: [
      {
        title: '总体规划',
        kind: 'MASTER',
        stage: 'REVIEW',
        openConsultationThreads: 3,
        adoptedNotReflected: 2,
        ...DRAFTING,
      },
      {
        title: '专项规划甲',
        kind: 'SPECIAL',
        stage: 'CONSULTATION',
        openConsultationThreads: 0,
        adoptedNotReflected: 0,
        ...DRAFTING,
      },
      {
        title: '专项规划乙',
        kind: 'SPECIAL',
        stage: 'FRAMEWORK',
        openConsultationThreads: 2,
        adoptedNotReflected: 0,
        ...DRAFTING,
      },
    ],
    expertReviewMeetingsHeld: 0,
    reviewsPending: 4,
  };

  it('carry the values a client words them from, beside the Chinese label and detail', () => {
    const [topics] = gateConditions(1, facts);
    expect(topics).toMatchObject({ code: 'TOPICS_DONE', met: false, detail: '已完成 21/22' });
    expect(topics?.facts).toEqual([
      ['total', 22],
      ['done', 21],
    ]);
    const [review, opinions, adoptions, meeting, reviews] = gateConditions(3, facts);
    expect(review).toMatchObject({ code: 'PLANS_REVIEW', detail: '尚未满足：专项规划甲、专项规划乙' });
    expect(review?.facts).toEqual([
      ['plan', '专项规划甲'],
      ['plan', '专项规划乙'],
    ]);
    expect(opinions?.facts).toEqual([
      ['plan', '总体规划'],
      ['open', 3],
      ['plan', '专项规划乙'],
      ['open', 2],
    ]);
    // The 送审稿 of 总体规划 leaves two adopted opinions unchanged.
    expect(adoptions).toMatchObject({ code: 'ADOPTIONS_REFLECTED', met: false, detail: '总体规划：2 条未落实' });
    expect(adoptions?.facts).toEqual([
      ['plan', '总体规划'],
      ['count', 2],
    ]);
    expect(meeting?.facts).toEqual([['held', 0]]);
    expect(reviews?.facts).toEqual([['pending', 4]]);
  });
});

describe('the phase-4 conditions', () => {
  const plan = (
    title: string,
    kind: 'MASTER' | 'SPECIAL',
    done: Partial<typeof DRAFTING>,
    stage = 'REVIEW' as const,
  ) => ({
    title,
    kind,
    stage,
    openConsultationThreads: 0,
    adoptedNotReflected: 0,
    ...DRAFTING,
    ...done,
  });
  const phase4 = (plans: GateFacts['plans']) =>
    Object.fromEntries(
      gateConditions(4, { ...base, plans }).map((c) => [c.code, c.met ? 'met' : c.facts.map(([, v]) => v).join('、')]),
    );
  const base: GateFacts = {
    topicsTotal: 0,
    topicsDone: 0,
    frameworkMilestoneDone: true,
    plans: [],
    expertReviewMeetingsHeld: 0,
    reviewsPending: 0,
  };

  it('follow the approvals, the issue and the filing, not a stage a version was published at', () => {
    // A stage alone (as a published version could once claim) meets nothing.
    expect(
      phase4([
        plan('总体规划', 'MASTER', {}, 'APPROVED' as never),
        plan('专项规划甲', 'SPECIAL', {}, 'ISSUED' as never),
      ]),
    ).toEqual({ MASTER_APPROVED: '总体规划', SPECIALS_ISSUED: '专项规划甲', SPECIALS_FILED: '专项规划甲' });
    // Issued but not filed (备案) with the DRC: the phase is not done.
    expect(
      phase4([
        plan('总体规划', 'MASTER', { approved: true }),
        plan('专项规划甲', 'SPECIAL', { approved: true, issued: true }),
      ]),
    ).toEqual({ MASTER_APPROVED: 'met', SPECIALS_ISSUED: 'met', SPECIALS_FILED: '专项规划甲' });
    expect(
      phase4([
        plan('总体规划', 'MASTER', { approved: true }),
        plan('专项规划甲', 'SPECIAL', { approved: true, issued: true, filed: true }),
      ]),
    ).toEqual({ MASTER_APPROVED: 'met', SPECIALS_ISSUED: 'met', SPECIALS_FILED: 'met' });
  });
});

describe('the framework condition', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: false });
  });
  afterAll(() => server.stop());

  it('follows the milestone marked FRAMEWORK_AGREED, whatever its title', async () => {
    const p = await buildProgramme(server);
    const { ds } = server.app.services;
    const done = async () => (await readGateFacts(ds.manager, p.programId, new Date())).frameworkMilestoneDone;
    expect(await done()).toBe(true);
    // Renamed, it is still the framework milestone: the mark, not the title, says so.
    await ds.query(
      `UPDATE milestone SET title = 'Framework agreed' WHERE program_id = $1 AND gate_condition = 'FRAMEWORK_AGREED'`,
      [p.programId],
    );
    expect(await done()).toBe(true);
    await ds.query(
      `UPDATE milestone SET status = 'IN_PROGRESS' WHERE program_id = $1 AND gate_condition = 'FRAMEWORK_AGREED'`,
      [p.programId],
    );
    expect(await done()).toBe(false);
    // A done milestone titled as the demo's framework milestone, unmarked, does not meet it.
    await ds.query(
      `UPDATE milestone SET gate_condition = NULL, title = '对接应急管理部和省发展改革委，明确“1+X”规划框架体系', status = 'DONE'
        WHERE program_id = $1 AND gate_condition = 'FRAMEWORK_AGREED'`,
      [p.programId],
    );
    expect(await done()).toBe(false);
  });
});
