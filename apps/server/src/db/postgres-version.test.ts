import { describe, expect, it } from 'vitest';
import { MIN_POSTGRES_VERSION_NUM, postgresVersionProblem } from './postgres-version.js';

describe('the PostgreSQL version floor', () => {
  it('accepts 13 and later', () => {
    expect(MIN_POSTGRES_VERSION_NUM).toBe(130000);
    expect(postgresVersionProblem(130000, '13.0')).toBeNull();
    expect(postgresVersionProblem(180004, '18.4')).toBeNull();
  });

  it('refuses 12 and earlier, naming what is needed and what the server is', () => {
    expect(postgresVersionProblem(120017, '12.17')).toBe(
      'PostgreSQL 13 or later is required (xid8, pg_current_xact_id); this server is 12.17.',
    );
    expect(postgresVersionProblem(90624, '9.6.24')).toMatch(/this server is 9\.6\.24\.$/);
  });

  it('refuses a version it cannot read', () => {
    expect(postgresVersionProblem(Number.NaN, 'unknown')).toMatch(/^PostgreSQL 13 or later is required/);
  });
});
