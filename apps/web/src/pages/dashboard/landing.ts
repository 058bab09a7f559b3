import { MeDocument } from '@gongbian/graphql-client';
import { print } from 'graphql';
import { getToken } from '../../graphql/session';

// Kept apart from the dashboard's components: the router imports this at start-up, and nothing
// here may pull the charts into the first bundle.

/** Where a person lands after signing in, when not sent somewhere in particular: leaders watch the dashboard. */
export function landingFor(role: string | null | undefined): string | null {
  return role === 'LEADING_GROUP' ? '/dashboard' : null;
}

/** The landing page of whoever just signed in (null: the default page). Asks the server who that is. */
export async function landingAfterLogin(fetchImpl: typeof fetch = fetch): Promise<string | null> {
  const token = getToken();
  if (!token) return null;
  try {
    const response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ operationName: 'Me', query: print(MeDocument) }),
    });
    const body = (await response.json()) as { data?: { me?: { role?: string } | null } };
    return landingFor(body.data?.me?.role);
  } catch {
    return null;
  }
}
