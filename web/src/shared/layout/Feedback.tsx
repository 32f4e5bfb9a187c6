// Messages: errors (role=alert), status (role=status), loading.
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { UserError } from '../api/userErrors';

export function Alert({ children, kind = 'error' }: { children: ReactNode; kind?: 'error' | 'success' | 'info' }) {
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** The message of a failed request, or nothing. */
export function RequestError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return <Alert>{message}</Alert>;
}

/** Problems that name no single field, above a form. */
export function ErrorSummary({ errors, title = '请更正以下问题：' }: { errors: readonly UserError[]; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.code}-${i}`}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}

export function Loading({ label = '正在加载…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
