import type { ProgrammeDocument } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import { unsealedThreadSql } from '../../auth/visibility.js';
import { type ApprovalDecision, THREAD_STATUS_ZH, THREAD_STATUSES, WORK_STATUS_ZH } from '../../domain.js';
import { phaseProgress, phaseStatus } from '../../progress.js';
import { ApprovalEntity, PlanIssuanceEntity, STEP_ZH, stepsFor } from '../approval/index.js';
import { STAGE_ZH } from '../draft/index.js';
import { PlanEntity } from '../plan/index.js';
import { gateConditions, MilestoneEntity, PhaseEntity, type ProgramEntity, readGateFacts } from '../program/index.js';

const DECISION_ZH: Record<ApprovalDecision, string> = { PENDING: '待决定', APPROVED: '通过', RETURNED: '退回修改' };
const ITEM_ZH: Record<string, string> = { topic: '调研课题', milestone: '里程碑', actionItem: '会议事项' };

async function phaseTable(m: EntityManager, programId: string, today: string, now: Date) {
  const phases = await m.getRepository(PhaseEntity).find({ where: { programId }, order: { order: 'ASC' } });
  const milestones = await m.getRepository(MilestoneEntity).findBy({ programId });
  const facts = await readGateFacts(m, programId, now);
  return phases.map((ph) => {
    const own = milestones.filter((ms) => ms.phaseId === ph.id);
    const conditions = gateConditions(ph.order, facts);
    const unmet = conditions.filter((c) => !c.met);
    const gate =
      unmet.length === 0
        ? '已满足'
        : `未满足：${unmet.map((c) => (c.detail ? `${c.label}（${c.detail}）` : c.label)).join('；')}`;
    return [
      ph.name,
      `${ph.startsOn} 至 ${ph.endsOn}`,
      WORK_STATUS_ZH[phaseStatus(ph, own, today)],
      `${own.filter((ms) => ms.status === 'DONE').length}/${own.length}（${Math.round(phaseProgress(own) * 100)}%）`,
      ph.gateOverriddenAt ? `${gate}；工作专班已确认进入下一阶段` : gate,
    ];
  });
}

/** Every topic, milestone and action item past due and not done, by the unit that owes it. */
async function overdueTable(m: EntityManager, programId: string, today: string) {
  const rows: { unit: string; item: string; title: string; due_on: string; days: number }[] = await m.query(
    `WITH overdue AS (
       SELECT 'topic' AS item, t.lead_unit_id AS unit_id, '课题' || t.number || '「' || t.title || '」' AS title, t.due_on
         FROM research_topic t WHERE t.program_id = $1 AND t.status <> 'DONE' AND t.due_on < $2::date
       UNION ALL
       SELECT 'milestone', ms.owner_unit_id, ms.title, ms.due_on
         FROM milestone ms WHERE ms.program_id = $1 AND ms.status <> 'DONE' AND ms.due_on < $2::date
       UNION ALL
       SELECT 'actionItem', a.owner_unit_id, a.title || '（' || mt.title || '）', a.due_on
         FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id
        WHERE a.program_id = $1 AND a.status <> 'DONE' AND a.due_on < $2::date)
     SELECT coalesce(u.name, '未指定单位') AS unit, o.item, o.title, o.due_on::text AS due_on,
            ($2::date - o.due_on)::int AS days
       FROM overdue o LEFT JOIN unit u ON u.id = o.unit_id
      ORDER BY u.sort_order NULLS LAST, o.due_on, o.title`,
    [programId, today],
  );
  return rows.map((r) => [r.unit, ITEM_ZH[r.item] ?? r.item, r.title, r.due_on, String(r.days)]);
}

/**
 * Opinions on each plan's drafts by how they were handled. Counted as the dashboard counts them:
 * a sealed expert review's opinions only once the review is submitted or past due, so the report
 * is the same whoever asks for it.
 */
async function opinionTable(m: EntityManager, plans: PlanEntity[], programId: string, today: string) {
  const rows: { plan_id: string; status: string; n: number }[] = await m.query(
    `SELECT d.plan_id, t.status, count(*)::int AS n FROM thread t JOIN draft d ON d.id = t.draft_id
      WHERE t.program_id = $1 AND ${unsealedThreadSql('t', '$2::date')}
      GROUP BY d.plan_id, t.status`,
    [programId, today],
  );
  return plans.map((p) => {
    const counts = THREAD_STATUSES.map((s) => rows.find((r) => r.plan_id === p.id && r.status === s)?.n ?? 0);
    return [p.title, String(counts.reduce((a, b) => a + b, 0)), ...counts.map(String)];
  });
}

/** Each plan's stage, the latest decision of each approval step it goes through, its 印发 and 备案. */
async function approvalTable(m: EntityManager, plans: PlanEntity[], programId: string) {
  const approvals = await m.getRepository(ApprovalEntity).find({ where: { programId }, order: { requestedAt: 'ASC' } });
  const issued = await m.getRepository(PlanIssuanceEntity).findBy({ programId });
  return plans.map((p) => {
    const steps = stepsFor(p);
    const cells = (['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW', 'GOVERNMENT_APPROVAL'] as const).map((step) => {
      if (!steps.includes(step)) return '不适用';
      const latest = approvals.filter((a) => a.planId === p.id && a.step === step).at(-1);
      return latest ? DECISION_ZH[latest.decision] : '未提请';
    });
    const issuance = issued.find((i) => i.planId === p.id);
    return [
      p.title,
      STAGE_ZH[p.stage],
      ...cells,
      issuance ? `${issuance.issuer} ${issuance.docNumber}（${issuance.issuedOn}）` : '未印发',
      issuance?.filedOn ?? (issuance ? '未备案' : ''),
    ];
  });
}

/** The 进度报告: phases and their gates, what is overdue by unit, opinions and approvals by plan. */
export async function progressReport(
  m: EntityManager,
  program: ProgramEntity,
  today: string,
  now: Date,
): Promise<ProgrammeDocument> {
  const plans = await m
    .getRepository(PlanEntity)
    .find({ where: { programId: program.id }, order: { sortOrder: 'ASC', title: 'ASC' } });
  return {
    title: `${program.name}进度报告`,
    subtitle: `截至 ${today}`,
    generatedAt: now,
    tables: [
      {
        heading: '一、阶段进度',
        sheet: '阶段进度',
        columns: ['阶段', '起止时间', '状态', '里程碑完成', '阶段关口'],
        widths: [16, 24, 10, 16, 60],
        centred: [2, 3],
        rows: await phaseTable(m, program.id, today, now),
      },
      {
        heading: '二、逾期事项（按责任单位）',
        sheet: '逾期事项',
        columns: ['责任单位', '类型', '事项', '应完成时间', '逾期天数'],
        widths: [22, 12, 60, 14, 10],
        centred: [1, 3, 4],
        rows: await overdueTable(m, program.id, today),
        empty: '无逾期事项',
      },
      {
        heading: '三、意见办理情况（按规划）',
        sheet: '意见办理',
        columns: ['规划', '意见总数', ...THREAD_STATUSES.map((s) => THREAD_STATUS_ZH[s])],
        widths: [40, 10, 10, 10, 10, 10, 10],
        centred: [1, 2, 3, 4, 5, 6],
        rows: await opinionTable(m, plans, program.id, today),
        empty: '尚无规划',
      },
      {
        heading: '四、审批与印发（按规划）',
        sheet: '审批与印发',
        columns: [
          '规划',
          '当前阶段',
          STEP_ZH.EXPERT_ARGUMENT,
          STEP_ZH.LEADING_GROUP_REVIEW,
          STEP_ZH.GOVERNMENT_APPROVAL,
          '印发',
          '备案',
        ],
        widths: [36, 12, 12, 14, 12, 30, 12],
        centred: [1, 2, 3, 4, 6],
        rows: await approvalTable(m, plans, program.id),
        empty: '尚无规划',
      },
    ],
  };
}
