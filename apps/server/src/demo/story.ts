import { importMarkdown } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import { Clock, toChinaDate } from '../clock.js';
import { defineHigherTarget, defineIndicator } from '../modules/alignment/index.js';
import { decideApproval, requestApproval } from '../modules/approval/index.js';
import { actorOf } from '../modules/auth/index.js';
import {
  moderatePublicOpinion,
  openConsultation,
  PublicConsultationEntity,
  PublicOpinionEntity,
  recordPublicOpinion,
} from '../modules/consultation/index.js';
import { createDraft } from '../modules/draft/index.js';
import {
  addActionItem,
  editMinutes,
  logMeeting,
  recordMeetingConclusion,
  updateActionItem,
} from '../modules/meeting/index.js';
import { PersonEntity } from '../modules/person/index.js';
import { PlanEntity } from '../modules/plan/index.js';
import { MilestoneEntity, updateMilestone } from '../modules/program/index.js';
import { assignReview, respondToReview, submitReview } from '../modules/review/index.js';
import { checkedAnchor, disposeThread, reply, startThread } from '../modules/thread/index.js';
import { UnitEntity } from '../modules/unit/index.js';
import { type WriteScope, writeScope } from '../writes/write-scope.js';
import {
  DEMO_HIGHER_TARGETS,
  DEMO_INDICATORS,
  type DemoIndicator,
  HIGHER_TARGETS_AT,
  MASTER_INDICATORS_AT,
  SUPPLIES_INDICATORS_AT,
} from './alignment-data.js';
import {
  PUBLIC_ANSWER,
  PUBLIC_OPINIONS,
  SUPPLIES_AUTHOR,
  SUPPLIES_PLAN,
  SUPPLIES_ROUND,
  SUPPLIES_V1_AT,
  SUPPLIES_V1_COMMENT_DEADLINE,
  SUPPLIES_V1_MARKDOWN,
  SUPPLIES_V1_TITLE,
} from './consultation-data.js';
import {
  DEMO_THREADS,
  MASTER_V1_MARKDOWN,
  MASTER_V1_TITLE,
  MASTER_V2_MARKDOWN,
  MASTER_V2_TITLE,
} from './drafts-data.js';
import { seedProgramme } from './programme.js';
import { PLANS } from './programme-data.js';
import {
  APPROVAL,
  at,
  DISPOSITIONS_ON,
  LIAISON_OPINION,
  MASTER_V1_AT,
  MASTER_V1_COMMENT_DEADLINE,
  MASTER_V2_AT,
  MEETINGS,
  OPINIONS_FROM,
  REVIEW_DRAFT_MILESTONE,
  REVIEWS,
  type StoryMeeting,
  type StoryTime,
  SUBMISSION_MILESTONE,
} from './story-data.js';

/** A programme clock stopped at one moment of the story: what a service asks `now` and `today` of. */
class StoryClock extends Clock {
  constructor(private readonly moment: Date) {
    super(toChinaDate(moment));
  }
  override now(): Date {
    return this.moment;
  }
}

/** One write of the story, at its moment; the story runs them in time order. */
interface Step {
  when: Date;
  run: (when: Date) => Promise<unknown>;
}

/** `minutes` past the hour `hh` of `date` (past 59 runs on into the next hours). */
const day = (date: string, hh: number, minutes = 0): Date =>
  new Date(at(`${date} ${String(hh).padStart(2, '0')}:00` as StoryTime).getTime() + minutes * 60_000);
const addDays = (date: string, n: number): string =>
  toChinaDate(new Date(Date.parse(`${date}T12:00:00+08:00`) + n * 86_400_000));

/**
 * The demo: the programme as the document sets it out (seedProgramme, as of 2020-11-16), then its
 * story to the demo date — the master plan's 征求意见稿 and the opinions on it, the 征求意见会 and
 * 专家论证会 with their minutes and conclusions, written reviews, the 送审稿 into which open opinions
 * are carried, and its approval under way; and a special plan's 征求意见稿 in an open round of public
 * consultation, its opinions moderated as they came in. Every step goes through the services the API uses, as
 * the person who would have done it, stamped with its moment on the programme's calendar: the
 * demo holds exactly what people would have produced, in the order they produced it.
 */
export async function seedDemo(m: EntityManager, password: string): Promise<void> {
  const seeded = await seedProgramme(m, password, { at: at('2019-11-11 09:00') });
  const people = await m.getRepository(PersonEntity).findBy({ programId: seeded.programId });
  const person = (who: string): PersonEntity => {
    const id = seeded.personIds[who];
    const found = people.find((p) => (id ? p.id === id : p.name === who));
    if (!found) throw new Error(`The demo story names an unknown person: ${who}`);
    return found;
  };
  // As the session would make them (auth/authenticate.ts): with the kind of their unit; the seed gives no memberships.
  const units = new Map(
    (await m.getRepository(UnitEntity).findBy({ programId: seeded.programId })).map((u) => [u.id, u]),
  );
  const as = (who: string, when: Date): WriteScope => {
    const p = person(who);
    const unitKind = p.unitId ? (units.get(p.unitId)?.kind ?? null) : null;
    return writeScope(m, actorOf(p, { unitKind, groups: [] }), when);
  };
  const plan = await m
    .getRepository(PlanEntity)
    .findOneOrFail({ where: { programId: seeded.programId, kind: 'MASTER' } });
  // Milestones are named by the start of their title, as the document words them.
  const markMilestone = async (titleStart: string, status: 'DONE' | 'IN_PROGRESS', when: Date) => {
    const all = await m.getRepository(MilestoneEntity).findBy({ programId: seeded.programId });
    const found = all.find((ms) => ms.title.startsWith(titleStart));
    if (!found) throw new Error(`The demo story names an unknown milestone: ${titleStart}`);
    await updateMilestone(as('working', when), new StoryClock(when), found, status);
  };

  const drafts: Record<1 | 2, string | null> = { 1: null, 2: null };
  const v1Blocks = importMarkdown(MASTER_V1_MARKDOWN);
  const meetings = new Map<string, string>();
  const steps: Step[] = [];
  const step = (when: Date, run: Step['run']) => steps.push({ when, run });
  const draft = (version: 1 | 2): string => {
    const id = drafts[version];
    if (!id) throw new Error(`The demo story uses version ${version} before it is published.`);
    return id;
  };

  step(at(MASTER_V1_AT), async (when) => {
    drafts[1] = (
      await createDraft(as('guicai', when), {
        plan,
        stage: 'CONSULTATION',
        title: MASTER_V1_TITLE,
        blocks: v1Blocks,
        commentDeadline: at(MASTER_V1_COMMENT_DEADLINE),
        sourceFormat: 'MARKDOWN',
      })
    ).draftId;
  });

  // The divisions', leaders' and experts' opinions: one a day, answered over the next days, decided
  // after the 征求意见会; the open ones are carried into the 送审稿.
  for (const [k, t] of DEMO_THREADS.entries()) {
    const raised = addDays(OPINIONS_FROM, k);
    let threadId = '';
    step(day(raised, 10, k), async (when) => {
      let anchor = null;
      if (t.quote) {
        const block = v1Blocks.find((b) => b.text.includes(t.quote as string));
        if (!block) throw new Error(`Demo quote not in the draft: ${t.quote}`);
        const start = block.text.indexOf(t.quote);
        anchor = { blockId: block.id, start, end: start + t.quote.length, quote: t.quote };
      }
      ({ threadId } = await startThread(as(t.author, when), {
        draftId: draft(1),
        anchor,
        body: t.body,
        source: 'ONLINE',
      }));
    });
    for (const [r, answer] of t.replies.entries()) {
      step(day(addDays(raised, r + 1), 15, k), async (when) => reply(as(answer.author, when), threadId, answer.body));
    }
    const decider = t.decidedBy;
    if (t.status !== 'OPEN' && decider) {
      step(day(DISPOSITIONS_ON, 9, 10 * k), async (when) =>
        disposeThread(as(decider, when), threadId, t.status, t.reason),
      );
    }
  }

  let liaisonThread = '';
  step(at(LIAISON_OPINION.at), async (when) => {
    ({ threadId: liaisonThread } = await startThread(as('liaison', when), {
      draftId: draft(1),
      anchor: null,
      body: LIAISON_OPINION.body,
      source: 'ONLINE',
    }));
  });
  step(at(LIAISON_OPINION.reply.at), async (when) =>
    reply(as('working', when), liaisonThread, LIAISON_OPINION.reply.body),
  );
  step(day(DISPOSITIONS_ON, 16), async (when) =>
    disposeThread(as('working', when), liaisonThread, 'ADOPTED', LIAISON_OPINION.reason),
  );

  for (const meeting of MEETINGS) storyOfMeeting(meeting);

  function storyOfMeeting(mt: StoryMeeting) {
    step(at(mt.loggedAt), async (when) => {
      const { meetingId } = await logMeeting(as('working', when), seeded.programId, {
        kind: mt.kind,
        title: mt.title,
        startsAt: at(mt.startsAt),
        location: mt.location,
        hostUnitId: seeded.unitIds[mt.hostUnit] as string,
        planIds: [plan.id],
        attendeeIds: mt.attendees.map((a) => person(a).id),
        externalAttendees: mt.externalAttendees,
        agenda: mt.agenda,
      });
      meetings.set(mt.key, meetingId);
    });
    const held = toChinaDate(at(mt.startsAt));
    const id = () => meetings.get(mt.key) as string;
    if (mt.minutes) step(day(held, 17), async (when) => editMinutes(as('working', when), id(), mt.minutes, 1));
    if (mt.conclusion) {
      const { verdict, text } = mt.conclusion;
      step(day(held, 17, 20), async (when) =>
        recordMeetingConclusion(as('working', when), { meetingId: id(), verdict, text }),
      );
    }
    for (const [i, item] of mt.actionItems.entries()) {
      let itemId = '';
      step(day(held, 17, 30 + i), async (when) => {
        ({ actionItemId: itemId } = await addActionItem(as('working', when), {
          meetingId: id(),
          title: item.title,
          ownerUnitId: seeded.unitIds[item.ownerUnit] as string,
          dueOn: item.dueOn,
        }));
      });
      if (item.done) step(at(item.done), async (when) => updateActionItem(as('working', when), itemId, 'DONE'));
    }
    for (const [i, o] of mt.opinions.entries()) {
      let threadId = '';
      step(day(held, 17, 40 + i), async (when) => {
        ({ threadId } = await startThread(as('working', when), {
          draftId: draft(1),
          anchor: null,
          body: o.body,
          source: 'MEETING',
          meetingId: id(),
          externalAuthor: o.externalAuthor,
        }));
      });
      step(day(DISPOSITIONS_ON, 14, i), async (when) =>
        disposeThread(as('working', when), threadId, o.status, o.reason),
      );
    }
    const fulfils = mt.milestone;
    if (fulfils) step(at(fulfils.doneAt), async (when) => markMilestone(fulfils.title, 'DONE', when));
  }

  for (const r of REVIEWS) {
    let assignmentId = '';
    step(at(r.assignedAt), async (when) => {
      ({ assignmentId } = await assignReview(
        as('working', when),
        new StoryClock(when),
        draft(r.version),
        person(r.expert).id,
        r.dueOn,
      ));
    });
    const answer = r.answer;
    if (answer) {
      step(at(answer.at), async (when) =>
        respondToReview(as(r.expert, when), assignmentId, answer.accept, answer.accept ? null : answer.reason),
      );
    }
    const submitted = r.submitted;
    if (submitted) {
      step(at(submitted.at), async (when) =>
        submitReview(as(r.expert, when), new StoryClock(when), assignmentId, submitted),
      );
    }
  }

  step(at(MASTER_V2_AT), async (when) => {
    drafts[2] = (
      await createDraft(as('guicai', when), {
        plan,
        stage: 'REVIEW',
        title: MASTER_V2_TITLE,
        blocks: importMarkdown(MASTER_V2_MARKDOWN),
        commentDeadline: null,
        sourceFormat: 'MARKDOWN',
      })
    ).draftId;
  });
  step(day(toChinaDate(at(MASTER_V2_AT)), 18), async (when) => markMilestone(REVIEW_DRAFT_MILESTONE, 'DONE', when));

  let argument = { id: '', version: 0 };
  step(at(APPROVAL.argumentRequestedAt), async (when) => {
    const { approval } = await requestApproval(as('working', when), { draftId: draft(2), step: 'EXPERT_ARGUMENT' });
    argument = { id: approval.id, version: approval.version };
  });
  step(at(APPROVAL.argumentDecidedAt), async (when) =>
    decideApproval(as('working', when), {
      approvalId: argument.id,
      decision: 'APPROVED',
      opinion: APPROVAL.argumentOpinion,
      meetingId: meetings.get('argument') ?? null,
      expectedVersion: argument.version,
    }),
  );
  step(at(APPROVAL.leadingGroupRequestedAt), async (when) =>
    requestApproval(as('working', when), { draftId: draft(2), step: 'LEADING_GROUP_REVIEW' }),
  );
  step(at(APPROVAL.phase4StartedAt), async (when) => markMilestone(SUBMISSION_MILESTONE, 'IN_PROGRESS', when));

  storyOfPublicRound();
  storyOfAlignment();

  /**
   * 衔接: the working group records the higher plans' targets; each lead unit sets its plan's
   * indicators on the rows of its draft's indicator table, linked as alignment-data.ts says. The
   * checks run as in the API: the weaker special indicator and, once the 送审稿 revises a figure, the
   * changed passage each raise a thread.
   */
  function storyOfAlignment() {
    const higher = new Map<string, string>();
    const indicators = new Map<string, string>();
    step(at(HIGHER_TARGETS_AT), async (when) => {
      for (const h of DEMO_HIGHER_TARGETS) {
        const { higherTargetId } = await defineHigherTarget(as('working', when), {
          programId: seeded.programId,
          document: h.document,
          name: h.name,
          unit: h.unit,
          target: h.target,
          targetYear: 2025,
          direction: h.direction,
        });
        higher.set(h.key, higherTargetId);
      }
    });
    const setIndicators = (which: DemoIndicator['plan'], author: string, moment: StoryTime) =>
      step(at(moment), async (when) => {
        const title = PLANS.find((p) => p.key === SUPPLIES_PLAN)?.title;
        const target =
          which === 'master'
            ? plan
            : await m.getRepository(PlanEntity).findOneByOrFail({ programId: seeded.programId, title });
        const blocks: { id: string; text: string }[] = await m.query(
          `SELECT b.block_id AS id, b.text FROM draft_block b
            WHERE b.draft_id = (SELECT id FROM draft WHERE plan_id = $1 ORDER BY version DESC LIMIT 1)`,
          [target.id],
        );
        // One a minute, as a person enters them: the matrix lists them in the order they were set.
        for (const [n, i] of DEMO_INDICATORS.filter((x) => x.plan === which).entries()) {
          const block = blocks.find((b) => b.text.includes(i.quote));
          if (!block) throw new Error(`Demo indicator row not in the draft: ${i.quote}`);
          const start = block.text.indexOf(i.quote);
          const link = (key: string | undefined, from: Map<string, string>) => (key ? from.get(key) : null);
          const { indicatorId } = await defineIndicator(as(author, new Date(when.getTime() + n * 60_000)), {
            planId: target.id,
            name: i.name,
            unit: i.unit,
            baseline: i.baseline,
            baselineYear: i.baseline === null ? null : 2020,
            target: i.target,
            targetYear: 2025,
            kind: i.kind,
            direction: i.direction,
            source: { blockId: block.id, start, end: start + i.quote.length, quote: i.quote },
            supportsId: link(i.supports, indicators),
            citesId: link(i.cites, higher),
          });
          indicators.set(i.key, indicatorId);
        }
      });
    setIndicators('master', 'guicai', MASTER_INDICATORS_AT);
    setIndicators('supplies', SUPPLIES_AUTHOR, SUPPLIES_INDICATORS_AT);
  }

  /** The 减灾处's 征求意见稿 of the supplies plan, put to the public; what was sent, and what became of it. */
  function storyOfPublicRound() {
    const title = PLANS.find((p) => p.key === SUPPLIES_PLAN)?.title;
    if (!title) throw new Error(`The demo story names an unknown plan: ${SUPPLIES_PLAN}`);
    const blocks = importMarkdown(SUPPLIES_V1_MARKDOWN);
    let draftId = '';
    let round: PublicConsultationEntity | null = null;
    const opinions = new Map<string, string>();
    step(at(SUPPLIES_V1_AT), async (when) => {
      const supplies = await m.getRepository(PlanEntity).findOneByOrFail({ programId: seeded.programId, title });
      ({ draftId } = await createDraft(as(SUPPLIES_AUTHOR, when), {
        plan: supplies,
        stage: 'CONSULTATION',
        title: SUPPLIES_V1_TITLE,
        blocks,
        commentDeadline: at(SUPPLIES_V1_COMMENT_DEADLINE),
        sourceFormat: 'MARKDOWN',
      }));
    });
    step(at(SUPPLIES_ROUND.openedAt), async (when) => {
      const { consultationId } = await openConsultation(as('working', when), new StoryClock(when), {
        draftId,
        intro: SUPPLIES_ROUND.intro,
        opensOn: SUPPLIES_ROUND.opensOn,
        closesOn: SUPPLIES_ROUND.closesOn,
      });
      round = await m.getRepository(PublicConsultationEntity).findOneByOrFail({ id: consultationId });
    });
    for (const o of PUBLIC_OPINIONS) {
      step(at(o.at), async (when) => {
        let anchor = null;
        if (o.quote) {
          const block = blocks.find((b) => b.text.includes(o.quote as string));
          if (!block) throw new Error(`Demo quote not in the supplies draft: ${o.quote}`);
          const start = block.text.indexOf(o.quote);
          anchor = checkedAnchor(block.text, { blockId: block.id, start, end: start + o.quote.length, quote: o.quote });
        }
        if (!round) throw new Error('The demo story records a public opinion before its round opens.');
        const { body, authorName, identity, contact } = o;
        const receipt = await recordPublicOpinion(m, round, {
          anchor,
          body,
          authorName,
          identity,
          contact,
          challengeSignature: null,
          at: when,
        });
        opinions.set(o.key, (await m.getRepository(PublicOpinionEntity).findOneByOrFail({ receipt })).id);
      });
      const decided = o.moderation;
      if (!decided) continue;
      step(at(decided.at), async (when) => {
        const opinionId = opinions.get(o.key) as string;
        const { version } = await m.getRepository(PublicOpinionEntity).findOneByOrFail({ id: opinionId });
        await moderatePublicOpinion(as('working', when), {
          opinionId,
          decision: decided.decision,
          note: decided.decision === 'ACCEPT' ? null : decided.note,
          duplicateOfId: decided.decision === 'DUPLICATE' ? opinions.get(decided.of) : null,
          expectedVersion: version,
        });
      });
    }
    const threadOf = async (key: string) =>
      (await m.getRepository(PublicOpinionEntity).findOneByOrFail({ id: opinions.get(key) as string })).threadId ?? '';
    const { reply: answer, disposition } = PUBLIC_ANSWER;
    step(at(answer.at), async (when) =>
      reply(as(SUPPLIES_AUTHOR, when), await threadOf(PUBLIC_ANSWER.opinion), answer.body),
    );
    step(at(disposition.at), async (when) =>
      disposeThread(
        as(SUPPLIES_AUTHOR, when),
        await threadOf(PUBLIC_ANSWER.opinion),
        disposition.status,
        disposition.reason,
      ),
    );
  }

  // In time order (a stable sort: steps of one moment keep the order they were written in).
  steps.sort((a, b) => a.when.getTime() - b.when.getTime());
  for (const s of steps) await s.run(s.when);
}
