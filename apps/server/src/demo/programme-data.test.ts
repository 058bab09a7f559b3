import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COMMISSION_TOPIC,
  PEOPLE,
  PHASES,
  PLANS,
  PROGRAM,
  type SeedMilestone,
  type SeedTopic,
  TOPICS,
  UNITS,
} from './programme-data.js';

// The source document lives outside the repo, in the shared folder next to it:
// <root>/shared/seed/… from <root>/main/apps/server/src/modules/program/ (six levels up).
const SOURCE_PATH = fileURLToPath(new URL('../../../../../shared/seed/000_5bf124496b14d333.txt', import.meta.url));
const SOURCE: string | null = existsSync(SOURCE_PATH) ? readFileSync(SOURCE_PATH, 'utf8') : null;

/** Every personal name in 附件3 of the source document. None may appear in demo people. */
const ATTACHMENT3_NAMES = [
  '凌志峰',
  '李公杭',
  '陈玉锋',
  '陶澄滨',
  '曹加进',
  '楼健',
  '叶建迅',
  '胡尧文',
  '沈国兴',
  '黄晓和',
  '方云中',
  '洪亮',
  '何圣键',
  '高超',
  '张晓冬',
  '吴向中',
  '王金永',
  '陈三强',
  '蔡慎军',
  '陈顺伟',
  '包其富',
  '张金锋',
  '王智文',
  '李学盛',
  '张丽霞',
  '徐晓玲',
  '陶雪文',
  '谢宝晶',
];

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (d: string): boolean =>
  DATE_RE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
const nextDay = (d: string): string => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

const unitKeys = new Set(UNITS.map((u) => u.key));
const allMilestones: SeedMilestone[] = PHASES.flatMap((p) => p.milestones);
type Tracked = Pick<SeedTopic, 'status' | 'completedOn' | 'dueOn'> & { label: string };
const tracked: Tracked[] = [
  ...[...TOPICS, COMMISSION_TOPIC].map((t) => ({ ...t, label: `topic ${t.number}` })),
  ...allMilestones.map((m) => ({ ...m, label: `milestone ${m.title}` })),
];

/** Labels by which the document refers to a unit: full name, short name, division name alone. */
function labelsOf(key: string): string[] {
  const u = UNITS.find((x) => x.key === key);
  if (!u) return [];
  return [u.name, u.shortName, u.name.replace(/^省应急管理厅/, '')].filter((s): s is string => s !== null);
}
const labelToKey = new Map<string, string>();
for (const u of UNITS) for (const l of labelsOf(u.key)) labelToKey.set(l, u.key);
const unitOfLabel = (label: string): string | undefined =>
  labelToKey.get(label) ?? labelToKey.get(label.replace(/^厅/, ''));

/** Rows of an attachment table: blocks separated by blank lines, first cell a tab-indented number. */
function tableRows(text: string, from: string, to: string): string[][] {
  const section = text.slice(text.lastIndexOf(from), text.lastIndexOf(to));
  return section
    .split(/\n\n+/)
    .map((block) => block.split('\n').map((line) => line.replace(/^\t/, '')))
    .filter((cells) => /^\d+$/.test(cells[0] ?? ''));
}
const splitCell = (cell: string): string[] =>
  cell
    .split(/[、，\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

describe('program seed data', () => {
  it('describes the programme and its demo date', () => {
    expect(PROGRAM).toEqual({
      name: '浙江省应急管理“十四五”规划编制',
      startsOn: '2019-05-01',
      endsOn: '2021-10-31',
      asOf: '2020-11-16',
    });
  });

  it('uses real YYYY-MM-DD dates everywhere', () => {
    const dates = [
      PROGRAM.startsOn,
      PROGRAM.endsOn,
      PROGRAM.asOf,
      ...PHASES.flatMap((p) => [p.startsOn, p.endsOn]),
      ...tracked.flatMap((t) => [t.dueOn, ...(t.completedOn ? [t.completedOn] : [])]),
    ];
    for (const d of dates) expect(isRealDate(d), d).toBe(true);
  });

  describe('units', () => {
    it('has unique ASCII keys, unique names and unambiguous labels', () => {
      expect(unitKeys.size).toBe(UNITS.length);
      for (const u of UNITS) expect(u.key).toMatch(/^[a-z][a-z0-9]*$/);
      expect(new Set(UNITS.map((u) => u.name)).size).toBe(UNITS.length);
      const all = UNITS.flatMap((u) => [...new Set(labelsOf(u.key))]);
      expect(new Set(all).size).toBe(all.length);
    });

    it('has the keys other code depends on, with the right units', () => {
      const expected: Record<string, string> = {
        guicai: '规财处',
        kexin: '科信处',
        jiuyuan: '应急救援处',
        jianzai: '减灾救灾处',
        ankeyuan: '省安科院',
        zhihui: '应急指挥中心',
        fagaiwei: '省发改委',
      };
      for (const [key, label] of Object.entries(expected)) {
        expect(labelsOf(key), key).toContain(label);
      }
      // The document calls 减灾救灾处 also 减灾处; both must resolve to one unit.
      expect(unitOfLabel('减灾处')).toBe('jianzai');
      expect(unitOfLabel('指挥中心')).toBe('zhihui');
    });

    it('counts 16 divisions and 5 affiliated bodies', () => {
      expect(UNITS.filter((u) => u.kind === 'DIVISION')).toHaveLength(16);
      expect(UNITS.filter((u) => u.kind === 'AFFILIATED')).toHaveLength(5);
    });

    it('every referenced unit key exists', () => {
      const refs: [string, string][] = [
        ...PLANS.flatMap((p) => [p.leadUnit, ...p.coUnits].map((k): [string, string] => [p.key, k])),
        ...TOPICS.flatMap((t) => [t.leadUnit, ...t.coUnits].map((k): [string, string] => [`topic ${t.number}`, k])),
        ...allMilestones
          .filter((m) => m.ownerUnit !== null)
          .map((m): [string, string] => [m.title, m.ownerUnit as string]),
        ...PEOPLE.filter((p) => p.unit !== null).map((p): [string, string] => [p.name, p.unit as string]),
      ];
      for (const [where, key] of refs) expect(unitKeys.has(key), `${where} -> ${key}`).toBe(true);
    });

    it('has no duplicate co-operating units and no unit co-operating with itself', () => {
      for (const x of [...PLANS, ...TOPICS]) {
        expect(new Set(x.coUnits).size).toBe(x.coUnits.length);
        expect(x.coUnits).not.toContain(x.leadUnit);
      }
    });
  });

  describe('plans', () => {
    it('has the five “1+X” plans in order with exactly one master', () => {
      expect(PLANS.map((p) => p.key)).toEqual(['master', 'tech', 'info', 'rescue', 'supplies']);
      const masters = PLANS.filter((p) => p.kind === 'MASTER');
      expect(masters).toHaveLength(1);
      expect(masters[0]?.key).toBe('master');
      expect(masters[0]?.stage).toBe('CONSULTATION');
      for (const p of PLANS) {
        expect(p.title).toContain('“十四五”规划');
        if (p.kind === 'SPECIAL') expect(['FRAMEWORK', 'CONSULTATION']).toContain(p.stage);
      }
    });

    it('maps leads, co-operating units and notes as in 附件1', () => {
      const byKey = Object.fromEntries(PLANS.map((p) => [p.key, p]));
      expect(byKey.master).toMatchObject({
        leadUnit: 'guicai',
        coUnits: ['shengzhengfu'],
        issuance: '争取以省政府文件印发',
      });
      expect(byKey.tech).toMatchObject({ leadUnit: 'kexin', coUnits: ['ankeyuan'], issuance: '拟以部门文件印发' });
      expect(byKey.info).toMatchObject({ leadUnit: 'kexin', coUnits: ['zhihui', 'shuzi'], issuance: null });
      expect(byKey.rescue).toMatchObject({ leadUnit: 'jiuyuan', coUnits: ['ankeyuan'], issuance: null });
      expect(byKey.supplies).toMatchObject({ leadUnit: 'jianzai', coUnits: [], issuance: null });
    });

    it.skipIf(SOURCE === null)('matches 附件1 of the source document', () => {
      const rows = tableRows(SOURCE as string, '附件1', '附件2');
      expect(rows).toHaveLength(PLANS.length);
      rows.forEach((cells, i) => {
        const plan = PLANS[i];
        const [num, title, lead, co = '', note = ''] = cells;
        expect(num).toBe(String(i + 1));
        expect(plan?.title).toBe(title);
        expect(plan?.leadUnit).toBe(unitOfLabel(lead ?? ''));
        expect(plan?.coUnits).toEqual(splitCell(co).map((l) => unitOfLabel(l)));
        expect(plan?.issuance).toBe(note.trim() === '' ? null : note.trim());
      });
    });
  });

  describe('topics', () => {
    it('has 22 topics numbered 1..22 in order, with content, due 2019-11-30', () => {
      expect(TOPICS).toHaveLength(22);
      TOPICS.forEach((t, i) => {
        expect(t.number).toBe(i + 1);
        expect(t.title.trim()).not.toBe('');
        expect(t.content.trim()).not.toBe('');
        expect(t.dueOn).toBe('2019-11-30');
      });
    });

    it('all are done by the demo date, one or two of them late', () => {
      for (const t of TOPICS) expect(t.status).toBe('DONE');
      const late = TOPICS.filter((t) => t.completedOn !== null && t.completedOn > t.dueOn);
      expect(late.length).toBeGreaterThanOrEqual(1);
      expect(late.length).toBeLessThanOrEqual(2);
      for (const t of late) expect(t.completedOn?.startsWith('2019-12')).toBe(true);
    });

    it.skipIf(SOURCE === null)('matches 附件2 of the source document verbatim', () => {
      const rows = tableRows(SOURCE as string, '附件2', '附件3');
      expect(rows).toHaveLength(22);
      rows.forEach((cells, i) => {
        const topic = TOPICS[i] as SeedTopic;
        const [num, title, content, lead, ...coLines] = cells;
        expect(num).toBe(String(topic.number));
        expect(topic.title).toBe(title);
        expect(topic.content).toBe(content);
        expect(topic.leadUnit, `topic ${num} lead`).toBe(unitOfLabel(lead ?? ''));

        const segments = splitCell(coLines.join('\n'));
        const mapped = segments.map(unitOfLabel).filter((k): k is string => k !== undefined);
        const others = segments.filter((s) => unitOfLabel(s) === undefined);
        // Every unit the document names is mapped, in the document's order.
        expect(
          topic.coUnits.filter((k) => mapped.includes(k)),
          `topic ${num} co`,
        ).toEqual(mapped);
        // Every non-unit co-operator is kept verbatim.
        expect(topic.otherCoOperators ?? [], `topic ${num} others`).toEqual(others);
        // Any extra unit must come from a non-unit co-operator naming it (e.g. 省安科院党委).
        for (const extra of topic.coUnits.filter((k) => !mapped.includes(k))) {
          expect(
            others.some((o) => labelsOf(extra).some((l) => o.includes(l))),
            `topic ${num} extra ${extra}`,
          ).toBe(true);
        }
      });
    });
  });

  describe('the 省发改委 key topic', () => {
    it('is a research topic numbered after 附件2’s, not a milestone', () => {
      expect(COMMISSION_TOPIC).toMatchObject({
        number: TOPICS.length + 1,
        title: '浙江省“十四五”期间综合应急救援物资与装备储备布点研究',
        leadUnit: 'guicai',
        status: 'DONE',
      });
      expect(COMMISSION_TOPIC.content).toContain('省发改委');
      expect(COMMISSION_TOPIC.coUnits.every((k) => unitKeys.has(k) && k !== COMMISSION_TOPIC.leadUnit)).toBe(true);
      expect(allMilestones.filter((m) => m.title.includes('布点'))).toEqual([]);
    });

    it.skipIf(SOURCE === null)('takes its title from the work plan', () => {
      expect(SOURCE).toContain(`《${COMMISSION_TOPIC.title}》`);
    });
  });

  describe('phases and milestones', () => {
    it('has the four phases with their names and spans', () => {
      expect(PHASES.map((p) => [p.order, p.name, p.startsOn, p.endsOn])).toEqual([
        [1, '前期专题研究', '2019-05-01', '2019-12-31'],
        [2, '形成规划框架', '2020-01-01', '2020-06-30'],
        [3, '规划编制与衔接', '2020-07-01', '2021-06-30'],
        [4, '规划审议报批', '2021-07-01', '2021-10-31'],
      ]);
    });

    it('phases are contiguous, non-overlapping and cover the programme', () => {
      expect(PHASES[0]?.startsOn).toBe(PROGRAM.startsOn);
      expect(PHASES.at(-1)?.endsOn).toBe(PROGRAM.endsOn);
      PHASES.forEach((p, i) => {
        expect(p.startsOn <= p.endsOn).toBe(true);
        const next = PHASES[i + 1];
        if (next) expect(next.startsOn).toBe(nextDay(p.endsOn));
      });
    });

    it('every phase has milestones, each due inside its phase', () => {
      for (const p of PHASES) {
        expect(p.milestones.length).toBeGreaterThan(0);
        for (const m of p.milestones) {
          expect(m.title.trim()).not.toBe('');
          expect(m.dueOn >= p.startsOn && m.dueOn <= p.endsOn, `${p.order}: ${m.title}`).toBe(true);
        }
      }
    });

    it('has exactly one “1+X” framework milestone, in phase 1', () => {
      const hits = PHASES.flatMap((p) =>
        p.milestones.filter((m) => m.title.includes('“1+X”规划框架体系')).map(() => p.order),
      );
      expect(hits).toEqual([1]);
    });

    it('the 22-topic milestone completed when the last topic did', () => {
      const m = PHASES[0]?.milestones.find((x) => x.title.includes('22项'));
      const last = TOPICS.map((t) => t.completedOn ?? '')
        .sort()
        .at(-1);
      expect(m?.status).toBe('DONE');
      expect(m?.completedOn).toBe(last);
    });

    it('statuses reflect the demo date 2020-11-16', () => {
      const [p1, p2, p3, p4] = PHASES;
      for (const m of [...(p1?.milestones ?? []), ...(p2?.milestones ?? [])]) expect(m.status).toBe('DONE');
      for (const m of p3?.milestones ?? []) {
        if (m.dueOn <= '2020-10-31') expect(m.status, m.title).toBe('DONE');
        else if (m.dueOn <= '2020-12-31') expect(m.status, m.title).toBe('IN_PROGRESS');
        else expect(m.status, m.title).toBe('PLANNED');
      }
      for (const m of p4?.milestones ?? []) expect(m.status).toBe('PLANNED');
      // Nothing due before the demo date is left undone.
      for (const m of allMilestones) if (m.dueOn < PROGRAM.asOf) expect(m.status, m.title).toBe('DONE');
    });
  });

  it('a DONE item has a completedOn no later than the demo date; other items have none', () => {
    for (const t of tracked) {
      if (t.status === 'DONE') {
        expect(t.completedOn, t.label).not.toBeNull();
        expect((t.completedOn as string) <= PROGRAM.asOf, t.label).toBe(true);
      } else {
        expect(t.completedOn, t.label).toBeNull();
      }
    }
  });

  describe('people', () => {
    it('has the nine demo accounts with their roles and units', () => {
      const expected: [string, string, string | null][] = [
        ['admin@gongbian.test', 'ADMIN', null],
        ['working@gongbian.test', 'WORKING_GROUP', 'guicai'],
        ['leader@gongbian.test', 'LEADING_GROUP', null],
        ['guicai@gongbian.test', 'UNIT_MEMBER', 'guicai'],
        ['kexin@gongbian.test', 'UNIT_MEMBER', 'kexin'],
        ['jiuyuan@gongbian.test', 'UNIT_MEMBER', 'jiuyuan'],
        ['expert@gongbian.test', 'EXPERT', null],
        ['observer@gongbian.test', 'OBSERVER', null],
        ['liaison@gongbian.test', 'OBSERVER', 'fagaiwei'],
      ];
      for (const [email, role, unit] of expected) {
        const p = PEOPLE.filter((x) => x.email === email);
        expect(p, email).toHaveLength(1);
        expect(p[0]).toMatchObject({ role, unit });
      }
      const emails = PEOPLE.map((p) => p.email).filter((e) => e !== null);
      expect(new Set(emails).size).toBe(emails.length);
      expect(PEOPLE.filter((p) => p.email === null).length).toBeGreaterThanOrEqual(8);
    });

    it('has unique, non-empty names', () => {
      for (const p of PEOPLE) expect(p.name.trim()).not.toBe('');
      expect(new Set(PEOPLE.map((p) => p.name)).size).toBe(PEOPLE.length);
    });

    it('uses none of the officials named in 附件3', () => {
      for (const p of PEOPLE) {
        for (const real of ATTACHMENT3_NAMES) {
          expect(p.name.includes(real), `${p.name} contains ${real}`).toBe(false);
          expect((p.title ?? '').includes(real), `${p.title} contains ${real}`).toBe(false);
        }
      }
    });

    it.skipIf(SOURCE === null)('the 附件3 name list matches the source document', () => {
      const text = SOURCE as string;
      const attachment3 = text.slice(text.lastIndexOf('附件3'));
      for (const name of ATTACHMENT3_NAMES) expect(attachment3, name).toContain(name);
      // And the other way round: every person-like token of 附件3 is in the list, so that the
      // list cannot silently miss a name. Tokens naming units or roles end in one of these.
      const tokens = attachment3
        .split(/[\s：、，。（）]+/)
        .filter((t) => /^[\u4e00-\u9fff]{2,3}$/.test(t))
        .filter((t) => !/[处长员室院队心组单]$/.test(t));
      expect([...new Set(tokens)].sort()).toEqual([...ATTACHMENT3_NAMES].sort());
    });
  });
});
