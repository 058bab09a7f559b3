import { formatTarget } from '@gongbian/alignment';
import { type ProgrammeDocument, programmeDocx, programmeXlsx } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import type { ExportFormat } from '../../domain.js';
import { CONTENT_TYPES, type Exporter } from '../../exports/export-link.js';
import { ProgramEntity } from '../program/index.js';
import { HigherTargetEntity, type IndicatorEntity } from './alignment.entity.js';
import { readAlignment } from './alignment-read.js';

export const alignmentTableName = (program: { name: string }, format: ExportFormat) =>
  `${program.name}规划指标衔接表.${format.toLowerCase()}`;

const KIND_ZH = { BINDING: '约束性', EXPECTED: '预期性' } as const;
const BOUND_ZH = { AT_LEAST: '≥', AT_MOST: '≤' } as const;

/** A target as the table prints it: ≥95%（2025年）. */
const target = (t: { target: number; unit: string; targetYear: number; direction: 'AT_LEAST' | 'AT_MOST' }) =>
  `${BOUND_ZH[t.direction]}${formatTarget(t.target, t.unit)}（${t.targetYear}年）`;

/**
 * The 规划指标衔接表 as it stands: each master-plan indicator with the X plans' indicators that
 * support it, then every indicator that cites a higher plan, then the X plans' indicators linked to
 * nothing — each with its issues in words, or 一致.
 */
export async function alignmentTable(
  m: EntityManager,
  program: ProgramEntity,
  generatedAt: Date,
): Promise<ProgrammeDocument> {
  const {
    plans,
    indicators,
    highers,
    issues,
    masters,
    supportersOf,
    unlinked: loose,
  } = await readAlignment(m, program.id, () => m.getRepository(HigherTargetEntity).findBy({ programId: program.id }));
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const higherOf = new Map(highers.map((h) => [h.id, h]));
  const order = new Map(plans.map((p, n) => [p.id, n]));
  const byPlan = (a: IndicatorEntity, b: IndicatorEntity) => (order.get(a.planId) ?? 0) - (order.get(b.planId) ?? 0);
  const state = (i: IndicatorEntity, against?: 'MASTER' | 'HIGHER') => {
    const own = issues.filter(
      (s) => s.indicatorId === i.id && (against ? s.against === against : s.against === null || s.against === 'MASTER'),
    );
    return own.length ? own.map((s) => s.detail).join('；') : '一致';
  };
  const title = (i: IndicatorEntity) => planOf.get(i.planId)?.title ?? '';

  const linked: string[][] = [];
  for (const master of masters) {
    const supporters = supportersOf(master.id).sort(byPlan);
    const head = [master.name, target(master), KIND_ZH[master.kind]];
    if (supporters.length === 0)
      linked.push([String(linked.length + 1), ...head, '—', '—', '—', '尚无专项规划指标支撑']);
    for (const s of supporters)
      linked.push([String(linked.length + 1), ...head, title(s), s.name, target(s), state(s)]);
  }
  const citing = indicators.filter((i) => i.citesId && higherOf.has(i.citesId)).sort(byPlan);
  const cited = citing.map((i, n) => {
    const h = higherOf.get(i.citesId as string) as HigherTargetEntity;
    return [String(n + 1), title(i), i.name, target(i), h.document, h.name, target(h), state(i, 'HIGHER')];
  });
  const unlinked = [...loose]
    .sort(byPlan)
    .map((i, n) => [String(n + 1), title(i), i.name, target(i), KIND_ZH[i.kind], state(i)]);

  return {
    title: `${program.name}规划指标衔接表`,
    generatedAt,
    tables: [
      {
        heading: '一、总体规划指标与专项规划指标衔接',
        sheet: '总体规划与专项规划',
        columns: ['序号', '总体规划指标', '目标值', '属性', '专项规划', '专项规划指标', '目标值', '衔接情况'],
        widths: [6, 24, 16, 10, 28, 24, 16, 40],
        centred: [0, 2, 3, 6],
        rows: linked,
        empty: '尚无总体规划指标',
      },
      {
        heading: '二、与上位规划衔接',
        sheet: '与上位规划',
        columns: ['序号', '规划', '指标', '目标值', '上位规划', '上位规划指标', '目标值', '衔接情况'],
        widths: [6, 26, 24, 16, 30, 24, 16, 40],
        centred: [0, 3, 6],
        rows: cited,
        empty: '尚无引用上位规划的指标',
      },
      {
        heading: '三、未关联总体规划的专项规划指标',
        sheet: '未关联指标',
        columns: ['序号', '规划', '指标', '目标值', '属性', '衔接情况'],
        widths: [6, 28, 26, 16, 10, 44],
        centred: [0, 3, 4],
        rows: unlinked,
        empty: '无',
      },
    ],
  };
}

/** The table a link names, built now from the programme as it stands. */
export const alignmentExporter: Exporter<'alignment'> = async (services, link, format) => {
  const m = services.ds.manager;
  const program = await m.getRepository(ProgramEntity).findOneByOrFail({ id: link.programId });
  const doc = await alignmentTable(m, program, services.clock.now());
  return {
    body: format === 'DOCX' ? await programmeDocx(doc) : await programmeXlsx(doc),
    filename: alignmentTableName(program, format),
    contentType: CONTENT_TYPES[format],
  };
};
