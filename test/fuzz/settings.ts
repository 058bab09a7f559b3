/**
 * The server settings a fuzz runs with: production's (introspection off, errors masked) with its
 * operation, payload and socket limits as they ship, but per-person and per-address rate limits
 * raised so thousands of cases from one address keep reaching the resolvers, and sign-in lockouts
 * raised so the fuzz's wrong passwords for demo accounts never lock its own roles out.
 * RATE_LIMITED remains an acceptable outcome.
 */
import type { Config } from '../../apps/server/src/config.js';

export const FUZZ_SETTINGS = {
  nodeEnv: 'production',
  writesPerMinute: 1_000_000,
  anonymousPerMinute: 1_000_000,
  loginAccountFailures: 1_000_000,
  loginAddressFailuresPerDay: 1_000_000,
} as Partial<Config>;

/** FUZZ_SEED, or the default; a failure's report names both the seed and its path. */
export function seedFromEnv(fallback: number): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isInteger(v)) throw new Error(`FUZZ_SEED=${raw}: expected an integer`);
  return v;
}
