import type { Change } from './diff.js';

/** One side's change, placed in base. */
export interface Hunk extends Change {
  side: 'mine' | 'theirs';
}

export type Kind = 'insert' | 'delete' | 'replace';

export function kindOf(hunk: Hunk): Kind {
  if (hunk.baseStart === hunk.baseEnd) return 'insert';
  return hunk.sideStart === hunk.sideEnd ? 'delete' : 'replace';
}

/**
 * Whether two hunks of different sides must be settled together. Classic diff3 (`abutting` true) also
 * joins hunks that merely meet, with nothing unchanged between them. Otherwise only hunks that overlap
 * join, and two insertions at one point, whose order is a choice. An insertion where the other side's
 * change begins or ends is not a collision: it plainly goes before or after that change.
 */
export function collide(one: Hunk, other: Hunk, abutting: boolean): boolean {
  if (abutting) return one.baseStart <= other.baseEnd && other.baseStart <= one.baseEnd;
  if (kindOf(one) === 'insert' && kindOf(other) === 'insert') return one.baseStart === other.baseStart;
  return one.baseStart < other.baseEnd && other.baseStart < one.baseEnd;
}

/** Whether `hunk` collides with any of `others` (one side's hunks, in order). */
function collisions(hunk: Hunk, others: readonly Hunk[], abutting: boolean): boolean {
  let low = 0;
  let high = others.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((others[middle] as Hunk).baseEnd < hunk.baseStart) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < others.length && (others[i] as Hunk).baseStart <= hunk.baseEnd; i++) {
    if (collide(hunk, others[i] as Hunk, abutting)) return true;
  }
  return false;
}

function shifted(hunk: Hunk, by: number): Hunk {
  return {
    ...hunk,
    baseStart: hunk.baseStart + by,
    baseEnd: hunk.baseEnd + by,
    sideStart: hunk.sideStart + by,
    sideEnd: hunk.sideEnd + by,
  };
}

/**
 * How far a pure insertion or deletion can slide without changing what it does: deleting paragraph 2
 * with the blank line after it is the same edit as deleting the blank line before it with paragraph 2.
 * `previous` and `next` are the side's neighbouring hunks, which it must not run into.
 */
function slideRoom<T>(base: T[], side: T[], hunk: Hunk, previous?: Hunk, next?: Hunk): { up: number; down: number } {
  const kind = kindOf(hunk);
  if (kind === 'replace') return { up: 0, down: 0 };
  // What the hunk removes or adds; sliding by one moves its first element to its end, or back.
  const [moved, from, to] =
    kind === 'delete' ? [base, hunk.baseStart, hunk.baseEnd] : [side, hunk.sideStart, hunk.sideEnd];
  let up = 0;
  while (
    hunk.baseStart - up - 1 >= (previous?.baseEnd ?? 0) &&
    hunk.sideStart - up - 1 >= (previous?.sideEnd ?? 0) &&
    base[hunk.baseStart - up - 1] === moved[to - up - 1]
  ) {
    up++;
  }
  let down = 0;
  while (
    hunk.baseEnd + down < (next?.baseStart ?? base.length) &&
    hunk.sideEnd + down < (next?.sideStart ?? side.length) &&
    base[hunk.baseEnd + down] === moved[from + down]
  ) {
    down++;
  }
  return { up, down };
}

type Side = Hunk['side'];

const OTHER: Record<Side, Side> = { mine: 'theirs', theirs: 'mine' };

/**
 * Where each side's hunks go. The differ places a pure insertion or deletion arbitrarily among its
 * equivalent places, and a bad pick makes independent edits collide: deleting paragraph 2 with the
 * blank line after it meets an edit to paragraph 3, where deleting it with the blank line before would
 * not. So the hunks that can move are placed, a cluster of those that can reach one another at a
 * time, where they collide least with the other side's hunks and, of such places, move least.
 *
 * Except where both sides made the same kind of change at the same point: two insertions that can
 * reach a common place must be ordered by a person, and two deletions of the same elements are one.
 * Those are pinned together.
 */
export function arrange<T>(
  base: T[],
  mine: T[],
  theirs: T[],
  myChanges: Change[],
  theirChanges: Change[],
  abutting: boolean,
): Hunk[] {
  const found = {
    mine: myChanges.map((change): Hunk => ({ ...change, side: 'mine' })),
    theirs: theirChanges.map((change): Hunk => ({ ...change, side: 'theirs' })),
  };
  const rooms = {
    mine: found.mine.map((hunk, index) => slideRoom(base, mine, hunk, found.mine[index - 1], found.mine[index + 1])),
    theirs: found.theirs.map((hunk, index) =>
      slideRoom(base, theirs, hunk, found.theirs[index - 1], found.theirs[index + 1]),
    ),
  };
  // For each pinned hunk, the base position it starts at.
  const pins = { mine: new Map<number, number>(), theirs: new Map<number, number>() };
  found.mine.forEach((hunk, index) => {
    const room = rooms.mine[index] as { up: number; down: number };
    const kind = kindOf(hunk);
    if (kind === 'replace') return;
    const [low, high] = [hunk.baseStart - room.up, hunk.baseStart + room.down];
    found.theirs.forEach((other, at) => {
      const otherRoom = rooms.theirs[at] as { up: number; down: number };
      if (pins.theirs.has(at) || kindOf(other) !== kind) return;
      const [otherLow, otherHigh] = [other.baseStart - otherRoom.up, other.baseStart + otherRoom.down];
      const meet =
        kind === 'insert'
          ? low <= otherHigh && otherLow <= high
          : low === otherLow && hunk.baseEnd - hunk.baseStart === other.baseEnd - other.baseStart;
      if (!meet || pins.mine.has(index)) return;
      pins.mine.set(index, Math.max(low, otherLow));
      pins.theirs.set(at, Math.max(low, otherLow));
    });
  });

  const placed = { mine: [...found.mine], theirs: [...found.theirs] };
  const pending: Slot[] = [];
  for (const side of ['mine', 'theirs'] as const) {
    placed[side].forEach((hunk, index) => {
      const room = rooms[side][index] as { up: number; down: number };
      const pin = pins[side].get(index);
      if (pin !== undefined) placed[side][index] = shifted(hunk, pin - hunk.baseStart);
      else if (room.up + room.down > 0) pending.push({ side, index, ...room });
    });
  }

  // Hunks that can reach one another are placed together.
  const reach = ({ side, index, up, down }: Slot) => {
    const hunk = found[side][index] as Hunk;
    return [hunk.baseStart - up, hunk.baseEnd + down];
  };
  pending.sort((left, right) => (reach(left)[0] as number) - (reach(right)[0] as number));
  const clusters: Slot[][] = [];
  let reachEnd = Number.NEGATIVE_INFINITY;
  for (const slot of pending) {
    const [from, to] = reach(slot) as [number, number];
    if (from > reachEnd || clusters.length === 0) clusters.push([slot]);
    else clusters.at(-1)?.push(slot);
    reachEnd = Math.max(reachEnd, to);
  }

  const collidesAt = (slot: Slot, hunk: Hunk) => collisions(hunk, placed[OTHER[slot.side]], abutting);
  // Same-side hunks must not run into each other, in base or in the side.
  const fits = ({ side, index }: Slot, hunk: Hunk) => {
    const [previous, next] = [placed[side][index - 1], placed[side][index + 1]];
    return (
      (!previous || (previous.baseEnd <= hunk.baseStart && previous.sideEnd <= hunk.sideStart)) &&
      (!next || (hunk.baseEnd <= next.baseStart && hunk.sideEnd <= next.sideStart))
    );
  };
  for (const cluster of clusters) {
    const combinations = cluster.reduce((product, slot) => product * (slot.up + slot.down + 1), 1);
    if (combinations <= MAX_COMBINATIONS) placeTogether(cluster, found, placed, collidesAt, fits);
    else placeOneByOne(cluster, found, placed, collidesAt, fits);
  }
  return [...placed.mine, ...placed.theirs];
}

interface Slot {
  side: Side;
  index: number;
  up: number;
  down: number;
}

type Placed = Record<Side, Hunk[]>;

/** Beyond this many ways to place a cluster, its hunks are placed one at a time instead. */
const MAX_COMBINATIONS = 4096;

/** Every way to place the cluster; the one with the fewest collisions, then the least moving, wins. */
function placeTogether(
  cluster: Slot[],
  found: Placed,
  placed: Placed,
  collidesAt: (slot: Slot, hunk: Hunk) => boolean,
  fits: (slot: Slot, hunk: Hunk) => boolean,
): void {
  let best = { score: Number.POSITIVE_INFINITY, shifts: cluster.map(() => 0) };
  const shifts = cluster.map(() => 0);
  const visit = (depth: number, moved: number) => {
    if (depth === cluster.length) {
      let score = moved;
      cluster.forEach((slot) => {
        if (collidesAt(slot, placed[slot.side][slot.index] as Hunk)) score += 1_000_000;
      });
      if (score < best.score) best = { score, shifts: [...shifts] };
      return;
    }
    const slot = cluster[depth] as Slot;
    const original = found[slot.side][slot.index] as Hunk;
    for (let by = -slot.up; by <= slot.down; by++) {
      const hunk = shifted(original, by);
      placed[slot.side][slot.index] = hunk;
      if (!fits(slot, hunk)) continue;
      shifts[depth] = by;
      visit(depth + 1, moved + Math.abs(by));
    }
    placed[slot.side][slot.index] = original;
  };
  visit(0, 0);
  cluster.forEach((slot, depth) => {
    placed[slot.side][slot.index] = shifted(found[slot.side][slot.index] as Hunk, best.shifts[depth] as number);
  });
}

/** Each hunk in turn to the nearest place clear of the other side as it stands, if there is one. */
function placeOneByOne(
  cluster: Slot[],
  found: Placed,
  placed: Placed,
  collidesAt: (slot: Slot, hunk: Hunk) => boolean,
  fits: (slot: Slot, hunk: Hunk) => boolean,
): void {
  for (const slot of cluster) {
    const original = found[slot.side][slot.index] as Hunk;
    for (let distance = 0; distance <= Math.max(slot.up, slot.down); distance++) {
      const by = [-distance, distance].find((candidate) => {
        if (candidate < -slot.up || candidate > slot.down) return false;
        const hunk = shifted(original, candidate);
        return fits(slot, hunk) && !collidesAt(slot, hunk);
      });
      if (by !== undefined) {
        placed[slot.side][slot.index] = shifted(original, by);
        break;
      }
    }
  }
}
