import { type GraphQLNamedType, getNamedType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, logPosition, ok, present, queryText, wsClient } from '#test/support/client.js';
import { anchorOn, planLedBy, publish, type TestDraft } from '#test/support/drafts.js';
import {
  AcceptExpertInvitationTokenDocument,
  AcceptReviewDocument,
  ActivityNodeDocument,
  ApproveReviewDocument,
  AssignReviewIdDocument,
  DashboardThreadCountsDocument,
  DispositionTableUrlDocument,
  InviteExpertDocument,
  LogSolicitationMeetingDocument,
  MarkNoNotificationsReadDocument,
  MeIdDocument,
  MeNameDocument,
  ProbeDisposeDocument,
  ProbeDraftThreadsDocument,
  ProbeEditCommentDocument,
  ProbeMeetingThreadsDocument,
  ProbeNotificationEventsDocument,
  ProbeNotificationsDocument,
  ProbeReplyDocument,
  ProbeReviewThreadsDocument,
  ProbeThreadEventsDocument,
  ProgramActivityFactsDocument,
  ProgressReportLinkDocument,
  RecentActivityDocument,
  RecordMeetingOpinionIdDocument,
  ReplyDocument,
  SearchSnippetsDocument,
  StartReviewThreadCommentsDocument,
  StartUnanchoredThreadDocument,
  ThreadCommentBodiesDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';
import { getSchema } from '../../house.js';

/**
 * The read-path matrix of sealed reviews: every path that can carry a thread's or a comment's
 * words (or count them) × every role of the demo × before submission, after the due date, after
 * submission. A sealed review thread, a reply to it and two mentions carry MARKER; each path must
 * show it exactly where the rule allows (policy.ts 'review.readSealed'): while sealed, to the
 * expert who wrote it, the working group and the administrator; once open, to whoever the path
 * itself reaches. The last test walks the schema: a root field that can reach threads, comments,
 * activity, notifications, exports or counts must be read by a path here, or be exempt with a reason.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const MARKER = '封存标记Q7';
const ROLES = ['working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert', 'expert2', 'observer', 'admin'] as const;
type Role = (typeof ROLES)[number];
const SEES_SEALED: ReadonlySet<Role> = new Set(['expert', 'working', 'admin']);
const STATES = ['sealed', 'past due', 'submitted'] as const;
type State = (typeof STATES)[number];
const DUE = '2020-11-30';
const TODAY = '2020-11-16';

interface World {
  p: Programme;
  draft: TestDraft;
  threadId: string;
  commentId: string;
  meetingId: string;
  assignmentId: string;
  cursor0: string;
  sentinel: string;
  tokens: Record<Role, string>;
  names: Record<Role, string>;
}

type Read = (w: World, role: Role) => Promise<unknown>;
interface Path {
  name: string;
  /** The root fields of the schema this path reads through. */
  roots: string[];
  /** Whether the path would show the marker to this role if nothing were sealed. */
  reaches: (role: Role, state: State) => boolean;
  read: Read;
}

const q = <R, V>(w: World, role: Role, document: TypedDocumentNode<R, V>, variables: V) =>
  gql(server.url, document, variables, w.tokens[role]);

/** The rows of one sheet of a downloaded workbook, each as its cells' text (exceljs counts columns from 1). */
async function reportRows(w: World, role: Role, url: string, sheet: string): Promise<string[][]> {
  const res = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${w.tokens[role]}` } });
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows: string[][] = [];
  book.getWorksheet(sheet)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

async function download(w: World, role: Role, link: { url: string } | undefined): Promise<string> {
  if (!link) return '';
  const res = await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${w.tokens[role]}` } });
  if (res.status !== 200) return `HTTP ${res.status}`;
  const body = Buffer.from(await res.arrayBuffer());
  if (res.headers.get('content-type')?.includes('spreadsheet')) {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as never);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
    return cells.join('\n');
  }
  const mammoth = (await import('mammoth')).default;
  return (await mammoth.extractRawText({ buffer: body })).value;
}

/** Subscribes with `after: cursor0`, collecting until a message satisfies `done` (the pass's sentinel). */
function replayUntil<R, V>(
  w: World,
  role: Role,
  document: TypedDocumentNode<R, V>,
  variables: Omit<V, 'after'>,
  done: (d: R) => boolean,
) {
  const client = wsClient(server.url, w.tokens[role]);
  return new Promise<unknown[]>((resolve, reject) => {
    const got: unknown[] = [];
    const finish = (err?: unknown) => {
      clearTimeout(timer);
      dispose();
      void client.dispose();
      if (err) reject(err);
      else resolve(got);
    };
    const timer = setTimeout(
      () => finish(new Error(`${role}: the replay never reached the sentinel; got ${JSON.stringify(got)}`)),
      15_000,
    );
    const dispose = client.subscribe<R>(
      { query: queryText(document), variables: { ...variables, after: w.cursor0 } },
      {
        next: (v) => {
          got.push(v);
          if (v.errors) finish(new Error(`${role}: ${JSON.stringify(v.errors)}`));
          else if (v.data && done(v.data)) finish();
        },
        error: (e) => finish(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => finish(new Error(`${role}: the subscription ended before the sentinel`)),
      },
    );
  });
}

const everyone = () => true;

const PATHS: Path[] = [
  {
    name: 'draft threads and stats',
    roots: ['draft'],
    reaches: everyone,
    read: async (w, role) => {
      const r = await q(w, role, ProbeDraftThreadsDocument, {
        id: w.draft.id,
      });
      // The per-viewer count agrees with the per-viewer list.
      expect(r.data?.draft?.stats.total, `${role}: stats`).toBe(r.data?.draft?.threads.edges.length);
      return r;
    },
  },
  {
    name: 'thread(id)',
    roots: ['thread'],
    reaches: everyone,
    read: (w, role) => q(w, role, ThreadCommentBodiesDocument, { id: w.threadId }),
  },
  {
    name: 'node(id) of every event whose summary carries the marker',
    roots: ['node'],
    reaches: everyone,
    read: async (w, role) => {
      const ids: { id: string }[] = await server.app.services.ds.query(
        `SELECT id::text AS id FROM event WHERE program_id = $1 AND strpos(summary, $2) > 0 ORDER BY id`,
        [w.p.programId, MARKER],
      );
      expect(ids.length).toBeGreaterThan(0);
      const out = [];
      for (const { id } of ids) out.push(await q(w, role, ActivityNodeDocument, { id }));
      return out;
    },
  },
  {
    name: 'search',
    roots: ['search'],
    reaches: everyone,
    read: (w, role) =>
      q(w, role, SearchSnippetsDocument, {
        p: w.p.programId,
        q: MARKER,
      }),
  },
  {
    name: 'threadEvents replay',
    roots: ['threadEvents'],
    reaches: everyone,
    read: (w, role) =>
      replayUntil(
        w,
        role,
        ProbeThreadEventsDocument,
        { d: w.draft.id },
        (d) => d.threadEvents.kind === 'REPLIED' && d.threadEvents.thread.id === w.sentinel,
      ),
  },
  {
    name: 'programEvents replay',
    roots: ['programEvents'],
    reaches: everyone,
    read: (w, role) =>
      replayUntil(
        w,
        role,
        ProgramActivityFactsDocument,
        { p: w.p.programId },
        (d) => d.programEvents.activity.kind === 'thread.replied' && d.programEvents.activity.subjectId === w.sentinel,
      ),
  },
  {
    name: 'activity feed',
    roots: ['programs'],
    reaches: everyone,
    read: (w, role) => q(w, role, RecentActivityDocument, {}),
  },
  {
    name: 'notifications and the unread count',
    roots: ['notifications', 'markNotificationsRead'],
    // Mentioned: guicai by the expert, kexin by the working group; the expert hears of replies.
    reaches: (role) => ['guicai', 'kexin', 'expert'].includes(role),
    read: async (w, role) => {
      const list = await q(w, role, ProbeNotificationsDocument, {});
      const count = await q(w, role, MarkNoNotificationsReadDocument, {});
      // The count counts what the list shows, and nothing sealed besides.
      const unread = (list.data?.notifications ?? []).filter((n) => !n.read).length;
      expect(count.data?.markNotificationsRead.unread, `${role}: unread`).toBe(unread);
      return list;
    },
  },
  {
    name: 'notificationEvents replay',
    roots: ['notificationEvents'],
    reaches: (role) => ['guicai', 'kexin', 'expert'].includes(role),
    read: (w, role) =>
      replayUntil(
        w,
        role,
        ProbeNotificationEventsDocument,
        {},
        (d) => d.notificationEvents.notification.subjectId === w.sentinel,
      ),
  },
  {
    name: 'review threads',
    roots: ['myReviewAssignments', 'draft', 'reviewAssignment'],
    // A review's threads show once it is submitted: to its expert, the working group and leaders.
    reaches: (role, state) => state === 'submitted' && ['expert', 'working', 'admin', 'leader'].includes(role),
    read: (w, role) => q(w, role, ProbeReviewThreadsDocument, { id: w.draft.id, a: w.assignmentId }),
  },
  {
    name: 'opinion table export',
    roots: ['dispositionTable'],
    reaches: (role) => ['working', 'leader', 'guicai', 'admin'].includes(role),
    read: async (w, role) => {
      const r = await q(w, role, DispositionTableUrlDocument, {
        id: w.draft.id,
      });
      return [r, await download(w, role, r.data?.dispositionTable)];
    },
  },
  {
    name: 'meeting page and meeting record export',
    roots: ['meeting', 'meetingRecord'],
    // A review comment is never an opinion of a meeting: these show it to nobody.
    reaches: () => false,
    read: async (w, role) => {
      const r = await q(w, role, ProbeMeetingThreadsDocument, { id: w.meetingId });
      return [r, await download(w, role, r.data?.meetingRecord)];
    },
  },
  {
    name: 'reply payload',
    roots: ['reply'],
    reaches: (role) => role !== 'observer',
    read: (w, role) => q(w, role, ProbeReplyDocument, { id: w.threadId }),
  },
  {
    name: 'editComment payload',
    roots: ['editComment'],
    reaches: (role) => role === 'expert',
    read: async (w, role) => {
      const [row]: { body: string; version: number }[] = await server.app.services.ds.query(
        'SELECT body, version FROM comment WHERE id = $1',
        [w.commentId],
      );
      const current = present(row, 'the comment');
      return q(w, role, ProbeEditCommentDocument, { id: w.commentId, b: current.body, v: current.version });
    },
  },
  {
    name: 'disposeThread payload',
    roots: ['disposeThread'],
    reaches: (role) => ['working', 'admin', 'guicai'].includes(role),
    read: async (w, role) => {
      const r = await q(w, role, ProbeDisposeDocument, { id: w.threadId, s: 'NOT_ADOPTED' });
      if (r.data) await ok(server.url, ProbeDisposeDocument, { id: w.threadId, s: 'OPEN' }, w.tokens.working);
      return r;
    },
  },
];

// The dashboard's figures are the programme's: the same for every reader, counting no thread
// that a seal hides from anyone (dashboard.service.ts). Read through program(id).
// The progress report (programExport) counts them the same way, checked beside the dashboard.
const COUNT_ROOTS = ['program', 'programExport'];
/** Who may download the progress report (policy program.export). */
const REPORTS: ReadonlySet<Role> = new Set(['working', 'leader', 'admin']);

// Root fields that reach threads, comments, activity, notifications, exports or counts, but are
// not read by a path above, and why that is safe.
const EXEMPT: Record<string, string> = {
  createDraft:
    'its payload reaches threads only through Draft.threads / Draft.stats, read by "draft threads and stats"',
  logMeeting: 'its payload reaches threads only through Meeting.threads, read by "meeting page …"',
  updateMeeting: 'as logMeeting',
  editMinutes: 'as logMeeting',
  recordMeetingConclusion: 'as logMeeting',
  approval:
    'an approval reaches threads only through Approval.draft / .plan / .meeting (Draft.threads, Meeting.threads), read by the paths of those',
  requestApproval: 'as approval',
  decideApproval: 'as approval; a returned opinion’s thread is the decider’s own (startThread)',
  issuePlan: 'its payload reaches threads only through Plan.drafts / Issuance.draft (Draft.threads), as createDraft',
  recordFiling: 'as issuePlan',
  createPlan: 'its payload reaches threads only through Plan.drafts (Draft.threads), as createDraft',
  updatePlan: 'as createPlan',
  addActionItem: 'as logMeeting (ActionItem.meeting)',
  updateActionItem: 'as logMeeting (ActionItem.meeting)',
  assignReview:
    'its payload reaches threads only through ReviewAssignment.draft / .review.threads, read by "review threads"',
  respondToReview: 'as assignReview',
  submitReview: 'as assignReview',
  startThread:
    'returns only the thread it creates, which its author may see; who may create one is table-tested in policy.test.ts',
  auditLog: 'as auditLogExport',
  auditLogExport:
    'the administrator’s alone (policy audit.read), and the administrator reads every seal (review.readSealed)',
  meetingEvents:
    'carries only a meeting’s own events; a sealed review thread is never a meeting’s (source REVIEW), and delivery asks canReadEvent',
  consultation:
    'a round reaches threads only through PublicConsultation.draft (Draft.threads, read by "draft threads and stats") and its opinions’ threads, which are PUBLIC (only REVIEW threads are sealed) and handed to the working group alone',
  openConsultation: 'as consultation',
  closeConsultation: 'as consultation',
  moderatePublicOpinion: 'as consultation: the PUBLIC thread an accepted opinion became, for the working group',
  moderatePublicOpinionGroup: 'as consultation',
  alignmentTable:
    'the 衔接表 holds indicators, their figures and the checks’ own sentences, never a thread’s or comment’s text',
  defineIndicator:
    'an indicator reaches threads only through AlignmentIssue.thread: the ALIGNMENT threads the checks raise (only REVIEW threads are sealed)',
  updateIndicator: 'as defineIndicator',
  confirmAdoption:
    'returns only the thread it confirms, which lockThread found visible to the confirmer (a sealed one is NOT_FOUND)',
};

// Every field, on any type, that hands out threads, comments, activity, notifications, exports,
// counts or the log's summaries (the doors where filtering must happen), and the path above that
// reads through it — or "exempt: why". A new such field fails the schema test until it is listed.
const ADMIN_ONLY = 'exempt: the administrator’s alone (audit.read), who reads every seal (review.readSealed)';
const DOORS: Record<string, string> = {
  'Query.alignmentTable':
    'exempt: the 衔接表 holds indicators, their figures and the checks’ own sentences, never a thread’s or comment’s text',
  'AlignmentIssue.thread':
    'exempt: the ALIGNMENT thread the checks raised for the issue (only REVIEW threads are sealed; the resolver drops any that is)',
  'PublicOpinion.thread':
    'exempt: the PUBLIC thread an accepted opinion became (only REVIEW threads are sealed), read by the working group alone (consultation.run)',
  'Query.thread': 'thread(id)',
  'Query.node': 'node(id) of every event whose summary carries the marker',
  'Query.search': 'search',
  'Query.notifications': 'notifications and the unread count',
  'Query.dispositionTable': 'opinion table export',
  'Query.meetingRecord': 'meeting page and meeting record export',
  'Query.auditLogExport': ADMIN_ONLY,
  'Query.auditLog': ADMIN_ONLY,
  'AuditEntryEdge.node': ADMIN_ONLY,
  'Draft.threads': 'draft threads and stats',
  'Draft.stats': 'draft threads and stats',
  'ThreadEdge.node': 'draft threads and stats',
  'Thread.comments': 'thread(id)',
  'Comment.thread': 'reply payload',
  'Meeting.threads': 'meeting page and meeting record export',
  'Review.threads': 'review threads',
  'Program.dashboard': 'dashboard counts',
  'Query.programExport': 'dashboard counts',
  'Dashboard.recentActivity': 'activity feed',
  'Subscription.threadEvents': 'threadEvents replay',
  'ThreadEvent.thread': 'threadEvents replay',
  'ThreadEvent.comment': 'threadEvents replay',
  'ProgramEvent.activity': 'programEvents replay',
  'ProgramEvent.dashboard': 'exempt: the same figures as Program.dashboard (one buildDashboard for every reader)',
  'NotificationEvent.notification': 'notificationEvents replay',
  'StartThreadPayload.thread': 'exempt: the thread just created, which its author may see',
  'ConfirmAdoptionPayload.thread': 'exempt: the thread just confirmed, which lockThread found visible to the confirmer',
  'ReplyPayload.comment': 'reply payload',
  'EditCommentPayload.comment': 'editComment payload',
  'DisposeThreadPayload.thread': 'disposeThread payload',
  'Activity.facts': 'activity feed',
  'Notification.facts': 'notifications and the unread count',
  'GateCondition.facts':
    'exempt: plan titles and counts of open consultation opinions, the values of the gate’s Chinese detail beside it',
};
const CARRIERS = new Set([
  'Thread',
  'ThreadConnection',
  'ThreadStats',
  'ThreadEvent',
  'Comment',
  'Activity',
  'Notification',
  // Names and quoted words of the entry or notice that holds them.
  'Fact',
]);
const CARRIERS_TOO = new Set(['Export', 'SearchHit', 'Dashboard', 'AuditEntry']);

async function setUp(): Promise<World> {
  const p = await buildProgramme(server);
  const planId = await planLedBy(server, p, '规财处');
  const draft = await publish(server, await p.as('guicai'), planId);
  const working = await p.as('working');
  const inv = await ok(
    server.url,
    InviteExpertDocument,
    { p: p.programId, e: `second.expert@${p.emailDomain}` },
    working,
  );
  const second = await ok(server.url, AcceptExpertInvitationTokenDocument, {
    t: inv.invitePerson.invitation.link.split('/invite/')[1] ?? '',
  });
  const tokens = {} as Record<Role, string>;
  const names = {} as Record<Role, string>;
  for (const role of ROLES) {
    tokens[role] = role === 'expert2' ? second.acceptInvitation.token : await p.as(role);
    names[role] = present((await ok(server.url, MeNameDocument, {}, tokens[role])).me, role).name;
  }
  let assignmentId = '';
  for (const role of ['expert', 'expert2'] as const) {
    const expertId =
      role === 'expert'
        ? p.personIds.expert
        : present((await ok(server.url, MeIdDocument, {}, tokens[role])).me, role).id;
    const a = await ok(server.url, AssignReviewIdDocument, { d: draft.id, e: expertId, due: DUE }, working);
    await ok(server.url, AcceptReviewDocument, { id: a.assignReview.assignment.id }, tokens[role]);
    if (role === 'expert') assignmentId = a.assignReview.assignment.id;
  }
  const meeting = await ok(
    server.url,
    LogSolicitationMeetingDocument,
    { p: p.programId, host: p.unitIds.guicai, plans: [planId], people: [p.personIds.guicai, p.personIds.kexin] },
    working,
  );
  const meetingId = meeting.logMeeting.meeting.id;
  await ok(server.url, RecordMeetingOpinionIdDocument, { d: draft.id, m: meetingId, by: p.personIds.kexin }, working);
  const cursor0 = await logPosition(server.url, working, p.programId);

  const sealed = await ok(
    server.url,
    StartReviewThreadCommentsDocument,
    { d: draft.id, a: anchorOn(draft, '台风、暴雨'), b: `${MARKER}甲：风险研判偏弱，请 @${names.guicai} 核实。` },
    tokens.expert,
  );
  await ok(
    server.url,
    StartReviewThreadCommentsDocument,
    { d: draft.id, a: null, b: '专家二的保密意见' },
    tokens.expert2,
  );
  const threadId = sealed.startThread.thread.id;
  await ok(server.url, ReplyDocument, { id: threadId, b: `${MARKER}乙：请 @${names.kexin} 补充数据` }, working);
  return {
    p,
    draft,
    threadId,
    commentId: present(sealed.startThread.thread.comments[0], 'the sealed comment').id,
    meetingId,
    assignmentId,
    cursor0,
    sentinel: '',
    tokens,
    names,
  };
}

/** An open thread everyone sees, mentioning everyone, then a reply: the last thing each replay waits for. */
async function writeSentinel(w: World, n: number) {
  const everyoneElse = ROLES.filter((r) => r !== 'working').map((r) => `@${w.names[r]}`);
  const t = await ok(
    server.url,
    StartUnanchoredThreadDocument,
    { d: w.draft.id, b: `哨兵${n} ${everyoneElse.join(' ')}` },
    w.tokens.working,
  );
  w.sentinel = t.startThread.thread.id;
  await ok(server.url, ReplyDocument, { id: w.sentinel, b: `哨兵回复 @${w.names.working}` }, w.tokens.admin);
}

async function threadTotals(w: World) {
  const [row]: { total: number }[] = await server.app.services.ds.query(
    'SELECT count(*)::int AS total FROM thread WHERE program_id = $1',
    [w.p.programId],
  );
  return row?.total ?? 0;
}

describe('sealed review text on every read path', () => {
  it('appears exactly where the rule allows, for every role, before submission, after the due date and after submission', async () => {
    const w = await setUp();
    const wrong: string[] = [];
    const errors: string[] = [];
    // Sealed threads hidden from everyone but their expert and the working group, per state:
    // both experts' while sealed; none once the due date passes; expert 2's (unsubmitted) after expert 1 submits.
    const stillSealed: Record<State, number> = { sealed: 2, 'past due': 0, submitted: 1 };
    try {
      for (const [n, state] of STATES.entries()) {
        if (state === 'past due') server.app.services.clock.set('2020-12-01');
        if (state === 'submitted') {
          server.app.services.clock.set(TODAY);
          await ok(server.url, ApproveReviewDocument, { id: w.assignmentId }, w.tokens.expert);
        }
        // Writes first (they add events and notices), then the sentinel, then the reads.
        const writes = PATHS.filter((p) => p.roots.some((r) => ['reply', 'editComment', 'disposeThread'].includes(r)));
        const reads = PATHS.filter((p) => !writes.includes(p));
        const results = new Map<string, unknown>();
        for (const path of writes)
          for (const role of ROLES) results.set(`${path.name}|${role}`, await path.read(w, role));
        await writeSentinel(w, n);
        for (const path of reads)
          for (const role of ROLES) results.set(`${path.name}|${role}`, await path.read(w, role));

        for (const path of PATHS) {
          for (const role of ROLES) {
            const text = JSON.stringify(results.get(`${path.name}|${role}`));
            const allowed = path.reaches(role, state) && (state !== 'sealed' || SEES_SEALED.has(role));
            if (text.includes(MARKER) !== allowed)
              wrong.push(`${state} · ${path.name} · ${role}: ${allowed ? 'missing' : 'LEAKED'}`);
          }
        }
        // A write to a thread one may not see fails exactly as for a thread that does not exist.
        for (const role of ROLES) {
          if (state !== 'sealed' || SEES_SEALED.has(role)) continue;
          for (const path of writes) {
            const r = results.get(`${path.name}|${role}`) as { errors?: { extensions?: { code?: string } }[] };
            if (r.errors?.[0]?.extensions?.code !== 'NOT_FOUND') errors.push(`${state} · ${path.name} · ${role}`);
          }
        }
        // The dashboard counts the same for everyone: no thread a seal still hides.
        const expected = (await threadTotals(w)) - stillSealed[state];
        for (const role of ROLES) {
          const d = await ok(server.url, DashboardThreadCountsDocument, { id: w.p.programId }, w.tokens[role]);
          const dashboard = present(d.program, 'the programme').dashboard;
          const sum = (list: { count: number }[]) => list.reduce((s, c) => s + c.count, 0);
          const byPlan = dashboard.threadsByPlan.reduce((s, g) => s + sum(g.counts), 0);
          if (sum(dashboard.threadsByStatus) !== expected || byPlan !== expected)
            wrong.push(`${state} · dashboard counts · ${role}: ${sum(dashboard.threadsByStatus)} ≠ ${expected}`);
          // The progress report counts opinions per plan as the dashboard does (意见总数, its second column).
          if (!REPORTS.has(role)) continue;
          const link = await ok(server.url, ProgressReportLinkDocument, { id: w.p.programId }, w.tokens[role]);
          const reported = (await reportRows(w, role, link.programExport.url, '意见办理'))
            .slice(3)
            .reduce((s, row) => s + (Number(row[1]) || 0), 0);
          if (reported !== expected) wrong.push(`${state} · progress report · ${role}: ${reported} ≠ ${expected}`);
        }
      }
    } finally {
      server.app.services.clock.set(TODAY);
    }
    expect(wrong).toEqual([]);
    expect(errors, 'writes that did not answer NOT_FOUND').toEqual([]);
    // Every event and notice about the sealed threads carries its seal: a new emitter that forgets fails here.
    const unsealed: unknown[] = await server.app.services.ds.query(
      `SELECT e.kind, e.summary FROM event e JOIN thread t ON e.payload->>'threadId' = t.id::text
        WHERE t.review_assignment_id IS NOT NULL AND e.sealed_by IS DISTINCT FROM t.review_assignment_id
       UNION ALL
       SELECT n.kind, n.summary FROM notification n JOIN thread t ON n.subject_id = t.id::text
        WHERE t.review_assignment_id IS NOT NULL AND n.sealed_by IS DISTINCT FROM t.review_assignment_id`,
    );
    expect(unsealed).toEqual([]);
  }, 240_000);

  it('covers every root field that can reach threads, comments, activity, notifications, exports or counts', async () => {
    const schema = await getSchema();
    const SENSITIVE = new Set([
      'Thread',
      'Comment',
      'Activity',
      'Notification',
      'Export',
      'SearchHit',
      'Dashboard',
      'AuditEntry',
    ]);
    const reaches = (t: GraphQLNamedType, seen = new Set<string>()): boolean => {
      if (SENSITIVE.has(t.name)) return true;
      if (seen.has(t.name)) return false;
      seen.add(t.name);
      const next: GraphQLNamedType[] = [];
      if (isObjectType(t) || isInterfaceType(t))
        next.push(...Object.values(t.getFields()).map((f) => getNamedType(f.type)));
      if (isInterfaceType(t)) next.push(...schema.getPossibleTypes(t));
      if (isUnionType(t)) next.push(...t.getTypes());
      return next.some((n) => reaches(n, seen));
    };
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.values(type.getFields()) : [],
    );
    const covered = new Set([...PATHS.flatMap((p) => p.roots), ...COUNT_ROOTS]);
    const unlisted = roots
      .filter((f) => reaches(getNamedType(f.type)) && !covered.has(f.name) && !(f.name in EXEMPT))
      .map((f) => f.name);
    expect(unlisted, 'root fields no read path covers: add a path to PATHS, or an exemption with its reason').toEqual(
      [],
    );
    const names = new Set(roots.map((f) => f.name));
    const stale = [...covered, ...Object.keys(EXEMPT)].filter((n) => !names.has(n));
    expect(stale, 'listed fields the schema no longer has').toEqual([]);
    expect(
      Object.keys(EXEMPT).filter((n) => covered.has(n)),
      'both covered and exempt',
    ).toEqual([]);

    // Field by field: every door is listed, with a path that exists.
    const carries = (t: GraphQLNamedType): boolean =>
      CARRIERS.has(t.name) ||
      CARRIERS_TOO.has(t.name) ||
      (isInterfaceType(t) && schema.getPossibleTypes(t).some((p) => carries(p)));
    const doors: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isObjectType(t) || t.name.startsWith('__')) continue;
      for (const f of Object.values(t.getFields())) {
        const target = getNamedType(f.type);
        // A connection of AuditEntry etc. counts as the entries themselves.
        const inner = isObjectType(target) && target.name.endsWith('Connection') ? target.getFields().edges : null;
        const via = inner ? getNamedType(inner.type) : null;
        const node = via && isObjectType(via) ? via.getFields().node : null;
        if (carries(target) || (node && carries(getNamedType(node.type)))) doors.push(`${t.name}.${f.name}`);
      }
    }
    expect(
      doors.filter((d) => !(d in DOORS)),
      'fields that hand out thread text, summaries or counts with no read path: add them to DOORS',
    ).toEqual([]);
    expect(
      Object.keys(DOORS).filter((d) => !doors.includes(d)),
      'DOORS the schema no longer has',
    ).toEqual([]);
    const pathNames = new Set([...PATHS.map((p) => p.name), 'dashboard counts']);
    expect(Object.entries(DOORS).filter(([, path]) => !path.startsWith('exempt: ') && !pathNames.has(path))).toEqual(
      [],
    );
  });
});
