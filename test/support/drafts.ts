import { ok } from './client.js';
import {
  CreateDraftDocument,
  type CreateDraftMutation,
  type DraftStage,
  ProgrammePlansDocument,
} from './generated/graphql.js';
import type { Programme, TestServer } from './server.js';

/** A small planning draft: every block's text is unique, and 物资 occurs in three blocks. */
export const DRAFT_V1 = `# 第一章 发展基础

## 一、主要成效

“十三五”期间，全省建成省级应急物资储备库12个，储备品种覆盖防汛、抗旱、森林防火等领域。

基层应急救援队伍不断壮大，乡镇（街道）专职队伍实现全覆盖。

## 二、面临形势

极端天气事件趋多趋强，台风、暴雨等灾害风险叠加。

# 第二章 主要任务

- 完善应急物资保障体系，推进县级储备库建设。
- 加强应急指挥信息化建设。

应急救援力量建设要坚持专常兼备、反应灵敏。
`;

/** v1 revised: a sentence inserted before one passage (it moves), one paragraph deleted (it is orphaned). */
export const DRAFT_V2 = `# 第一章 发展基础

## 一、主要成效

“十三五”期间，全省建成省级应急物资储备库12个，储备品种覆盖防汛、抗旱、森林防火等领域。

全省应急管理体制改革取得明显成效。基层应急救援队伍不断壮大，乡镇（街道）专职队伍实现全覆盖。

# 第二章 主要任务

- 完善应急物资保障体系，推进县级储备库建设。
- 加强应急指挥信息化建设。

应急救援力量建设要坚持专常兼备、反应灵敏。
`;

/** The plan a unit leads (科信处 leads 科技与装备; 规财处 the master plan; 应急救援处 救援力量). */
export async function planLedBy(server: TestServer, p: Programme, shortName: string): Promise<string> {
  const data = await ok(server.url, ProgrammePlansDocument, {}, await p.as('working'));
  const plan = data.programs[0]?.plans.find((x) => x.leadUnit.shortName === shortName);
  if (!plan) throw new Error(`no plan led by ${shortName}`);
  return plan.id;
}

export type TestDraft = CreateDraftMutation['createDraft']['draft'];

export async function publish(
  server: TestServer,
  token: string,
  planId: string,
  options: { stage?: DraftStage; content?: string; deadline?: string } = {},
): Promise<TestDraft & { carried: number; orphaned: number }> {
  const r = await ok(
    server.url,
    CreateDraftDocument,
    {
      planId,
      stage: options.stage ?? 'CONSULTATION',
      content: options.content ?? DRAFT_V1,
      format: 'MARKDOWN',
      deadline: options.deadline ?? null,
    },
    token,
  );
  return { ...r.createDraft.draft, carried: r.createDraft.carriedThreads, orphaned: r.createDraft.orphanedThreads };
}

/** An anchor on the first block containing `quote`. */
export function anchorOn(draft: TestDraft, quote: string) {
  const block = draft.blocks.find((b) => b.text.includes(quote));
  if (!block) throw new Error(`no block contains ${quote}`);
  const start = block.text.indexOf(quote);
  return { blockId: block.id, start, end: start + quote.length, quote };
}
