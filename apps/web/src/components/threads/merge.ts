import { diff3Merge } from 'node-diff3';

/** Part of a three-way merge: text both sides agree on, or a place where they disagree. */
export type MergePart = { kind: 'ok'; text: string } | { kind: 'conflict'; base: string; mine: string; theirs: string };

export interface MergeOutcome {
  clean: boolean;
  parts: MergePart[];
  /** the merged text when clean, else null */
  text: string | null;
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * Tokens small enough for Chinese, which has no spaces between words: each Han character or
 * punctuation mark alone, Latin words and numbers whole, whitespace runs whole. node-diff3 splits
 * strings on whitespace only, which would make a whole Chinese sentence one token.
 */
export function tokenize(text: string): string[] {
  return text.match(/(?:(?!\p{Script=Han})[\p{L}\p{N}_])+|\p{Script=Han}|\s+|[^\s]/gu) ?? [];
}

/**
 * Merges two edits of one comment: `base` is the text the person started editing, `mine` what they
 * wrote, `theirs` what the server now holds. Changes to different places combine; changes to the
 * same place come back as conflicts for the person to resolve.
 */
export function mergeTexts(base: string, mine: string, theirs: string): MergeOutcome {
  if (mine === theirs || theirs === base) return { clean: true, parts: [{ kind: 'ok', text: mine }], text: mine };
  if (mine === base) return { clean: true, parts: [{ kind: 'ok', text: theirs }], text: theirs };
  const regions = diff3Merge<string>(tokenize(mine), tokenize(base), tokenize(theirs), {
    excludeFalseConflicts: true,
  });
  const parts: MergePart[] = [];
  for (const region of regions) {
    if (region.ok) {
      const text = region.ok.join('');
      const last = parts.at(-1);
      if (last?.kind === 'ok') last.text += text;
      else if (text) parts.push({ kind: 'ok', text });
    } else if (region.conflict) {
      const { a, o, b } = region.conflict;
      parts.push({ kind: 'conflict', base: o.join(''), mine: a.join(''), theirs: b.join('') });
    }
  }
  const clean = parts.every((p) => p.kind === 'ok');
  return { clean, parts, text: clean ? parts.map((p) => (p.kind === 'ok' ? p.text : '')).join('') : null };
}

/** The text of a merge with each conflict resolved as chosen (in order; unchosen: mine). */
export function resolveMerge(parts: readonly MergePart[], choices: readonly ConflictChoice[]): string {
  let n = 0;
  return parts
    .map((part) => {
      if (part.kind === 'ok') return part.text;
      const choice = choices[n++] ?? 'mine';
      if (choice === 'theirs') return part.theirs;
      if (choice === 'both') return part.theirs + part.mine;
      return part.mine;
    })
    .join('');
}
