/**
 * A statement budget per hot mutation (issue 11, item 5): the writes the web app sends most —
 * posting an opinion, replying, deciding it, updating a research topic — each sent over HTTP as
 * the web app sends it (its own .graphql documents, with a clientMutationId), send at most their
 * budget of SQL statements, and no more once the programme holds more threads, replies and
 * decisions. A count, not a time: every statement is a round trip and CPU on the server's core
 * (test/load/writes.bench.ts prints what they cost).
 *
 * Counted: the statements of the server's data source for the request and the doorbell it rings
 * after commit. Not counted: the write limiter's own pool (it counts a share of the limit at a
 * time, so most writes send nothing) and the event tailer's (one read per batch of commits).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefinitionNode, type FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { anchorOn, planLedBy, publish, type TestDraft } from '#test/support/drafts.js';
import { ProgramTopicsDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { repoRoot } from '../../apps/server/src/config.js';
import { queryCounter } from '../../apps/server/src/db/query-counter.js';

/**
 * Each hot mutation's budget, and what it spends it on. BEGIN, the clientMutationId's receipt,
 * the closing statement (the write's events and the receipt's result together) and COMMIT are
 * every write's; then the write's own, and what the answer asks that the write did not return.
 */
const BUDGET: Record<string, { allowed: number; what: string }> = {
  StartThread: {
    allowed: 9,
    what: 'the draft with its plan, newest version and block (1); thread, placement and comment (1); the answer’s units and people (2); the doorbell (1)',
  },
  Reply: {
    allowed: 9,
    what: 'the thread locked with its draft (1); the comment (1); the author’s notice (1); the answer’s author (1); the doorbell (1)',
  },
  DisposeThread: {
    allowed: 11,
    what: 'the thread locked with its draft (1); the decision (1); the author’s notice (1); the answer’s units, people and comments (3); the doorbell (1)',
  },
  UpdateTopic: {
    allowed: 7,
    what: 'the topic changed and returned with its co-units (1); the answer’s units (1); the doorbell (1)',
  },
};

/** A mutation of the web app, printed with the fragments it uses. */
function webMutation(name: string): string {
  const dir = path.join(repoRoot, 'apps/web/src');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
  const definitions: DefinitionNode[] = files.flatMap(
    (f) => parse(readFileSync(path.join(dir, f), 'utf8')).definitions,
  );
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const op = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`the web app sends no mutation ${name}`);
  const used = new Map<string, FragmentDefinitionNode>();
  const pending = [op];
  for (let node = pending.pop(); node; node = pending.pop()) {
    visit(node, {
      FragmentSpread: (s) => {
        const f = fragments.get(s.name.value);
        if (f && !used.has(f.name.value)) {
          used.set(f.name.value, f);
          pending.push(f);
        }
      },
    });
  }
  return [op, ...used.values()].map((d) => print(d)).join('\n\n');
}

let server: TestServer;
let p: Programme;
let draft: TestDraft;
let topics: string[];
let sequence = 0;

/** One mutation, as the web sends it; the data, or a failure naming the errors. */
async function send(name: string, input: Record<string, unknown>, as: 'kexin' | 'working') {
  const r = await gql(
    server.url,
    webMutation(name),
    { input: { ...input, clientMutationId: `budget-${sequence++}` } },
    await p.as(as),
  );
  if (r.errors?.length || !r.data) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.data as Record<string, { thread?: { id: string } }>;
}

/** An opinion with a reply and a decision: what a working day adds, many times over. */
async function openReplyDecide(k: number): Promise<string> {
  const started = await send(
    'StartThread',
    { draftId: draft.id, anchor: k % 2 ? null : anchorOn(draft, '应急物资'), body: `意见 ${k}：建议补充量化指标。` },
    'kexin',
  );
  const threadId = started.startThread?.thread?.id as string;
  await send('Reply', { threadId, body: `已研究 ${k}。` }, 'working');
  await send('DisposeThread', { threadId, status: 'ADOPTED', reason: '' }, 'working');
  await send(
    'UpdateTopic',
    { topicId: topics[k % topics.length], status: 'IN_PROGRESS', progressNote: `进展 ${k}` },
    'working',
  );
  return threadId;
}

/**
 * The statements each hot mutation sends, the least of three (a background chore may land inside
 * one), counted until the event tailer has caught up with the write, so its doorbell is counted.
 */
async function measure(): Promise<Record<string, number>> {
  const counter = queryCounter(server.app.services.ds);
  const counts: Record<string, number[]> = { StartThread: [], Reply: [], DisposeThread: [], UpdateTopic: [] };
  const counted = async (name: string, work: () => Promise<unknown>) => {
    await server.app.services.tailer.catchUp();
    const before = counter.count;
    const r = await work();
    await server.app.services.tailer.catchUp();
    counts[name]?.push(counter.count - before);
    return r;
  };
  for (let i = 0; i < 3; i++) {
    const k = sequence;
    const started = (await counted('StartThread', () =>
      send('StartThread', { draftId: draft.id, anchor: anchorOn(draft, '应急物资'), body: `意见 ${k}` }, 'kexin'),
    )) as Record<string, { thread?: { id: string } }>;
    const threadId = started.startThread?.thread?.id as string;
    await counted('Reply', () => send('Reply', { threadId, body: '已研究。' }, 'working'));
    await counted('DisposeThread', () => send('DisposeThread', { threadId, status: 'ADOPTED', reason: '' }, 'working'));
    await counted('UpdateTopic', () =>
      send('UpdateTopic', { topicId: topics[i], status: 'IN_PROGRESS', progressNote: `进展 ${k}` }, 'working'),
    );
  }
  return Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, Math.min(...n)]));
}

let first: Record<string, number> = {};

beforeAll(async () => {
  // Presence renews on the same data source: rarely, so the counts see the requests' own statements.
  server = await startTestServer({ demo: false, presenceTtlMs: 300_000, config: { writesPerMinute: 600 } });
  p = await buildProgramme(server);
  draft = await publish(server, await p.as('working'), await planLedBy(server, p, '科信处'));
  const { program } = await ok(server.url, ProgramTopicsDocument, { id: p.programId }, await p.as('working'));
  topics = present(program, 'the programme').topics.map((t) => t.id);
  for (let k = 0; k < 3; k++) await openReplyDecide(k);
  first = await measure();
  console.log(`SQL statements per hot mutation: ${JSON.stringify(first)}`);
});

afterAll(async () => {
  await server?.stop();
});

describe('the statement budget of each hot mutation', () => {
  it.each(Object.keys(BUDGET))('sends %s in no more statements than its budget', (name) => {
    const budget = BUDGET[name] as { allowed: number; what: string };
    expect(first[name], budget.what).toBeLessThanOrEqual(budget.allowed);
  });

  it('sends no more statements for any of them once the draft holds ten times the threads, replies and decisions', async () => {
    for (let k = 0; k < 30; k++) await openReplyDecide(k);
    const after = await measure();
    console.log(`…and with thirty more threads: ${JSON.stringify(after)}`);
    const grew = Object.entries(after).filter(([name, n]) => n > (first[name] ?? 0));
    expect(grew.map(([name, n]) => `${name}: ${first[name]} → ${n}`)).toEqual([]);
  });
});
