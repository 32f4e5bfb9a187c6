// 通知公告: the region's notices (政策文件, 考生须知, 考试计划, 考试安排) —
// publish now or at a set time, edit, withdraw; and 发送通知 to the candidates.
import { useState, type FormEvent } from 'react';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import { SelectField, TextField } from '../shared/form/fields';
import { fieldErrors, otherErrors, type UserError } from '../shared/api/userErrors';
import { ApiProblem, Badge, DateTimeField, TextAreaField, dateTime, fromLocalInput, toLocalInput, useLoad } from '../shared/staff/kit';
import type { ConsoleRegionQuery as RegionResult, NoticeKind } from '../gql/graphql';
import { ConsoleCreateNoticeMutation, ConsoleDisableNoticeMutation, ConsoleRegionQuery, ConsoleUpdateNoticeMutation } from './operations';
import { ScopeBar, useScope } from './scope';
import { SendNoticePanel } from './SendNoticePanel';

type Notice = NonNullable<NonNullable<RegionResult['region']>['notices']>[number];

const KINDS = [
  { value: 'POLICY', label: '政策文件' },
  { value: 'CANDIDATE_GUIDE', label: '考生须知' },
  { value: 'EXAM_PLAN', label: '考试计划' },
  { value: 'EXAM_ARRANGEMENT', label: '考试安排' },
];

interface Draft {
  kind: string;
  title: string;
  body: string;
  session: string;
  publishedAt: string;
}

const EMPTY: Draft = { kind: 'CANDIDATE_GUIDE', title: '', body: '', session: '', publishedAt: '' };

export function NoticesPage() {
  const scope = useScope('open');
  const region = useLoad(async () => (scope.region ? (await request(ConsoleRegionQuery, { code: scope.region })).region : null), [scope.region]);
  const [editing, setEditing] = useState<Notice | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notices = region.data?.notices ?? [];

  function edit(n: Notice | null) {
    setEditing(n);
    setErrors([]);
    setDone(null);
    setDraft(n ? { kind: n.kind, title: n.title, body: n.body, session: n.session?.code ?? '', publishedAt: toLocalInput(n.publishedAt) } : EMPTY);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const publishedAt = draft.publishedAt ? fromLocalInput(draft.publishedAt) : null;
      let errs: UserError[];
      if (editing) {
        const data = await request(ConsoleUpdateNoticeMutation, {
          id: editing.id,
          input: { kind: draft.kind as NoticeKind, title: draft.title, body: draft.body, sessionCode: draft.session || null, ...(publishedAt ? { publishedAt } : {}) },
        });
        errs = data.updateNotice.userErrors;
      } else {
        const data = await request(ConsoleCreateNoticeMutation, {
          regionCode: scope.region,
          input: { kind: draft.kind as NoticeKind, title: draft.title, body: draft.body, sessionCode: draft.session || null, publishedAt },
        });
        errs = data.createNotice.userErrors;
      }
      setErrors(errs);
      if (errs.length === 0) {
        setDone(editing ? '公告已更新。' : '公告已发布。');
        setEditing(null);
        setDraft(EMPTY);
        await region.reload();
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  async function withdraw(n: Notice) {
    if (!window.confirm(`撤下公告“${n.title}”？`)) return;
    setFailure(null);
    try {
      const data = await request(ConsoleDisableNoticeMutation, { id: n.id });
      setErrors(data.disableNotice.userErrors);
      if (data.disableNotice.userErrors.length === 0) {
        setDone('公告已撤下。');
        await region.reload();
      }
    } catch (err) {
      setFailure(err);
    }
  }

  const now = Date.now();
  return (
    <Page title="通知公告" lead="本地区报名页上的政策文件、考生须知、考试计划和考试安排。">
      <ScopeBar scope={scope} withSession={false} />
      {scope.national && !scope.region && <Alert kind="info">请先选择地区。</Alert>}
      {done && <Alert kind="success">{done}</Alert>}
      <ApiProblem error={region.error ?? failure} />
      {region.loading && !region.data && scope.region && <Loading />}
      {region.data && (
        <>
          {notices.length === 0 ? (
            <p>暂无公告。</p>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">类别</th>
                    <th scope="col">标题</th>
                    <th scope="col">适用批次</th>
                    <th scope="col">发布时间</th>
                    <th scope="col">操作</th>
                  </tr>
                </thead>
                <tbody>
                  {notices.map((n) => (
                    <tr key={n.id}>
                      <td>{n.kindLabel}</td>
                      <td>
                        {n.title} {n.disabled && <Badge>已撤下</Badge>}
                        {!n.disabled && Date.parse(n.publishedAt) > now && <Badge tone="warn">定时发布</Badge>}
                      </td>
                      <td>{n.session?.name ?? '全部批次'}</td>
                      <td>{dateTime(n.publishedAt)}</td>
                      <td>
                        <div className="button-row">
                          <button type="button" className="button" onClick={() => edit(n)}>
                            编辑<span className="visually-hidden"> {n.title}</span>
                          </button>
                          {!n.disabled && (
                            <button type="button" className="button button--plain" onClick={() => void withdraw(n)}>
                              撤下<span className="visually-hidden"> {n.title}</span>
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <form onSubmit={submit} noValidate className="card" aria-labelledby="notice-form-title">
            <h2 id="notice-form-title">{editing ? `编辑公告：${editing.title}` : '发布新公告'}</h2>
            <ErrorSummary errors={otherErrors(errors, ['kind', 'title', 'body', 'sessionCode', 'publishedAt'])} />
            <div className="form-grid">
              <SelectField label="类别" value={draft.kind} onChange={(v) => setDraft({ ...draft, kind: v })} options={KINDS} errors={fieldErrors(errors, 'kind')} required />
              <SelectField
                label="适用批次"
                value={draft.session}
                onChange={(v) => setDraft({ ...draft, session: v })}
                options={scope.sessions.map((s) => ({ value: s.code, label: s.name }))}
                placeholder="全部批次"
                errors={fieldErrors(errors, 'sessionCode')}
              />
              <DateTimeField
                label="发布时间（北京时间）"
                hint="留空则立即发布；填写将来的时间则定时发布"
                value={draft.publishedAt}
                onChange={(v) => setDraft({ ...draft, publishedAt: v })}
                errors={fieldErrors(errors, 'publishedAt')}
              />
            </div>
            <TextField label="标题" value={draft.title} onChange={(v) => setDraft({ ...draft, title: v })} errors={fieldErrors(errors, 'title')} required />
            <TextAreaField label="正文" value={draft.body} onChange={(v) => setDraft({ ...draft, body: v })} rows={8} errors={fieldErrors(errors, 'body')} />
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? '正在保存…' : editing ? '保存修改' : '发布'}
              </button>
              {editing && (
                <button type="button" className="button" onClick={() => edit(null)}>
                  取消编辑
                </button>
              )}
            </div>
          </form>

          <SendNoticePanel key={region.data.code} scope={scope} areas={(region.data.areas ?? []).filter((a) => !a.disabled)} />
        </>
      )}
    </Page>
  );
}
