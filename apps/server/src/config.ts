import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const flag = z
  .enum(['1', '0', 'true', 'false'], { message: 'expected 1 or 0' })
  .transform((v) => v === '1' || v === 'true');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'expected a real calendar date');

const schema = z.object({
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  GONGBIAN_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  GONGBIAN_DEMO: flag.optional(),
  GONGBIAN_DEMO_PASSWORD: z.string().min(6, 'expected at least 6 characters').default('gongbian'),
  GONGBIAN_CLOCK: isoDate.optional(),
  GONGBIAN_PUBLIC_URL: z.string().url('expected an absolute URL such as https://gongbian.example.gov.cn').optional(),
  GONGBIAN_WEB_DIST: z.string().min(1).default(path.join(repoRoot, 'apps/web/dist')),
  GONGBIAN_PRESENCE_TTL_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .min(1)
    .max(300)
    .default(15),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo programme into an empty database. */
  demo: boolean;
  demoPassword: string;
  /** The programme clock's fixed date, when set. */
  clock: string | undefined;
  publicUrl: string | undefined;
  webDist: string;
  /** How long a viewer stays listed after their server process stops renewing them. */
  presenceTtlMs: number;
  nodeEnv: 'development' | 'production' | 'test';
}

export class ConfigError extends Error {}

/** Reads every setting once. A bad value names the variable and what it expects. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([k, v]) => k in schema.shape && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = e.DATABASE_URL === undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.GONGBIAN_DATA_DIR),
    demo: e.GONGBIAN_DEMO ?? embedded,
    demoPassword: e.GONGBIAN_DEMO_PASSWORD,
    // The demo replays the programme as it stood on 2020-11-16 unless a clock is set.
    clock: e.GONGBIAN_CLOCK ?? ((e.GONGBIAN_DEMO ?? embedded) ? '2020-11-16' : undefined),
    publicUrl: e.GONGBIAN_PUBLIC_URL,
    webDist: e.GONGBIAN_WEB_DIST,
    presenceTtlMs: e.GONGBIAN_PRESENCE_TTL_SECONDS * 1000,
    nodeEnv: e.NODE_ENV,
  };
}
