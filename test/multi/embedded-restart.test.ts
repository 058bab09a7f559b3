import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, login, logPosition, ok, present, wsClient } from '#test/support/client.js';
import {
  ProgramActivitySummariesDocument,
  ProgrammeMilestonesDocument,
  SetMilestoneStatusDocument,
} from '#test/support/generated/graphql.js';
import { type ServerProcess, spawnServer } from '#test/support/process.js';
import { postgresProcessesIn } from '../../apps/server/src/db/postmaster.js';
import { isAlive } from '../../apps/server/src/db/process-info.js';

const running: ServerProcess[] = [];
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

async function dataFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-data-'));
  // As root the package runs PostgreSQL as a user of its own, which must reach the folder.
  await fs.chmod(dir, 0o755);
  folders.push(dir);
  return dir;
}

/** The postmaster.pid lines that matter here: the pid (line 1) and the port (line 4). */
async function postmaster(dataDir: string): Promise<{ pid: number; port: number }> {
  const lines = (await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n');
  return { pid: Number.parseInt(lines[0] ?? '', 10), port: Number.parseInt(lines[3] ?? '', 10) };
}

const parentOf = async (pid: number) => {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  return Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
};

/** The tailer's LISTEN connections to the server's database, seen from a connection of our own. */
async function listenConnections(dataDir: string): Promise<number> {
  const password = (await fs.readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
  const { port } = await postmaster(dataDir);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'gongbian', password, database: 'gongbian' });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = 'gongbian' AND application_name = 'gongbian-tailer' AND query LIKE 'LISTEN%'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

async function until(what: string, probe: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  for (const deadline = Date.now() + ms; !(await probe()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Outage {
  /** From the kill to /readyz answering 200 again. */
  ms: number;
  readyzSaid: Set<string>;
  healthzCodes: Set<number>;
}

/**
 * GET once more if a kept-alive connection was closed as the request went out (undici's
 * UND_ERR_SOCKET): the race every HTTP client meets on a reused socket, which browsers settle the
 * same way for a GET. Any other failure, or a second one, is the server not answering.
 */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw e;
    return fetch(url);
  }
}

/** kill -9 of the embedded postmaster; probes both endpoints every 50 ms until /readyz is 200 again. */
async function killPostmaster(server: ServerProcess, dataDir: string): Promise<Outage> {
  const { pid } = await postmaster(dataDir);
  const started = Date.now();
  process.kill(pid, 'SIGKILL');
  const outage: Outage = { ms: 0, readyzSaid: new Set(), healthzCodes: new Set() };
  await until(
    'the database back',
    async () => {
      const [ready, health] = await Promise.all([get(`${server.url}/readyz`), get(`${server.url}/healthz`)]);
      outage.readyzSaid.add(`${ready.status} ${((await ready.json()) as { status: string }).status}`);
      outage.healthzCodes.add(health.status);
      return ready.status === 200 && !(await isAlive(pid)) && outage.readyzSaid.size > 1;
    },
    60_000,
  );
  outage.ms = Date.now() - started;
  return outage;
}

const METRICS_TOKEN = 'restart-metrics-0123456789';

describe('the embedded PostgreSQL, killed under a running server', () => {
  // About 25 s here; three restarts wait 7 s of back-off alone, and a loaded machine doubles the rest.
  it('is restarted with back-off, /readyz says so meanwhile, and an open subscription hears every later write once', {
    timeout: 180_000,
  }, async () => {
    const dataDir = await dataFolder();
    const server = await spawnServer({ GONGBIAN_DATA_DIR: dataDir, GONGBIAN_METRICS_TOKEN: METRICS_TOKEN });
    running.push(server);
    const token = await login(server.url, 'working@gongbian.test', 'gongbian');
    const data = await ok(server.url, ProgrammeMilestonesDocument, {}, token);
    const programme = present(data.programs[0], 'the demo programme');
    const programId = programme.id;
    const milestone = present(programme.phases[3]?.milestones[0], 'a milestone in the fourth phase').id;

    let connections = 0;
    const client = wsClient(server.url, token, { on: { connected: () => connections++ } });
    const from = await logPosition(server.url, token, programId);
    const live = collect(client, ProgramActivitySummariesDocument, { id: programId, after: from });
    const heard = () => live.received.filter((e) => e.programEvents.activity.subjectId === milestone).length;

    const statuses = ['BLOCKED', 'IN_PROGRESS', 'DONE', 'PLANNED'] as const;
    await ok(server.url, SetMilestoneStatusDocument, { id: milestone, s: statuses[0] }, token);
    await until('the first write’s event', () => heard() === 1);

    const outages: Outage[] = [];
    for (const [i, status] of statuses.slice(1).entries()) {
      outages.push(await killPostmaster(server, dataDir));
      await ok(server.url, SetMilestoneStatusDocument, { id: milestone, s: status }, token);
      await until(`the event of the write after restart ${i + 1}`, () => heard() === i + 2);
    }
    console.log(
      `embedded PostgreSQL kill -9 → /readyz 200 again: ${outages.map((o) => `${o.ms} ms`).join(', ')} (back-off 1 s, 2 s, 4 s)`,
    );

    for (const outage of outages) {
      expect([...outage.readyzSaid]).toContain('503 database restarting');
      expect([...outage.healthzCodes]).toEqual([200]);
    }
    // Each death was logged, and each restart waited twice as long as the one before.
    const log = server.output();
    expect(log.match(/exited unexpectedly/g)).toHaveLength(3);
    expect(log.match(/Restarting the embedded PostgreSQL in \d+ ms/g)).toEqual(
      [1000, 2000, 4000].map((ms) => `Restarting the embedded PostgreSQL in ${ms} ms`),
    );
    expect(log.match(/up again after \d+ ms/g)).toHaveLength(3);
    // …and what an operator's dashboard shows of it.
    const metrics = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(metrics).toMatch(/^gongbian_embedded_database_restarts 3$/m);
    expect(metrics).toMatch(/^gongbian_embedded_database_up 1$/m);

    // Every event after `from`, once, in order: what a fresh subscription replays from the same cursor.
    const fresh = wsClient(server.url, token);
    const replay = collect(fresh, ProgramActivitySummariesDocument, { id: programId, after: from });
    await replay.until(live.received.length);
    await new Promise((r) => setTimeout(r, 500));
    const cursors = (s: typeof live) => s.received.map((e) => e.programEvents.cursor);
    expect(cursors(live)).toEqual(cursors(replay));
    expect(new Set(cursors(live)).size).toBe(live.received.length);
    expect(heard()).toBe(statuses.length);
    expect(live.errors).toEqual([]);
    expect(connections).toBe(1);

    // Nothing leaked: one LISTEN connection, one postmaster, and only its own children.
    await until('one LISTEN connection', async () => (await listenConnections(dataDir)) === 1);
    const { pid } = await postmaster(dataDir);
    const processes = await postgresProcessesIn(path.join(dataDir, 'pg'));
    const parents = await Promise.all(processes.map(parentOf));
    expect(processes.filter((_, i) => parents[i] === server.child.pid)).toEqual([pid]);
    expect(parents.filter((p) => p !== server.child.pid && p !== pid)).toEqual([]);

    live.dispose();
    replay.dispose();
    await Promise.all([client.dispose(), fresh.dispose()]);
    expect(await server.stop(), server.output()).toBe(0);
    expect(await postgresProcessesIn(path.join(dataDir, 'pg'))).toEqual([]);
  });
});
