import { type MergeResult, merge3 } from '@gongbian/merge';
import { computed, ref, shallowRef } from 'vue';
import type { MergeOutcome, MergePart } from '../components/threads/merge';
import { conflictCurrent } from '../graphql/errors';

/** The minutes as the server holds them at one version. */
export interface MinutesSnapshot {
  minutes: string;
  version: number;
}

/** A save the person has to settle: their text and the server's collide where both edited. */
export interface MinutesConflict {
  /** what the server holds now, and its version: the base of the next save */
  theirs: string;
  version: number;
  mine: string;
  /** for the thread's MergeView: the merged text cut into agreed runs and conflicts */
  outcome: MergeOutcome;
}

export interface MinutesEditorOptions {
  initial: MinutesSnapshot;
  /** Saves `minutes` over `expectedVersion`; rejects with CONFLICT (extensions.current) when stale. */
  save: (minutes: string, expectedVersion: number) => Promise<MinutesSnapshot>;
  /** told after a save that had to take in someone else's save first, and did so cleanly */
  onMerged?: (saved: MinutesSnapshot) => void;
}

// A clean merge is saved again at once; someone saving in between each time is not plausible
// more than a few times over, and then the person sees the merge view rather than a loop.
const MAX_MERGED_SAVES = 3;

/** merge3's result in the shape the existing merge view reads: agreed runs and conflicts, in order. */
export function toMergeOutcome(result: MergeResult): MergeOutcome {
  if (result.clean) return { clean: true, parts: [{ kind: 'ok', text: result.text }], text: result.text };
  const parts: MergePart[] = [];
  let at = 0;
  for (const c of [...result.conflicts].sort((a, b) => a.start - b.start)) {
    if (c.start > at) parts.push({ kind: 'ok', text: result.text.slice(at, c.start) });
    parts.push({ kind: 'conflict', base: c.base, mine: c.mine, theirs: c.theirs });
    at = c.end;
  }
  if (at < result.text.length) parts.push({ kind: 'ok', text: result.text.slice(at) });
  return { clean: false, parts, text: null };
}

/**
 * The state of one person's minutes editor, kept against the server's saves:
 *  - `base`/`baseVersion` are the server text the local `text` started from; `dirty` is whether the
 *    person has changed anything since.
 *  - Another save arriving (`receive`) replaces the text in place when the person has no local
 *    changes; otherwise it is held as `newer`, to be merged in on request or on the next save.
 *  - A save that the server refuses as stale (CONFLICT, with the current text) is merged three ways
 *    (base, mine, theirs): a clean merge is saved again at once, with the new version, and reported
 *    through `onMerged`; overlapping edits become `conflict`, for the person to resolve.
 * While a merged text is being saved again the text is `locked`, so nothing typed is lost between
 * the merge and the save.
 */
export function useMinutesEditor(options: MinutesEditorOptions) {
  const base = ref(options.initial.minutes);
  const baseVersion = ref(options.initial.version);
  const text = ref(options.initial.minutes);
  const newer = shallowRef<MinutesSnapshot | null>(null);
  const conflict = shallowRef<MinutesConflict | null>(null);
  const saving = ref(false);
  const locked = ref(false);
  const error = shallowRef<unknown>(null);
  const dirty = computed(() => text.value !== base.value);

  function adopt(snapshot: MinutesSnapshot) {
    if (!dirty.value) text.value = snapshot.minutes;
    base.value = snapshot.minutes;
    baseVersion.value = snapshot.version;
  }

  /** Drops a held newer version once it is no longer newer, or takes it in if nothing is in the way. */
  function settle() {
    const held = newer.value;
    if (!held) return;
    if (held.version <= baseVersion.value) newer.value = null;
    else if (!dirty.value && !saving.value && !conflict.value) {
      adopt(held);
      newer.value = null;
    }
  }

  /** Someone's save (or the echo of one's own), as the live events report it. */
  function receive(snapshot: MinutesSnapshot) {
    if (snapshot.version <= baseVersion.value) return;
    if (snapshot.minutes === text.value && !saving.value) {
      // The same text, e.g. one's own save whose event came before its answer: simply in step.
      adopt(snapshot);
      settle();
      return;
    }
    if (!newer.value || snapshot.version > newer.value.version) newer.value = snapshot;
    settle();
  }

  async function save(): Promise<void> {
    if (saving.value || conflict.value) return;
    saving.value = true;
    error.value = null;
    let sent = text.value;
    let merged = false;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const saved = await options.save(sent, baseVersion.value);
          base.value = saved.minutes;
          baseVersion.value = saved.version;
          // What was typed while the save was under way stays as local changes on top of it.
          if (text.value === sent) text.value = saved.minutes;
          if (merged) options.onMerged?.(saved);
          return;
        } catch (e) {
          const current = conflictCurrent<MinutesSnapshot>(e);
          if (!current) {
            error.value = e;
            return;
          }
          // Merge what is in the editor now, including anything typed since the save was sent.
          const mine = text.value;
          const result = merge3(base.value, mine, current.minutes);
          if (!result.clean || attempt >= MAX_MERGED_SAVES) {
            conflict.value = {
              theirs: current.minutes,
              version: current.version,
              mine,
              outcome: toMergeOutcome(result),
            };
            return;
          }
          base.value = current.minutes;
          baseVersion.value = current.version;
          text.value = result.text;
          sent = result.text;
          merged = true;
          locked.value = true;
        }
      }
    } finally {
      saving.value = false;
      locked.value = false;
      settle();
    }
  }

  /** Takes a held newer version into the local text without saving (a clean merge) or opens the merge view. */
  function mergeNewer() {
    const held = newer.value;
    if (!held || conflict.value) return;
    const result = merge3(base.value, text.value, held.minutes);
    newer.value = null;
    if (result.clean) {
      base.value = held.minutes;
      baseVersion.value = held.version;
      text.value = result.text;
    } else {
      conflict.value = {
        theirs: held.minutes,
        version: held.version,
        mine: text.value,
        outcome: toMergeOutcome(result),
      };
    }
  }

  /** The person's resolution of a conflict: it now stands on the server's text, and is saved. */
  function resolve(resolved: string): Promise<void> {
    const c = conflict.value;
    if (!c) return Promise.resolve();
    base.value = c.theirs;
    baseVersion.value = c.version;
    text.value = resolved;
    conflict.value = null;
    return save();
  }

  /** Gives up the local changes for the server's text. */
  function discard() {
    const c = conflict.value;
    if (c) {
      base.value = c.theirs;
      baseVersion.value = c.version;
      conflict.value = null;
    }
    text.value = base.value;
    settle();
  }

  return {
    text,
    base,
    baseVersion,
    dirty,
    newer,
    conflict,
    saving,
    locked,
    error,
    receive,
    save,
    mergeNewer,
    resolve,
    discard,
  };
}
