/**
 * The server a campaign fuzzes: its URL, its schema, a signed-in token per demo role, and ids and
 * cursors that exist on it (so generated documents reach resolvers, not only validation).
 */
import type { GraphQLSchema } from 'graphql';
import { ROLES } from './cases.js';
import { loadSchema } from './documents.js';
import type { FuzzTarget } from './run.js';

/** The fuzzer speaks text: its documents are generated, and its few fixed ones say what they expect back. */
async function post<T = unknown>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T | null; errors?: { message: string }[] };
}

async function login(url: string, email: string, password: string): Promise<string | null> {
  const r = await post<{ login: { token: string } | null }>(
    url,
    'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }',
    {
      e: email,
      p: password,
    },
  );
  return r.data?.login?.token ?? null;
}

// Everything a demo role can list, as ids and cursors; errors leave the rest of the answer usable.
const INVENTORY = `{
  me { id }
  notifications(first: 20) { id subjectId }
  myReviewAssignments { id }
  programs {
    id eventCursor
    units { id } people { id } topics { id }
    phases { id milestones { id } }
    plans { id drafts { id blocks { id } reviewAssignments { id }
      threads(first: 30) { pageInfo { endCursor } edges { cursor node { id comments { id } } } } } }
    meetings(first: 20) { pageInfo { endCursor } edges { cursor node { id actionItems { id } } } }
  }
}`;

/** Ids (keys `id` and `…Id`) and cursors in an answer, in document order, ten per list at most. */
function harvest(value: unknown, ids: Set<string>, cursors: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 10)) harvest(v, ids, cursors);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string') {
        if (k === 'id' || k.endsWith('Id')) ids.add(v);
        else if (k === 'cursor' || k.endsWith('Cursor')) cursors.add(v);
      } else harvest(v, ids, cursors);
    }
  }
}

/**
 * Signs in every role (`role@main`, and `other:role` as `role@other`) and reads what exists.
 * A role that cannot sign in (rate-limited, say) fuzzes as anonymous.
 */
export async function prepareTarget(
  url: string,
  domains: { main: string; other: string },
  password: string,
  schema: GraphQLSchema = loadSchema(),
): Promise<FuzzTarget & { missingRoles: string[]; canPoke: boolean }> {
  const emailOf = (role: string) =>
    role.startsWith('other:') ? `${role.slice('other:'.length)}@${domains.other}` : `${role}@${domains.main}`;
  const tokens = new Map<string, string>();
  const missingRoles: string[] = [];
  for (const role of ROLES) {
    const token = await login(url, emailOf(role), password).catch(() => null);
    if (token) tokens.set(role, token);
    else missingRoles.push(role);
  }
  const ids = new Set<string>();
  const cursors = new Set<string>();
  for (const role of ['admin', 'working', 'expert', 'other:working']) {
    const token = tokens.get(role);
    if (!token) continue;
    const r = await post(url, INVENTORY, {}, token).catch(() => null);
    harvest(r?.data, ids, cursors);
  }
  // A thread the working group can reply to: each poke is one real event for the subscribers.
  const working = tokens.get('working');
  const threads = working
    ? await post<{
        programs: { plans: { currentDraft: { threads: { edges: { node: { id: string } }[] } } | null }[] }[];
      }>(url, '{ programs { plans { currentDraft { threads(first: 1) { edges { node { id } } } } } } }', {}, working)
    : null;
  const pokeThread: string | undefined = threads?.data?.programs
    .flatMap((p) => p.plans)
    .map((p) => p.currentDraft?.threads.edges[0]?.node.id)
    .find(Boolean);
  return {
    url,
    schema,
    ids: [...ids],
    cursors: [...cursors],
    tokens,
    missingRoles,
    canPoke: pokeThread !== undefined,
    async refreshSessions() {
      for (const role of ROLES) {
        const token = tokens.get(role);
        const me = token
          ? await post<{ me: { id: string } | null }>(url, '{ me { id } }', {}, token).catch(() => null)
          : null;
        if (me?.data?.me?.id) continue;
        const fresh = await login(url, emailOf(role), password).catch(() => null);
        if (fresh) tokens.set(role, fresh);
      }
    },
    async poke() {
      const token = tokens.get('working');
      if (!token || !pokeThread) return;
      await post(
        url,
        'mutation($t: ID!) { reply(input: { threadId: $t, body: "fuzz: an event for the subscribers" }) { comment { id } } }',
        { t: pokeThread },
        token,
      );
    },
  };
}
