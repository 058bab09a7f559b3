import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgramme, PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { type CampaignOptions, DEFAULT_SEED, failed, formatReport, runCampaign } from './campaign.js';
import type { FuzzTarget } from './run.js';
import { FUZZ_SETTINGS, seedFromEnv } from './settings.js';
import { prepareTarget } from './target.js';

// A bounded sample of `pnpm fuzz` (test/fuzz/index.ts), from the same generators and seed.
const seed = seedFromEnv(DEFAULT_SEED);
const HTTP_CASES = 300;
const WS_CASES = 100;

let server: TestServer;
let target: FuzzTarget;

beforeAll(async () => {
  server = await startTestServer({ config: FUZZ_SETTINGS });
  const other = await buildProgramme(server);
  target = await prepareTarget(server.url, { main: 'gongbian.test', other: other.emailDomain }, PASSWORD);
});

afterAll(async () => {
  await server?.stop();
});

async function campaign(kind: CampaignOptions['kind'], runs: number) {
  const report = await runCampaign(target, {
    runs,
    seed,
    kind,
    // Enough to shrink a few failures to something readable, not enough to stall CI.
    shrinkMsPerFailure: 4000,
    shrinkMsTotal: 15_000,
  });
  const replay = `FUZZ_SEED=${seed} FUZZ_KIND=${kind} FUZZ_PATH=<path> pnpm fuzz`;
  return { report, text: formatReport(report, replay) };
}

describe('fuzzing with hostile input', () => {
  it('answers hostile GraphQL over HTTP without a 5xx, an INTERNAL error, a crash or a hang', async () => {
    const { report, text } = await campaign('http', HTTP_CASES);
    expect(failed(report) || report.aborted !== null, text).toBe(false);
    expect(report.executed).toBe(HTTP_CASES);
  }, 240_000);

  it('answers hostile graphql-ws conversations without an INTERNAL error, a crash or a hang', async () => {
    const { report, text } = await campaign('ws', WS_CASES);
    expect(failed(report) || report.aborted !== null, text).toBe(false);
    expect(report.executed).toBe(WS_CASES);
  }, 240_000);
});
