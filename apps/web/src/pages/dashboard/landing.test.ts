import { afterEach, describe, expect, it, vi } from 'vitest';
import { endSession, startSession } from '../../graphql/session';
import { landingAfterLogin, landingFor } from './landing';

const answer = (role: string | null) =>
  vi.fn(async () => new Response(JSON.stringify({ data: { me: role ? { id: 'p1', role } : null } })));

describe('where a person lands after signing in', () => {
  afterEach(() => endSession('logout'));

  it('sends the leading group to the dashboard and everyone else to the default page', () => {
    expect(landingFor('LEADING_GROUP')).toBe('/dashboard');
    for (const role of ['ADMIN', 'WORKING_GROUP', 'UNIT_MEMBER', 'EXPERT', 'OBSERVER', null]) {
      expect(landingFor(role)).toBeNull();
    }
  });

  it('asks the server who signed in, with their token', async () => {
    startSession('token-1');
    const fetchImpl = answer('LEADING_GROUP');
    expect(await landingAfterLogin(fetchImpl as unknown as typeof fetch)).toBe('/dashboard');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer token-1');
    expect(await landingAfterLogin(answer('EXPERT') as unknown as typeof fetch)).toBeNull();
  });

  it('falls back to the default page when the server cannot say', async () => {
    startSession('token-1');
    const failing = vi.fn(async () => {
      throw new TypeError('offline');
    });
    expect(await landingAfterLogin(failing as unknown as typeof fetch)).toBeNull();
  });
});
