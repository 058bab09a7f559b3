const DAY_MS = 86_400_000;

/**
 * Two clocks. The programme clock decides what is due, overdue and current; it can be fixed to a
 * date (the demo replays its own date, tests set any date). The wall clock times sessions and
 * invitations; tests may move it forward, production never does.
 */
export class Clock {
  private fixedDate: string | undefined;
  private wallOffsetMs = 0;

  constructor(fixedDate?: string) {
    this.fixedDate = fixedDate;
  }

  /** Fix the programme clock to a date (YYYY-MM-DD), or let it follow the wall clock again. */
  set(date: string | undefined): void {
    this.fixedDate = date;
  }

  get fixed(): boolean {
    return this.fixedDate !== undefined;
  }

  /** The programme's today, YYYY-MM-DD (UTC+8, where the programme happens). */
  today(): string {
    return this.fixedDate ?? toChinaDate(this.wallNow());
  }

  /** The programme's now: on a fixed clock, that date at the current time of day. */
  now(): Date {
    const wall = this.wallNow();
    if (!this.fixedDate) return wall;
    const msIntoDay = (wall.getTime() + 8 * 3_600_000) % DAY_MS;
    return new Date(Date.parse(`${this.fixedDate}T00:00:00+08:00`) + msIntoDay);
  }

  wallNow(): Date {
    return new Date(Date.now() + this.wallOffsetMs);
  }

  advanceWall(ms: number): void {
    this.wallOffsetMs += ms;
  }
}

export function toChinaDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export const DAY = DAY_MS;
