import { afterEach, describe, expect, it } from 'vitest';
import { createAppRouter } from '../../router';

afterEach(() => {
  localStorage.clear();
});

describe('the public pages’ routes', () => {
  it.each([
    ['/public/tech-2021', 'public-draft'],
    ['/public/tech-2021/summary', 'public-summary'],
  ])('open %s with no session, where a signed-in page sends the reader to sign in', async (path, name) => {
    const router = createAppRouter();
    await router.push(path);
    expect(router.currentRoute.value.name).toBe(name);
    expect(router.currentRoute.value.params.slug).toBe('tech-2021');

    await router.push('/consultations');
    expect(router.currentRoute.value.name).toBe('login');
  });
});
