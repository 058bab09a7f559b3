import {
  type AlignmentIssue,
  alignmentIssues,
  type HigherFacts,
  type IndicatorFacts,
  issueKey,
  sourceFacts,
} from '@gongbian/alignment';
import { In } from 'typeorm';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { noteOnThread, startThread } from '../thread/index.js';
import { AlignmentIssueEntity, HigherTargetEntity, IndicatorEntity } from './alignment.entity.js';

/** The package's view of an indicator row. */
export const indicatorFacts = (i: IndicatorEntity): IndicatorFacts => ({
  id: i.id,
  name: i.name,
  unit: i.unit,
  target: i.target,
  targetYear: i.targetYear,
  direction: i.direction,
  kind: i.kind,
});

export const higherFacts = (h: HigherTargetEntity): HigherFacts => ({
  id: h.id,
  document: h.document,
  name: h.name,
  unit: h.unit,
  target: h.target,
  targetYear: h.targetYear,
  direction: h.direction,
});

/** An indicator's issues as they stand, from its row and the rows it links to. */
export function issuesOf(
  i: IndicatorEntity,
  master: IndicatorEntity | undefined,
  higher: HigherTargetEntity | undefined,
): AlignmentIssue[] {
  return alignmentIssues(indicatorFacts(i), {
    supports: master && indicatorFacts(master),
    cites: higher && higherFacts(higher),
    source: i.sourceState === null ? null : sourceFacts({ state: i.sourceState, quote: i.quote }, i),
  });
}

const AGAINST_RANK = { SOURCE: 0, MASTER: 1, HIGHER: 2 } as const;
const KIND_RANK: Record<AlignmentIssueEntity['kind'], number> = {
  NO_SOURCE: 0,
  SOURCE_ORPHANED: 0,
  SOURCE_CHANGED: 0,
  UNIT_MISMATCH: 1,
  YEAR_MISMATCH: 2,
  WEAKER_THAN_MASTER: 3,
  WEAKER_THAN_HIGHER: 3,
};

/** Stored issues in the order the checks list them: the source, then the master-plan link, then the higher target. */
export function inCheckOrder(rows: readonly AlignmentIssueEntity[]): AlignmentIssueEntity[] {
  const rank = (r: AlignmentIssueEntity) => AGAINST_RANK[r.against ?? 'SOURCE'] * 10 + KIND_RANK[r.kind];
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** Each plan's newest draft, by plan id. */
async function newestDrafts(scope: WriteScope, planIds: string[]): Promise<Map<string, string>> {
  const rows: { plan_id: string; id: string }[] = await scope.m.query(
    'SELECT DISTINCT ON (plan_id) plan_id, id FROM draft WHERE plan_id = ANY($1) ORDER BY plan_id, version DESC',
    [planIds],
  );
  return new Map(rows.map((r) => [r.plan_id, r.id]));
}

/**
 * One thread for an issue, on the passage that states the indicator in the plan's newest draft
 * (or on that draft as a whole when no passage there does), assigned to the plan's lead unit, whose
 * members are told as of any opinion. Null when the plan has no draft yet: the next check after its
 * first version raises it.
 */
async function raiseThread(scope: WriteScope, i: IndicatorEntity, issue: AlignmentIssue, draftId: string | undefined) {
  if (!draftId) return null;
  const placed =
    i.draftId === draftId &&
    i.sourceState !== 'ORPHANED' &&
    i.blockId !== null &&
    i.anchorStart !== null &&
    i.anchorEnd !== null;
  const { threadId } = await startThread(scope, {
    draftId,
    anchor: placed
      ? {
          blockId: i.blockId as string,
          start: i.anchorStart as number,
          end: i.anchorEnd as number,
          quote: i.quote ?? '',
        }
      : null,
    body: `【衔接检查】目标指标“${i.name}”：${issue.detail}。请核对后修改目标值或原文，或说明理由。`,
    source: 'ALIGNMENT',
    externalAuthor: '衔接检查',
    system: true,
  });
  return threadId;
}

/**
 * Checks indicators again after anything they depend on changed (themselves, the master-plan
 * indicator they support, their source passage): each issue that is new raises one thread; each that
 * is gone is deleted and its thread told it was fixed; one that stays keeps its thread, its sentence
 * brought up to date. The indicators are locked first (in id order), so two checks of one indicator
 * never raise two threads for one issue.
 */
export async function recheck(scope: WriteScope, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const { m } = scope;
  const rows = await m
    .getRepository(IndicatorEntity)
    .find({ where: { id: In([...new Set(ids)]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  if (rows.length === 0) return;
  const supported = rows.flatMap((r) => (r.supportsId ? [r.supportsId] : []));
  const cited = rows.flatMap((r) => (r.citesId ? [r.citesId] : []));
  const masters = byId(supported.length ? await m.getRepository(IndicatorEntity).findBy({ id: In(supported) }) : []);
  const highers = byId(cited.length ? await m.getRepository(HigherTargetEntity).findBy({ id: In(cited) }) : []);
  const stored = await m.getRepository(AlignmentIssueEntity).findBy({ indicatorId: In(rows.map((r) => r.id)) });
  const drafts = await newestDrafts(scope, [...new Set(rows.map((r) => r.planId))]);

  for (const i of rows) {
    const now = new Map(
      issuesOf(
        i,
        i.supportsId ? masters.get(i.supportsId) : undefined,
        i.citesId ? highers.get(i.citesId) : undefined,
      ).map((issue) => [issueKey(issue), issue] as const),
    );
    const before = new Map(stored.filter((s) => s.indicatorId === i.id).map((s) => [s.key, s] as const));
    for (const [key, row] of before) {
      if (now.has(key)) continue;
      if (row.threadId) {
        await noteOnThread(scope, row.threadId, `【衔接检查】该问题已解决：原“${row.detail}”，现已不存在。`);
      }
      await m.getRepository(AlignmentIssueEntity).delete({ indicatorId: i.id, key });
      await scope.emit({
        stream: streams.program(i.programId),
        kind: 'alignment.resolved',
        subjectId: i.id,
        summary: `衔接问题已解决：目标指标“${i.name}”——${row.detail}`,
        payload: { kind: row.kind, ...(row.threadId ? { threadId: row.threadId } : {}) },
      });
    }
    for (const [key, issue] of now) {
      const row = before.get(key);
      if (row) {
        const threadId = row.threadId ?? (await raiseThread(scope, i, issue, drafts.get(i.planId)));
        if (row.detail !== issue.detail || threadId !== row.threadId) {
          await m
            .getRepository(AlignmentIssueEntity)
            .update({ indicatorId: i.id, key }, { detail: issue.detail, threadId });
        }
        continue;
      }
      const threadId = await raiseThread(scope, i, issue, drafts.get(i.planId));
      await m.getRepository(AlignmentIssueEntity).insert({
        indicatorId: i.id,
        key,
        programId: i.programId,
        kind: issue.kind,
        against: issue.against ?? null,
        againstId: issue.againstId ?? null,
        detail: issue.detail,
        threadId,
        raisedAt: scope.now,
      });
      await scope.emit({
        stream: streams.program(i.programId),
        kind: 'alignment.raised',
        subjectId: i.id,
        summary: `衔接问题：目标指标“${i.name}”——${issue.detail}`,
        payload: { kind: issue.kind, ...(threadId ? { threadId } : {}) },
      });
    }
  }
}
