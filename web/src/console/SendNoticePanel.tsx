// 发送通知: a notice to the region's candidates of one session (optionally one
// 考区 and some states) — the audience's size live (previewNotice), subject and
// text, a confirmation, sendNotice, each sent notice's figures and the
// region's.
import { useEffect, useState, type FormEvent } from 'react';
import { request } from '../shared/api/client';
import { Alert, ErrorSummary } from '../shared/layout/Feedback';
import { ConfirmDialog } from '../shared/layout/ConfirmDialog';
import { SelectField, TextField } from '../shared/form/fields';
import { fieldErrors, otherErrors, type UserError } from '../shared/api/userErrors';
import { ApiProblem, TextAreaField, useLoad } from '../shared/staff/kit';
import type { ApplicationStatus, NoticeAudienceInput } from '../gql/graphql';
import { ConsoleDeliveryStatisticsQuery, ConsolePreviewNoticeQuery, ConsoleSendNoticeMutation } from './operations';
import type { Scope } from './scope';
import { SentNotices } from './SentNotices';

const STATUSES: { value: ApplicationStatus; label: string }[] = [
  { value: 'DRAFT', label: '草稿' },
  { value: 'SUBMITTED', label: '已提交' },
  { value: 'PENDING_REVIEW', label: '待审核' },
  { value: 'REJECTED', label: '审核未通过' },
  { value: 'AWAITING_PAYMENT', label: '待缴费' },
  { value: 'REGISTERED', label: '报名成功' },
  { value: 'REFUNDED', label: '已退费' },
];

const CHANNELS: Record<string, string> = { EMAIL: '电子邮件', SMS: '短信' };
const DELIVERY: { value: string; label: string }[] = [
  { value: 'QUEUED', label: '排队中' },
  { value: 'SENDING', label: '发送中' },
  { value: 'SENT', label: '已发送' },
  { value: 'FAILED', label: '失败' },
  { value: 'SKIPPED', label: '未发送' },
];

interface Area {
  id: string;
  name: string;
}

export function SendNoticePanel({ scope, areas }: { scope: Scope; areas: readonly Area[] }) {
  const [session, setSession] = useState(scope.session);
  const [areaId, setAreaId] = useState('');
  const [statuses, setStatuses] = useState<ApplicationStatus[]>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState<number | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [previewFailure, setPreviewFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!session && scope.session) setSession(scope.session);
  }, [scope.session, session]);

  const audience: NoticeAudienceInput = {
    sessionCode: session,
    regionCode: scope.region || null,
    areaId: areaId || null,
    statuses: statuses.length ? statuses : null,
  };
  const key = JSON.stringify(audience);

  // The audience's size, again whenever it changes (debounced).
  useEffect(() => {
    if (!session || !scope.region) return;
    let live = true;
    setCount(null);
    const t = window.setTimeout(() => {
      request(ConsolePreviewNoticeQuery, { audience: JSON.parse(key) as NoticeAudienceInput })
        .then((d) => live && (setCount(d.previewNotice), setPreviewFailure(null)))
        .catch((e) => live && setPreviewFailure(e));
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [key, session, scope.region]);

  const stats = useLoad(async () => (scope.region ? (await request(ConsoleDeliveryStatisticsQuery, { regionCode: scope.region })).deliveryStatistics : []), [scope.region, queued]);

  function toggle(s: ApplicationStatus, on: boolean) {
    setStatuses((cur) => (on ? [...cur, s] : cur.filter((x) => x !== s)));
  }

  function ask(e: FormEvent) {
    e.preventDefault();
    setQueued(null);
    setErrors([]);
    const local: UserError[] = [];
    if (!title.trim()) local.push({ field: ['input', 'title'], code: 'REQUIRED', message: '请填写通知标题' });
    if (!body.trim()) local.push({ field: ['input', 'body'], code: 'REQUIRED', message: '请填写通知内容' });
    if (local.length) {
      setErrors(local);
      return;
    }
    setConfirming(true);
  }

  async function send() {
    setBusy(true);
    setFailure(null);
    try {
      const { sendNotice: r } = await request(ConsoleSendNoticeMutation, { input: { audience, title, body } });
      setErrors(r.userErrors);
      if (r.userErrors.length === 0) {
        setQueued(r.recipients);
        setTitle('');
        setBody('');
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const figures = stats.data ?? [];
  const channels = [...new Set(figures.map((f) => f.channel))];
  const figure = (c: string, s: string) => figures.find((f) => f.channel === c && f.status === s)?.count ?? 0;

  return (
    <section className="card" aria-labelledby="send-notice-title">
      <h2 id="send-notice-title">发送通知</h2>
      <p>向本地区某一批次的考生发送通知（站内消息、电子邮件，短信只带标题）。</p>
      {queued !== null && (
        <Alert kind="success">通知已提交发送：{queued} 名考生，消息正在排队发送。</Alert>
      )}
      <ApiProblem error={failure} />
      <form onSubmit={ask} noValidate aria-labelledby="send-notice-title">
        <ErrorSummary errors={otherErrors(errors, ['sessionCode', 'areaId', 'title', 'body'])} />
        <div className="form-grid">
          <SelectField
            label="考试批次"
            value={session}
            onChange={setSession}
            placeholder={null}
            options={scope.sessions.map((s) => ({ value: s.code, label: s.name }))}
            errors={fieldErrors(errors, 'sessionCode')}
            required
          />
          <SelectField
            label="考区"
            value={areaId}
            onChange={setAreaId}
            placeholder="全部考区"
            options={areas.map((a) => ({ value: a.id, label: a.name }))}
            errors={fieldErrors(errors, 'areaId')}
          />
        </div>
        <fieldset className="audience-statuses">
          <legend>报名状态（不选则为全部有效报名）</legend>
          {STATUSES.map((s) => (
            <label key={s.value}>
              <input type="checkbox" checked={statuses.includes(s.value)} onChange={(e) => toggle(s.value, e.target.checked)} /> {s.label}
            </label>
          ))}
        </fieldset>
        <p className="preview-count" aria-live="polite">
          {previewFailure ? '无法计算收件人数。' : count === null ? '正在计算收件人数…' : <>将发送给 <strong>{count}</strong> 名考生</>}
        </p>
        <ApiProblem error={previewFailure} />
        <TextField label="通知标题" value={title} onChange={setTitle} hint="至多 40 字" maxLength={40} errors={fieldErrors(errors, 'title')} required />
        <TextAreaField label="通知内容" value={body} onChange={setBody} hint="至多 500 字" maxLength={500} rows={6} errors={fieldErrors(errors, 'body')} required />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy || count === 0}>
            发送通知…
          </button>
        </div>
      </form>
      <ConfirmDialog open={confirming} title="确认发送通知" confirmLabel="确认发送" busy={busy} onConfirm={() => void send()} onCancel={() => setConfirming(false)}>
        <p>
          将向 <strong>{count ?? '—'}</strong> 名考生发送“{title}”。发送后不能撤回。
        </p>
      </ConfirmDialog>

      <SentNotices regionCode={scope.region} refresh={stats.data} />

      <h3>本地区发送情况（全部消息）</h3>
      <ApiProblem error={stats.error} />
      {channels.length === 0 ? (
        <p>暂无发送记录。</p>
      ) : (
        <div className="table-wrap">
          <table className="data delivery-stats">
            <caption className="visually-hidden">本地区消息发送情况</caption>
            <thead>
              <tr>
                <th scope="col">渠道</th>
                {DELIVERY.map((d) => (
                  <th scope="col" key={d.value}>
                    {d.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c}>
                  <th scope="row">{CHANNELS[c] ?? c}</th>
                  {DELIVERY.map((d) => (
                    <td key={d.value}>{figure(c, d.value)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="button button--plain" onClick={() => void stats.reload()}>
        刷新发送情况
      </button>
    </section>
  );
}
