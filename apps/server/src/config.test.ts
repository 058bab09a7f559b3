import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

const read = (env: Record<string, string>) => () => readConfig(env);

describe('configuration', () => {
  it('defaults to port 4000 on loopback, an embedded database and the demo on its own date (phase 4, 2021-07-20)', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ port: 4000, host: '127.0.0.1', databaseUrl: undefined, demo: true, clock: '2021-07-20' });
  });

  it('turns the demo off by default for an outside database, and lets GONGBIAN_DEMO override', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://db/x' })).toMatchObject({ demo: false, clock: undefined });
    expect(readConfig({ DATABASE_URL: 'postgres://db/x', GONGBIAN_DEMO: '1' }).demo).toBe(true);
    expect(readConfig({ GONGBIAN_DEMO: '0' }).demo).toBe(false);
    expect(readConfig({ GONGBIAN_CLOCK: '2021-03-01' }).clock).toBe('2021-03-01');
  });

  it('sizes the request pool at 10 connections per process unless GONGBIAN_DB_POOL_SIZE says otherwise', () => {
    expect(readConfig({}).dbPoolSize).toBe(10);
    expect(readConfig({ GONGBIAN_DB_POOL_SIZE: '4' }).dbPoolSize).toBe(4);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ GONGBIAN_DEMO: 'yes' }, 'GONGBIAN_DEMO'],
    [{ GONGBIAN_CLOCK: '2020-13-45' }, 'GONGBIAN_CLOCK'],
    [{ GONGBIAN_CLOCK: '16/11/2020' }, 'GONGBIAN_CLOCK'],
    [{ GONGBIAN_PUBLIC_URL: 'gongbian' }, 'GONGBIAN_PUBLIC_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ GONGBIAN_DB_POOL_SIZE: '0' }, 'GONGBIAN_DB_POOL_SIZE'],
    [{ GONGBIAN_METRICS_TOKEN: 'short' }, 'GONGBIAN_METRICS_TOKEN'],
  ])('stops on %o with a message naming %s', (env, name) => {
    expect(read(env)).toThrow(ConfigError);
    expect(read(env)).toThrow(new RegExp(`${name}: `));
  });
});
