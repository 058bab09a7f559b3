/** A piece of a sentence: our words, or data (a name, a title, quoted words) shown as written. */
export interface Segment {
  text: string;
  data: boolean;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

const MARK = '\u0001';

/** Our words as a segment (none for an empty string). */
export const words = (text: string): Segment[] => (text ? [{ text, data: false }] : []);

/**
 * A message with its values filled in, cut where each of `data` (the names of values that are
 * data, or of slots given as segments) goes, so the template can mark that data translate="no":
 * a name or a title is the users' own words, not the interface's, whichever the language.
 */
export function segmentsOf(
  t: Translate,
  key: string,
  values: Record<string, unknown>,
  data: Record<string, Segment[]> | readonly string[],
): Segment[] {
  const slots: Record<string, Segment[]> = Array.isArray(data)
    ? Object.fromEntries(
        (data as readonly string[]).map((name) => [name, [{ text: String(values[name] ?? ''), data: true }]]),
      )
    : (data as Record<string, Segment[]>);
  const marks = Object.fromEntries(Object.keys(slots).map((name) => [name, `${MARK}${name}${MARK}`]));
  return t(key, { ...values, ...marks })
    .split(MARK)
    .flatMap((part, i) => (i % 2 ? (slots[part] ?? []).filter((s) => s.text) : words(part)));
}

/** The sentence as plain text. */
export const plainText = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');
