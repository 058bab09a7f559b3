import { dayNumber } from '../../utils/dates';

export interface SpanLike {
  id: string;
  startsOn: string;
  endsOn: string;
}

export interface Segment {
  id: string;
  /** percent of the track */
  left: number;
  width: number;
}

export interface TodayMark {
  /** percent of the track, clamped to [0, 100] */
  position: number;
  /** the phase whose span holds today, if any */
  phaseId: string | null;
  /** today lies before the first phase or after the last */
  outside: 'before' | 'after' | null;
}

export interface TimelineLayout {
  segments: Segment[];
  today: TodayMark | null;
  /** 1 January of each year inside the span, for tick marks */
  years: { year: number; position: number }[];
}

/**
 * Places phases on a track proportional to time. A phase runs from the start of its first day
 * to the end of its last (endsOn is inclusive), so adjacent phases touch without a gap.
 */
export function layoutTimeline(phases: readonly SpanLike[], today: string | null): TimelineLayout {
  if (phases.length === 0) return { segments: [], today: null, years: [] };
  const starts = phases.map((p) => dayNumber(p.startsOn));
  const ends = phases.map((p) => dayNumber(p.endsOn) + 1);
  const start = Math.min(...starts);
  const end = Math.max(...ends);
  const length = Math.max(end - start, 1);
  const percent = (day: number) => ((day - start) / length) * 100;

  const segments = phases.map((p, i) => ({
    id: p.id,
    left: percent(starts[i] ?? start),
    width: percent(ends[i] ?? end) - percent(starts[i] ?? start),
  }));

  let todayMark: TodayMark | null = null;
  if (today) {
    const t = dayNumber(today);
    const holder = phases.find((_, i) => (starts[i] ?? 0) <= t && t < (ends[i] ?? 0));
    todayMark = {
      // the middle of the day, so "today" sits inside its phase even on its first day
      position: Math.min(100, Math.max(0, percent(t + 0.5))),
      phaseId: holder?.id ?? null,
      outside: t < start ? 'before' : t >= end ? 'after' : null,
    };
  }

  const years: TimelineLayout['years'] = [];
  const firstYear = new Date(start * 86_400_000).getUTCFullYear() + 1;
  const lastYear = new Date((end - 1) * 86_400_000).getUTCFullYear();
  for (let y = firstYear; y <= lastYear; y++) {
    years.push({ year: y, position: percent(dayNumber(`${y}-01-01`)) });
  }

  return { segments, today: todayMark, years };
}
