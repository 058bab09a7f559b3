import { diff } from './diff.js';
import { arrange, collide, type Hunk, kindOf } from './placement.js';

/** A stretch of the merged sequence: taken as is, or changed differently by both sides. */
export type SequenceRegion<T> = { ok: T[] } | { conflict: { base: T[]; mine: T[]; theirs: T[] } };

function sameElements<T>(left: T[], right: T[]): boolean {
  return left.length === right.length && left.every((element, index) => element === right[index]);
}

/**
 * diff3 over arrays, after Khanna, Kunal and Pierce: colliding hunks of mine and of theirs (see
 * `collide`) form a region; a region changed by one side takes that side, by both sides identically is
 * taken once, by deletions alone loses everything either side deleted, and otherwise is a conflict.
 * The regions are built here rather than by node-diff3's `diff3Merge`, which aligns with its plain LCS
 * (see `diff`), cannot move hunks (see `arrange`), always joins hunks that merely meet, and spreads
 * whole regions into `push`, which overflows the stack on a region of a few hundred thousand elements.
 */
export function mergeSequences<T>(base: T[], mine: T[], theirs: T[], abutting: boolean): SequenceRegion<T>[] {
  // At one position an insertion goes first: it comes before whatever starts there.
  const hunks = arrange(base, mine, theirs, diff(base, mine), diff(base, theirs), abutting).sort(
    (left, right) =>
      left.baseStart - right.baseStart || Number(kindOf(right) === 'insert') - Number(kindOf(left) === 'insert'),
  );

  const regions: SequenceRegion<T>[] = [];
  let stable: T[] = [];
  const keep = (elements: T[]) => {
    for (const element of elements) stable.push(element);
  };
  let done = 0;
  let i = 0;
  while (i < hunks.length) {
    const group = [hunks[i++] as Hunk];
    const start = (group[0] as Hunk).baseStart;
    let end = (group[0] as Hunk).baseEnd;
    for (; i < hunks.length; i++) {
      const hunk = hunks[i] as Hunk;
      if (!group.some((member) => collide(member, hunk, abutting))) break;
      end = Math.max(end, hunk.baseEnd);
      group.push(hunk);
    }
    keep(base.slice(done, start));
    done = end;

    // What each side made of base[start, end): outside its own hunks a side still has the base text.
    const versionOf = (name: Hunk['side'], elements: T[]): T[] | undefined => {
      // A side's hunks are in order, so its first and last bound the part of the region it changed.
      const own = group.filter((hunk) => hunk.side === name);
      const [head, tail] = [own[0], own.at(-1)];
      if (!head || !tail) return undefined;
      return elements.slice(head.sideStart - (head.baseStart - start), tail.sideEnd + (end - tail.baseEnd));
    };
    const mineVersion = versionOf('mine', mine);
    const theirVersion = versionOf('theirs', theirs);
    if (!mineVersion) keep(theirVersion ?? []);
    else if (!theirVersion || sameElements(mineVersion, theirVersion)) keep(mineVersion);
    else if (group.every((hunk) => kindOf(hunk) === 'delete')) {
      // Deletions that overlap or meet: both sides want their part gone, so nothing is left to choose.
      for (let at = start; at < end; at++) {
        if (!group.some((hunk) => hunk.baseStart <= at && at < hunk.baseEnd)) stable.push(base[at] as T);
      }
    } else {
      if (stable.length > 0) regions.push({ ok: stable });
      stable = [];
      regions.push({ conflict: { base: base.slice(start, end), mine: mineVersion, theirs: theirVersion } });
    }
  }
  keep(base.slice(done));
  if (stable.length > 0) regions.push({ ok: stable });
  return regions;
}
