/**
 * The @ picker's logic, apart from the DOM: where the @ being typed starts, who matches it, and
 * the text with the chosen name put in. The server finds a mention as "@" followed by a person's
 * name (thread/mentions.ts: the longest name that starts there), so the picker writes exactly that.
 */

export interface MentionPerson {
  id: string;
  name: string;
  unit: { name: string; shortName: string | null } | null;
}

/** An @ being typed: the @'s offset and what follows it up to the caret. */
export interface MentionQuery {
  at: number;
  query: string;
}

/** Longer than any name: past this the @ is not a mention being typed. */
const MAX_QUERY = 16;

/**
 * The @ the caret is typing after, if any: the nearest @ before the caret with no space or line
 * break between them, at the start of the text or after a character that is not a letter or digit
 * of a Latin word (an e-mail address "a@b" is not a mention; "请@李明" is).
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /[\s@]/.test(query)) return null;
  const prev = at > 0 ? before[at - 1] : '';
  if (prev && /[A-Za-z0-9._%+-]/.test(prev)) return null;
  return { at, query };
}

/**
 * The people matching `query`, best first: a name starting with it, then a name containing it,
 * then a unit's name or short name containing it; within each, in the given order. Case-blind.
 */
export function filterPeople<P extends MentionPerson>(people: readonly P[], query: string, limit = 8): P[] {
  const q = query.trim().toLowerCase();
  if (!q) return people.slice(0, limit);
  const rank = (p: P): number => {
    const name = p.name.toLowerCase();
    if (name.startsWith(q)) return 0;
    if (name.includes(q)) return 1;
    const unit = `${p.unit?.shortName ?? ''} ${p.unit?.name ?? ''}`.toLowerCase();
    return unit.includes(q) ? 2 : -1;
  };
  return people
    .map((p, i) => ({ p, i, r: rank(p) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.p);
}

/** The text with "@query" (up to the caret) replaced by "@name ", and the caret after it. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  const rest = text.slice(caret);
  return { text: text.slice(0, mention.at) + inserted + rest.replace(/^ /, ''), caret: mention.at + inserted.length };
}

/** The highlighted row after an arrow key: down from the last comes back to the first. */
export function moveHighlight(index: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return 0;
  return (index + delta + count) % count;
}

export type PickerKey = 'down' | 'up' | 'pick' | 'close';

/** What a key does while the picker is open (null: the textarea's own); Enter with Ctrl sends. */
export function pickerKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'isComposing'>): PickerKey | null {
  if (event.isComposing || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'Enter':
    case 'Tab':
      return 'pick';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
