// 审计日志: the audit log as auditLogs gives it, newest first — national
// admins every entry, region admins their region's (the API decides). Filters
// by action, record id and a date range (days in Beijing time, sent as
// instants: from inclusive, to exclusive); "加载更多" follows the cursor.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, Loading } from '../shared/layout/Feedback';
import { FieldErrors, SelectField, TextField } from '../shared/form/fields';
import { ApiProblem, dateTime, useLoad } from '../shared/staff/kit';
import type { ConsoleAuditLogsQuery as Result } from '../gql/graphql';
import { ConsoleAuditLogsQuery } from './operations';
import { ConsoleStaffUsersQuery } from './staffOperations';
import { useScope } from './scope';

type Entry = NonNullable<NonNullable<NonNullable<Result['auditLogs']['edges']>[number]>['node']>;

const PAGE = 20;

/** Actions the console's own screens cause; any other action the API records can be typed in. */
const COMMON_ACTIONS = [
  'staff.login',
  'staff.login.failed',
  'AdmissionTicket.move',
  'seatplan.run',
  'seatplan.publish',
  'Notice.create',
  'Notice.update',
  'notice.send',
  'RegionPolicy.update',
  'ExamArea.create',
  'ExamSite.create',
  'ExamRoom.create',
  'exports.start',
  'exports.download',
  'stats.report',
  'Application.read',
  'Application.update',
];

interface Filters {
  actorId: string;
  action: string;
  recordId: string;
  fromDay: string;
  toDay: string;
}

const EMPTY: Filters = { actorId: '', action: '', recordId: '', fromDay: '', toDay: '' };

/** 2026-12-02 → the instant that day starts in Beijing time. */
function dayStart(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** 2026-12-02 → the instant the next day starts in Beijing time (the API's to is exclusive). */
function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${next.toISOString().slice(0, 10)}T00:00:00+08:00`;
}

function variables(f: Filters) {
  return {
    first: PAGE,
    actorId: f.actorId || null,
    action: f.action.trim() || null,
    recordId: f.recordId.trim() || null,
    from: f.fromDay ? dayStart(f.fromDay) : null,
    to: f.toDay ? dayAfter(f.toDay) : null,
  };
}

function actor(e: Entry): string {
  if (e.actorKind === 'SYSTEM') return '系统（定时任务）';
  if (e.staff) return `${e.staff.displayName}（${e.staff.username}）`;
  return e.staffID ?? '—';
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A before- or after-image as the API gives it: field = value. */
function Image({ label, image }: { label: string; image: Record<string, unknown> | null | undefined }) {
  const keys = image ? Object.keys(image).sort() : [];
  if (!image || keys.length === 0) return null;
  return (
    <div className="audit-image">
      <p className="audit-image__label">{label}</p>
      <dl className="audit-image__fields">
        {keys.map((k) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{show(image[k])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function nodesOf<T>(c: { edges?: ({ node?: T | null } | null)[] | null }): T[] {
  return (c.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}

export function AuditLogPage() {
  const scope = useScope('open');
  const listId = useId();
  const [form, setForm] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [rangeError, setRangeError] = useState<string | null>(null);
  // The accounts the viewer may see (a region admin's region), for 操作人: the newest 100 (a page's limit).
  const staff = useLoad(async () => nodesOf((await request(ConsoleStaffUsersQuery, { first: 100, where: {} })).staffUsers), []);

  async function load(f: Filters, after: string | null) {
    setLoading(true);
    setFailure(null);
    try {
      const { auditLogs } = await request(ConsoleAuditLogsQuery, { ...variables(f), after });
      const got = (auditLogs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
      setEntries((cur) => (after ? [...cur, ...got] : got));
      setTotal(auditLogs.totalCount);
      setCursor(auditLogs.pageInfo.endCursor ?? null);
      setMore(auditLogs.pageInfo.hasNextPage);
      setApplied(f);
    } catch (e) {
      setFailure(e);
    } finally {
      setLoading(false);
    }
  }

  // The first page, without filters.
  useEffect(() => {
    void load(EMPTY, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (form.fromDay && form.toDay && form.toDay < form.fromDay) {
      setRangeError('截止日期不能早于起始日期');
      return;
    }
    setRangeError(null);
    void load(form, null);
  }

  function onlyRecord(id: string) {
    const next = { ...EMPTY, recordId: id };
    setForm(next);
    setRangeError(null);
    void load(next, null);
  }

  function reset() {
    setForm(EMPTY);
    setRangeError(null);
    void load(EMPTY, null);
  }

  const filtered = !!applied && (applied.actorId || applied.action || applied.recordId || applied.fromDay || applied.toDay);
  const who = scope.national ? '全国所有地区的操作记录' : `${scope.regionName || '本地区'}的操作记录`;

  return (
    <Page title="审计日志" lead={`工作人员的每次写入、对考生档案的查阅、导出，以及系统任务的操作，按时间倒序（北京时间）。此处显示${who}。`}>
      <form className="card" onSubmit={submit} noValidate aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title">筛选</h2>
        <div className="form-grid">
          <div className="field">
            <label className="field__label" htmlFor={`${listId}-action`}>
              操作
            </label>
            <p className="field__hint" id={`${listId}-action-hint`}>
              完整的操作名，如 staff.login、AdmissionTicket.move；留空为全部
            </p>
            <input
              id={`${listId}-action`}
              className="field__control mono"
              type="text"
              list={`${listId}-actions`}
              value={form.action}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${listId}-action-hint`}
              onChange={(e) => setForm({ ...form, action: e.target.value })}
            />
            <datalist id={`${listId}-actions`}>
              {COMMON_ACTIONS.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
          </div>
          <SelectField
            label="操作人"
            value={form.actorId}
            onChange={(v) => setForm({ ...form, actorId: v })}
            options={(staff.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
            placeholder="全部（含系统任务）"
          />
          <TextField label="记录 ID" hint="如报名、准考证或账号的 ID；留空为全部" value={form.recordId} onChange={(v) => setForm({ ...form, recordId: v })} />
          <TextField label="起始日期（北京时间）" type="date" value={form.fromDay} onChange={(v) => setForm({ ...form, fromDay: v })} />
          <div className={`field${rangeError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${listId}-to`}>
              截止日期（北京时间，含当日）
            </label>
            <input
              id={`${listId}-to`}
              className="field__control"
              type="date"
              value={form.toDay}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby={rangeError ? `${listId}-to-error` : undefined}
              onChange={(e) => setForm({ ...form, toDay: e.target.value })}
            />
            <FieldErrors id={`${listId}-to-error`} errors={rangeError ? [rangeError] : undefined} />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={loading}>
            查询
          </button>
          <button type="button" className="button" onClick={reset} disabled={loading}>
            清除筛选
          </button>
        </div>
      </form>

      <ApiProblem error={failure} />
      {loading && entries.length === 0 && <Loading />}
      {applied && (
        <p className="audit-total" role="status">
          {filtered ? '符合条件的记录' : '全部记录'}：共 {total} 条{entries.length < total ? `，已显示 ${entries.length} 条` : ''}
        </p>
      )}
      {applied && entries.length === 0 && !loading && !failure && (
        <Alert kind="info">{filtered ? '没有符合筛选条件的审计记录。请放宽条件后重新查询。' : '暂无审计记录。'}</Alert>
      )}
      {entries.length > 0 && (
        <div className="table-wrap scroll-box audit-table-wrap" tabIndex={0} role="region" aria-label="审计记录（可横向滚动）">
          <table className="data audit-table">
            <caption className="visually-hidden">审计记录，按时间倒序</caption>
            <thead>
              <tr>
                <th scope="col">时间（北京时间）</th>
                <th scope="col">操作人</th>
                <th scope="col">操作</th>
                <th scope="col">记录</th>
                <th scope="col">地区</th>
                <th scope="col">详情</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="audit-table__time">{dateTime(e.createdAt)}</td>
                  <td>{actor(e)}</td>
                  <td className="mono">{e.action}</td>
                  <td>
                    {e.recordType}
                    <br />
                    <span className="audit-id">{e.recordID || '—'}</span>
                    {e.recordID && applied?.recordId !== e.recordID && (
                      <>
                        <br />
                        <button type="button" className="button button--plain button--small" onClick={() => onlyRecord(e.recordID)} disabled={loading}>
                          只看此记录<span className="visually-hidden"> {e.recordID}</span>
                        </button>
                      </>
                    )}
                  </td>
                  <td className="audit-table__nowrap">{e.region?.name ?? '—'}</td>
                  <td className="audit-table__details">
                    <Image label="变更前" image={e.before} />
                    <Image label="变更后" image={e.after} />
                    <p className="muted">
                      请求 <span className="audit-id">{e.requestID || '—'}</span> · IP <span className="audit-id">{e.clientIP || '—'}</span>
                    </p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && applied && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void load(applied, cursor)} disabled={loading}>
            {loading ? '正在加载…' : '加载更多'}
          </button>
        </div>
      )}
    </Page>
  );
}
