/**
 * A statement budget per page (issue 11): every query the web app sends — read from its .graphql
 * files, so a new page is measured as soon as it exists, and fails until PAGES says who asks it
 * with which variables — asked over HTTP as the page asks it, sends at most BUDGET SQL statements,
 * and no more once the programme holds more meetings, versions, threads and reviews. A page whose
 * count grows with its rows reads a child list row by row (a loader missing); one over the budget
 * costs CPU on every visit. Each page is measured as its first reader after a change reads it: a
 * harmless write to the programme comes before every ask, so nothing kept per log position
 * (graphql/shared-loaders.ts, the dashboard's figures) is served from before — in a programme
 * people work on, that is most reads. The next ask, which those caches answer, is printed beside it.
 *
 * It prints each page's counts; BUDGET_SHOW=MeetingPage,PlanVersions also prints the statements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print as printNode,
  visit,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, ok } from '#test/support/client.js';
import {
  BudgetAddActionItemDocument,
  BudgetAssignReviewDocument,
  BudgetDefineIndicatorDocument,
  BudgetDisposeDocument,
  BudgetLogMeetingDocument,
  BudgetProgrammeDocument,
  type BudgetProgrammeQuery,
  BudgetPublishDocument,
  BudgetReplyDocument,
  BudgetRespondToReviewDocument,
  BudgetStartThreadDocument,
  BudgetSubmitReviewDocument,
  BudgetTouchDocument,
  MeIdDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { repoRoot } from '../../apps/server/src/config.js';
import { type QueryCounter, queryCounter } from '../../apps/server/src/db/query-counter.js';

const BUDGET = 8;

// ---- the web app's queries, from disk ---------------------------------------------------------------

/** Every `query` in apps/web/src/**\/*.graphql, printed with the fragments it uses, by name. */
function webQueries(): Map<string, string> {
  const dir = path.join(repoRoot, 'apps/web/src');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
  const definitions = files.flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')).definitions);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const spreadIn = (node: OperationDefinitionNode | FragmentDefinitionNode): string[] => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
    return names;
  };
  const queries = new Map<string, string>();
  for (const op of definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'query') continue;
    if (!op.name) throw new Error('The web app sends an unnamed query: name it, so its budget has a row.');
    const used = new Set<string>();
    const pending = spreadIn(op);
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (used.has(name)) continue;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`${op.name.value} spreads ${name}, which no .graphql file defines.`);
      used.add(name);
      pending.push(...spreadIn(fragment));
    }
    const text = [op, ...[...used].map((n) => fragments.get(n) as FragmentDefinitionNode)].map((d) => printNode(d));
    queries.set(op.name.value, text.join('\n\n'));
  }
  return queries;
}

// ---- the programme, and how it grows -------------------------------------------------------------------

const ACCOUNTS = ['working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert'] as const;
type Account = (typeof ACCOUNTS)[number];
type Programme = BudgetProgrammeQuery['programs'][number];

let server: TestServer;
const tokens = {} as Record<Account, string>;
let programme: Programme;
/** What each round added, newest last: what the pages are asked about. */
const meetings: string[] = [];
const threads: string[] = [];

async function readProgramme(): Promise<Programme> {
  const { programs } = await ok(server.url, BudgetProgrammeDocument, {}, tokens.working);
  const [p] = programs;
  if (!p) throw new Error('the demo programme is missing');
  return p;
}

/** The two special plans the rounds publish on (the master plan keeps the demo's two versions). */
const specialPlans = (p: Programme) => p.plans.filter((plan) => plan.kind === 'SPECIAL').slice(0, 2);
const newest = <T extends { version: number }>(drafts: T[]): T[] => [...drafts].sort((a, b) => b.version - a.version);
/** The demo's round of public consultation (on a special plan's 征求意见稿). */
function round(p: Programme) {
  const found = p.plans.flatMap((plan) => plan.drafts).find((d) => d.consultation)?.consultation;
  if (!found) throw new Error('the demo programme has no round of public consultation');
  return found;
}
/** The newest draft of the first special plan, the page most of the table asks about. */
function focus(p: Programme) {
  const plan = specialPlans(p)[0];
  const [latest, previous] = newest(plan?.drafts ?? []);
  if (!plan || !latest || !previous) throw new Error('the first special plan has fewer than two versions');
  return { plan, latest, previous };
}

const markdown = (round: number, plan: number) =>
  [
    `# 专项规划（第 ${round} 稿）`,
    ...Array.from(
      { length: 6 },
      (_, i) => `## 第${i + 1}章\n\n第 ${round} 稿第 ${plan}-${i} 段：健全应急管理体系，提升风险防控能力。`,
    ),
  ].join('\n\n');

/**
 * One round of a working month: a new consultation version of two special plans with opinions,
 * replies and dispositions on each; three experts invited to review it, one of them commenting on
 * a passage (submitted on the first plan, still sealed on the second); two meetings with
 * attendees, plans, action items (one overdue) and an opinion raised in each.
 */
async function grow(round: number): Promise<void> {
  const p = programme;
  const units = p.units.filter((u) => u.kind === 'DIVISION');
  const experts = p.people.filter((x) => x.role === 'EXPERT');
  const expertId = (await ok(server.url, MeIdDocument, {}, tokens.expert)).me?.id;
  const people = p.people.slice(0, 8).map((x) => x.id);
  const published: {
    id: string;
    anchor: { blockId: string; start: number; end: number; quote: string };
    planId: string;
  }[] = [];
  for (const [i, plan] of specialPlans(p).entries()) {
    const { createDraft } = await ok(
      server.url,
      BudgetPublishDocument,
      {
        input: {
          planId: plan.id,
          stage: 'CONSULTATION',
          title: `专项规划征求意见稿（第 ${round} 稿）`,
          content: markdown(round, i),
          format: 'MARKDOWN',
        },
      },
      tokens.working,
    );
    const block = createDraft.draft.blocks.find((b) => b.text.includes('段'));
    if (!block) throw new Error('the published draft has no paragraph');
    const anchor = { blockId: block.id, start: 0, end: 4, quote: block.text.slice(0, 4) };
    published.push({ id: createDraft.draft.id, anchor, planId: plan.id });
    // An indicator its passage does not state: one more row and one more issue (with its thread) a round.
    await ok(
      server.url,
      BudgetDefineIndicatorDocument,
      {
        input: {
          indicator: {
            planId: plan.id,
            name: `指标 ${round}-${i}`,
            unit: '%',
            target: 90 + round,
            targetYear: 2025,
            kind: 'EXPECTED',
            direction: 'AT_LEAST',
            source: anchor,
          },
        },
      },
      tokens.working,
    );
    for (const [k, who] of (['kexin', 'jiuyuan', 'leader', 'expert'] as const).entries()) {
      const { startThread } = await ok(
        server.url,
        BudgetStartThreadDocument,
        {
          input: {
            draftId: createDraft.draft.id,
            anchor: k % 2 ? null : anchor,
            body: `${who} 对第 ${round} 稿的意见 ${k}`,
          },
        },
        tokens[who],
      );
      threads.push(startThread.thread.id);
      await ok(
        server.url,
        BudgetReplyDocument,
        { input: { threadId: startThread.thread.id, body: '已研究。' } },
        tokens.working,
      );
      if (k === 0)
        await ok(
          server.url,
          BudgetDisposeDocument,
          { input: { threadId: startThread.thread.id, status: 'PARTLY_ADOPTED', reason: '部分采纳。' } },
          tokens.working,
        );
    }
    for (const expert of experts) {
      const { assignReview } = await ok(
        server.url,
        BudgetAssignReviewDocument,
        { input: { draftId: createDraft.draft.id, expertId: expert.id, dueOn: '2020-12-10' } },
        tokens.working,
      );
      if (expert.id !== expertId) continue;
      await ok(
        server.url,
        BudgetRespondToReviewDocument,
        { input: { assignmentId: assignReview.assignment.id, accept: true } },
        tokens.expert,
      );
      const review = await ok(
        server.url,
        BudgetStartThreadDocument,
        { input: { draftId: createDraft.draft.id, source: 'REVIEW', anchor, body: `评审意见（第 ${round} 稿）` } },
        tokens.expert,
      );
      threads.push(review.startThread.thread.id);
      // The second plan's review stays open: its comment is sealed to all but the expert and the working group.
      if (i > 0) continue;
      await ok(
        server.url,
        BudgetSubmitReviewDocument,
        {
          input: {
            assignmentId: assignReview.assignment.id,
            verdict: 'APPROVE_WITH_REVISIONS',
            foresight: 4,
            scientific: 3,
            operability: 4,
            summary: '建议补充量化指标。',
          },
        },
        tokens.expert,
      );
    }
  }
  for (let k = 0; k < 2; k++) {
    const draft = published[k % published.length] as (typeof published)[number];
    const { logMeeting } = await ok(
      server.url,
      BudgetLogMeetingDocument,
      {
        input: {
          programId: p.id,
          kind: k ? 'SYMPOSIUM' : 'SOLICITATION',
          title: `第 ${round} 轮座谈会 ${k}`,
          startsAt: `2020-1${k}-0${round}T02:00:00Z`,
          location: '省应急管理厅三楼会议室',
          hostUnitId: (units[k] ?? units[0])?.id as string,
          planIds: published.map((d) => d.planId),
          attendeeIds: people,
          externalAttendees: ['省人大代表 ×2'],
        },
      },
      tokens.working,
    );
    meetings.push(logMeeting.meeting.id);
    for (const [j, dueOn] of ['2020-11-10', '2020-12-31', '2021-01-15'].entries())
      await ok(
        server.url,
        BudgetAddActionItemDocument,
        {
          input: {
            meetingId: logMeeting.meeting.id,
            title: `落实第 ${round} 轮意见 ${k}-${j}`,
            dueOn,
            ownerUnitId: (units[j + 1] ?? units[0])?.id as string,
          },
        },
        tokens.working,
      );
    const { startThread } = await ok(
      server.url,
      BudgetStartThreadDocument,
      {
        input: {
          draftId: draft.id,
          meetingId: logMeeting.meeting.id,
          source: 'MEETING',
          externalAuthor: '省人大代表 王某',
          anchor: draft.anchor,
          body: `会上提出的意见（第 ${round} 轮）`,
        },
      },
      tokens.working,
    );
    threads.push(startThread.thread.id);
  }
  programme = await readProgramme();
}

// ---- the table: who asks each page, and about what ---------------------------------------------------

interface Ask {
  as: Account;
  variables: Record<string, unknown>;
}
const last = (ids: string[]): string => {
  const id = ids[ids.length - 1];
  if (!id) throw new Error('nothing seeded yet');
  return id;
};
/**
 * Every page query the web app sends, with who asks it and its variables from the seeded programme.
 * A query missing here fails the test: add its row.
 */
const PAGES: Record<string, (p: Programme) => Ask> = {
  AlignmentPage: (p) => ({ as: 'leader', variables: { programId: p.id } }),
  AlignmentTable: (p) => ({ as: 'leader', variables: { programId: p.id, format: 'XLSX' } }),
  CompareDrafts: (p) => ({ as: 'working', variables: { fromId: focus(p).previous.id, toId: focus(p).latest.id } }),
  ConsultationGroups: (p) => ({ as: 'working', variables: { id: round(p).id, by: 'PASSAGE', first: 20, after: null } }),
  ConsultationOpinions: (p) => ({
    as: 'working',
    variables: { id: round(p).id, status: 'PENDING', first: 30, after: null, group: null },
  }),
  ConsultationPage: (p) => ({ as: 'working', variables: { id: round(p).id } }),
  ConsultationPassages: (p) => ({ as: 'working', variables: { id: round(p).id } }),
  Consultations: (p) => ({ as: 'working', variables: { programId: p.id } }),
  DashboardPage: (p) => ({ as: 'leader', variables: { id: p.id } }),
  DispositionTable: (p) => ({ as: 'working', variables: { draftId: focus(p).latest.id, format: 'XLSX' } }),
  DraftReader: (p) => ({ as: 'kexin', variables: { id: focus(p).latest.id } }),
  DraftThreads: (p) => ({ as: 'kexin', variables: { id: focus(p).latest.id, first: 100 } }),
  EventCursor: () => ({ as: 'working', variables: {} }),
  ExpertMeetings: (p) => ({ as: 'working', variables: { programId: p.id, planId: focus(p).plan.id } }),
  GlobalSearch: (p) => ({ as: 'kexin', variables: { programId: p.id, q: '应急' } }),
  Me: () => ({ as: 'working', variables: {} }),
  MeetingList: (p) => ({ as: 'working', variables: { programId: p.id, first: 30, filter: {} } }),
  MeetingOptions: (p) => ({ as: 'working', variables: { programId: p.id } }),
  MeetingPage: () => ({ as: 'working', variables: { id: last(meetings) } }),
  MeetingRecord: () => ({ as: 'working', variables: { meetingId: last(meetings) } }),
  MentionPeople: () => ({ as: 'kexin', variables: {} }),
  MyReviews: () => ({ as: 'expert', variables: {} }),
  Notifications: () => ({ as: 'working', variables: {} }),
  OpinionDraft: (p) => ({ as: 'working', variables: { id: focus(p).latest.id } }),
  PlanVersions: (p) => ({ as: 'working', variables: { id: focus(p).plan.id } }),
  ProgramExport: (p) => ({ as: 'leader', variables: { programId: p.id, kind: 'PROGRESS_REPORT', format: 'XLSX' } }),
  ProgramOverview: (p) => ({ as: 'leader', variables: { id: p.id } }),
  Programs: () => ({ as: 'working', variables: {} }),
  // The public's pages, asked with no session in the browser; a token here changes nothing they read.
  PublicChallenge: () => ({ as: 'working', variables: {} }),
  PublicSummary: (p) => ({ as: 'working', variables: { slug: round(p).slug } }),
  PublishableStages: (p) => ({ as: 'kexin', variables: { id: focus(p).plan.id } }),
  ReviewBoard: (p) => ({ as: 'working', variables: { draftId: focus(p).latest.id } }),
  ReviewDraft: (p) => ({ as: 'expert', variables: { id: focus(p).latest.id } }),
  ReviewExperts: (p) => ({ as: 'working', variables: { programId: p.id } }),
  ReviewOverview: (p) => ({ as: 'working', variables: { programId: p.id } }),
  SettingsPage: (p) => ({ as: 'working', variables: { id: p.id } }),
  SuggestIndicators: (p) => ({ as: 'kexin', variables: { draftId: focus(p).latest.id } }),
  // The reader reads one thread again when the programme's log tells of a confirmed adoption.
  Todo: () => ({ as: 'guicai', variables: {} }),
};

let touches = 0;
/**
 * A change to the programme, as someone else makes one between two visits: a research topic's
 * progress note rewritten, its status kept, so no page has more to show. What the process keeps
 * per log position (the shared loaders, the dashboard's figures) is then behind, and the next ask
 * is what a page's first reader after a change sends. Returns once this process's tailer has
 * handed the change on, so nothing it sets off lands in the ask's count.
 */
async function touch(): Promise<void> {
  const topic = programme.topics[0];
  if (!topic) throw new Error('the demo programme has no research topic');
  touches++;
  await ok(
    server.url,
    BudgetTouchDocument,
    { input: { topicId: topic.id, status: topic.status, progressNote: `第 ${touches} 次进展：按计划推进。` } },
    tokens.working,
  );
  if (!(await server.app.services.tailer.catchUp())) throw new Error('the tailer did not reach the change');
}

/** A page's count as its first reader after a change sees it, and as the next reader does. */
interface Count {
  cold: number;
  repeat: number;
}

/**
 * The statements one request sends, asked three times right after a change (cold) and once more
 * straight after each (repeat), keeping the least of each: a background chore (presence, the
 * tailer) may land inside one ask. Fails on any GraphQL error, so a refusal never passes as cheap.
 */
async function statements(row: (p: Programme) => Ask, name: string, text: string): Promise<Count> {
  const { as, variables } = row(programme);
  const counter = queryCounter(server.app.services.ds);
  const ask = async (label: string): Promise<number> => {
    const before = counter.count;
    const sent = showing.has(name) ? capture(counter) : null;
    const result = await gql(server.url, text, variables, tokens[as]);
    const n = counter.count - before;
    if (sent) console.log(`${name}, ${label}:\n${sent.stop().map(brief).join('\n')}`);
    if (result.errors?.length || !result.data) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    return n;
  };
  const cold: number[] = [];
  const repeat: number[] = [];
  for (let i = 1; i <= 3; i++) {
    await touch();
    cold.push(await ask(`ask ${i} after a change`));
    repeat.push(await ask(`ask ${i} again`));
  }
  return { cold: Math.min(...cold), repeat: Math.min(...repeat) };
}

/** One statement on a line, its select list left out: enough to see which repeat. */
const brief = (sql: string) =>
  `  ${sql
    .replace(/\s+/g, ' ')
    .replace(/^SELECT .*? FROM /, 'SELECT … FROM ')
    .slice(0, 200)}`;

/** BUDGET_SHOW=MeetingList,PlanVersions prints the statements those pages send, to see which repeat. */
const showing = new Set((process.env.BUDGET_SHOW ?? '').split(',').filter(Boolean));
function capture(counter: QueryCounter): { stop(): string[] } {
  const sent: string[] = [];
  const logQuery = counter.logQuery;
  // TypeORM hands its logger the statement; the counter only counts it.
  counter.logQuery = ((query: string) => {
    sent.push(query);
    logQuery.call(counter);
  }) as typeof counter.logQuery;
  return {
    stop: () => {
      counter.logQuery = logQuery;
      return sent;
    },
  };
}

async function measureAll(queries: Map<string, string>): Promise<Map<string, Count>> {
  const counts = new Map<string, Count>();
  for (const [name, text] of queries) {
    const row = PAGES[name];
    if (row) counts.set(name, await statements(row, name, text));
  }
  return counts;
}

/** Each column a pair: after a change, and asked again at once. */
function print(title: string, columns: Map<string, Count>[]): void {
  const cell = (c: Count | undefined) => (c ? `${c.cold} / ${c.repeat}` : '–').padStart(10);
  const rows = [...queries.keys()].map((n) => `  ${n.padEnd(18)}${columns.map((c) => cell(c.get(n))).join('')}`);
  console.log(
    `${title}\n  ${''.padEnd(18)}${columns.map(() => 'cold / repeat'.padStart(14)).join('')}\n${rows.join('\n')}`,
  );
}

const queries = webQueries();
let first = new Map<string, Count>();

beforeAll(async () => {
  server = await startTestServer({
    demo: true,
    // Presence renews on the same data source: rarely, so the counts see the requests' own statements.
    presenceTtlMs: 300_000,
    config: { writesPerMinute: 0 },
  });
  for (const a of ACCOUNTS) tokens[a] = await login(server.url, `${a}@gongbian.test`, PASSWORD);
  programme = await readProgramme();
  await grow(1);
  await grow(2);
  first = await measureAll(queries);
  print(`SQL statements per page query (budget ${BUDGET}), two rounds seeded`, [first]);
});

afterAll(async () => {
  await server?.stop();
});

describe('the statement budget of each page', () => {
  it('reads every web query from the web app’s own files', () => {
    expect([...queries.keys()].sort()).toEqual(
      expect.arrayContaining(['DashboardPage', 'MeetingList', 'PlanVersions']),
    );
    expect(Object.keys(PAGES).sort()).toEqual([...queries.keys()].sort());
  });

  it.each([...queries.keys()])(`answers %s in at most ${BUDGET} SQL statements, right after a change`, (name) => {
    expect(PAGES[name], `${name} has no row in PAGES: say who asks it and with which variables`).toBeDefined();
    expect(first.get(name)?.cold).toBeLessThanOrEqual(BUDGET);
  });

  it('measures each page as its first reader after a change does, not from what the last reader left', () => {
    // Had the change not made what is kept per log position stale, this would be a repeat read too.
    const overview = first.get('ProgramOverview');
    expect(overview?.cold).toBeGreaterThan(overview?.repeat ?? Number.POSITIVE_INFINITY);
  });

  it('sends no more statements for any page once the programme holds more meetings, versions, threads and reviews', async () => {
    await grow(3);
    await grow(4);
    const after = await measureAll(queries);
    print('SQL statements per page query: two rounds seeded, then four', [first, after]);
    const grew = [...after].filter(([name, n]) => n.cold > (first.get(name)?.cold ?? 0));
    expect(grew.map(([name, n]) => `${name}: ${first.get(name)?.cold} → ${n.cold}`)).toEqual([]);
  });
});
