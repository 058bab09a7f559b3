import type { ProgrammeDocument } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import { PlanEntity } from '../plan/index.js';
import type { ProgramEntity } from '../program/index.js';
import { TopicEntity } from '../topic/index.js';
import { UnitEntity } from '../unit/index.js';

/** The programme's units by id, and their co-operating units per plan or topic in order. */
async function unitsOf(m: EntityManager, programId: string) {
  const units = await m.getRepository(UnitEntity).findBy({ programId });
  return new Map(units.map((u) => [u.id, u]));
}

/** Each plan's or topic's co-operating units, in order: `table` is plan_co_unit or topic_co_unit. */
async function coUnitsOf(m: EntityManager, programId: string, table: 'plan' | 'topic') {
  const [owner, owners] = table === 'plan' ? ['plan_id', 'plan'] : ['topic_id', 'research_topic'];
  const rows: { owner: string; unit_id: string }[] = await m.query(
    `SELECT c.${owner} AS owner, c.unit_id FROM ${table}_co_unit c JOIN ${owners} o ON o.id = c.${owner}
      WHERE o.program_id = $1 ORDER BY c.sort_order`,
    [programId],
  );
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(r.owner, [...(by.get(r.owner) ?? []), r.unit_id]);
  return by;
}

/**
 * 附件1 as the work plan lays it out: 序号, 规划名称, 编制牵头部门, 编制会同部门, 备注 (how it is
 * to be issued), units by their full names, in the plans' order.
 */
export async function planList(
  m: EntityManager,
  program: ProgramEntity,
  generatedAt: Date,
): Promise<ProgrammeDocument> {
  const units = await unitsOf(m, program.id);
  const plans = await m
    .getRepository(PlanEntity)
    .find({ where: { programId: program.id }, order: { sortOrder: 'ASC', title: 'ASC' } });
  const coUnits = await coUnitsOf(m, program.id, 'plan');
  const name = (id: string) => units.get(id)?.name ?? '';
  return {
    attachment: '附件1',
    title: `${program.name}清单`,
    generatedAt,
    tables: [
      {
        sheet: '规划编制清单',
        columns: ['序号', '规划名称', '编制牵头部门', '编制会同部门', '备注'],
        widths: [6, 40, 22, 36, 22],
        centred: [0],
        rows: plans.map((p, i) => [
          String(i + 1),
          p.title,
          name(p.leadUnitId),
          (coUnits.get(p.id) ?? []).map(name).join('、'),
          p.issuance ?? '',
        ]),
        empty: '尚无规划',
      },
    ],
  };
}

/**
 * 附件2 as the work plan lays it out — 序号, 课题名称, 主要内容, 责任单位, 需配合单位 — with the
 * date each is due (完成时间), units by the short names the attachment uses, in number order.
 */
export async function topicList(
  m: EntityManager,
  program: ProgramEntity,
  generatedAt: Date,
): Promise<ProgrammeDocument> {
  const units = await unitsOf(m, program.id);
  const topics = await m
    .getRepository(TopicEntity)
    .find({ where: { programId: program.id }, order: { number: 'ASC' } });
  const coUnits = await coUnitsOf(m, program.id, 'topic');
  const name = (id: string) => {
    const u = units.get(id);
    return u ? (u.shortName ?? u.name) : '';
  };
  return {
    attachment: '附件2',
    title: '重点调研课题及实施内容',
    subtitle: program.name,
    generatedAt,
    tables: [
      {
        sheet: '重点调研课题',
        columns: ['序号', '课题名称', '主要内容', '责任单位', '需配合单位', '完成时间'],
        widths: [6, 30, 60, 14, 30, 12],
        centred: [0, 5],
        rows: topics.map((t) => [
          String(t.number),
          t.title,
          t.content,
          name(t.leadUnitId),
          (coUnits.get(t.id) ?? []).map(name).join('、'),
          t.dueOn ?? '',
        ]),
        empty: '尚无调研课题',
      },
    ],
  };
}
