// 待审核队列: filters (session, state, overdue, search, order), counts per
// state, deadlines and claims, and bulk approval of the chosen rows.
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import { SelectField, TextField } from '../shared/form/fields';
import type { UserError } from '../shared/api/userErrors';
import { useAuth } from '../shared/auth/AuthContext';
import { ApiProblem, Badge, TextAreaField, dateTime, useLoad } from '../shared/staff/kit';
import type { ApplicationStatus, DeskQueueQuery as DeskQueueResult, ReviewQueueOrder } from '../gql/graphql';
import { DeskBulkApproveMutation, DeskQueueQuery, DeskRegionsQuery, DeskSessionsQuery } from './operations';

type Row = NonNullable<NonNullable<NonNullable<DeskQueueResult['reviewQueue']['edges']>[number]>['node']>;

const PAGE = 20;

const ORDERS = [
  { value: 'NEWEST_FIRST', label: '提交时间（后提交的在前）' },
  { value: 'DEADLINE_FIRST', label: '审核期限（最近的在前）' },
];

const OVERDUE = [
  { value: 'yes', label: '仅已超期' },
  { value: 'no', label: '仅未超期' },
];

export function QueuePage() {
  const { me } = useAuth();
  const national = me?.staff?.role === 'NATIONAL_ADMIN';
  const [params, setParams] = useSearchParams();
  const session = params.get('session') ?? '';
  const status = params.get('status') ?? 'PENDING_REVIEW';
  const overdue = params.get('overdue') ?? '';
  const search = params.get('q') ?? '';
  const order = params.get('order') ?? '';
  const region = params.get('region') ?? '';

  // The form's own copy, applied on 查询.
  const [draft, setDraft] = useState({ session, status, overdue, search, order, region });
  const [extra, setExtra] = useState<Row[]>([]);
  const [cursor, setCursor] = useState<{ next: boolean; end: string | null } | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [bulkErrors, setBulkErrors] = useState<UserError[]>([]);
  const [bulkDone, setBulkDone] = useState<string | null>(null);
  const [bulkFailure, setBulkFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const meta = useLoad(() => request(DeskSessionsQuery), []);
  const regions = useLoad(async () => (national ? (await request(DeskRegionsQuery)).regions : []), [national]);

  const allStatuses = useMemo(
    () => (meta.data?.formChoices.statuses ?? []).map((s) => s.value).filter((v) => v !== 'DRAFT'),
    [meta.data],
  );
  const variables = useMemo(
    () => ({
      first: PAGE,
      filter: {
        sessionCode: session || null,
        regionCode: region || null,
        statuses: (status ? [status] : allStatuses.length ? allStatuses : null) as ApplicationStatus[] | null,
        overdue: overdue === 'yes' ? true : overdue === 'no' ? false : null,
        search: search.trim() || null,
      },
      order: (order || 'OLDEST_FIRST') as ReviewQueueOrder,
      sessionCode: session || null,
      regionCode: region || null,
    }),
    [session, region, status, overdue, search, order, allStatuses],
  );

  const queue = useLoad(async () => {
    const data = await request(DeskQueueQuery, variables);
    setExtra([]);
    setCursor(null);
    setChosen(new Set());
    return data;
  }, [variables]);

  const rows: Row[] = useMemo(() => {
    const first = (queue.data?.reviewQueue.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
    return [...first, ...extra];
  }, [queue.data, extra]);
  const pageInfo = cursor ?? {
    next: queue.data?.reviewQueue.pageInfo.hasNextPage ?? false,
    end: queue.data?.reviewQueue.pageInfo.endCursor ?? null,
  };

  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.session) next.set('session', draft.session);
    next.set('status', draft.status);
    if (draft.overdue) next.set('overdue', draft.overdue);
    if (draft.search.trim()) next.set('q', draft.search.trim());
    if (draft.order) next.set('order', draft.order);
    if (draft.region) next.set('region', draft.region);
    setBulkDone(null);
    setParams(next);
  }

  async function more() {
    if (!pageInfo.end) return;
    const data = await request(DeskQueueQuery, { ...variables, after: pageInfo.end });
    setExtra((prev) => [...prev, ...(data.reviewQueue.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))]);
    setCursor({ next: data.reviewQueue.pageInfo.hasNextPage, end: data.reviewQueue.pageInfo.endCursor ?? null });
  }

  function toggle(id: string, on: boolean) {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const approvable = rows.filter((r) => r.status === 'PENDING_REVIEW' && !(r.claim && !r.claim.mine));
  const allChosen = approvable.length > 0 && approvable.every((r) => chosen.has(r.id));

  async function bulkApprove() {
    const items = rows.filter((r) => chosen.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    if (items.length === 0) return;
    setBusy(true);
    setBulkFailure(null);
    setBulkDone(null);
    try {
      const data = await request(DeskBulkApproveMutation, { items, note: note.trim() || null });
      setBulkErrors(data.bulkApprove.userErrors);
      if (data.bulkApprove.userErrors.length === 0) {
        setBulkDone(`已批量审核通过 ${data.bulkApprove.applications.length} 份报名。`);
        setNote('');
        await queue.reload();
      }
    } catch (err) {
      setBulkFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const sessionOptions = (meta.data?.examSessions ?? []).map((s) => ({ value: s.code, label: `${s.name}（${s.code}）` }));
  const statusOptions = (meta.data?.formChoices.statuses ?? []).filter((s) => s.value !== 'DRAFT');
  const counts = queue.data?.reviewCounts ?? [];

  return (
    <Page title="报名审核" lead="按考试批次、状态和期限筛选本地区的报名，逐份审核或批量审核通过。">
      <form className="card filter-form" onSubmit={apply} aria-label="筛选报名">
        <div className="form-grid">
          <SelectField
            label="考试批次"
            value={draft.session}
            onChange={(v) => setDraft({ ...draft, session: v })}
            options={sessionOptions}
            placeholder="全部批次"
          />
          {national && (
            <SelectField
              label="报名地区"
              value={draft.region}
              onChange={(v) => setDraft({ ...draft, region: v })}
              options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
              placeholder="全部地区"
            />
          )}
          <SelectField
            label="报名状态"
            value={draft.status}
            onChange={(v) => setDraft({ ...draft, status: v })}
            options={statusOptions}
            placeholder="全部状态"
          />
          <SelectField label="审核期限" value={draft.overdue} onChange={(v) => setDraft({ ...draft, overdue: v })} options={OVERDUE} placeholder="全部" />
          <TextField
            label="搜索考生"
            hint="姓名的一部分、完整的证件号码或 16 位准考证号"
            value={draft.search}
            onChange={(v) => setDraft({ ...draft, search: v })}
          />
          <SelectField label="排序" value={draft.order} onChange={(v) => setDraft({ ...draft, order: v })} options={ORDERS} placeholder="提交时间（先提交的在前）" />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            查询
          </button>
        </div>
      </form>

      <ApiProblem error={meta.error} />

      {counts.length > 0 && (
        <section aria-labelledby="counts-title">
          <h2 id="counts-title" className="visually-hidden">
            各状态数量
          </h2>
          <ul className="count-list">
            {counts.map((c) => (
              <li key={c.status} className={`count-list__item${c.status === status ? ' count-list__item--current' : ''}`}>
                <span className="count-list__label">{c.label}</span>
                <span className="count-list__value">{c.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {queue.error ? <ApiProblem error={queue.error} /> : null}
      {queue.loading && !queue.data && <Loading />}
      {bulkDone && <Alert kind="success">{bulkDone}</Alert>}
      <ErrorSummary errors={bulkErrors} title="批量审核未执行（全部或全不通过）：" />
      <ApiProblem error={bulkFailure} />

      {queue.data && (
        <section aria-labelledby="queue-title">
          <h2 id="queue-title">
            报名列表 <span className="muted">（共 {queue.data.reviewQueue.totalCount} 份）</span>
          </h2>
          {rows.length === 0 ? (
            <p>没有符合条件的报名。</p>
          ) : (
            <div className="table-wrap">
              <table className="data queue-table">
                <caption className="visually-hidden">报名列表，选择待审核的报名可批量审核通过</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label="全选可审核的报名"
                        checked={allChosen}
                        disabled={approvable.length === 0}
                        onChange={(e) => setChosen(e.target.checked ? new Set(approvable.map((r) => r.id)) : new Set())}
                      />
                    </th>
                    <th scope="col">姓名</th>
                    <th scope="col">证件号码</th>
                    <th scope="col">报考资格</th>
                    <th scope="col">考区</th>
                    <th scope="col">提交时间</th>
                    <th scope="col">审核期限</th>
                    <th scope="col">状态</th>
                    <th scope="col">审核人</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const can = r.status === 'PENDING_REVIEW' && !(r.claim && !r.claim.mine);
                    return (
                      <tr key={r.id}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`选择 ${r.name}`}
                            checked={chosen.has(r.id)}
                            disabled={!can}
                            onChange={(e) => toggle(r.id, e.target.checked)}
                          />
                        </td>
                        <td>
                          <Link to={`/desk/applications/${encodeURIComponent(r.id)}`}>{r.name}</Link>
                          {r.nonLocal && (
                            <>
                              {' '}
                              <Badge tone="info">外地</Badge>
                            </>
                          )}
                        </td>
                        <td className="mono">{r.idNumberMasked}</td>
                        <td>{r.qualification?.name ?? '—'}</td>
                        <td>{r.area?.name ?? '—'}</td>
                        <td>{dateTime(r.submittedAt)}</td>
                        <td>
                          {dateTime(r.reviewDeadlineAt)}
                          {r.overdue && (
                            <>
                              {' '}
                              <Badge tone="bad">已超期</Badge>
                            </>
                          )}
                        </td>
                        <td>{r.statusLabel}</td>
                        <td>
                          {r.claim ? (
                            <span>
                              {r.claim.mine ? '我' : r.claim.reviewerName}（至 {dateTime(r.claim.expiresAt).slice(-5)}）
                            </span>
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {pageInfo.next && (
            <div className="button-row">
              <button type="button" className="button" onClick={() => void more()}>
                加载更多
              </button>
            </div>
          )}
          {approvable.length > 0 && (
            <div className="card bulk-bar">
              <h3>批量审核通过</h3>
              <p>已选择 {chosen.size} 份。批量审核要么全部通过，要么全部不执行；被其他审核员领取的报名不能选择。</p>
              <TextAreaField label="审核意见（可选）" value={note} onChange={setNote} rows={2} maxLength={500} />
              <div className="button-row">
                <button type="button" className="button button--primary" disabled={busy || chosen.size === 0} onClick={() => void bulkApprove()}>
                  {busy ? '正在提交…' : `批量审核通过（${chosen.size}）`}
                </button>
              </div>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
