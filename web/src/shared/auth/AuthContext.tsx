// Who is logged in. The token lives in the API client's memory (api/client.ts);
// this context holds the viewer read with it and the actions that change it.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { request, setToken } from '../api/client';
import { SharedLogoutMutation, SharedMeQuery } from '../api/operations';
import type { SharedMeQuery as SharedMeResult } from '../../gql/graphql';

export type Me = NonNullable<SharedMeResult['me']>;

interface AuthValue {
  me: Me | null;
  /** Starts using a new session token and reads the viewer with it. */
  signIn: (token: string) => Promise<Me | null>;
  /** Reads the viewer again (after consent, for instance). */
  refresh: () => Promise<Me | null>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);

  const refresh = useCallback(async () => {
    const data = await request(SharedMeQuery);
    setMe(data.me ?? null);
    return data.me ?? null;
  }, []);

  const signIn = useCallback(
    async (token: string) => {
      setToken(token);
      try {
        return await refresh();
      } catch (e) {
        setToken(null);
        setMe(null);
        throw e;
      }
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    try {
      await request(SharedLogoutMutation);
    } catch {
      /* the session ends here either way */
    }
    setToken(null);
    setMe(null);
  }, []);

  const value = useMemo(() => ({ me, signIn, refresh, signOut }), [me, signIn, refresh, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
