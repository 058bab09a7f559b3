import { merge3 } from '@gongbian/merge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, type GqlError, gql, logPosition, ok, present, wsClient } from '#test/support/client.js';
import { anchorOn, planLedBy, publish } from '#test/support/drafts.js';
import {
  AddActionItemUndatedDocument,
  AddDataActionItemDocument,
  AddRevisionActionItemDocument,
  AdoptDocument,
  DashboardUnitLoadDocument,
  EditMinutesDocument,
  LogFieldResearchDocument,
  LogSolicitationDocument,
  LogSymposiumDocument,
  MeetingAndNodeDocument,
  MeetingEventsDocument,
  MeetingHostUnitAttendeesDocument,
  MeetingMinutesDocument,
  MeetingRecordDocument,
  MeetingThreadsDocument,
  MeNameDocument,
  MoveMeetingElsewhereDocument,
  ProgramMeetingsDocument,
  RecordOpinionDocument,
  RecordUnanchoredOpinionDocument,
  UpdateActionItemDocument,
  UpdateMeetingAttendeesDocument,
  UpdateMeetingHostDocument,
  UpdateMeetingPlaceDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function meetingOf(p: Programme) {
  const planId = await planLedBy(server, p, '规财处');
  const r = await ok(
    server.url,
    LogSolicitationDocument,
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
    const edited = await ok(server.url, UpdateMeetingPlaceDocument, { id: meeting.id }, await p.as('guicai'));
    expect(edited.updateMeeting.meeting).toEqual({
      location: '视频会议',
      externalAttendees: ['省人大代表 ×4'],
      title: meeting.title,
    });
    const refused = await gql(server.url, MoveMeetingElsewhereDocument, { id: meeting.id }, await p.as('jiuyuan'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists meetings by kind, plan and date', async () => {
    const p = await buildProgramme(server);
    const { planId } = await meetingOf(p);
    await ok(server.url, LogFieldResearchDocument, { p: p.programId, host: p.unitIds.guicai }, await p.as('working'));
    const token = await p.as('observer');
    expect(
      (await ok(server.url, ProgramMeetingsDocument, { id: p.programId }, token)).program?.meetings.totalCount,
    ).toBe(2);
    const byKind = await ok(
      server.url,
      ProgramMeetingsDocument,
      { id: p.programId, f: { kinds: ['FIELD_RESEARCH'] } },
      token,
    );
    expect(byKind.program?.meetings.edges.map((e) => e.node.title)).toEqual(['赴丽水实地调研']);
    expect(
      (await ok(server.url, ProgramMeetingsDocument, { id: p.programId, f: { planId } }, token)).program?.meetings
        .totalCount,
    ).toBe(1);
    expect(
      (await ok(server.url, ProgramMeetingsDocument, { id: p.programId, f: { from: '2020-06-01T00:00:00Z' } }, token))
        .program?.meetings.totalCount,
    ).toBe(1);
  });

  it('lets a unit log the meetings it hosts but not others’', async () => {
    const p = await buildProgramme(server);
    const r = await gql(
      server.url,
      LogSymposiumDocument,
      { p: p.programId, host: p.unitIds.guicai },
      await p.as('kexin'),
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(server.url, LogSymposiumDocument, { p: p.programId, host: p.unitIds.kexin }, await p.as('kexin'));
  });
});

describe('minutes', () => {
  it('refuses a stale save with CONFLICT and the current text', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    await ok(server.url, EditMinutesDocument, { id: meeting.id, text: '一、会议概况', v: 1 }, await p.as('guicai'));
    const stale = await gql(
      server.url,
      EditMinutesDocument,
      { id: meeting.id, text: '另一份纪要', v: 1 },
      await p.as('kexin'),
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { minutes: '一、会议概况', version: 2 },
    });
    expect((await ok(server.url, MeetingMinutesDocument, { id: meeting.id }, await p.as('kexin'))).meeting).toEqual({
      minutes: '一、会议概况',
      minutesVersion: 2,
    });
  });

  it('loses no character when two people save interleaved edits of different paragraphs many times', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const start = '一、会议概况\n\n二、主要意见\n\n三、下一步工作\n';
    await ok(server.url, EditMinutesDocument, { id: meeting.id, text: start, v: 1 }, await p.as('working'));

    // Each writer appends its own numbered notes to its own paragraph and saves, merging on CONFLICT.
    async function writer(account: string, heading: string, rounds: number) {
      const token = await p.as(account);
      let base = start;
      let version = 2;
      let mine = start;
      for (let i = 1; i <= rounds; i++) {
        mine = mine.replace(heading, `${heading}${account}${i}；`);
        for (let attempt = 0; ; attempt++) {
          const r = await gql(server.url, EditMinutesDocument, { id: meeting.id, text: mine, v: version }, token);
          if (!r.errors) {
            const saved = present(r.data, 'the saved minutes').editMinutes.meeting;
            base = saved.minutes;
            version = saved.minutesVersion;
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
    const final = (await ok(server.url, MeetingMinutesDocument, { id: meeting.id }, await p.as('observer'))).meeting
      ?.minutes;
    for (let i = 1; i <= rounds; i++) {
      expect(final).toContain(`guicai${i}；`);
      expect(final).toContain(`kexin${i}；`);
    }
    expect(final?.startsWith('一、会议概况')).toBe(true);
  });

  it('shows each save to co-editors live, and resumes from a cursor', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const client = wsClient(server.url, await p.as('kexin'));
    const sub = collect(client, MeetingEventsDocument, {
      id: meeting.id,
      after: await logPosition(server.url, await p.as('kexin'), p.programId),
    });
    await ok(server.url, EditMinutesDocument, { id: meeting.id, text: '规财处补充的内容', v: 1 }, await p.as('guicai'));
    const [e] = await sub.until(1);
    expect(e?.meetingEvents).toMatchObject({
      kind: 'MINUTES_EDITED',
      minutesVersion: 2,
      meeting: { minutes: '规财处补充的内容' },
    });
    await client.dispose();
    await ok(server.url, AddRevisionActionItemDocument, { m: meeting.id, u: p.unitIds.guicai }, await p.as('working'));
    const again = wsClient(server.url, await p.as('kexin'));
    const resumed = collect(again, MeetingEventsDocument, { id: meeting.id, after: e?.meetingEvents.cursor });
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
      AddDataActionItemDocument,
      { m: meeting.id, u: p.unitIds.jiuyuan },
      await p.as('working'),
    );
    const item = add.addActionItem.actionItem;
    expect(item).toMatchObject({ status: 'PLANNED', overdue: false, ownerUnit: { shortName: '应急救援处' } });
    expect(
      (await gql(server.url, UpdateActionItemDocument, { id: item.id, s: 'DONE' }, await p.as('kexin'))).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    await ok(server.url, UpdateActionItemDocument, { id: item.id, s: 'IN_PROGRESS' }, await p.as('jiuyuan'));
    server.app.services.clock.set('2020-12-05');
    try {
      const r = await ok(server.url, MeetingAndNodeDocument, { id: meeting.id }, await p.as('leader'));
      expect(r.meeting?.actionItems).toEqual([{ status: 'IN_PROGRESS', overdue: true }]);
      const d = await ok(server.url, DashboardUnitLoadDocument, { id: p.programId }, await p.as('leader'));
      const load = d.program?.dashboard.unitLoad.find((u) => u.unit.shortName === '应急救援处');
      expect(load?.overdueItems).toBeGreaterThanOrEqual(1);
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });

  it('turns opinions raised in the meeting into threads, attributed to an attendee or an outside guest', async () => {
    const p = await buildProgramme(server);
    const { meeting, planId } = await meetingOf(p);
    const draft = await publish(server, await p.as('guicai'), planId);
    const working = await p.as('working');
    const guest = await ok(
      server.url,
      RecordOpinionDocument,
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
      RecordOpinionDocument,
      { d: draft.id, a: null, b: '整体同意。', m: meeting.id, by: p.personIds.kexin },
      working,
    );
    expect(attendee.startThread.thread.author?.name).toBeTruthy();
    const outsider = await gql(
      server.url,
      RecordOpinionDocument,
      { d: draft.id, a: null, b: '局外人的意见', m: meeting.id },
      await p.as('jiuyuan'),
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await ok(server.url, AdoptDocument, { id: guest.startThread.thread.id }, await p.as('guicai'));
    const page = await ok(server.url, MeetingThreadsDocument, { id: meeting.id }, working);
    expect(page.meeting?.threads).toEqual([
      { status: 'ADOPTED', externalAuthor: '省人大代表 王某', source: 'MEETING' },
      { status: 'OPEN', externalAuthor: null, source: 'MEETING' },
    ]);
  });

  it('exports the meeting record as .docx for the person who asked', async () => {
    const p = await buildProgramme(server);
    const { meeting } = await meetingOf(p);
    const guicai = await p.as('guicai');
    await ok(
      server.url,
      EditMinutesDocument,
      { id: meeting.id, text: '与会代表充分肯定规划征求意见稿。', v: 1 },
      guicai,
    );
    const link = (await ok(server.url, MeetingRecordDocument, { id: meeting.id }, guicai)).meetingRecord;
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
  const code = (r: { errors?: GqlError[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';

  it('records an opinion only by the host unit or the working group, in the name of an attendee whose role may comment at the stage, before the deadline', async () => {
    const p = await buildProgramme(server);
    const { meeting, planId } = await meetingOf(p); // hosted by 规财处; guicai and kexin attend
    const guicai = await p.as('guicai');
    const consultation = await publish(server, guicai, planId);
    // Not in a leader's name when the leader did not attend: no words put in another's mouth.
    const absent = await gql(
      server.url,
      RecordUnanchoredOpinionDocument,
      { d: consultation.id, b: '领导的意见', m: meeting.id, by: p.personIds.leader },
      guicai,
    );
    expect(code(absent)).toBe('FORBIDDEN');
    // An attendee who is not of the host unit does not record the meeting's opinions.
    const byAttendee = await gql(
      server.url,
      RecordUnanchoredOpinionDocument,
      { d: consultation.id, b: '与会者自己记录', m: meeting.id },
      await p.as('kexin'),
    );
    expect(code(byAttendee)).toBe('FORBIDDEN');
    // Once the leader is listed as attending, the host unit records what they said.
    await ok(
      server.url,
      UpdateMeetingAttendeesDocument,
      { id: meeting.id, people: [p.personIds.guicai, p.personIds.kexin, p.personIds.leader] },
      guicai,
    );
    const leader = await ok(
      server.url,
      RecordUnanchoredOpinionDocument,
      { d: consultation.id, b: '领导的意见', m: meeting.id, by: p.personIds.leader },
      guicai,
    );
    expect(leader.startThread.thread.author?.name).toBe(
      (await ok(server.url, MeNameDocument, {}, await p.as('leader'))).me?.name,
    );

    // The draft for approval is for the groups and experts: a unit member's words are not taken there through a meeting.
    const review = await publish(server, guicai, planId, { stage: 'REVIEW', deadline: '2020-11-20T16:00:00Z' });
    const member = await gql(
      server.url,
      RecordUnanchoredOpinionDocument,
      { d: review.id, b: '处室意见', m: meeting.id, by: p.personIds.kexin },
      guicai,
    );
    expect(code(member)).toBe('FORBIDDEN');
    const own = await gql(
      server.url,
      RecordUnanchoredOpinionDocument,
      { d: review.id, b: '处室自己的意见', m: meeting.id },
      guicai,
    );
    expect(code(own)).toBe('FORBIDDEN');
    await ok(
      server.url,
      RecordUnanchoredOpinionDocument,
      { d: review.id, b: '领导的意见', m: meeting.id, by: p.personIds.leader },
      guicai,
    );

    // And a meeting is no way round the comment deadline.
    server.app.services.clock.set('2020-11-22');
    try {
      const late = await gql(
        server.url,
        RecordUnanchoredOpinionDocument,
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
    expect(code(await gql(server.url, UpdateMeetingHostDocument, { id: meeting.id, u: p.unitIds.kexin }, kexin))).toBe(
      'FORBIDDEN',
    );
    expect(
      code(
        await gql(server.url, UpdateMeetingAttendeesDocument, { id: meeting.id, people: [p.personIds.kexin] }, kexin),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(await gql(server.url, AddActionItemUndatedDocument, { m: meeting.id, u: p.unitIds.kexin }, kexin)),
    ).toBe('FORBIDDEN');
    await ok(server.url, EditMinutesDocument, { id: meeting.id, text: '科信处记录的纪要', v: 1 }, kexin);
    const after = await ok(server.url, MeetingHostUnitAttendeesDocument, { id: meeting.id }, kexin);
    expect(after.meeting?.hostUnit.shortName).toBe('规财处');
    expect(after.meeting?.attendees).toHaveLength(2);
    await ok(server.url, AddActionItemUndatedDocument, { m: meeting.id, u: p.unitIds.kexin }, await p.as('guicai'));
    await ok(server.url, UpdateMeetingHostDocument, { id: meeting.id, u: p.unitIds.kexin }, await p.as('working'));
  });
});
