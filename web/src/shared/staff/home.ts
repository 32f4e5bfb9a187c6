// Where a staff user goes after logging in (or after binding a second factor).

/** The role's own area: reviewers the desk, admins the console. */
export function homeOf(role: string | undefined | null): string {
  return role === 'REVIEWER' ? '/desk' : '/console';
}

/** ?next= when it is a path of this site (never another origin). */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}
