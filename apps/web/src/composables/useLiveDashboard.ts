import {
  DashboardEventsDocument,
  type DashboardEventsSubscription,
  type DashboardFiguresFragment,
  type DashboardGateFragment,
  DashboardGatesDocument,
  DashboardPageDocument,
  type DashboardPageQuery,
} from '@gongbian/graphql-client';
import { computed, onScopeDispose, type Ref, ref, shallowRef, watch } from 'vue';
import { useApollo } from '../graphql/apollo';
import { useRealtime } from '../graphql/realtime';
import { coalesce } from './coalesce';
import { followLog, type LogFollower } from './followLog';

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

/** At most one push per this many ms: a burst of writes becomes a handful of pushes, each with the newest figures. */
export const COALESCE_MS = 250;
// Nothing is pushed when only the date moves on (what is overdue, where "today" sits on the
// timeline): a wall display left running for days reads the page again now and then.
const REFRESH_MS = 5 * 60_000;

/** Figures with the phase gates replaced by ones read later (those that are known). */
export function withGates(f: DashboardFigures, gates: ReadonlyMap<string, DashboardGateFragment>): DashboardFigures {
  if (!gates.size) return f;
  return { ...f, phases: f.phases.map((p) => ({ ...p, gate: gates.get(p.id) ?? p.gate })) };
}

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
    ...f.threadsByPlan.filter((g) => !plans.has(g.id)).map((g) => g.id),
    ...[...f.threadsByUnit, ...f.topicsByUnit].filter((g) => !units.has(g.id)).map((g) => g.id),
    ...f.reviewScores.filter((r) => !drafts.has(r.draftId)).map((r) => r.draftId),
  ];
}

/**
 * The dashboard of one programme, live. The page query asks for the log position first, then
 * the figures; `programEvents` is followed from that position with `coalesceMs`, and every push
 * carries the whole dashboard, which replaces the figures as they are (no refetch). After a
 * reconnect the subscription resumes from the last cursor it saw (followLog), so a change made
 * while the socket was down still arrives.
 */
export function useLiveDashboard(programId: Ref<string | null | undefined>) {
  const client = useApollo();
  const realtime = useRealtime();
  const context = shallowRef<DashboardContext | null>(null);
  const pushed = shallowRef<DashboardFigures | null>(null);
  // Gates read after the last push, shown instead of the pushed ones. The server works out a
  // connection's gate conditions once and serves them to every later push on that connection
  // (its per-request cache lives as long as the socket), so a pushed gate can be hours old.
  // Remove this (and DashboardGates.graphql) once the server recomputes gates per push.
  const gates = shallowRef(new Map<string, DashboardGateFragment>());
  const figures = computed(() => (pushed.value ? withGates(pushed.value, gates.value) : null));
  const error = shallowRef<unknown>(null);
  const liveError = shallowRef<unknown>(null);
  const loading = ref(false);
  /** pushes applied since the page loaded */
  const pushes = ref(0);
  /** activity ids that arrived live, for the feed to mark as new */
  const fresh = shallowRef(new Set<string>());
  let follower: LogFollower | null = null;
  let generation = 0;
  let refreshTimer: ReturnType<typeof setInterval> | null = null;

  async function read(id: string) {
    const result = await client.query({ query: DashboardPageDocument, variables: { id }, fetchPolicy: 'no-cache' });
    const program = result.data?.program;
    if (!program || !result.data) throw result.error ?? new Error(`programme ${id} not found`);
    return {
      cursor: program.eventCursor,
      figures: program.dashboard,
      context: {
        programId: program.id,
        programName: program.name,
        plans: program.plans,
        units: program.units,
        clock: result.data.clock,
      } satisfies DashboardContext,
    };
  }

  function apply(event: DashboardEvent) {
    const before = pushed.value;
    const next = newerFigures(before, event.dashboard);
    if (next === before) return;
    if (before) {
      const known = new Set(before.recentActivity.map((a) => a.id));
      const arrived = next.recentActivity.filter((a) => !known.has(a.id)).map((a) => a.id);
      if (arrived.length) fresh.value = new Set([...fresh.value, ...arrived]);
    }
    pushed.value = next;
    pushes.value++;
    liveError.value = null;
    freshGates.request();
    const c = context.value;
    if (c && unknownIds(next, c).length) names.request();
  }

  const freshGates = coalesce(async () => {
    const id = programId.value;
    if (!id) return;
    const mine = generation;
    const result = await client.query({ query: DashboardGatesDocument, variables: { id }, fetchPolicy: 'no-cache' });
    const phases = result.data?.program?.phases;
    if (mine !== generation || !phases) return;
    gates.value = new Map(phases.map((p) => [p.id, p.gate]));
  }, 200);

  // Reads names, clock and figures again without touching the subscription.
  const names = coalesce(async () => {
    const id = programId.value;
    if (!id) return;
    const mine = generation;
    const again = await read(id);
    if (mine !== generation) return;
    context.value = again.context;
    const next = newerFigures(pushed.value, again.figures);
    if (next === again.figures) gates.value = new Map();
    pushed.value = next;
  }, 300);

  async function start(id: string) {
    const mine = ++generation;
    loading.value = true;
    try {
      const first = await read(id);
      if (mine !== generation) return;
      context.value = first.context;
      pushed.value = first.figures;
      gates.value = new Map();
      error.value = null;
      follower = followLog(realtime, {
        document: DashboardEventsDocument,
        variables: (after) => ({ programId: id, after, coalesceMs: COALESCE_MS }),
        pick: (data) => data.programEvents,
        after: first.cursor,
        onEvent: apply,
        onError: (e) => {
          liveError.value = e;
        },
      });
      refreshTimer = setInterval(() => names.request(), REFRESH_MS);
    } catch (e) {
      if (mine === generation) error.value = e;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  function stop() {
    generation++;
    follower?.stop();
    follower = null;
    if (refreshTimer !== null) clearInterval(refreshTimer);
    refreshTimer = null;
  }

  /** The result of this person's own change, shown before the push that follows it. */
  function patchGate(phaseId: string, gate: Partial<DashboardGateFragment>) {
    const current = figures.value?.phases.find((p) => p.id === phaseId)?.gate;
    if (!current) return;
    gates.value = new Map(gates.value).set(phaseId, { ...current, ...gate });
  }

  watch(
    programId,
    (id) => {
      stop();
      pushed.value = null;
      gates.value = new Map();
      context.value = null;
      error.value = null;
      if (id) void start(id);
    },
    { immediate: true },
  );
  onScopeDispose(() => {
    stop();
    names.stop();
    freshGates.stop();
  });

  return {
    context,
    figures,
    error,
    liveError,
    loading,
    pushes,
    fresh,
    connection: realtime.state,
    patchGate,
    retry: () => {
      const id = programId.value;
      stop();
      if (id) void start(id);
    },
  };
}

export type LiveDashboard = ReturnType<typeof useLiveDashboard>;
