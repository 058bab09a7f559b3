import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlError, gql, ok, present } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import { buildDraft, buildMeeting } from '#test/support/factories.js';
import {
  AddActionItemDocument,
  EditMinutesOverviewDocument,
  MeetingActionItemsDocument,
  type MeetingKind,
  MeetingMinutesEditedDocument,
  MeetingsViewerCanDocument,
  MeetingViewerCanDocument,
  MeNameDocument,
  MoveMeetingOnlineDocument,
  PlansWithCurrentDraftDocument,
  RecordConclusionDocument,
  RecordMeetingOpinionDocument,
  StartActionItemDocument,
} from '#test/support/generated/graphql.js';
import { approveAll } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const ROLES = ['admin', 'working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert', 'observer'] as const;

/** A meeting 规财处 hosts about its plan (consultation draft published), attended by 规财处's and the leader. */
async function meetingOf(p: Programme, kind: MeetingKind = 'SOLICITATION', startsAt?: string) {
  const draft = await buildDraft(server, p);
  const plans = [await planLedBy(server, p, '规财处')];
  const meeting = await buildMeeting(server, p, { kind, plans, attendees: ['guicai', 'leader', 'expert'], startsAt });
  return { meetingId: meeting.id, draftId: draft.id };
}

const went = (r: { errors?: GqlError[] }) => {
  if (r.errors) expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  return !r.errors;
};

describe('Meeting.viewerCan', () => {
  it('answers, for every role, exactly what updateMeeting, editMinutes, addActionItem and startThread then do', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { meetingId, draftId } = await meetingOf(p);
    const table: Record<string, string> = {};
    for (const account of ROLES) {
      const token = await p.as(account);
      const m = present(
        (await ok(server.url, MeetingViewerCanDocument, { id: meetingId }, token)).meeting,
        'the meeting',
      );
      const can = m.viewerCan;
      expect(went(await gql(server.url, MoveMeetingOnlineDocument, { id: meetingId }, token)), `${account} edit`).toBe(
        can.edit,
      );
      const saved = await gql(server.url, EditMinutesOverviewDocument, { id: meetingId, v: m.minutesVersion }, token);
      expect(went(saved), `${account} editMinutes`).toBe(can.editMinutes);
      const item = await gql(server.url, AddActionItemDocument, { id: meetingId, unit: p.unitIds.kexin }, token);
      expect(went(item), `${account} addActionItem`).toBe(can.addActionItem);
      // In the name of the leader who attended: a role that may comment at this stage.
      const opinion = await gql(
        server.url,
        RecordMeetingOpinionDocument,
        { d: draftId, m: meetingId, by: p.personIds.leader },
        token,
      );
      expect(went(opinion), `${account} recordOpinion`).toBe(can.recordOpinion);
      table[account] = [can.edit, can.editMinutes, can.addActionItem, can.recordOpinion, can.recordConclusion]
        .map((y) => (y ? 'Y' : '-'))
        .join('');
    }
    // edit minutes item opinion conclusion, for a 征求意见会 规财处 hosts; guicai, leader, expert attend.
    expect(table).toEqual({
      admin: 'YYYY-',
      working: 'YYYY-',
      leader: '-Y---',
      guicai: 'YYYY-',
      kexin: '-----',
      jiuyuan: '-----',
      expert: '-Y---',
      observer: '-----',
    });
  });

  it('lets the working group alone record a conclusion, and only of an expert review meeting', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    // Held on 2020-11-13, before the tests' programme today (2020-11-16).
    const { meetingId } = await meetingOf(p, 'EXPERT_REVIEW', '2020-11-13T02:00:00Z');
    const conclusion: Record<string, boolean | undefined> = {};
    for (const account of ROLES)
      conclusion[account] = (
        await ok(server.url, MeetingViewerCanDocument, { id: meetingId }, await p.as(account))
      ).meeting?.viewerCan.recordConclusion;
    expect(Object.keys(conclusion).filter((a) => conclusion[a])).toEqual(['admin', 'working']);
  });

  it('offers no conclusion before the meeting’s day on the programme clock, as recordMeetingConclusion refuses', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const token = await p.as('working');
    // 2020-11-16T16:30Z is 2020-11-17 00:30 in China: tomorrow on the programme's calendar.
    const ahead = (await meetingOf(p, 'EXPERT_REVIEW', '2020-11-16T16:30:00Z')).meetingId;
    const today = (await meetingOf(p, 'EXPERT_REVIEW', '2020-11-16T15:30:00Z')).meetingId;
    const asked = async (id: string) =>
      present((await ok(server.url, MeetingViewerCanDocument, { id }, token)).meeting, 'the meeting');
    expect(await asked(ahead)).toMatchObject({ hasTakenPlace: false, viewerCan: { recordConclusion: false } });
    const refused = await gql(
      server.url,
      RecordConclusionDocument,
      { id: ahead, verdict: 'PASSED', text: '通过。' },
      token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONCLUSION_BEFORE_MEETING' });
    expect(await asked(today)).toMatchObject({ hasTakenPlace: true, viewerCan: { recordConclusion: true } });
    await ok(server.url, RecordConclusionDocument, { id: today, verdict: 'PASSED', text: '通过。' }, token);
  });

  it('offers no opinion recording once the meeting’s draft is closed for comments', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { meetingId } = await meetingOf(p);
    // A version is APPROVED only through its approvals (issue 12): the 送审稿, approved.
    const master = await planLedBy(server, p, '规财处');
    const review = await publish(server, await p.as('working'), master, { stage: 'REVIEW' });
    await approveAll(server, p, { id: master, kind: 'MASTER' }, review.id);
    const plans = (await ok(server.url, PlansWithCurrentDraftDocument, {}, await p.as('working'))).programs[0]?.plans;
    const draftId = present(
      plans?.find((x) => x.leadUnit.shortName === '规财处')?.currentDraft,
      'the current draft of 规财处’s plan',
    ).id;
    const token = await p.as('working');
    expect(
      (await ok(server.url, MeetingViewerCanDocument, { id: meetingId }, token)).meeting?.viewerCan.recordOpinion,
    ).toBe(false);
    const r = await gql(
      server.url,
      RecordMeetingOpinionDocument,
      { d: draftId, m: meetingId, by: p.personIds.leader },
      token,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('Meeting.viewerCan on a page of meetings', () => {
  it('costs a fixed number of SQL statements, however many meetings the page holds', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const token = await p.as('guicai');
    const counter = queryCounter(server.app.services.ds);
    // The least of three reads: a background chore (presence renewal) may land inside one.
    const statementsFor = async () => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const before = counter.count;
        await ok(server.url, MeetingsViewerCanDocument, { p: p.programId }, token);
        counts.push(counter.count - before);
      }
      return Math.min(...counts);
    };
    await meetingOf(p);
    const few = await statementsFor();
    for (let i = 0; i < 10; i++) await meetingOf(p, i % 2 ? 'EXPERT_REVIEW' : 'SYMPOSIUM');
    const many = await statementsFor();
    console.log(`Meeting.viewerCan on 1 meeting: ${few} statements; on 11 meetings: ${many}`);
    expect(many).toBe(few);
  });
});

describe('who last saved the minutes', () => {
  it('is nobody until the minutes are saved, then the saver and the time, for every reader of the meeting', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { meetingId } = await meetingOf(p);
    const before = present(
      (await ok(server.url, MeetingMinutesEditedDocument, { id: meetingId }, await p.as('observer'))).meeting,
      'the meeting',
    );
    expect(before).toMatchObject({ minutesEditedBy: null, minutesEditedAt: null });
    const { clock } = server.app.services;
    const from = clock.now().getTime();
    await ok(
      server.url,
      EditMinutesOverviewDocument,
      { id: meetingId, v: before.minutesVersion },
      await p.as('guicai'),
    );
    const to = clock.now().getTime();
    const guicai = (await ok(server.url, MeNameDocument, {}, await p.as('guicai'))).me?.name;
    for (const reader of ['observer', 'working', 'kexin']) {
      const after = (await ok(server.url, MeetingMinutesEditedDocument, { id: meetingId }, await p.as(reader))).meeting;
      expect(after?.minutesEditedBy).toEqual({ name: guicai });
      // The programme clock's time of the save.
      const at = new Date(present(after?.minutesEditedAt, 'when the minutes were saved')).getTime();
      expect(at).toBeGreaterThanOrEqual(from);
      expect(at).toBeLessThanOrEqual(to);
    }
    await ok(
      server.url,
      EditMinutesOverviewDocument,
      { id: meetingId, v: before.minutesVersion + 1 },
      await p.as('leader'),
    );
    const leader = (await ok(server.url, MeNameDocument, {}, await p.as('leader'))).me?.name;
    expect(
      (await ok(server.url, MeetingMinutesEditedDocument, { id: meetingId }, await p.as('observer'))).meeting
        ?.minutesEditedBy,
    ).toEqual({
      name: leader,
    });
  });
});

describe('ActionItem.viewerCan', () => {
  it('says who may update an action item, as updateActionItem then does, for everyone who can see it', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { meetingId } = await meetingOf(p);
    const added = await ok(
      server.url,
      AddActionItemDocument,
      { id: meetingId, unit: p.unitIds.kexin },
      await p.as('working'),
    );
    const itemId: string = added.addActionItem.actionItem.id;
    const answered: Record<string, boolean> = {};
    for (const account of ROLES) {
      const token = await p.as(account);
      const seen = await gql(server.url, MeetingActionItemsDocument, { id: meetingId }, token);
      const item = seen.data?.meeting?.actionItems?.find((i) => i.id === itemId);
      if (!item) continue; // not shown to this reader at all
      answered[account] = item.viewerCan.update;
      expect(went(await gql(server.url, StartActionItemDocument, { id: itemId }, token)), `${account} updates`).toBe(
        item.viewerCan.update,
      );
    }
    expect(answered.working).toBe(true);
    expect(answered.guicai).toBe(true); // the host unit
  });
});
