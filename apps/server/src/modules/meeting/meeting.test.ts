import { merge3 } from '@gongbian/merge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, logPosition, ok, wsClient } from '#test/support/client.js';
import { anchorOn, planLedBy, publish } from '#test/support/drafts.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const LOG = `mutation($p: ID!, $host: ID!, $plans: [ID!], $people: [ID!]) {
  logMeeting(input: { programId: $p, kind: SOLICITATION, title: "省人大代表、政协委员征求意见座谈会", startsAt: "2020-11-20T06:30:00Z",
    location: "省应急管理厅三楼会议室", hostUnitId: $host, planIds: $plans, attendeeIds: $people,
    externalAttendees: ["省人大代表 ×3", "省政协委员 ×2"], agenda: "听取对总体规划征求意见稿的意见建议" }) {
    meeting { id kind title minutes minutesVersion hostUnit { shortName } plans { title } attendees { name } externalAttendees } } }`;
const MINUTES = `mutation($id: ID!, $text: String!, $v: Int!) { editMinutes(input: { meetingId: $id, minutes: $text, expectedVersion: $v }) {
  meeting { minutes minutesVersion } } }`;
const READ = 'query($id: ID!) { meeting(id: $id) { minutes minutesVersion } }';

async function meetingOf(p: Programme) {
  const planId = await planLedBy(server, p, '规财处');
  const r = await ok(
    server.url,
    LOG,
    { p: p.programId, host: p.unitIds.guicai, plans: [planId], people: [p.personIds.guicai, p.personIds.kexin] },
    await p.as('working'),
  );
  return { meeting: r.logMeeting.meeting, planId };
}

describe('logging meetings', () => {
  it('records kind, host, plans, attendees and outside attendees, and lets details be edited', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    expect(meeting).toMatchObject({
      kind: 'SOLICITATION',
      hostUnit: { shortName: '规财处' },
      plans: [{ title: '浙江省应急管理“十四五”规划' }],
      externalAttendees: ['省人大代表 ×3', '省政协委员 ×2'],
      minutes: '',
      minutesVersion: 1,
    });
    expect(meeting.attendees).toHaveLength(2);
    const edited = await ok(
      server.url,
      'mutation($id: ID!) { updateMeeting(input: { meetingId: $id, location: "视频会议", externalAttendees: ["省人大代表 ×4"] }) { meeting { location externalAttendees title } } }',
      { id: meeting.id },
      await p.as('guicai'),
    );
    expect(edited.updateMeeting.meeting).toEqual({
      location: '视频会议',
      externalAttendees: ['省人大代表 ×4'],
      title: meeting.title,
    });
    const refused = await gql(
      server.url,
      'mutation($id: ID!) { updateMeeting(input: { meetingId: $id, location: "别处" }) { meeting { id } } }',
      { id: meeting.id },
      await p.as('jiuyuan'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists meetings by kind, plan and date', async () => {
    const p = await buildProgramme(server);
    const { planId } = await meetingOf(p);
    await ok(
      server.url,
      'mutation($p: ID!, $host: ID!) { logMeeting(input: { programId: $p, kind: FIELD_RESEARCH, title: "赴丽水实地调研", startsAt: "2020-03-10T01:00:00Z", hostUnitId: $host }) { meeting { id } } }',
      { p: p.programId, host: p.unitIds.guicai },
      await p.as('working'),
    );
    const LIST =
      'query($id: ID!, $f: MeetingFilter) { program(id: $id) { meetings(filter: $f) { totalCount edges { node { title } } } } }';
    const token = await p.as('observer');
    expect((await ok(server.url, LIST, { id: p.programId }, token)).program.meetings.totalCount).toBe(2);
    const byKind = await ok(server.url, LIST, { id: p.programId, f: { kinds: ['FIELD_RESEARCH'] } }, token);
    expect(byKind.program.meetings.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      '赴丽水实地调研',
    ]);
    expect((await ok(server.url, LIST, { id: p.programId, f: { planId } }, token)).program.meetings.totalCount).toBe(1);
    expect(
      (await ok(server.url, LIST, { id: p.programId, f: { from: '2020-06-01T00:00:00Z' } }, token)).program.meetings
        .totalCount,
    ).toBe(1);
  });

  it('lets a unit log the meetings it hosts but not others’', async () => {
    const p = await buildProgramme(server);
    const r = await gql(
      server.url,
      'mutation($p: ID!, $host: ID!) { logMeeting(input: { programId: $p, kind: SYMPOSIUM, title: "座谈会", startsAt: "2020-03-01T01:00:00Z", hostUnitId: $host }) { meeting { id } } }',
      { p: p.programId, host: p.unitIds.guicai },
      await p.as('kexin'),
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(
      server.url,
      'mutation($p: ID!, $host: ID!) { logMeeting(input: { programId: $p, kind: SYMPOSIUM, title: "座谈会", startsAt: "2020-03-01T01:00:00Z", hostUnitId: $host }) { meeting { id } } }',
      { p: p.programId, host: p.unitIds.kexin },
      await p.as('kexin'),
    );
  });
});

describe('minutes', () => {
  it('refuses a stale save with CONFLICT and the current text', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    await ok(server.url, MINUTES, { id: meeting.id, text: '一、会议概况', v: 1 }, await p.as('guicai'));
    const stale = await gql(server.url, MINUTES, { id: meeting.id, text: '另一份纪要', v: 1 }, await p.as('kexin'));
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { minutes: '一、会议概况', version: 2 },
    });
    expect((await ok(server.url, READ, { id: meeting.id }, await p.as('kexin'))).meeting).toEqual({
      minutes: '一、会议概况',
      minutesVersion: 2,
    });
  });

  it('loses no character when two people save interleaved edits of different paragraphs many times', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const start = '一、会议概况\n\n二、主要意见\n\n三、下一步工作\n';
    await ok(server.url, MINUTES, { id: meeting.id, text: start, v: 1 }, await p.as('working'));

    // Each writer appends its own numbered notes to its own paragraph and saves, merging on CONFLICT.
    async function writer(account: string, heading: string, rounds: number) {
      const token = await p.as(account);
      let base = start;
      let version = 2;
      let mine = start;
      for (let i = 1; i <= rounds; i++) {
        mine = mine.replace(heading, `${heading}${account}${i}；`);
        for (let attempt = 0; ; attempt++) {
          const r = await gql(server.url, MINUTES, { id: meeting.id, text: mine, v: version }, token);
          if (!r.errors) {
            base = r.data?.editMinutes.meeting.minutes;
            version = r.data?.editMinutes.meeting.minutesVersion;
            break;
          }
          expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
          const current = r.errors[0]?.extensions?.current as { minutes: string; version: number };
          const merged = merge3(base, mine, current.minutes);
          expect(merged.clean).toBe(true);
          base = current.minutes;
          version = current.version;
          mine = merged.text;
          expect(attempt).toBeLessThan(50);
        }
      }
    }
    const rounds = 12;
    await Promise.all([writer('guicai', '二、主要意见', rounds), writer('kexin', '三、下一步工作', rounds)]);
    const final = (await ok(server.url, READ, { id: meeting.id }, await p.as('observer'))).meeting.minutes as string;
    for (let i = 1; i <= rounds; i++) {
      expect(final).toContain(`guicai${i}；`);
      expect(final).toContain(`kexin${i}；`);
    }
    expect(final.startsWith('一、会议概况')).toBe(true);
  });

  it('shows each save to co-editors live, and resumes from a cursor', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const SUB =
      'subscription($id: ID!, $after: String) { meetingEvents(meetingId: $id, after: $after) { cursor kind minutesVersion editedBy { name } meeting { minutes } } }';
    type E = {
      meetingEvents: { cursor: string; kind: string; minutesVersion: number | null; meeting: { minutes: string } };
    };
    const client = wsClient(server.url, await p.as('kexin'));
    const sub = collect<E>(client, SUB, {
      id: meeting.id,
      after: await logPosition(server.url, await p.as('kexin'), p.programId),
    });
    await ok(server.url, MINUTES, { id: meeting.id, text: '规财处补充的内容', v: 1 }, await p.as('guicai'));
    const [e] = await sub.until(1);
    expect(e?.meetingEvents).toMatchObject({
      kind: 'MINUTES_EDITED',
      minutesVersion: 2,
      meeting: { minutes: '规财处补充的内容' },
    });
    await client.dispose();
    await ok(
      server.url,
      'mutation($m: ID!, $u: ID!) { addActionItem(input: { meetingId: $m, title: "修改完善规划文本", ownerUnitId: $u, dueOn: "2020-12-15" }) { actionItem { id } } }',
      { m: meeting.id, u: p.unitIds.guicai },
      await p.as('working'),
    );
    const again = wsClient(server.url, await p.as('kexin'));
    const resumed = collect<E>(again, SUB, { id: meeting.id, after: e?.meetingEvents.cursor });
    const [missed] = await resumed.until(1);
    expect(missed?.meetingEvents.kind).toBe('ACTION_ITEM_CHANGED');
    await again.dispose();
  });
});

describe('action items and opinions', () => {
  it('tracks action items, overdue by the clock, updated by the responsible unit', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const add = await ok(
      server.url,
      'mutation($m: ID!, $u: ID!) { addActionItem(input: { meetingId: $m, title: "补充救援队伍数据", ownerUnitId: $u, dueOn: "2020-11-30" }) { actionItem { id status overdue ownerUnit { shortName } } } }',
      { m: meeting.id, u: p.unitIds.jiuyuan },
      await p.as('working'),
    );
    const item = add.addActionItem.actionItem;
    expect(item).toMatchObject({ status: 'PLANNED', overdue: false, ownerUnit: { shortName: '应急救援处' } });
    const UPDATE =
      'mutation($id: ID!, $s: WorkStatus!) { updateActionItem(input: { actionItemId: $id, status: $s }) { actionItem { status overdue } } }';
    expect(
      (await gql(server.url, UPDATE, { id: item.id, s: 'DONE' }, await p.as('kexin'))).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    await ok(server.url, UPDATE, { id: item.id, s: 'IN_PROGRESS' }, await p.as('jiuyuan'));
    server.app.services.clock.set('2020-12-05');
    try {
      const r = await ok(
        server.url,
        'query($id: ID!) { meeting(id: $id) { actionItems { status overdue } } program: node(id: $id) { id } }',
        { id: meeting.id },
        await p.as('leader'),
      );
      expect(r.meeting.actionItems).toEqual([{ status: 'IN_PROGRESS', overdue: true }]);
      const d = await ok(
        server.url,
        'query($id: ID!) { program(id: $id) { dashboard { unitLoad { unit { shortName } overdueItems } } } }',
        { id: p.programId },
        await p.as('leader'),
      );
      const load = d.program.dashboard.unitLoad.find(
        (u: { unit: { shortName: string } }) => u.unit.shortName === '应急救援处',
      );
      expect(load?.overdueItems).toBeGreaterThanOrEqual(1);
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });

  it('turns opinions raised in the meeting into threads, attributed to an attendee or an outside guest', async () => {
    const p = await buildProgramme(server);
    const { meeting, planId } = await meetingOf(p);
    const draft = await publish(server, await p.as('guicai'), planId);
    const RECORD = `mutation($d: ID!, $a: AnchorInput, $b: String!, $m: ID!, $by: ID, $ext: String) {
      startThread(input: { draftId: $d, anchor: $a, body: $b, source: MEETING, meetingId: $m, raisedById: $by, externalAuthor: $ext }) {
        thread { id source externalAuthor author { name } meeting { id } } } }`;
    const working = await p.as('working');
    const guest = await ok(
      server.url,
      RECORD,
      {
        d: draft.id,
        a: anchorOn(draft, '台风、暴雨'),
        b: '建议加强农村地区防台避险。',
        m: meeting.id,
        ext: '省人大代表 王某',
      },
      working,
    );
    expect(guest.startThread.thread).toMatchObject({
      source: 'MEETING',
      externalAuthor: '省人大代表 王某',
      meeting: { id: meeting.id },
    });
    const attendee = await ok(
      server.url,
      RECORD,
      { d: draft.id, a: null, b: '整体同意。', m: meeting.id, by: p.personIds.kexin },
      working,
    );
    expect(attendee.startThread.thread.author.name).toBeTruthy();
    const outsider = await gql(
      server.url,
      RECORD,
      { d: draft.id, a: null, b: '局外人的意见', m: meeting.id },
      await p.as('jiuyuan'),
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await ok(
      server.url,
      'mutation($id: ID!) { disposeThread(input: { threadId: $id, status: ADOPTED, reason: "" }) { thread { id } } }',
      { id: guest.startThread.thread.id },
      await p.as('guicai'),
    );
    const page = await ok(
      server.url,
      'query($id: ID!) { meeting(id: $id) { threads { status externalAuthor source } } }',
      { id: meeting.id },
      working,
    );
    expect(page.meeting.threads).toEqual([
      { status: 'ADOPTED', externalAuthor: '省人大代表 王某', source: 'MEETING' },
      { status: 'OPEN', externalAuthor: null, source: 'MEETING' },
    ]);
  });

  it('exports the meeting record as .docx for the person who asked', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const guicai = await p.as('guicai');
    await ok(server.url, MINUTES, { id: meeting.id, text: '与会代表充分肯定规划征求意见稿。', v: 1 }, guicai);
    const link = (
      await ok(
        server.url,
        'query($id: ID!) { meetingRecord(meetingId: $id) { url filename } }',
        { id: meeting.id },
        guicai,
      )
    ).meetingRecord;
    expect(link.filename).toContain('会议纪要');
    const res = await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${guicai}` } });
    expect(res.status).toBe(200);
    const mammoth = (await import('mammoth')).default;
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
    expect(text).toContain('与会代表充分肯定规划征求意见稿。');
    expect(text).toContain('省人大代表 ×3');
    expect(
      (await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${await p.as('kexin')}` } })).status,
    ).toBe(403);
  });
});

describe('the doors of a meeting', () => {
  const RECORD = `mutation($d: ID!, $b: String!, $m: ID!, $by: ID) {
    startThread(input: { draftId: $d, body: $b, source: MEETING, meetingId: $m, raisedById: $by }) { thread { id author { name } } } }`;
  const ATTENDEES =
    'mutation($id: ID!, $people: [ID!]) { updateMeeting(input: { meetingId: $id, attendeeIds: $people }) { meeting { attendees { name } } } }';
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';

  it('records an opinion only by the host unit or the working group, in the name of an attendee whose role may comment at the stage, before the deadline', async () => {
    const p = await buildProgramme(server);
    const { meeting, planId } = await meetingOf(p); // hosted by 规财处; guicai and kexin attend
    const guicai = await p.as('guicai');
    const consultation = await publish(server, guicai, planId);
    // Not in a leader's name when the leader did not attend: no words put in another's mouth.
    const absent = await gql(
      server.url,
      RECORD,
      { d: consultation.id, b: '领导的意见', m: meeting.id, by: p.personIds.leader },
      guicai,
    );
    expect(code(absent)).toBe('FORBIDDEN');
    // An attendee who is not of the host unit does not record the meeting's opinions.
    const byAttendee = await gql(
      server.url,
      RECORD,
      { d: consultation.id, b: '与会者自己记录', m: meeting.id },
      await p.as('kexin'),
    );
    expect(code(byAttendee)).toBe('FORBIDDEN');
    // Once the leader is listed as attending, the host unit records what they said.
    await ok(
      server.url,
      ATTENDEES,
      { id: meeting.id, people: [p.personIds.guicai, p.personIds.kexin, p.personIds.leader] },
      guicai,
    );
    const leader = await ok(
      server.url,
      RECORD,
      { d: consultation.id, b: '领导的意见', m: meeting.id, by: p.personIds.leader },
      guicai,
    );
    expect(leader.startThread.thread.author.name).toBe(
      (await ok(server.url, '{ me { name } }', {}, await p.as('leader'))).me.name,
    );

    // The draft for approval is for the groups and experts: a unit member's words are not taken there through a meeting.
    const review = await publish(server, guicai, planId, { stage: 'REVIEW', deadline: '2020-11-20T16:00:00Z' });
    const member = await gql(
      server.url,
      RECORD,
      { d: review.id, b: '处室意见', m: meeting.id, by: p.personIds.kexin },
      guicai,
    );
    expect(code(member)).toBe('FORBIDDEN');
    const own = await gql(server.url, RECORD, { d: review.id, b: '处室自己的意见', m: meeting.id }, guicai);
    expect(code(own)).toBe('FORBIDDEN');
    await ok(server.url, RECORD, { d: review.id, b: '领导的意见', m: meeting.id, by: p.personIds.leader }, guicai);

    // And a meeting is no way round the comment deadline.
    server.app.services.clock.set('2020-11-22');
    try {
      const late = await gql(
        server.url,
        RECORD,
        { d: review.id, b: '迟到的意见', m: meeting.id, by: p.personIds.leader },
        await p.as('working'),
      );
      expect(code(late)).toBe('FORBIDDEN');
      expect(late.errors?.[0]?.message).toContain('closed on 2020-11-20');
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });

  it('lets only the host unit and the working group change a meeting’s details and action items; attendees write the minutes', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const kexin = await p.as('kexin'); // attends, but 科信处 does not host
    const HOST =
      'mutation($id: ID!, $u: ID!) { updateMeeting(input: { meetingId: $id, hostUnitId: $u }) { meeting { id } } }';
    const ITEM =
      'mutation($m: ID!, $u: ID!) { addActionItem(input: { meetingId: $m, title: "补充数据", ownerUnitId: $u }) { actionItem { id } } }';
    expect(code(await gql(server.url, HOST, { id: meeting.id, u: p.unitIds.kexin }, kexin))).toBe('FORBIDDEN');
    expect(code(await gql(server.url, ATTENDEES, { id: meeting.id, people: [p.personIds.kexin] }, kexin))).toBe(
      'FORBIDDEN',
    );
    expect(code(await gql(server.url, ITEM, { m: meeting.id, u: p.unitIds.kexin }, kexin))).toBe('FORBIDDEN');
    await ok(server.url, MINUTES, { id: meeting.id, text: '科信处记录的纪要', v: 1 }, kexin);
    const after = await ok(
      server.url,
      'query($id: ID!) { meeting(id: $id) { hostUnit { shortName } attendees { name } } }',
      { id: meeting.id },
      kexin,
    );
    expect(after.meeting.hostUnit.shortName).toBe('规财处');
    expect(after.meeting.attendees).toHaveLength(2);
    await ok(server.url, ITEM, { m: meeting.id, u: p.unitIds.kexin }, await p.as('guicai'));
    await ok(server.url, HOST, { id: meeting.id, u: p.unitIds.kexin }, await p.as('working'));
  });
});
