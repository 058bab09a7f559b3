/**
 * `pnpm test:topology`: the production layout (PostgreSQL 15, three replicas, nginx from infra/)
 * under a longer load than the test's sample, printing figures. Exits 1 if any acknowledged write
 * was lost, missed or duplicated. Sizes from the environment (defaults in brackets):
 * TOPOLOGY_SUBSCRIBERS [60] through nginx, TOPOLOGY_DIRECT_SUBSCRIBERS [10] on replica B,
 * TOPOLOGY_WRITERS [2] through nginx besides the direct one, TOPOLOGY_SECONDS [30] of load,
 * TOPOLOGY_KILL_AT_SECONDS [a third in], TOPOLOGY_PACE_MS [0] between one writer's writes;
 * TOPOLOGY_BUILT=1 runs the compiled server (`pnpm build` first) instead of tsx.
 */
import { intFromEnv, stats } from '../load/support.js';
import { problems } from './problems.js';
import { summarize, Topology } from './scenario.js';

const seconds = intFromEnv('TOPOLOGY_SECONDS', 30, 2);
const topology = new Topology({
  subscribers: intFromEnv('TOPOLOGY_SUBSCRIBERS', 60, 1),
  directSubscribers: intFromEnv('TOPOLOGY_DIRECT_SUBSCRIBERS', 10, 1),
  balancedWriters: intFromEnv('TOPOLOGY_WRITERS', 2, 0),
  loadMs: seconds * 1000,
  killAtMs: intFromEnv('TOPOLOGY_KILL_AT_SECONDS', Math.floor(seconds / 3), 0) * 1000,
  paceMs: intFromEnv('TOPOLOGY_PACE_MS', 0, 0),
  built: process.env.TOPOLOGY_BUILT === '1',
  log: (line) => console.log(line),
});

// PostgreSQL runs detached from this terminal: a Ctrl-C must still stop it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the topology`);
    void topology.stop().finally(() => process.exit(130));
  });
}

let code = 1;
try {
  const result = await topology.run();
  for (const line of summarize(result, stats)) console.log(line);
  const found = problems(result);
  for (const p of found) console.error(`FAILED: ${p}`);
  console.log(
    JSON.stringify({
      ...result,
      reconnectMs: stats(result.reconnectMs),
      crossReplicaMs: stats(result.crossReplicaMs),
      throughNginxMs: stats(result.throughNginxMs),
    }),
  );
  code = found.length ? 1 : 0;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  await topology.stop();
}
process.exit(code);
