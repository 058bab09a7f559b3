import type { Context } from '../../graphql/context.js';
import { readAtLogHead } from '../../graphql/shared-loaders.js';
import type { EventTailer } from '../../realtime/event-log.js';
import { buildDashboard } from './dashboard.service.js';
import type { Dashboard } from './dashboard.types.js';

/**
 * The figures of a programme are the same for every viewer (sealed threads are left out of them
 * for everyone), and they change only with an event of that programme or with the day. So they
 * are computed once per (programme, newest event, day) in this process and shared by every read
 * and every push. Every write appends an event: an entry can never outlive the data it shows.
 */
interface Figures {
  /** Where the tailer stood when this process first read figures. */
  origin: string;
  /** The newest event of each programme the tailer has handed on since. */
  newest: Map<string, string>;
  entries: Map<string, { key: string; dashboard: Promise<Dashboard> }>;
}

// One per server (its tailer): a process may hold several in tests.
const byServer = new WeakMap<EventTailer, Figures>();
function figuresOf(tailer: EventTailer): Figures {
  let figures = byServer.get(tailer);
  if (!figures) {
    const newest = new Map<string, string>();
    figures = { origin: `${tailer.position.position}:${tailer.position.id}`, newest, entries: new Map() };
    byServer.set(tailer, figures);
    tailer.on((e) => newest.set(e.programId, e.cursor));
  }
  return figures;
}

function newestEventOf(tailer: EventTailer, programId: string): string {
  const figures = figuresOf(tailer);
  return figures.newest.get(programId) ?? `before:${figures.origin}`;
}

function figuresAt(ctx: Context, programId: string, event: string): Promise<Dashboard> {
  const { entries } = figuresOf(ctx.tailer);
  const key = `${event}|${ctx.clock.today()}`;
  const hit = entries.get(programId);
  if (hit && hit.key === key) return hit.dashboard;
  const dashboard = buildDashboard(ctx.ds.manager, programId, ctx.clock.today(), ctx.clock.now());
  entries.set(programId, { key, dashboard });
  dashboard.catch(() => {
    if (entries.get(programId)?.dashboard === dashboard) entries.delete(programId);
  });
  return dashboard;
}

/**
 * The figures as a read should see them: after everything committed before it, through any
 * replica (the local tailer catches up with the log's head first, once per request; if it cannot,
 * they are computed afresh rather than served from before).
 */
export async function currentFigures(ctx: Context, programId: string): Promise<Dashboard> {
  if (!(await readAtLogHead(ctx))) {
    return buildDashboard(ctx.ds.manager, programId, ctx.clock.today(), ctx.clock.now());
  }
  return figuresAt(ctx, programId, newestEventOf(ctx.tailer, programId));
}

/** The figures as they stood after the event a push carries (the same entry a read after it finds). */
export function figuresAfter(ctx: Context, programId: string, eventCursor: string): Promise<Dashboard> {
  return figuresAt(ctx, programId, eventCursor);
}
