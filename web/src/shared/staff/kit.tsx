// Pieces the two staff areas (desk, console) share: loading data with a
// request, showing a failed request (FORBIDDEN and NOT_FOUND in plain words),
// formatting fen, instants in Asia/Shanghai, and the few controls the shared
// fields do not have (date-time, multi-line text).
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { Alert } from '../layout/Feedback';
import { FieldErrors } from '../form/fields';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs load() when deps change (and on reload()); keeps the last data while reloading. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const next = await run();
      if (mine === seq.current) {
        setData(next);
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current) setError(e);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

/** Calls fn every ms milliseconds while active. */
export function usePoll(active: boolean, ms: number, fn: () => void): void {
  const saved = useRef(fn);
  saved.current = fn;
  useEffect(() => {
    if (!active) return undefined;
    const t = setInterval(() => saved.current(), ms);
    return () => clearInterval(t);
  }, [active, ms]);
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** A failed request: FORBIDDEN / NOT_FOUND / UNAUTHENTICATED said plainly, anything else with its message. */
export function ApiProblem({ error }: { error: unknown }) {
  if (!error) return null;
  const code = errorCode(error);
  if (code === 'FORBIDDEN') {
    return (
      <Alert>
        <p className="alert__title">无权访问</p>
        <p>您的账号没有权限查看或办理此项内容（权限按角色和所属地区划分）。如需办理，请联系上级管理员。</p>
      </Alert>
    );
  }
  if (code === 'NOT_FOUND') {
    return <Alert>未找到该记录，或它不属于您所在的地区。</Alert>;
  }
  if (code === 'UNAUTHENTICATED') {
    return (
      <Alert>
        登录已过期，请<Link to="/login">重新登录</Link>。
      </Alert>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return <Alert>{message}</Alert>;
}

const fenFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 6000 → ¥60.00 */
export function yuan(fen: number | null | undefined): string {
  if (fen == null) return '—';
  return `¥${fenFormat.format(fen / 100)}`;
}

/** "60" or "60.5" → 6000 / 6050; null when not a number of yuan with at most two decimals. */
export function parseYuan(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(parseFloat(t) * 100);
}

export function fenToYuanText(fen: number | null | undefined): string {
  if (fen == null) return '';
  return (fen / 100).toFixed(2);
}

const dtFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as 2026/12/02 10:30 (Beijing time). */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dtFormat.format(d);
}

const localParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as the value of <input type="datetime-local"> in Beijing time: 2026-12-02T10:30. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return localParts.format(d).replace(' ', 'T');
}

/** The value of a datetime-local input (Beijing time) as an RFC 3339 instant. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  return `${value.slice(0, 16)}:00+08:00`;
}

export const LEVEL_LABELS: Record<string, string> = { JUNIOR: '初级', INTERMEDIATE: '中级', SENIOR: '高级' };
export const LEVELS = ['JUNIOR', 'INTERMEDIATE', 'SENIOR'] as const;

interface DateTimeFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
}

/** A date and time in Beijing time (value as toLocalInput gives it). */
export function DateTimeField({ label, value, onChange, hint, errors, required }: DateTimeFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> （必填）</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        className="field__control"
        type="datetime-local"
        value={value}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

interface TextAreaFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: readonly string[];
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

export function TextAreaField({ label, value, onChange, hint, errors, rows = 4, maxLength, required }: TextAreaFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> （必填）</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="field__control field__control--textarea"
        value={value}
        rows={rows}
        maxLength={maxLength}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A small status badge; tone picks its colour class. */
export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'warn' | 'ok' | 'bad' | 'info' }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
