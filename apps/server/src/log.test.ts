import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { QueryFailedError } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { configureLogging, logger, withLogScope } from './log.js';

let written: string[] = [];
let restore: (() => void) | undefined;
afterEach(() => restore?.());

function capture(level: 'info' | 'warn' = 'info') {
  written = [];
  restore = configureLogging({ level, destination: { write: (line) => void written.push(line) } });
}
const only = () => {
  expect(written).toHaveLength(1);
  return JSON.parse(written[0] as string);
};

describe('the logger', () => {
  it('writes passwords, tokens, credentials and variables as [redacted], wherever a caller passes them', () => {
    capture();
    logger.info(
      {
        password: 'p1-secret',
        input: { email: 'a@b.test', newPassword: 'p2-secret', currentPassword: 'p3-secret', token: 't1-secret' },
        headers: { authorization: 'Bearer t2-secret', cookie: 'session=t3-secret', 'user-agent': 'curl' },
        variables: { anything: 'v1-secret' },
      },
      'careless',
    );
    expect(written.join('')).not.toMatch(/secret/);
    expect(only()).toMatchObject({
      input: { email: 'a@b.test', newPassword: '[redacted]' },
      headers: { 'user-agent': 'curl' },
    });
  });

  it('logs an error as one line: clipped message, code and stack as fields, never a query’s parameters', () => {
    capture();
    const driverError = Object.assign(new Error(`boom ${'x'.repeat(5000)}`), {
      code: '42P01',
      detail: 'Key (email)=(zhang@x.cn)',
    });
    const err = new QueryFailedError('SELECT * FROM t WHERE email = $1', ['zhang@x.cn'], driverError);
    logger.error({ err }, 'failed');
    expect(written[0]?.indexOf('\n')).toBe((written[0]?.length ?? 0) - 1);
    expect(written.join('')).not.toContain('zhang@x.cn');
    const line = only();
    expect(line.err).toMatchObject({ type: 'QueryFailedError', code: '42P01', stack: expect.stringMatching(/^at /) });
    expect(line.err.message.length).toBeLessThan(300);
  });

  it('tags what is logged inside a request with its id, also after an await', async () => {
    capture();
    await withLogScope({ reqId: 'req-7' }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      logger.warn('inside');
    });
    logger.warn('outside');
    expect(written.map((l) => JSON.parse(l).reqId)).toEqual(['req-7', undefined]);
  });

  it('writes nothing below its level, and nothing at all when silent', () => {
    capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(only()).toMatchObject({ level: 'warn', msg: 'loud' });
    restore?.();
    restore = configureLogging({ level: 'silent' });
    logger.error('nobody hears');
    expect(written).toHaveLength(1);
  });

  it('writes out every line logged before the process exits, also when it exits at once', async () => {
    // Lines are written asynchronously: a process that logs and exits in the same turn (a refused
    // start, a CLI command) must still leave them on stdout.
    const here = path.dirname(fileURLToPath(import.meta.url));
    const script = [
      "const { logger } = await import('./log.ts');",
      "for (let i = 0; i < 2000; i++) logger.info({ i }, 'line');",
      "logger.fatal('last words');",
      'process.exit(3);',
    ].join('\n');
    const run = promisify(execFile);
    const exit = await run('pnpm', ['exec', 'tsx', '--input-type=module', '-e', script], {
      cwd: here,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((err: { code: number; stdout: string }) => err);
    expect((exit as { code?: number }).code).toBe(3);
    const lines = (exit as { stdout: string }).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2001);
    expect(lines.at(-1)).toMatchObject({ level: 'fatal', msg: 'last words' });
  });
});
