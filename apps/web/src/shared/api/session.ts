import { queryOptions } from '@tanstack/react-query';
import { answer, api, ApiError, rememberCsrfToken } from './client.js';
import { sessionKeys } from './keys.js';

// The session is app-wide state (every feature asks what the user may do), so its requests live here.

/** The current session, or null when there is none; remembers its CSRF token for later writes. */
export async function getSession() {
  try {
    const session = await answer(api.GET('/api/v1/auth/me'));
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(credentials: { username: string; password: string }) {
  const session = await answer(api.POST('/api/v1/auth/login', { body: credentials }));
  rememberCsrfToken(session.csrfToken);
  return session;
}

export const signOut = () => answer(api.POST('/api/v1/auth/logout'));

export const sessionQuery = () => queryOptions({ queryKey: sessionKeys.current, queryFn: getSession, staleTime: Infinity, retry: false });
