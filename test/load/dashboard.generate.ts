/**
 * Grows the demo programme to about ten times its size, through the server's own GraphQL API (as
 * people would: every write is a mutation with its authorisation, events and notifications):
 * experts invited, meetings with minutes and action items, three new versions of each of the five
 * plans (150+ blocks of generated Markdown each) with threads, replies, dispositions and expert
 * reviews on each, and research-topic and milestone updates. Seeded, but concurrent requests
 * interleave differently from run to run, so the exact figures vary a little.
 *
 * The research topics (22) and milestones cannot multiply: there is no mutation that creates them,
 * so they are updated many times instead (each update an event), and end as they started.
 */

import { between, mulberry32, pick, type Rng } from './random.js';
import type { Post } from './support.js';

type Role = 'ADMIN' | 'WORKING_GROUP' | 'LEADING_GROUP' | 'UNIT_MEMBER' | 'EXPERT' | 'OBSERVER';
type Stage = 'OUTLINE' | 'FRAMEWORK' | 'CONSULTATION' | 'REVIEW' | 'APPROVED' | 'ISSUED';
type WorkStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'BLOCKED';

export interface Account {
  token: string;
  id: string;
  name: string;
  role: Role;
  unitId: string | null;
}

export interface GenerateOptions {
  post: Post;
  log: (line: string) => void;
  /** 10 = ten times the demo; smaller for a quick run. */
  scale: number;
  /** Mutations in flight at once. */
  concurrency: number;
  password: string;
  seed?: number;
}

export interface Generated {
  programId: string;
  mutations: number;
  byMutation: Record<string, number>;
  failures: number;
  firstFailures: string[];
  ms: number;
}

// ---- GraphQL --------------------------------------------------------------------------------------
const PERSON = 'person { id name role unit { id } }';
const LOGIN = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token ${PERSON} } }`;
const INVITE = 'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitation { link } } }';
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token ${PERSON} } }`;
const PROGRAMME = `query($id: ID!) { program(id: $id) {
  plans { id title kind stage publishableStages leadUnit { id } drafts { id version stage } }
  units { id name shortName kind }
  people { id name role }
  topics { id status progressNote dueOn }
  phases { milestones { id status dueOn } }
} }`;
const CREATE_DRAFT =
  'mutation($i: CreateDraftInput!) { createDraft(input: $i) { draft { id version stage plan { publishableStages } blocks { id kind text } } carriedThreads orphanedThreads } }';
const START = 'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } } }';
const REPLY = 'mutation($i: ReplyInput!) { reply(input: $i) { comment { id } } }';
const DISPOSE = 'mutation($i: DisposeThreadInput!) { disposeThread(input: $i) { thread { id status } } }';
// 400 a page: the operation cost limit (GONGBIAN_MAX_COST, 20,000) refuses 500.
const OPEN_THREADS =
  'query($id: ID!) { draft(id: $id) { threads(filter: { status: [OPEN] }, first: 400) { edges { node { id source author { id } } } } } }';
const ASSIGN = 'mutation($i: AssignReviewInput!) { assignReview(input: $i) { assignment { id } } }';
const RESPOND = 'mutation($i: RespondToReviewInput!) { respondToReview(input: $i) { assignment { id status } } }';
const SUBMIT = 'mutation($i: SubmitReviewInput!) { submitReview(input: $i) { assignment { id status } } }';
const LOG_MEETING = 'mutation($i: LogMeetingInput!) { logMeeting(input: $i) { meeting { id } } }';
const MINUTES = 'mutation($i: EditMinutesInput!) { editMinutes(input: $i) { meeting { id minutesVersion } } }';
const ADD_ITEM = 'mutation($i: AddActionItemInput!) { addActionItem(input: $i) { actionItem { id } } }';
const UPDATE_ITEM = 'mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { actionItem { id status } } }';
const UPDATE_TOPIC = 'mutation($i: UpdateTopicInput!) { updateTopic(input: $i) { topic { id status } } }';
const UPDATE_MILESTONE =
  'mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { milestone { id status } } }';

/** Who may start a thread on a draft at each stage (the server's COMMENTERS, for choosing authors). */
const COMMENTERS: Record<Stage, Role[]> = {
  OUTLINE: ['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER'],
  FRAMEWORK: ['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER'],
  CONSULTATION: ['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER', 'EXPERT'],
  REVIEW: ['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'EXPERT'],
  APPROVED: [],
  ISSUED: [],
};
const REVIEWABLE: ReadonlySet<Stage> = new Set(['CONSULTATION', 'REVIEW']);

// ---- randomness and text --------------------------------------------------------------------------

const VERBS = ['健全', '完善', '强化', '推进', '提升', '加快', '深化', '构建', '优化', '落实', '夯实', '拓展'];
const AREAS = [
  '应急管理体系',
  '安全生产治理',
  '自然灾害防治',
  '应急救援力量',
  '应急物资储备',
  '科技装备支撑',
  '应急管理信息化',
  '基层应急能力',
  '风险监测预警',
  '法规标准体系',
  '宣传教育培训',
  '社会应急力量',
];
const OBJECTS = [
  '统筹协调机制',
  '风险防控能力',
  '监测预警网络',
  '指挥调度平台',
  '队伍建设体系',
  '物资保障体系',
  '执法监管能力',
  '数字化改革',
  '社会协同机制',
  '网格化管理',
  '重大工程项目',
  '考核评估制度',
  '区域联动机制',
  '专业人才队伍',
];
const TAILS = [
  '到2025年基本形成覆盖全省的工作格局。',
  '确保各项任务落地见效。',
  '全面提高应对突发事件的能力。',
  '推动形成共建共治共享的新局面。',
  '为高水平建设平安浙江提供有力保障。',
  '建立健全常态化评估和动态调整机制。',
  '切实防范化解重大安全风险。',
  '实现从注重灾后救助向注重灾前预防转变。',
];
const CHAPTERS = [
  '发展基础与面临形势',
  '指导思想与基本原则',
  '主要目标',
  '健全应急管理体系',
  '提升风险防控能力',
  '强化应急救援能力',
  '夯实基层基础',
  '保障措施',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const sentence = (r: Rng) =>
  `${pick(r, VERBS)}${pick(r, AREAS)}${pick(r, OBJECTS)}，${pick(r, VERBS)}${pick(r, OBJECTS)}，` +
  `重点任务完成率达到${between(r, 60, 99)}%，${pick(r, TAILS)}`;
const paragraph = (r: Rng) => Array.from({ length: between(r, 2, 3) }, () => sentence(r)).join('');

interface DocBlock {
  kind: 'h1' | 'h2' | 'h3' | 'p' | 'li';
  text: string;
}

/** A plan's text: a title, 8 chapters of 3 sections, each 3 paragraphs and 2 list items (153 blocks). */
function makeDoc(r: Rng, title: string): DocBlock[] {
  const doc: DocBlock[] = [{ kind: 'h1', text: title }];
  CHAPTERS.forEach((chapter, c) => {
    doc.push({ kind: 'h2', text: `第${NUMERALS[c]}章 ${chapter}` });
    for (let s = 0; s < 3; s++) {
      doc.push({ kind: 'h3', text: `第${NUMERALS[s]}节 ${pick(r, VERBS)}${pick(r, OBJECTS)}` });
      for (let p = 0; p < 3; p++) doc.push({ kind: 'p', text: paragraph(r) });
      for (let l = 0; l < 2; l++) doc.push({ kind: 'li', text: sentence(r) });
    }
  });
  return doc;
}

/** The next version: some passages rewritten, some touched, a few dropped, a few added. */
function evolve(r: Rng, doc: DocBlock[], version: number): DocBlock[] {
  const out: DocBlock[] = [];
  for (const b of doc) {
    if (b.kind === 'h1') {
      out.push({ kind: 'h1', text: `${b.text.replace(/（第 \d+ 稿）$/, '')}（第 ${version} 稿）` });
      continue;
    }
    if (b.kind !== 'p' && b.kind !== 'li') {
      out.push(b);
      continue;
    }
    const x = r();
    if (x < 0.04) continue; // dropped
    if (x < 0.16) out.push({ kind: b.kind, text: b.kind === 'p' ? paragraph(r) : sentence(r) });
    else if (x < 0.3) out.push({ kind: b.kind, text: `${b.text}${pick(r, TAILS)}` });
    else out.push(b);
    if (r() < 0.05) out.push({ kind: 'p', text: paragraph(r) });
  }
  return out;
}

function toMarkdown(doc: DocBlock[]): string {
  const lines: string[] = [];
  doc.forEach((b, i) => {
    const prev = doc[i - 1];
    if (b.kind === 'li') {
      if (prev && prev.kind !== 'li') lines.push('');
      lines.push(`- ${b.text}`);
      return;
    }
    lines.push('');
    if (b.kind === 'h1') lines.push(`# ${b.text}`);
    else if (b.kind === 'h2') lines.push(`## ${b.text}`);
    else if (b.kind === 'h3') lines.push(`### ${b.text}`);
    else lines.push(b.text);
  });
  return `${lines.join('\n').trim()}\n`;
}

const opinion = (r: Rng) =>
  pick(r, [
    () => `建议${pick(r, VERBS)}${pick(r, OBJECTS)}，${pick(r, TAILS)}`,
    () => `此处与${pick(r, AREAS)}专项规划衔接不够，建议修改为：${sentence(r)}`,
    () => `目标值偏${pick(r, ['高', '低'])}，建议结合“十三五”完成情况重新测算，并说明依据。`,
    () => `建议补充${pick(r, AREAS)}方面的具体举措，明确责任单位和完成时限。`,
    () => `表述过于原则，建议细化为可考核的指标，如${pick(r, OBJECTS)}覆盖率达到${between(r, 80, 100)}%。`,
  ])();
const answer = (r: Rng, mention: string | null) =>
  (mention ? `@${mention} ` : '') +
  pick(r, [
    () => '已研究，拟在下一稿中采纳并完善相关表述。',
    () => `同意该意见，建议同时${pick(r, VERBS)}${pick(r, OBJECTS)}。`,
    () => '该指标已与省发改委对接，暂按原稿保留，理由见说明。',
    () => `请牵头单位补充${pick(r, AREAS)}相关数据后再议。`,
    () => '部分采纳：目标表述调整，具体数值待测算后确定。',
  ])();
const REASONS: Record<'PARTLY_ADOPTED' | 'NOT_ADOPTED' | 'ADOPTED' | 'WITHDRAWN', string[]> = {
  ADOPTED: ['已在修改稿中采纳。', ''],
  PARTLY_ADOPTED: ['表述已调整，具体数值待测算后确定。', '采纳其中关于责任单位的建议。'],
  NOT_ADOPTED: ['与国家规划口径不一致，不予采纳。', '该事项已在专项规划中安排。'],
  WITHDRAWN: ['经沟通，意见已在其他条目中体现。'],
};

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** At most `n` tasks at once; a finished task hands its slot to the next waiting one. */
function limiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

// ---- the generation -------------------------------------------------------------------------------
export async function generateProgramme(o: GenerateOptions): Promise<Generated> {
  const t0 = Date.now();
  const r = mulberry32(o.seed ?? 20201116);
  const scaled = (n: number, min = 1) => Math.max(min, Math.round((n * o.scale) / 10));
  const slot = limiter(o.concurrency);
  const byMutation: Record<string, number> = {};
  let failures = 0;
  const firstFailures: string[] = [];
  /** One mutation (or query) as `who`; failures are counted and return null, not thrown. */
  const call = async <T = unknown>(
    name: string,
    doc: string,
    variables: Record<string, unknown>,
    who: Account,
  ): Promise<T | null> =>
    slot(async () => {
      try {
        const data = (await o.post(doc, variables, who.token)) as T;
        byMutation[name] = (byMutation[name] ?? 0) + 1;
        return data;
      } catch (err) {
        failures++;
        if (firstFailures.length < 5) firstFailures.push(`${name}: ${err instanceof Error ? err.message : err}`);
        return null;
      }
    });

  // -- accounts -------------------------------------------------------------------------------------
  const asAccount = (token: string, p: { id: string; name: string; role: Role; unit: { id: string } | null }) => ({
    token,
    id: p.id,
    name: p.name,
    role: p.role,
    unitId: p.unit?.id ?? null,
  });
  const signIn = async (email: string, password = 'gongbian'): Promise<Account> => {
    const d = await o.post<{ login: { token: string; person: Parameters<typeof asAccount>[1] } }>(LOGIN, {
      e: email,
      p: password,
    });
    return asAccount(d.login.token, d.login.person);
  };
  const names = ['admin', 'working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert'] as const;
  const acc = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await signIn(`${n}@gongbian.test`)] as const)),
  ) as Record<(typeof names)[number], Account>;
  const working = acc.working;
  const programId =
    (await o.post<{ programs: { id: string }[] }>('{ programs { id } }', {}, working.token)).programs[0]?.id ?? null;
  if (!programId) throw new Error('the demo programme is missing');

  const experts: Account[] = [acc.expert];
  for (let i = 1; i <= 5; i++) {
    const invited = await call<{ invitePerson: { invitation: { link: string } } }>(
      'invitePerson',
      INVITE,
      { i: { programId, email: `bench.expert${i}@gongbian.test`, role: 'EXPERT' } },
      working,
    );
    const token = invited?.invitePerson.invitation.link.split('/invite/')[1];
    if (!token) continue;
    const d = await o.post<{ acceptInvitation: { token: string; person: Parameters<typeof asAccount>[1] } }>(ACCEPT, {
      i: { token, name: `评审专家${NUMERALS[i - 1]}`, password: o.password },
    });
    byMutation.acceptInvitation = (byMutation.acceptInvitation ?? 0) + 1;
    experts.push(asAccount(d.acceptInvitation.token, d.acceptInvitation.person));
  }
  const accounts = [...Object.values(acc), ...experts.slice(1)];
  const byId = new Map(accounts.map((a) => [a.id, a]));

  const prog = (await o.post<{ program: unknown }>(PROGRAMME, { id: programId }, working.token)).program as {
    plans: {
      id: string;
      title: string;
      kind: 'MASTER' | 'SPECIAL';
      stage: Stage;
      publishableStages: Stage[];
      leadUnit: { id: string };
      drafts: { id: string; version: number; stage: Stage }[];
    }[];
    units: { id: string; name: string; shortName: string | null; kind: string }[];
    people: { id: string; name: string; role: Role }[];
    topics: { id: string; status: WorkStatus; progressNote: string | null; dueOn: string | null }[];
    phases: { milestones: { id: string; status: WorkStatus; dueOn: string }[] }[];
  };
  o.log(
    `generating (scale ${o.scale}/10, ${o.concurrency} mutations at once): ${prog.plans.length} plans, ${prog.units.length} units, ${prog.people.length} people, ${experts.length} experts with a login`,
  );
  const divisions = prog.units.filter((u) => u.kind === 'DIVISION');
  const hosts = divisions.length ? divisions : prog.units;

  // -- meetings, minutes, action items ----------------------------------------------------------------
  const KINDS = ['SYMPOSIUM', 'FIELD_RESEARCH', 'SOLICITATION', 'EXPERT_REVIEW', 'LEADING_GROUP', 'ALIGNMENT', 'OTHER'];
  /** Each plan's meetings, with who attended (a meeting's opinion is raised by one of them). */
  const meetingsByPlan = new Map<string, { id: string; attendees: string[] }[]>();
  const itemIds: { id: string; dueOn: string }[] = [];
  const nMeetings = scaled(32, 2);
  await Promise.all(
    Array.from({ length: nMeetings }, async (_, i) => {
      const day = addDays('2019-12-02', i * 12);
      const plans = [prog.plans[i % prog.plans.length], i % 3 === 0 ? prog.plans[(i + 2) % prog.plans.length] : null]
        .filter((p): p is NonNullable<typeof p> => !!p)
        .map((p) => p.id);
      const attendees = Array.from({ length: 3 + (i % 4) }, (_, k) => prog.people[(i * 5 + k) % prog.people.length]?.id)
        .filter((id): id is string => !!id)
        .filter((id, k, all) => all.indexOf(id) === k);
      const kind = KINDS[i % KINDS.length] as string;
      const m = await call<{ logMeeting: { meeting: { id: string } } }>(
        'logMeeting',
        LOG_MEETING,
        {
          i: {
            programId,
            kind,
            title: `${pick(r, AREAS)}${kind === 'EXPERT_REVIEW' ? '专家论证会' : '专题会议'}（第 ${i + 1} 次）`,
            startsAt: `${day}T01:30:00.000Z`,
            location: pick(r, ['省应急管理厅 302 会议室', '视频会议', '杭州市', '丽水市']),
            hostUnitId: hosts[i % hosts.length]?.id,
            planIds: plans,
            attendeeIds: attendees,
            externalAttendees: i % 4 === 0 ? ['省人大代表 ×2', '高校专家 ×3'] : [],
            agenda: `1. ${sentence(r)}\n2. ${sentence(r)}`,
          },
        },
        working,
      );
      const meetingId = m?.logMeeting.meeting.id;
      if (!meetingId) return;
      for (const p of plans) meetingsByPlan.set(p, [...(meetingsByPlan.get(p) ?? []), { id: meetingId, attendees }]);
      await call(
        'editMinutes',
        MINUTES,
        {
          i: {
            meetingId,
            expectedVersion: 1,
            minutes: `## 会议纪要\n\n${paragraph(r)}\n\n${paragraph(r)}\n`,
          },
        },
        working,
      );
      for (let k = 0; k < 4; k++) {
        const dueOn = addDays(day, 10 + ((i * 7 + k * 23) % 110));
        const item = await call<{ addActionItem: { actionItem: { id: string } } }>(
          'addActionItem',
          ADD_ITEM,
          {
            i: {
              meetingId,
              title: `${pick(r, VERBS)}${pick(r, OBJECTS)}`,
              ownerUnitId: prog.units[(i * 4 + k) % prog.units.length]?.id,
              dueOn,
            },
          },
          working,
        );
        if (item) itemIds.push({ id: item.addActionItem.actionItem.id, dueOn });
      }
    }),
  );
  // Some items move on; the rest stay PLANNED (and are overdue once past their date).
  await Promise.all(
    itemIds.map(async (item, i) => {
      if (i % 9 >= 4) return;
      const status = (['DONE', 'DONE', 'IN_PROGRESS', 'BLOCKED'] as const)[i % 9] as WorkStatus;
      await call('updateActionItem', UPDATE_ITEM, { i: { actionItemId: item.id, status } }, working);
    }),
  );
  o.log(`  ${nMeetings} meetings with minutes, ${itemIds.length} action items`);

  // -- drafts, threads, reviews -------------------------------------------------------------------------
  const threadsPerVersion = scaled(16, 2);
  const VERSIONS = 3;
  let draftSeq = 0;
  const planChain = async (plan: (typeof prog.plans)[number], planIndex: number) => {
    const lead = accounts.find((a) => a.role === 'UNIT_MEMBER' && a.unitId === plan.leadUnit.id) ?? null;
    const stages: Stage[] =
      plan.kind === 'MASTER'
        ? ['REVIEW', 'REVIEW', 'REVIEW']
        : ([
            ['CONSULTATION', 'REVIEW', 'REVIEW'],
            ['FRAMEWORK', 'CONSULTATION', 'CONSULTATION'],
            ['CONSULTATION', 'REVIEW', 'REVIEW'],
            ['CONSULTATION', 'CONSULTATION', 'CONSULTATION'],
          ][(planIndex - 1 + 4) % 4] as Stage[]);
    let doc = makeDoc(r, `${plan.title}（第 1 稿）`);
    let version = Math.max(0, ...plan.drafts.map((d) => d.version));
    // A plan takes new versions at its current stage or the next one, none once in approval (the
    // demo's master plan is): the planned stage where it is open, else the plan's current one.
    let publishable = plan.publishableStages;
    for (let v = 0; v < VERSIONS; v++) {
      const stage = (publishable.includes(stages[v] as Stage) ? stages[v] : publishable[0]) as Stage | undefined;
      if (!stage) return;
      if (v > 0) doc = evolve(r, doc, version + 1);
      const created = await call<{
        createDraft: {
          draft: {
            id: string;
            version: number;
            plan: { publishableStages: Stage[] };
            blocks: { id: string; kind: string; text: string }[];
          };
        };
      }>(
        'createDraft',
        CREATE_DRAFT,
        {
          i: {
            planId: plan.id,
            stage,
            title: `${plan.title}（第 ${version + 1} 稿）`,
            format: 'MARKDOWN',
            content: toMarkdown(doc),
          },
        },
        working,
      );
      if (!created) return;
      const draft = created.createDraft.draft;
      version = draft.version;
      publishable = draft.plan.publishableStages;
      const k = draftSeq++;
      const texts = draft.blocks.filter((b) => b.kind !== 'HEADING' && b.text.length >= 16);
      const anchorIn = () => {
        const b = pick(r, texts);
        const len = between(r, 4, 10);
        const start = between(r, 0, b.text.length - len);
        return { blockId: b.id, start, end: start + len, quote: b.text.slice(start, start + len) };
      };
      const may = (a: { role: Role }) => COMMENTERS[stage].includes(a.role);
      const authors = accounts.filter((a) => may(a) && (a.role !== 'EXPERT' || experts.includes(a)));
      const repliers = [...authors, ...(lead && !may(lead) ? [lead] : [])];
      const replies = async (threadId: string, n: number, among: Account[] = repliers) => {
        for (let j = 0; j < n; j++) {
          const who = pick(r, among);
          const mention = r() < 0.12 ? pick(r, prog.people).name : null;
          await call('reply', REPLY, { i: { threadId, body: answer(r, mention) } }, who);
        }
      };
      const chains: Promise<unknown>[] = [];
      for (let i = 0; i < threadsPerVersion; i++) {
        chains.push(
          (async () => {
            const meetings = meetingsByPlan.get(plan.id) ?? [];
            let input: Record<string, unknown>;
            let author: Account;
            if (i % 8 === 5) {
              author = r() < 0.5 ? acc.admin : working;
              input = { source: 'PUBLIC' };
            } else if (i % 8 === 6 && meetings.length) {
              author = working;
              const meeting = pick(r, meetings);
              // Raised by an attendee whose role may comment at this stage, else by someone outside.
              const speakers = prog.people.filter((p) => meeting.attendees.includes(p.id) && may(p));
              const raised = speakers.length && r() < 0.5 ? pick(r, speakers).id : null;
              input = {
                source: 'MEETING',
                meetingId: meeting.id,
                ...(raised ? { raisedById: raised } : { externalAuthor: '省人大代表 王某' }),
              };
            } else {
              author = pick(r, authors);
              input = { source: 'ONLINE' };
            }
            const started = await call<{ startThread: { thread: { id: string } } }>(
              'startThread',
              START,
              { i: { draftId: draft.id, body: opinion(r), ...(r() < 0.75 ? { anchor: anchorIn() } : {}), ...input } },
              author,
            );
            if (started) await replies(started.startThread.thread.id, between(r, 0, 3));
          })(),
        );
      }
      if (REVIEWABLE.has(stage)) {
        for (let j = 0; j < 2; j++) {
          chains.push(
            (async () => {
              const expert = experts[(k * 2 + j) % experts.length] as Account;
              const assigned = await call<{ assignReview: { assignment: { id: string } } }>(
                'assignReview',
                ASSIGN,
                { i: { draftId: draft.id, expertId: expert.id, dueOn: addDays('2020-11-16', 7 + 7 * j + (k % 3)) } },
                working,
              );
              const assignmentId = assigned?.assignReview.assignment.id;
              if (!assignmentId) return;
              const decline = (k + j) % 7 === 3;
              if ((k + j) % 5 === 4) return; // not answered yet
              await call(
                'respondToReview',
                RESPOND,
                {
                  i: { assignmentId, accept: !decline, ...(decline ? { reason: '时间冲突，无法参加本轮评审。' } : {}) },
                },
                expert,
              );
              if (decline) return;
              const t = await call<{ startThread: { thread: { id: string } } }>(
                'startThread',
                START,
                { i: { draftId: draft.id, body: opinion(r), anchor: anchorIn(), source: 'REVIEW' } },
                expert,
              );
              // A review's opinions are sealed until it is submitted: its expert and the working group answer.
              if (t) await replies(t.startThread.thread.id, between(r, 0, 2), [expert, working]);
              if (r() < 0.6) {
                await call(
                  'submitReview',
                  SUBMIT,
                  {
                    i: {
                      assignmentId,
                      verdict: pick(r, ['APPROVE', 'APPROVE_WITH_REVISIONS', 'APPROVE_WITH_REVISIONS', 'REJECT']),
                      foresight: between(r, 2, 5),
                      scientific: between(r, 2, 5),
                      operability: between(r, 2, 5),
                      summary: paragraph(r),
                    },
                  },
                  expert,
                );
              }
            })(),
          );
        }
      }
      await Promise.all(chains);

      // Dispositions: decided ones stay on this version; the open ones move into the next.
      const open = await call<{
        draft: { threads: { edges: { node: { id: string; source: string; author: { id: string } } }[] } };
      }>('openThreads', OPEN_THREADS, { id: draft.id }, working);
      const decideShare = v < VERSIONS - 1 ? 0.55 : 0.45;
      await Promise.all(
        (open?.draft.threads.edges ?? []).map(async ({ node }) => {
          if (r() >= decideShare) return;
          const x = r();
          const author = byId.get(node.author.id);
          let status: keyof typeof REASONS =
            x < 0.4 ? 'ADOPTED' : x < 0.65 ? 'PARTLY_ADOPTED' : x < 0.85 ? 'NOT_ADOPTED' : 'WITHDRAWN';
          if (status === 'WITHDRAWN' && !author) status = 'ADOPTED';
          // The lead unit cannot see a review's opinions while the review is sealed.
          const leadSees = lead && node.source !== 'REVIEW';
          const who = status === 'WITHDRAWN' ? (author as Account) : leadSees && r() < 0.4 ? lead : working;
          const decided = await call(
            'disposeThread',
            DISPOSE,
            { i: { threadId: node.id, status, reason: pick(r, REASONS[status]) || '' } },
            who,
          );
          // Now and then the working group reopens a decision.
          if (decided && status !== 'WITHDRAWN' && r() < 0.05) {
            await call(
              'disposeThread',
              DISPOSE,
              { i: { threadId: node.id, status: 'OPEN', reason: '需进一步研究。' } },
              working,
            );
          }
        }),
      );
    }
  };
  await Promise.all(prog.plans.map((plan, i) => planChain(plan, i)));
  o.log(`  ${draftSeq} drafts with ${threadsPerVersion}+ threads each (${Date.now() - t0} ms so far)`);

  // -- research topics and milestones: updated many times, ending as they began -------------------------
  // …except three of each that were done and are past due: reopened, so that the dashboard's
  // overdue lists are not empty (the demo, on its date, has nothing overdue).
  const today = (await o.post<{ clock: { today: string } }>('{ clock { today } }', {}, working.token)).clock.today;
  const milestones = prog.phases.flatMap((p) => p.milestones);
  const donePastDue = (rows: { id: string; status: WorkStatus; dueOn: string | null }[]) =>
    rows
      .filter((x) => x.status === 'DONE' && x.dueOn !== null && x.dueOn < today)
      .slice(0, 3)
      .map((x) => x.id);
  const reopen = new Set([...donePastDue(prog.topics), ...donePastDue(milestones)]);
  const cycle = (id: string, from: WorkStatus, n: number): WorkStatus[] => {
    // A DONE item keeps its completion date only while it stays DONE: it is re-reported, not reopened.
    if (from === 'DONE')
      return Array.from({ length: n }, (_, i) => (reopen.has(id) && i === n - 1 ? 'IN_PROGRESS' : 'DONE'));
    const others = (['IN_PROGRESS', 'BLOCKED', 'PLANNED'] as WorkStatus[]).filter((s) => s !== from);
    return [...Array.from({ length: n - 1 }, (_, i) => others[i % others.length] as WorkStatus), from];
  };
  const topicUpdates = scaled(8);
  const milestoneUpdates = scaled(6);
  await Promise.all([
    ...prog.topics.map(async (t) => {
      const steps = cycle(t.id, t.status, topicUpdates);
      for (let i = 0; i < steps.length; i++) {
        const last = i === steps.length - 1;
        await call(
          'updateTopic',
          UPDATE_TOPIC,
          {
            i: {
              topicId: t.id,
              status: steps[i],
              progressNote: last && !reopen.has(t.id) ? t.progressNote : `第 ${i + 1} 次进展：${sentence(r)}`,
            },
          },
          working,
        );
      }
    }),
    ...milestones.map(async (m) => {
      for (const status of cycle(m.id, m.status, milestoneUpdates)) {
        await call('updateMilestone', UPDATE_MILESTONE, { i: { milestoneId: m.id, status } }, working);
      }
    }),
  ]);
  o.log(
    `  ${prog.topics.length} topics × ${topicUpdates} and ${milestones.length} milestones × ${milestoneUpdates} updates; ${reopen.size} past-due items reopened`,
  );

  const mutations = Object.entries(byMutation)
    .filter(([k]) => k !== 'openThreads')
    .reduce((a, [, n]) => a + n, 0);
  return { programId, mutations, byMutation, failures, firstFailures, ms: Date.now() - t0 };
}
