import { queryOptions } from '@tanstack/react-query';
import { ApiError, fetchJson, rememberCsrfToken, send } from './client.js';
import { sessionKeys } from './keys.js';

// The session is app-wide state (every feature asks what the user may do), so its requests live here.

/** The current session, or null when there is none; remembers its CSRF token for later writes. */
export async function getSession() {
  try {
    const session = await fetchJson('/auth/me', (domain) => domain.SessionResponse);
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(credentials: { username: string; password: string }) {
  const session = await fetchJson('/auth/login', (domain) => domain.SessionResponse, { method: 'POST', body: credentials });
  rememberCsrfToken(session.csrfToken);
  return session;
}

export const signOut = () => send('/auth/logout', { method: 'POST' });

export const sessionQuery = () => queryOptions({ queryKey: sessionKeys.current, queryFn: getSession, staleTime: Infinity, retry: false });
