// Guards the staff areas: without a staff session, the staff login page
// (which comes back here after login).
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';

export function RequireStaff({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const location = useLocation();
  if (!me || me.kind !== 'STAFF') {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <>{children}</>;
}
