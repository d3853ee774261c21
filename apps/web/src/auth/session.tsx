import type { Permission, Session } from '@kepu/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, SESSION_EXPIRED, rememberCsrfToken, request } from '../shared/api.js';

interface SessionState {
  session: Session | null;
  loading: boolean;
  /** Why the user is back at sign-in, e.g. the session expired. */
  notice: 'sessionExpired' | 'passwordChanged' | null;
  can: (permission: Permission) => boolean;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: (notice?: SessionState['notice']) => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

async function readSession(): Promise<Session | null> {
  try {
    const { body } = await request<Session>('/auth/me');
    rememberCsrfToken(body.csrfToken);
    return body;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['session'], queryFn: readSession, staleTime: Infinity, retry: false });
  const [notice, setNotice] = useState<SessionState['notice']>(null);

  const clear = useCallback(
    (reason: SessionState['notice']) => {
      rememberCsrfToken(null);
      client.clear();
      client.setQueryData(['session'], null);
      setNotice(reason);
    },
    [client],
  );

  useEffect(() => {
    const expired = () => clear('sessionExpired');
    window.addEventListener(SESSION_EXPIRED, expired);
    return () => window.removeEventListener(SESSION_EXPIRED, expired);
  }, [clear]);

  const value = useMemo<SessionState>(() => {
    const session = query.data ?? null;
    return {
      session,
      loading: query.isPending,
      notice,
      can: (permission) => session?.permissions.includes(permission) ?? false,
      signIn: async (username, password) => {
        const { body } = await request<Session>('/auth/login', { method: 'POST', body: { username, password } });
        rememberCsrfToken(body.csrfToken);
        setNotice(null);
        client.setQueryData(['session'], body);
      },
      signOut: async (reason = null) => {
        await request('/auth/logout', { method: 'POST' }).catch(() => undefined);
        clear(reason);
      },
    };
  }, [query.data, query.isPending, notice, client, clear]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
