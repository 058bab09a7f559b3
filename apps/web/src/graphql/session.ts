import { ref } from 'vue';

// The bearer token is the whole session. It lives in localStorage so a reload keeps you signed
// in; anything that finds it invalid calls endSession() and the router takes you to login.
const STORAGE_KEY = 'gongbian.token';

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

const token = ref<string | null>(readStored());
const listeners = new Set<(reason: SessionEndReason) => void>();

export type SessionEndReason = 'logout' | 'expired';

export function getToken(): string | null {
  return token.value;
}

export function startSession(newToken: string): void {
  token.value = newToken;
  try {
    localStorage.setItem(STORAGE_KEY, newToken);
  } catch {
    // Private mode: the session then lasts as long as the tab.
  }
}

export function endSession(reason: SessionEndReason): void {
  if (token.value === null) return;
  token.value = null;
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  for (const listener of listeners) listener(reason);
}

/** Called once per ended session, after the token is gone. */
export function onSessionEnd(listener: (reason: SessionEndReason) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
