import type { Permission, Session } from '@kepu/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SESSION_EXPIRED, rememberCsrfToken } from './api/client.js';
import { sessionKeys } from './api/keys.js';
import { sessionQuery, signIn, signOut } from './api/session.js';

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

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery(sessionQuery());
  const [notice, setNotice] = useState<SessionState['notice']>(null);

  const clear = useCallback(
    (reason: SessionState['notice']) => {
      rememberCsrfToken(null);
      client.clear();
      client.setQueryData(sessionKeys.current, null);
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
        const session = await signIn({ username, password });
        setNotice(null);
        client.setQueryData(sessionKeys.current, session);
      },
      signOut: async (reason = null) => {
        await signOut().catch(() => undefined);
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
