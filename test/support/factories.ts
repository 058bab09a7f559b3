/**
 * Small builders for what a test needs on top of a programme (`buildProgramme`): a draft, an
 * opinion on it, a meeting, an expert with a review. Each does through the API what a person
 * would, with defaults a test overrides only where its point lies.
 */
import { ok } from './client.js';
import { anchorOn, planLedBy, publish, type TestDraft } from './drafts.js';
import {
  AcceptReviewDocument,
  AssignReviewInputDocument,
  type DraftStage,
  InviteExpertDocument,
  LogMeetingDocument,
  type LogMeetingInput,
  type MeetingKind,
  SignUpExpertDocument,
  StartThreadDocument,
  type StartThreadMutation,
} from './generated/graphql.js';
import type { Account, Programme, TestServer, UnitKey } from './server.js';

export type TestThread = StartThreadMutation['startThread']['thread'];

/** A draft of the plan `plan` leads (规财处's master plan unless said), published by the working group. */
export async function buildDraft(
  server: TestServer,
  p: Programme,
  options: { plan?: string; stage?: DraftStage; by?: Account; content?: string; deadline?: string } = {},
): Promise<TestDraft> {
  const planId = await planLedBy(server, p, options.plan ?? '规财处');
  return publish(server, await p.as(options.by ?? 'working'), planId, options);
}

/** An opinion on `draft` by `author` (科信处's kexin), anchored on the first passage holding `quote`, or on none. */
export async function buildThread(
  server: TestServer,
  p: Programme,
  draft: TestDraft,
  options: { author?: Account; quote?: string; body?: string } = {},
): Promise<TestThread> {
  const r = await ok(
    server.url,
    StartThreadDocument,
    {
      draftId: draft.id,
      anchor: options.quote ? anchorOn(draft, options.quote) : null,
      body: options.body ?? '建议补充具体措施。',
    },
    await p.as(options.author ?? 'kexin'),
  );
  return r.startThread.thread;
}

/** A meeting `host` (规财处) holds, logged by the working group: a solicitation unless `kind` says otherwise. */
export async function buildMeeting(
  server: TestServer,
  p: Programme,
  options: {
    kind?: MeetingKind;
    host?: UnitKey;
    plans?: string[];
    attendees?: Account[];
    title?: string;
    startsAt?: string;
  } = {},
): Promise<{ id: string }> {
  const input: LogMeetingInput = {
    programId: p.programId,
    kind: options.kind ?? 'SOLICITATION',
    title: options.title ?? '征求意见座谈会',
    startsAt: options.startsAt ?? '2020-11-20T06:30:00Z',
    hostUnitId: p.unitIds[options.host ?? 'guicai'],
    planIds: options.plans ?? [],
    attendeeIds: (options.attendees ?? []).map((a) => p.personIds[a]),
  };
  const r = await ok(server.url, LogMeetingDocument, { input }, await p.as('working'));
  return r.logMeeting.meeting;
}

/** A second expert: invited by the working group, signed up under `name`; their person id and token. */
export async function buildExpert(
  server: TestServer,
  p: Programme,
  options: { email?: string; name?: string } = {},
): Promise<{ id: string; token: string }> {
  const email = options.email ?? `second.expert@${p.emailDomain}`;
  const invited = await ok(server.url, InviteExpertDocument, { p: p.programId, e: email }, await p.as('working'));
  const token = invited.invitePerson.invitation.link.split('/invite/')[1];
  if (!token) throw new Error(`the invitation link has no token: ${invited.invitePerson.invitation.link}`);
  const signedUp = await ok(server.url, SignUpExpertDocument, { t: token, name: options.name ?? '周启明' });
  return { id: signedUp.acceptInvitation.person.id, token: signedUp.acceptInvitation.token };
}

/** A review of `draft` the working group assigns to `expert`, who accepts it; the assignment's id. */
export async function buildReview(
  server: TestServer,
  p: Programme,
  draft: { id: string },
  expert: { id: string; token: string },
  options: { due?: string } = {},
): Promise<string> {
  const assigned = await ok(
    server.url,
    AssignReviewInputDocument,
    { input: { draftId: draft.id, expertId: expert.id, dueOn: options.due ?? '2020-11-30' } },
    await p.as('working'),
  );
  const id = assigned.assignReview.assignment.id;
  await ok(server.url, AcceptReviewDocument, { id }, expert.token);
  return id;
}
