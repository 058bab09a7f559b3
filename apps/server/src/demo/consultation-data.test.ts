import { importMarkdown } from '@gongbian/documents';
import { describe, expect, it } from 'vitest';
import {
  PUBLIC_ANSWER,
  PUBLIC_OPINIONS,
  SUPPLIES_AUTHOR,
  SUPPLIES_PLAN,
  SUPPLIES_ROUND,
  SUPPLIES_V1_AT,
  SUPPLIES_V1_MARKDOWN,
  SUPPLIES_V1_TITLE,
} from './consultation-data.js';
import { PEOPLE, PLANS } from './programme-data.js';
import { DEMO_DATE } from './story-data.js';

const V1 = importMarkdown(SUPPLIES_V1_MARKDOWN);
const byKey = new Map(PUBLIC_OPINIONS.map((o) => [o.key, o]));

function occurrences(quote: string): number {
  return V1.reduce((n, b) => n + b.text.split(quote).length - 1, 0);
}

describe('the supplies plan’s 征求意见稿 and its public round (demo data)', () => {
  it('is a special plan’s 征求意见稿 with headings, paragraphs, list items and one indicator table', () => {
    expect(SUPPLIES_V1_TITLE).toContain('征求意见稿');
    expect(V1[0]).toMatchObject({ kind: 'HEADING', level: 1, text: SUPPLIES_V1_TITLE });
    expect(V1.length).toBeGreaterThanOrEqual(25);
    expect(V1.length).toBeLessThanOrEqual(45);
    for (const h of ['一、发展基础', '二、总体要求', '三、主要任务', '四、保障措施']) {
      expect(V1.some((b) => b.kind === 'HEADING' && b.level === 2 && b.text === h)).toBe(true);
    }
    const tables = V1.filter((b) => b.kind === 'TABLE');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.text).toContain('县级应急物资储备库覆盖率');
    expect(PLANS.find((p) => p.key === SUPPLIES_PLAN)?.stage).toBe('CONSULTATION');
  });

  it('is published by a person of the plan’s lead unit', () => {
    const lead = PLANS.find((p) => p.key === SUPPLIES_PLAN)?.leadUnit;
    expect(PEOPLE.find((p) => p.name === SUPPLIES_AUTHOR)?.unit).toBe(lead);
  });

  it('quotes passages that occur exactly once in the draft', () => {
    for (const o of PUBLIC_OPINIONS) if (o.quote) expect(occurrences(o.quote), o.quote).toBe(1);
  });

  it('names senders only as invented people (王某) or generic bodies, with fake contacts', () => {
    for (const o of PUBLIC_OPINIONS) {
      if (o.authorName) expect(o.authorName, o.key).toContain('某');
      if (o.contact) expect(o.contact, o.key).toMatch(/^(\S+@example\.com|1380000\d{4})$/);
    }
  });

  it('runs in order: published, the round opened, opinions sent, then moderated, all before the demo date', () => {
    const day = (t: string) => t.slice(0, 10);
    expect(SUPPLIES_V1_AT < SUPPLIES_ROUND.openedAt).toBe(true);
    expect(day(SUPPLIES_ROUND.openedAt) < SUPPLIES_ROUND.opensOn).toBe(true);
    expect(SUPPLIES_ROUND.opensOn <= DEMO_DATE && DEMO_DATE <= SUPPLIES_ROUND.closesOn).toBe(true);
    for (const o of PUBLIC_OPINIONS) {
      expect(day(o.at) >= SUPPLIES_ROUND.opensOn && day(o.at) < DEMO_DATE, o.key).toBe(true);
      if (o.moderation) expect(o.moderation.at > o.at && day(o.moderation.at) < DEMO_DATE, o.key).toBe(true);
    }
  });

  it('marks duplicates only of earlier opinions that are not duplicates themselves', () => {
    for (const o of PUBLIC_OPINIONS) {
      if (o.moderation?.decision !== 'DUPLICATE') continue;
      const original = byKey.get(o.moderation.of);
      expect(original?.at && original.at < o.at, o.key).toBe(true);
      expect(original?.moderation?.decision).not.toBe('DUPLICATE');
    }
  });

  it('answers an opinion the working group accepted before the answer', () => {
    const answered = byKey.get(PUBLIC_ANSWER.opinion)?.moderation;
    expect(answered?.decision).toBe('ACCEPT');
    expect(answered && answered.at < PUBLIC_ANSWER.reply.at).toBe(true);
    expect(PUBLIC_ANSWER.reply.at < PUBLIC_ANSWER.disposition.at).toBe(true);
  });
});
