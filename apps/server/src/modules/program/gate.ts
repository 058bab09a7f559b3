import type { EntityManager } from 'typeorm';
import type { DraftStage } from '../../domain.js';
import { DRAFT_STAGES } from '../../domain.js';

/** The figures the gates look at. */
export interface GateFacts {
  topicsTotal: number;
  topicsDone: number;
  /** Every milestone marked FRAMEWORK_AGREED is done (false when none is marked). */
  frameworkMilestoneDone: boolean;
  plans: {
    title: string;
    kind: 'MASTER' | 'SPECIAL';
    stage: DraftStage;
    openConsultationThreads: number;
    /** Adopted opinions its 送审稿 (a REVIEW version) was checked against and does not reflect. */
    adoptedNotReflected: number;
    /** Every step of its approval is approved (modules/approval): the plan's last step, approved. */
    approved: boolean;
    /** Issued through issuePlan (文号, date, issuer). */
    issued: boolean;
    /** Filed (备案) with the DRC after its issue. */
    filed: boolean;
  }[];
  expertReviewMeetingsHeld: number;
  reviewsPending: number;
}

/**
 * The gates' figures as the database holds them, read in one statement. They change only with a
 * write (so with an event), never with the passing of time: a meeting is held once its start has
 * passed, which `gateFactsAt` decides. So one reading serves every viewer at one log position.
 */
export interface GateRecords extends Omit<GateFacts, 'expertReviewMeetingsHeld'> {
  /**
   * When each expert review meeting with a recorded conclusion starts (ISO 8601). A 专家论证会
   * logged with a date but nothing concluded is not one held (issue 12: a backdated entry alone
   * met the gate); a conclusion is recorded only from the meeting's date on (modules/meeting).
   */
  expertReviewMeetingStarts: string[];
}

/**
 * A plan's `stage` is where it stands, including stages reached before its drafts were kept
 * here; "open consultation threads" are opinions once placed on a CONSULTATION draft (they may
 * since have been carried into a later version) that are still undecided. Approval, issue and
 * filing are read from the approval module's records, not from a stage: a plan is approved when
 * its last step is (省政府审批 for the master plan, 领导小组审议 for a special one — the order of
 * modules/approval/approval-steps.ts, where a step is requested only once the one before it is
 * approved), issued when issuePlan recorded its 文号, filed when recordFiling recorded its 备案.
 */
export async function readGateRecords(db: EntityManager, programId: string): Promise<GateRecords> {
  const [row]: { facts: GateRecords }[] = await db.query(
    `SELECT json_build_object(
       'topicsTotal', (SELECT count(*) FROM research_topic WHERE program_id = $1),
       'topicsDone', (SELECT count(*) FROM research_topic WHERE program_id = $1 AND status = 'DONE'),
       'frameworkMilestoneDone', coalesce((SELECT bool_and(status = 'DONE') FROM milestone
                                  WHERE program_id = $1 AND gate_condition = 'FRAMEWORK_AGREED'), false),
       'plans', coalesce((SELECT json_agg(json_build_object('title', p.title, 'kind', p.kind, 'stage', p.stage,
                            'openConsultationThreads', (SELECT count(DISTINCT t.id) FROM thread_placement tp
                               JOIN draft d ON d.id = tp.draft_id JOIN thread t ON t.id = tp.thread_id
                              WHERE d.plan_id = p.id AND d.stage = 'CONSULTATION' AND t.status = 'OPEN'),
                            'adoptedNotReflected', (SELECT count(*) FROM thread t JOIN draft v ON v.id = t.adoption_draft_id
                              WHERE v.plan_id = p.id AND v.stage = 'REVIEW' AND t.adoption_state = 'NOT_REFLECTED'),
                            'approved', EXISTS (SELECT 1 FROM approval a WHERE a.plan_id = p.id AND a.decision = 'APPROVED'
                               AND a.step = CASE p.kind WHEN 'MASTER' THEN 'GOVERNMENT_APPROVAL' ELSE 'LEADING_GROUP_REVIEW' END),
                            'issued', EXISTS (SELECT 1 FROM plan_issuance i WHERE i.plan_id = p.id),
                            'filed', EXISTS (SELECT 1 FROM plan_issuance i WHERE i.plan_id = p.id AND i.filed_on IS NOT NULL))
                          ORDER BY p.sort_order) FROM plan p WHERE p.program_id = $1), '[]'::json),
       'expertReviewMeetingStarts', coalesce((SELECT json_agg(starts_at) FROM meeting
                                     WHERE program_id = $1 AND kind = 'EXPERT_REVIEW'
                                       AND conclusion_verdict IS NOT NULL), '[]'::json),
       'reviewsPending', (SELECT count(*) FROM review_assignment WHERE program_id = $1 AND status IN ('INVITED', 'ACCEPTED'))
     ) AS facts`,
    [programId],
  );
  return (row as { facts: GateRecords }).facts;
}

/** The gates' figures at `now`. */
export function gateFactsAt(records: GateRecords, now: Date): GateFacts {
  const { expertReviewMeetingStarts, ...facts } = records;
  const held = expertReviewMeetingStarts.filter((at) => Date.parse(at) <= now.getTime()).length;
  return { ...facts, expertReviewMeetingsHeld: held };
}

export async function readGateFacts(db: EntityManager, programId: string, now: Date): Promise<GateFacts> {
  return gateFactsAt(await readGateRecords(db, programId), now);
}

/** One named value of a condition; a name may repeat (one `plan` per plan still missing). */
export type GateFact = [name: string, value: string | number];

/**
 * A condition of a gate. `code` and `facts` are what clients write the sentence from, in the
 * reader's language; `label` and `detail` are the same in Chinese, for official documents and
 * clients that do not know the code.
 */
export interface Condition {
  code: string;
  label: string;
  met: boolean;
  detail: string | null;
  facts: GateFact[];
}

const reached = (stage: DraftStage, atLeast: DraftStage) =>
  DRAFT_STAGES.indexOf(stage) >= DRAFT_STAGES.indexOf(atLeast);

/** A condition every plan must meet; the facts name each plan that does not, as `plan`. */
function everyPlan(
  facts: GateFacts,
  code: string,
  label: string,
  ok: (p: GateFacts['plans'][number]) => boolean,
): Condition {
  const missing = facts.plans.filter((p) => !ok(p)).map((p) => p.title);
  return {
    code,
    label,
    met: facts.plans.length > 0 && missing.length === 0,
    detail: missing.length ? `尚未满足：${missing.join('、')}` : null,
    facts: missing.map((title): GateFact => ['plan', title]),
  };
}

/** What must hold before the programme moves on from the phase of this order. */
export function gateConditions(order: number, facts: GateFacts): Condition[] {
  switch (order) {
    case 1:
      return [
        {
          code: 'TOPICS_DONE',
          label: `${facts.topicsTotal}项重点调研课题全部完成`,
          met: facts.topicsTotal > 0 && facts.topicsDone === facts.topicsTotal,
          detail: facts.topicsDone < facts.topicsTotal ? `已完成 ${facts.topicsDone}/${facts.topicsTotal}` : null,
          facts: [
            ['total', facts.topicsTotal],
            ['done', facts.topicsDone],
          ],
        },
        {
          code: 'FRAMEWORK_AGREED',
          label: '明确“1+X”规划框架体系',
          met: facts.frameworkMilestoneDone,
          detail: facts.frameworkMilestoneDone ? null : '该里程碑尚未完成',
          facts: [],
        },
      ];
    case 2:
      return [everyPlan(facts, 'PLANS_FRAMEWORK', '每项规划形成规划框架', (p) => reached(p.stage, 'FRAMEWORK'))];
    case 3: {
      const open = facts.plans.filter((p) => p.openConsultationThreads > 0);
      const gaps = facts.plans.filter((p) => p.adoptedNotReflected > 0);
      return [
        everyPlan(facts, 'PLANS_REVIEW', '每项规划形成送审稿', (p) => reached(p.stage, 'REVIEW')),
        {
          code: 'CONSULTATION_OPINIONS_DECIDED',
          label: '征求意见稿的意见全部处理完毕',
          met: open.length === 0,
          detail: open.length ? open.map((p) => `${p.title}：${p.openConsultationThreads} 条待处理`).join('；') : null,
          // In pairs: each plan with opinions still open, then how many.
          facts: open.flatMap((p): GateFact[] => [
            ['plan', p.title],
            ['open', p.openConsultationThreads],
          ]),
        },
        {
          code: 'ADOPTIONS_REFLECTED',
          label: '送审稿落实全部采纳意见',
          met: gaps.length === 0,
          detail: gaps.length ? gaps.map((p) => `${p.title}：${p.adoptedNotReflected} 条未落实`).join('；') : null,
          // In pairs, as above: each plan whose 送审稿 leaves adopted opinions unchanged, then how many.
          facts: gaps.flatMap((p): GateFact[] => [
            ['plan', p.title],
            ['count', p.adoptedNotReflected],
          ]),
        },
        {
          code: 'EXPERT_REVIEW_MEETING_HELD',
          label: '召开专家论证会',
          met: facts.expertReviewMeetingsHeld > 0,
          detail: facts.expertReviewMeetingsHeld > 0 ? null : '尚未召开专家论证会',
          facts: [['held', facts.expertReviewMeetingsHeld]],
        },
        {
          code: 'REVIEWS_SUBMITTED',
          label: '专家评审意见全部提交',
          met: facts.reviewsPending === 0,
          detail: facts.reviewsPending ? `${facts.reviewsPending} 份评审尚未提交` : null,
          facts: [['pending', facts.reviewsPending]],
        },
      ];
    }
    case 4:
      return [
        // Phase 4 of the document: the master plan is approved by the provincial government; the
        // special plans are issued by the department and filed with the DRC.
        everyPlan(facts, 'MASTER_APPROVED', '总体规划经省政府审议批准', (p) => p.kind !== 'MASTER' || p.approved),
        everyPlan(facts, 'SPECIALS_ISSUED', '各专项规划印发', (p) => p.kind !== 'SPECIAL' || p.issued),
        everyPlan(facts, 'SPECIALS_FILED', '各专项规划报省发展改革委备案', (p) => p.kind !== 'SPECIAL' || p.filed),
      ];
    default:
      return [];
  }
}
