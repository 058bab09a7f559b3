// Dates from the API are calendar days ('YYYY-MM-DD') with no time zone; they are compared as
// day numbers so a browser's zone can never move a deadline by a day.

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/**
 * The day ('YYYY-MM-DD') an instant falls on in China time (UTC+8), where the programme keeps its
 * calendar: a meeting's day, whatever the browser's zone.
 */
export function chinaDay(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The calendar day a date picker's cell stands for (a local midnight Date), as 'YYYY-MM-DD'. */
export function pickerDay(cell: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`;
}

/** '2019-05-01' → '2019-05' */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

const SHORT: Intl.DateTimeFormatOptions = {
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
};
const LONG: Intl.DateTimeFormatOptions = { ...SHORT, year: 'numeric' };

// One formatter per locale and style: making one costs about a millisecond, and a page formats
// dozens of instants as it first renders (issue 11: LCP).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${style} ${locale}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, style === 'short' ? SHORT : LONG);
    formatters.set(key, made);
  }
  return made;
}

/** An instant shown in the reader's zone, short: month-day hour:minute. */
export function formatInstant(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, 'short').format(date);
}

/** An instant with its year, for deadlines and publication times. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, 'long').format(date);
}
