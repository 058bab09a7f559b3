import {
  DashboardEventsDocument,
  type DashboardEventsSubscription,
  type DashboardFiguresFragment,
  type DashboardGateFragment,
  DashboardPageDocument,
  type DashboardPageQuery,
} from '@gongbian/graphql-client';
import { computed, onScopeDispose, type Ref, ref, shallowRef } from 'vue';
import { useApollo } from '../graphql/apollo';
import { useRealtime } from '../graphql/realtime';
import { logEvents, useLiveQuery } from './useLiveQuery';

export type DashboardFigures = DashboardFiguresFragment;
export type DashboardEvent = DashboardEventsSubscription['programEvents'];
type Program = NonNullable<DashboardPageQuery['program']>;

/** What the figures refer to by id, and the programme clock: read with the figures, refreshed now and then. */
export interface DashboardContext {
  programId: string;
  programName: string;
  plans: Program['plans'];
  units: Program['units'];
  clock: DashboardPageQuery['clock'];
}

interface DashboardData {
  cursor: string;
  figures: DashboardFigures;
  context: DashboardContext;
}

/** At most one push per this many ms: a burst of writes becomes a handful of pushes, each with the newest figures. */
export const COALESCE_MS = 250;
// Nothing is pushed when only the date moves on (what is overdue, where "today" sits on the
// timeline): a wall display left running for days reads the page again now and then.
const REFRESH_MS = 5 * 60_000;

/** The newer of two sets of figures: a late push never replaces figures computed after it. */
export function newerFigures(current: DashboardFigures | null, incoming: DashboardFigures): DashboardFigures {
  if (!current) return incoming;
  return Date.parse(incoming.asOf) >= Date.parse(current.asOf) ? incoming : current;
}

/** Ids the figures mention that the names do not know (a plan, unit or draft added since they were read). */
export function unknownIds(f: DashboardFigures, c: DashboardContext): string[] {
  const plans = new Set(c.plans.map((p) => p.id));
  const units = new Set(c.units.map((u) => u.id));
  const drafts = new Set(c.plans.flatMap((p) => p.drafts.map((d) => d.id)));
  return [
    ...[...f.threadsByPlan, ...f.adoptedNotReflectedByPlan].filter((g) => !plans.has(g.id)).map((g) => g.id),
    ...[...f.threadsByUnit, ...f.topicsByUnit].filter((g) => !units.has(g.id)).map((g) => g.id),
    ...f.reviewScores.filter((r) => !drafts.has(r.draftId)).map((r) => r.draftId),
  ];
}

/**
 * The dashboard of one programme, live. The page query asks for the log position first, then
 * the figures; `programEvents` is followed from that position with `coalesceMs`, and every push
 * carries the whole dashboard, phase gates included, which replaces the figures as they are (no
 * refetch). Names (plans, units, drafts) are read again when a push mentions one not known.
 */
export function useLiveDashboard(programId: Ref<string | null | undefined>) {
  const client = useApollo();
  const realtime = useRealtime();
  /** pushes applied since the page loaded */
  const pushes = ref(0);
  /** activity ids that arrived live, for the feed to mark as new */
  const fresh = shallowRef(new Set<string>());

  const live = useLiveQuery({
    key: () => programId.value,
    load: async (id: string): Promise<DashboardData> => {
      const result = await client.query({ query: DashboardPageDocument, variables: { id }, fetchPolicy: 'no-cache' });
      const program = result.data?.program;
      if (!program || !result.data) throw result.error ?? new Error(`programme ${id} not found`);
      const { plans, units } = program;
      const context = { programId: program.id, programName: program.name, plans, units, clock: result.data.clock };
      return { cursor: program.eventCursor, figures: program.dashboard, context };
    },
    cursorOf: (page) => page.cursor,
    events: (id) =>
      logEvents(
        DashboardEventsDocument,
        (after) => ({ programId: id, after, coalesceMs: COALESCE_MS }),
        (data) => data.programEvents,
      ),
    onEvent: apply,
    // Names, clock and figures read again keep the figures if a push brought newer ones meanwhile.
    merge: (shown, loaded) => ({ ...loaded, figures: newerFigures(shown.figures, loaded.figures) }),
    refetchMs: 300,
  });

  function apply(event: DashboardEvent) {
    const shown = live.data.value;
    if (!shown) return;
    const next = newerFigures(shown.figures, event.dashboard);
    if (next === shown.figures) return;
    const known = new Set(shown.figures.recentActivity.map((a) => a.id));
    const arrived = next.recentActivity.filter((a) => !known.has(a.id)).map((a) => a.id);
    if (arrived.length) fresh.value = new Set([...fresh.value, ...arrived]);
    live.set({ ...shown, figures: next });
    pushes.value++;
    if (unknownIds(next, shown.context).length) void live.refetch();
  }

  const refreshTimer = setInterval(() => void live.refetch(), REFRESH_MS);
  onScopeDispose(() => clearInterval(refreshTimer));

  /** The result of this person's own change, shown before the push that follows it. */
  function patchGate(phaseId: string, gate: Partial<DashboardGateFragment>) {
    const shown = live.data.value;
    if (!shown) return;
    const phases = shown.figures.phases.map((p) => (p.id === phaseId ? { ...p, gate: { ...p.gate, ...gate } } : p));
    live.set({ ...shown, figures: { ...shown.figures, phases } });
  }

  return {
    context: computed(() => live.data.value?.context ?? null),
    figures: computed(() => live.data.value?.figures ?? null),
    error: live.error,
    liveError: live.liveError,
    loading: live.loading,
    pushes,
    fresh,
    connection: realtime.state,
    patchGate,
    retry: live.reload,
  };
}

export type LiveDashboard = ReturnType<typeof useLiveDashboard>;
