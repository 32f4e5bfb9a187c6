// Pages of a logged-in candidate: without a candidate session, the QR login
// (which comes back here); with the privacy notice still to consent to, the notice.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../shared/auth/AuthContext';

export function RequireCandidate({ children, consent = false }: { children: ReactNode; consent?: boolean }) {
  const { me } = useAuth();
  const location = useLocation();
  const here = encodeURIComponent(location.pathname + location.search);
  if (!me || me.kind !== 'CANDIDATE') return <Navigate to={`/candidate-login?next=${here}`} replace />;
  if (consent && me.pendingPrivacyNotice) return <Navigate to={`/privacy?next=${here}`} replace />;
  return <>{children}</>;
}

/** A ?next= value that stays on this site. */
export function safeNext(next: string | null, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
