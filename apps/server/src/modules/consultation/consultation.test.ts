import { readZipText } from '@gongbian/documents/test-support';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, logPosition, ok, present, wsClient } from '#test/support/client.js';
import { anchorOn, type TestDraft } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import {
  ChallengeDocument,
  CloseRoundDocument,
  DisposeThreadDocument,
  DispositionTableUrlDocument,
  DraftRoundDocument,
  GroupOpinionsDocument,
  ModerateDocument,
  ModerateGroupDocument,
  NotificationsKindSubjectIdDocument,
  OpenRoundDocument,
  PublicReadDocument,
  PublicRoundSummaryDocument,
  RoundEventsDocument,
  RoundGroupsDocument,
  RoundOpinionsDocument,
  SendPublicOpinionDocument,
  type SubmitPublicOpinionInput,
  ThreadSenderDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// A proof of work cheap enough to solve here many times over; the browser test solves the real one.
const CHEAP_WORK = { altchaCost: 10, altchaMaxCounter: 20 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, config: { ...CHEAP_WORK, publicOpinionsPerHour: 0 } });
});
afterAll(() => server.stop());

/** What the ALTCHA widget posts once it has solved a challenge from `url`: base64 JSON. */
async function solved(url = server.url): Promise<string> {
  const { publicChallenge } = await ok(url, ChallengeDocument, {});
  const challenge = JSON.parse(publicChallenge.json);
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the challenge was not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

interface Round {
  p: Programme;
  draft: TestDraft;
  id: string;
  slug: string;
}

async function openRound(p?: Programme): Promise<Round> {
  const programme = p ?? (await buildProgramme(server));
  const draft = await buildDraft(server, programme, { by: 'guicai' });
  const r = await ok(
    server.url,
    OpenRoundDocument,
    { input: { draftId: draft.id, intro: '欢迎社会各界提出意见。', opensOn: '2020-11-10', closesOn: '2020-12-10' } },
    await programme.as('working'),
  );
  return { p: programme, draft, id: r.openConsultation.consultation.id, slug: r.openConsultation.consultation.slug };
}

type Opinion = Awaited<ReturnType<typeof opinionsOf>>[number];

const opinion = async (round: Round, extra: Partial<SubmitPublicOpinionInput> = {}) =>
  gql(server.url, SendPublicOpinionDocument, {
    input: {
      slug: round.slug,
      body: '建议增加社区应急物资储备点。',
      identity: 'CITIZEN',
      challenge: await solved(),
      ...extra,
    },
  });

async function opinionsOf(round: Round) {
  const r = await ok(server.url, RoundOpinionsDocument, { id: round.id }, await round.p.as('working'));
  return present(r.consultation, 'the round').opinions.edges.map((e) => e.node);
}

describe('a round of public consultation', () => {
  it('is opened by the working group on a consultation draft, and shows on the draft', async () => {
    const round = await openRound();
    const d = await ok(server.url, DraftRoundDocument, { id: round.draft.id }, await round.p.as('observer'));
    expect(d.draft?.consultation).toMatchObject({ id: round.id, state: 'OPEN', received: 0 });
    expect(round.slug).toMatch(/^[a-z0-9]{10}$/);
  });

  it('refuses others, other stages, a second round and dates that end before they begin', async () => {
    const p = await buildProgramme(server);
    const draft = await buildDraft(server, p, { by: 'guicai' });
    const input = { draftId: draft.id, intro: '征求意见', opensOn: '2020-11-16', closesOn: '2020-11-30' };
    const lead = await gql(server.url, OpenRoundDocument, { input }, await p.as('guicai'));
    expect(lead.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSULTATION_ROLE' });
    const review = await buildDraft(server, p, { plan: '应急救援处', stage: 'REVIEW', by: 'working' });
    const early = await gql(
      server.url,
      OpenRoundDocument,
      { input: { ...input, draftId: review.id } },
      await p.as('working'),
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ reason: 'CONSULTATION_STAGE', facts: { stage: 'REVIEW' } });
    const backwards = await gql(
      server.url,
      OpenRoundDocument,
      { input: { ...input, closesOn: '2020-11-01' } },
      await p.as('working'),
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSULTATION_DATES' });
    await ok(server.url, OpenRoundDocument, { input }, await p.as('working'));
    const twice = await gql(server.url, OpenRoundDocument, { input }, await p.as('working'));
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSULTATION_EXISTS' });
  });
});

describe('the public, without an account', () => {
  it('reads the draft and sends an opinion on a passage, and gets a receipt', async () => {
    const round = await openRound();
    const read = await ok(server.url, PublicReadDocument, { slug: round.slug });
    expect(read.publicDraft).toMatchObject({ slug: round.slug, intro: '欢迎社会各界提出意见。', state: 'OPEN' });
    expect(read.publicDraft?.blocks.map((b) => b.text)).toEqual(round.draft.blocks.map((b) => b.text));
    const sent = await opinion(round, {
      anchor: anchorOn(round.draft, '省级应急物资储备库12个'),
      authorName: '张三',
      identity: 'NPC_DEPUTY',
      contact: 'zhangsan@example.com',
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitPublicOpinion.receipt).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const [o] = await opinionsOf(round);
    expect(o).toMatchObject({
      authorName: '张三',
      identity: 'NPC_DEPUTY',
      contact: 'zhangsan@example.com',
      receipt: sent.data?.submitPublicOpinion.receipt,
      status: 'PENDING',
      anchor: { quote: '省级应急物资储备库12个' },
    });
  });

  it('needs a solved challenge, and each solution works once; a retry of the same opinion gets its receipt again', async () => {
    const round = await openRound();
    const unsolved = await gql(server.url, SendPublicOpinionDocument, {
      input: { slug: round.slug, body: '意见', identity: 'CITIZEN', challenge: Buffer.from('{}').toString('base64') },
    });
    expect(unsolved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHALLENGE_INVALID' });
    const { publicChallenge } = await ok(server.url, ChallengeDocument, {});
    const challenge = JSON.parse(publicChallenge.json);
    const wrong = Buffer.from(JSON.stringify({ challenge, solution: { counter: 1, derivedKey: '00' } })).toString(
      'base64',
    );
    const forged = await gql(server.url, SendPublicOpinionDocument, {
      input: { slug: round.slug, body: '意见', identity: 'CITIZEN', challenge: wrong },
    });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ reason: 'CHALLENGE_INVALID' });
    const payload = await solved();
    const input = { slug: round.slug, body: '建议明确储备标准。', identity: 'ENTERPRISE' as const, challenge: payload };
    const first = await ok(server.url, SendPublicOpinionDocument, { input });
    const retry = await ok(server.url, SendPublicOpinionDocument, { input });
    expect(retry.submitPublicOpinion.receipt).toBe(first.submitPublicOpinion.receipt);
    const reused = await gql(server.url, SendPublicOpinionDocument, { input: { ...input, body: '另一条意见。' } });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHALLENGE_USED' });
    expect(await opinionsOf(round)).toHaveLength(1);
  });

  it('refuses bad input with a clear code and keeps nothing of it', async () => {
    const round = await openRound();
    const cases: [Partial<SubmitPublicOpinionInput>, object][] = [
      [{ body: '   ' }, { code: 'BAD_USER_INPUT', reason: 'EMPTY' }],
      [{ body: '长'.repeat(5_001) }, { code: 'BAD_USER_INPUT' }],
      [{ contact: '不是联系方式' }, { code: 'BAD_USER_INPUT', reason: 'CONTACT_FORMAT' }],
      [
        { anchor: { ...anchorOn(round.draft, '省级应急物资储备库12个'), quote: '别的文字' } },
        { code: 'BAD_USER_INPUT', reason: 'QUOTE_MISMATCH' },
      ],
      [{ slug: 'nosuchround' }, { code: 'NOT_FOUND', reason: 'CONSULTATION_NOT_FOUND' }],
      // The same hostile input the signed-in API meets: a NUL byte, a path, an oversized name.
      [{ body: '意见\u0000' }, { code: 'BAD_USER_INPUT' }],
      [{ slug: '../../etc/passwd' }, { code: 'NOT_FOUND' }],
      [{ authorName: '名'.repeat(51) }, { code: 'BAD_USER_INPUT' }],
      [{ identity: 'CITIZEN', contact: 'x'.repeat(101) }, { code: 'BAD_USER_INPUT' }],
    ];
    for (const [extra, expected] of cases) {
      const r = await opinion(round, extra);
      expect(r.errors?.[0]?.extensions, JSON.stringify(extra).slice(0, 80)).toMatchObject(expected);
    }
    expect(await opinionsOf(round)).toHaveLength(0);
  });

  it('is refused once the round is closed, and every signed-in operation still asks to sign in', async () => {
    const round = await openRound();
    const closed = await ok(server.url, CloseRoundDocument, { id: round.id }, await round.p.as('working'));
    expect(closed.closeConsultation.consultation.state).toBe('CLOSED');
    const late = await opinion(round);
    expect(late.errors?.[0]?.extensions).toMatchObject({ reason: 'CONSULTATION_NOT_OPEN', facts: { state: 'CLOSED' } });
    const again = await gql(server.url, CloseRoundDocument, { id: round.id }, await round.p.as('working'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSULTATION_ALREADY_CLOSED' });
    const list = await gql(server.url, RoundOpinionsDocument, { id: round.id });
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
  });

  it('is limited per address per hour', async () => {
    const limited = await startTestServer({ demo: false, config: { ...CHEAP_WORK, publicOpinionsPerHour: 2 } });
    try {
      const p = await buildProgramme(limited);
      const draft = await buildDraft(limited, p, { by: 'guicai' });
      const r = await ok(
        limited.url,
        OpenRoundDocument,
        { input: { draftId: draft.id, intro: '征求意见', opensOn: '2020-11-16', closesOn: '2020-11-30' } },
        await p.as('working'),
      );
      const send = async () =>
        gql(limited.url, SendPublicOpinionDocument, {
          input: {
            slug: r.openConsultation.consultation.slug,
            body: '意见',
            identity: 'CITIZEN',
            challenge: await solved(limited.url),
          },
        });
      expect((await send()).errors).toBeUndefined();
      expect((await send()).errors).toBeUndefined();
      const third = await send();
      expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'PUBLIC_OPINIONS_TOO_FAST' });
    } finally {
      await limited.stop();
    }
  });
});

describe('moderation by the working group', () => {
  it('is the working group’s alone, contacts included', async () => {
    const round = await openRound();
    await opinion(round, { contact: '13800000000' });
    const lead = await gql(server.url, RoundOpinionsDocument, { id: round.id }, await round.p.as('guicai'));
    expect(lead.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSULTATION_ROLE' });
    expect(JSON.stringify(lead.data ?? {})).not.toContain('13800000000');
    const [o] = await opinionsOf(round);
    const m = await gql(
      server.url,
      ModerateDocument,
      { input: { opinionId: present(o, 'an opinion').id, decision: 'ACCEPT', expectedVersion: 1 } },
      await round.p.as('guicai'),
    );
    expect(m.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSULTATION_ROLE' });
  });

  it('accepts an opinion: a PUBLIC thread in the sender’s name, assigned to the lead unit, who is told', async () => {
    const round = await openRound();
    await opinion(round, {
      anchor: anchorOn(round.draft, '省级应急物资储备库12个'),
      authorName: '张三',
      identity: 'NPC_DEPUTY',
    });
    await opinion(round, { identity: 'CITIZEN', body: '全文建议：增加公众参与内容。' });
    const [whole, passage] = await opinionsOf(round);
    const working = await round.p.as('working');
    const accepted = await ok(
      server.url,
      ModerateDocument,
      { input: { opinionId: present(passage, 'an opinion').id, decision: 'ACCEPT', expectedVersion: 1 } },
      working,
    );
    const thread = present(accepted.moderatePublicOpinion.opinion.thread, 'its thread');
    expect(accepted.moderatePublicOpinion.opinion).toMatchObject({ status: 'ACCEPTED', version: 2 });
    expect(thread).toMatchObject({
      source: 'PUBLIC',
      status: 'OPEN',
      assignedUnit: { shortName: '规财处' },
      comments: [{ body: '建议增加社区应急物资储备点。' }],
    });
    const sender = await ok(server.url, ThreadSenderDocument, { id: thread.id }, working);
    expect(sender.thread).toMatchObject({ source: 'PUBLIC', externalAuthor: '人大代表 张三' });
    const anon = await ok(
      server.url,
      ModerateDocument,
      { input: { opinionId: present(whole, 'an opinion').id, decision: 'ACCEPT', expectedVersion: 1 } },
      working,
    );
    const anonThread = present(anon.moderatePublicOpinion.opinion.thread, 'its thread').id;
    expect((await ok(server.url, ThreadSenderDocument, { id: anonThread }, working)).thread?.externalAuthor).toBe(
      '公众（匿名）',
    );
    // In the 意见采纳情况表 it is an opinion from the public (来源 公众), in the sender's name.
    const table = await ok(server.url, DispositionTableUrlDocument, { id: round.draft.id }, working);
    const xlsx = await fetch(`${server.url}${table.dispositionTable.url}`, {
      headers: { authorization: `Bearer ${working}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const cells: string[] = [];
    book.worksheets[0]?.eachRow((row) => {
      cells.push((row.values as unknown[]).map((v) => String(v ?? '')).join('|'));
    });
    expect(cells.some((r) => r.includes('人大代表 张三') && r.includes('公众'))).toBe(true);
    const inbox = await ok(server.url, NotificationsKindSubjectIdDocument, {}, await round.p.as('guicai'));
    expect(inbox.notifications).toContainEqual({ kind: 'opinion', subjectId: thread.id });
    const twice = await gql(
      server.url,
      ModerateDocument,
      { input: { opinionId: present(passage, 'an opinion').id, decision: 'REJECT', note: '重复', expectedVersion: 2 } },
      working,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPINION_ALREADY_ACCEPTED' });
  });

  it('rejects with a note, marks duplicates of the first of a chain, and refuses a stale version', async () => {
    const round = await openRound();
    for (const body of ['原意见', '重复一', '重复二']) await opinion(round, { body });
    const all = await opinionsOf(round);
    const [second, first, original] = [0, 1, 2].map((i) => present(all[i], 'an opinion')) as [
      Opinion,
      Opinion,
      Opinion,
    ];
    const working = await round.p.as('working');
    const noNote = await gql(
      server.url,
      ModerateDocument,
      { input: { opinionId: first.id, decision: 'REJECT', expectedVersion: 1 } },
      working,
    );
    expect(noNote.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MODERATION_NOTE_REQUIRED',
    });
    const dup = await ok(
      server.url,
      ModerateDocument,
      { input: { opinionId: first.id, decision: 'DUPLICATE', duplicateOfId: original.id, expectedVersion: 1 } },
      working,
    );
    expect(dup.moderatePublicOpinion.opinion).toMatchObject({ status: 'DUPLICATE', duplicateOf: { id: original.id } });
    const chained = await ok(
      server.url,
      ModerateDocument,
      { input: { opinionId: second.id, decision: 'DUPLICATE', duplicateOfId: first.id, expectedVersion: 1 } },
      working,
    );
    expect(chained.moderatePublicOpinion.opinion.duplicateOf?.id).toBe(original.id);
    const itself = await gql(
      server.url,
      ModerateDocument,
      { input: { opinionId: original.id, decision: 'DUPLICATE', duplicateOfId: second.id, expectedVersion: 1 } },
      working,
    );
    expect(itself.errors?.[0]?.extensions).toMatchObject({ reason: 'DUPLICATE_OF_ITSELF' });
    const stale = await gql(
      server.url,
      ModerateDocument,
      { input: { opinionId: first.id, decision: 'REJECT', note: '与规划无关', expectedVersion: 1 } },
      working,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OPINION_CHANGED',
      facts: { version: '2' },
    });
    const rejected = await ok(
      server.url,
      ModerateDocument,
      { input: { opinionId: first.id, decision: 'REJECT', note: '与规划无关', expectedVersion: 2 } },
      working,
    );
    expect(rejected.moderatePublicOpinion.opinion).toMatchObject({
      status: 'REJECTED',
      moderationNote: '与规划无关',
      duplicateOf: null,
      moderatedBy: { name: expect.any(String) },
    });
    const counts = await ok(server.url, DraftRoundDocument, { id: round.draft.id }, working);
    expect(counts.draft?.consultation).toMatchObject({ received: 3, pending: 1, accepted: 0, rejected: 1 });
  });

  it('follows the round live: a subscriber sees each opinion arrive and each decision', async () => {
    const round = await openRound();
    const working = await round.p.as('working');
    const after = await logPosition(server.url, working, round.p.programId);
    const client = wsClient(server.url, working);
    const events = collect(client, RoundEventsDocument, { id: round.id, after });
    try {
      await opinion(round);
      const [o] = await opinionsOf(round);
      await ok(
        server.url,
        ModerateDocument,
        { input: { opinionId: present(o, 'an opinion').id, decision: 'REJECT', note: '无关', expectedVersion: 1 } },
        await round.p.as('working'),
      );
      const seen = await events.until(2);
      expect(seen.map((e) => e.consultationEvents)).toEqual([
        { kind: 'public-opinion.submitted', opinionId: o?.id },
        { kind: 'public-opinion.moderated', opinionId: o?.id },
      ]);
    } finally {
      await client.dispose();
    }
  });
});

describe('after the round', () => {
  it('publishes a summary of what became of the opinions, with no name or contact', async () => {
    const round = await openRound();
    await opinion(round, {
      authorName: '李四',
      contact: 'lisi@example.com',
      identity: 'ENTERPRISE',
      body: '建议补充企业储备。',
    });
    await opinion(round, { body: '无关内容' });
    const all = await opinionsOf(round);
    const [unrelated, enterprise] = [0, 1].map((i) => present(all[i], 'an opinion')) as [Opinion, Opinion];
    const working = await round.p.as('working');
    const a = await ok(
      server.url,
      ModerateDocument,
      { input: { opinionId: enterprise.id, decision: 'ACCEPT', expectedVersion: 1 } },
      working,
    );
    await ok(
      server.url,
      ModerateDocument,
      { input: { opinionId: unrelated.id, decision: 'REJECT', note: '与规划无关', expectedVersion: 1 } },
      working,
    );
    const threadId = present(a.moderatePublicOpinion.opinion.thread, 'its thread').id;
    await ok(
      server.url,
      DisposeThreadDocument,
      { id: threadId, s: 'PARTLY_ADOPTED', r: '在第二章补充企业参与储备的内容。' },
      await round.p.as('guicai'),
    );
    await ok(server.url, CloseRoundDocument, { id: round.id }, working);
    const s = await ok(server.url, PublicRoundSummaryDocument, { slug: round.slug });
    expect(s.publicSummary).toEqual({
      received: 2,
      accepted: 1,
      state: 'CLOSED',
      byDisposition: [{ status: 'PARTLY_ADOPTED', count: 1 }],
      opinions: [
        {
          quote: null,
          body: '建议补充企业储备。',
          identity: 'ENTERPRISE',
          status: 'PARTLY_ADOPTED',
          answer: '在第二章补充企业参与储备的内容。',
        },
      ],
    });
    expect(JSON.stringify(s)).not.toMatch(/李四|lisi/);

    // The same as Word and Excel, for anyone: the accepted opinion and its answer, no name or contact.
    const file = async (ext: string) => {
      const r = await fetch(`${server.url}/public-api/consultations/${round.slug}/summary.${ext}`);
      expect(r.status, ext).toBe(200);
      expect(r.headers.get('content-disposition')).toContain(encodeURIComponent('公开征求意见情况'));
      return new Uint8Array(await r.arrayBuffer());
    };
    const word = readZipText(await file('docx'), 'word/document.xml');
    expect(word).toContain('建议补充企业储备。');
    expect(word).toContain('在第二章补充企业参与储备的内容。');
    expect(word).not.toMatch(/李四|lisi/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file('xlsx')) as never);
    const rows: string[][] = [];
    book.getWorksheet('意见办理情况')?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows).toContainEqual([
      '1',
      '全文',
      '建议补充企业储备。',
      '企业',
      '部分采纳',
      '在第二章补充企业参与储备的内容。',
    ]);
    expect((await fetch(`${server.url}/public-api/consultations/${round.slug}/summary.pdf`)).status).toBe(404);
  });

  it('deletes the contacts when the round’s retention has ended', async () => {
    const round = await openRound();
    await opinion(round, { contact: '13900000000' });
    const { ds } = server.app.services;
    // The round ended long before the retention (180 days by default) counted back from today.
    await ds.query(`UPDATE public_consultation SET closed_at = '2020-01-01T00:00:00Z' WHERE id = $1`, [round.id]);
    await server.app.runChores();
    const [o] = await opinionsOf(round);
    expect(o).toMatchObject({ contact: null, body: '建议增加社区应急物资储备点。' });
  });
});

describe('moderation at scale: groups decided at once', () => {
  const CAMPAIGN = '强烈建议在每个社区设立应急物资储备点，储备饮用水、食品和常用药品，方便群众就近取用。';

  it('groups near-duplicate texts and passages, and decides a group in one action with one note', async () => {
    const round = await openRound();
    const passage = anchorOn(round.draft, '省级应急物资储备库12个');
    // A campaign sent four times with small changes, and two other opinions.
    for (const body of [
      CAMPAIGN,
      `${CAMPAIGN}谢谢！`,
      CAMPAIGN.replace('强烈建议', '建议'),
      CAMPAIGN.replace(/，/g, ' '),
    ]) {
      await opinion(round, { body, anchor: passage });
    }
    await opinion(round, { body: '建议增加森林消防无人机的配备数量，并开展跨区域联合演练。', anchor: passage });
    await opinion(round, { body: '全文结构清晰，建议补充财政保障的具体措施。' });
    const working = await round.p.as('working');

    const similar = await ok(server.url, RoundGroupsDocument, { id: round.id, by: 'SIMILAR_TEXT' }, working);
    const groups = present(similar.consultation, 'the round').groups;
    expect(groups.totalCount).toBe(3);
    const [campaign] = groups.edges.map((e) => e.node);
    expect(campaign).toMatchObject({ count: 4, blockId: null, sample: { body: CAMPAIGN } });
    expect(groups.pageInfo.hasNextPage).toBe(true);
    const rest = await ok(
      server.url,
      RoundGroupsDocument,
      { id: round.id, by: 'SIMILAR_TEXT', after: groups.pageInfo.endCursor },
      working,
    );
    expect(present(rest.consultation, 'the round').groups.edges.map((e) => e.node.count)).toEqual([1]);

    const byPassage = await ok(server.url, RoundGroupsDocument, { id: round.id, by: 'PASSAGE' }, working);
    const round2 = present(byPassage.consultation, 'the round');
    expect(
      round2.groups.edges.map((e) => [e.node.count, e.node.blockId, e.node.quote?.includes('储备库12个')]),
    ).toEqual([
      [5, passage.blockId, true],
      [1, null, undefined],
    ]);
    expect(round2.passageCounts).toEqual([{ blockId: passage.blockId, received: 5, pending: 5 }]);

    const key = present(campaign, 'the campaign').key;
    const members = await ok(server.url, GroupOpinionsDocument, { id: round.id, group: key }, working);
    expect(present(members.consultation, 'the round').opinions.totalCount).toBe(4);
    const stale = await gql(
      server.url,
      ModerateGroupDocument,
      { input: { consultationId: round.id, groupKey: key, decision: 'REJECT', note: '重复', expectedCount: 3 } },
      working,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'GROUP_CHANGED',
      facts: { count: '4' },
    });
    // Merge: the first stays pending, the other three repeat it.
    const original = present(campaign, 'the campaign').sample.id;
    const merged = await ok(
      server.url,
      ModerateGroupDocument,
      {
        input: {
          consultationId: round.id,
          groupKey: key,
          decision: 'DUPLICATE',
          duplicateOfId: original,
          expectedCount: 4,
        },
      },
      working,
    );
    expect(merged.moderatePublicOpinionGroup).toMatchObject({ decided: 3, consultation: { pending: 3 } });
    const after = await ok(server.url, GroupOpinionsDocument, { id: round.id, group: key }, working);
    const statuses = present(after.consultation, 'the round').opinions.edges.map((e) => e.node);
    expect(statuses.filter((o) => o.status === 'DUPLICATE').every((o) => o.duplicateOf?.id === original)).toBe(true);
    expect(statuses.filter((o) => o.status === 'PENDING').map((o) => o.id)).toEqual([original]);

    const whole = await ok(
      server.url,
      ModerateGroupDocument,
      {
        input: {
          consultationId: round.id,
          groupKey: 'p:',
          decision: 'REJECT',
          note: '已在其他渠道处理',
          expectedCount: 1,
        },
      },
      working,
    );
    expect(whole.moderatePublicOpinionGroup).toMatchObject({ decided: 1, consultation: { pending: 2, rejected: 1 } });
    const bad = await gql(
      server.url,
      ModerateGroupDocument,
      { input: { consultationId: round.id, groupKey: 'x:1', decision: 'REJECT', note: '无', expectedCount: 1 } },
      working,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GROUP_KEY_INVALID' });
  });

  it('accepts each opinion of a small group as its own thread', async () => {
    const round = await openRound();
    const passage = anchorOn(round.draft, '省级应急物资储备库12个');
    await opinion(round, { body: '建议明确储备库的选址标准。', anchor: passage });
    await opinion(round, { body: '建议增加储备库的数量。', anchor: passage });
    const working = await round.p.as('working');
    const r = await ok(
      server.url,
      ModerateGroupDocument,
      { input: { consultationId: round.id, groupKey: `p:${passage.blockId}`, decision: 'ACCEPT', expectedCount: 2 } },
      working,
    );
    expect(r.moderatePublicOpinionGroup.decided).toBe(2);
    const accepted = await ok(server.url, RoundOpinionsDocument, { id: round.id, status: 'ACCEPTED' }, working);
    const threads = present(accepted.consultation, 'the round').opinions.edges.map((e) => e.node.thread?.id);
    expect(new Set(threads).size).toBe(2);
    expect(threads.every(Boolean)).toBe(true);
  });
});
