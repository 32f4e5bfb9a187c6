// Guards the staff areas: without a staff session, the staff login page
// (which comes back here after login). An enrolment session (second factor
// mandatory, none bound) can do nothing but bind one, so it is sent to
// 账户安全 with the page it wanted as ?next=.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';

export function RequireStaff({ children, allowEnrolment = false }: { children: ReactNode; allowEnrolment?: boolean }) {
  const { me } = useAuth();
  const location = useLocation();
  const here = encodeURIComponent(location.pathname + location.search);
  if (!me || me.kind !== 'STAFF') {
    return <Navigate to={`/login?next=${here}`} replace />;
  }
  if (me.totpEnrolmentRequired && !allowEnrolment) {
    return <Navigate to={`/account?next=${here}`} replace />;
  }
  return <>{children}</>;
}
