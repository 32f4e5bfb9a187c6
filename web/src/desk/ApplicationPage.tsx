// 审核一份报名: the form as submitted, the photo and materials (signed URLs
// from the API), the claim (held for 15 minutes while the reviewer works),
// and the decision: approve, or reject with the documented reasons and a
// note the candidate reads.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import { fieldErrors, otherErrors, type UserError } from '../shared/api/userErrors';
import { ApiProblem, Badge, TextAreaField, dateTime, yuan, useLoad } from '../shared/staff/kit';
import { FieldErrors } from '../shared/form/fields';
import { DeskApplicationQuery, DeskApproveMutation, DeskClaimMutation, DeskRejectMutation, DeskReleaseMutation } from './operations';
import type { DeskApplicationQuery as DeskApplicationResult } from '../gql/graphql';

type App = Extract<NonNullable<DeskApplicationResult['node']>, { version: number }>;
type Claim = App['claim'];

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function ApplicationPage() {
  const { id = '' } = useParams();
  const loaded = useLoad(() => request(DeskApplicationQuery, { id }), [id]);
  const app = loaded.data?.node && 'version' in loaded.data.node ? (loaded.data.node as App) : null;
  const reasons = loaded.data?.rejectionReasons ?? [];

  const [claim, setClaim] = useState<Claim | null | undefined>(undefined);
  const [claimErrors, setClaimErrors] = useState<UserError[]>([]);
  const [decision, setDecision] = useState<'approve' | 'reject'>('approve');
  const [note, setNote] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claimed = useRef<string | null>(null);

  const pending = app?.status === 'PENDING_REVIEW';
  const shownClaim = claim === undefined ? app?.claim : claim;
  const heldByOther = !!shownClaim && !shownClaim.mine;

  // Claim a pending application on opening it, once, unless another reviewer holds it.
  useEffect(() => {
    if (!app || !pending || claimed.current === app.id) return;
    claimed.current = app.id;
    if (app.claim && !app.claim.mine) return;
    void (async () => {
      try {
        const data = await request(DeskClaimMutation, { id: app.id });
        setClaimErrors(data.claimApplication.userErrors);
        if (data.claimApplication.claim) setClaim(data.claimApplication.claim);
      } catch (e) {
        setFailure(e);
      }
    })();
  }, [app, pending]);

  async function release() {
    if (!app) return;
    try {
      const data = await request(DeskReleaseMutation, { id: app.id });
      setClaimErrors(data.releaseApplication.userErrors);
      if (data.releaseApplication.userErrors.length === 0) setClaim(null);
    } catch (e) {
      setFailure(e);
    }
  }

  async function claimAgain() {
    if (!app) return;
    try {
      const data = await request(DeskClaimMutation, { id: app.id });
      setClaimErrors(data.claimApplication.userErrors);
      if (data.claimApplication.claim) setClaim(data.claimApplication.claim);
    } catch (e) {
      setFailure(e);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!app) return;
    setFailure(null);
    setDone(null);
    if (decision === 'reject' && codes.length === 0) {
      setErrors([{ field: ['reasonCodes'], code: 'REQUIRED', message: '请至少选择一项不通过原因' }]);
      return;
    }
    setBusy(true);
    let ok = false;
    try {
      if (decision === 'approve') {
        const data = await request(DeskApproveMutation, { id: app.id, version: app.version, note: note.trim() || null });
        setErrors(data.approveApplication.userErrors);
        ok = !!data.approveApplication.application;
        if (data.approveApplication.application) setDone(`已审核通过，报名状态：${data.approveApplication.application.statusLabel}。`);
      } else {
        const data = await request(DeskRejectMutation, { id: app.id, version: app.version, reasonCodes: codes, note: note.trim() || null });
        setErrors(data.rejectApplication.userErrors);
        ok = !!data.rejectApplication.application;
        if (data.rejectApplication.application) setDone(`已审核不通过，报名状态：${data.rejectApplication.application.statusLabel}。考生将收到不通过原因。`);
      }
      if (ok) {
        setClaim(null);
        setNote('');
        claimed.current = id;
        await loaded.reload();
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error || !app) {
    return (
      <Page title="报名详情">
        <ApiProblem error={loaded.error ?? { message: '' }} />
        {!loaded.error && <Alert>未找到该报名。</Alert>}
        <p>
          <Link to="/desk">返回报名列表</Link>
        </p>
      </Page>
    );
  }

  const facts: [string, string][] = [
    ['考试批次', `${app.session.name}（${app.session.code}）`],
    ['报名地区', app.region.name],
    ['报考资格', app.qualification ? `${app.qualification.name}（${app.qualification.levelLabel}）` : '—'],
    ['考试科目', app.subjects.map((s) => s.name).join('、') || '—'],
    ['考区', app.area?.name ?? '—'],
    ['证件类型', app.idTypeLabel],
    ['证件号码', app.idNumberMasked],
    ['性别', app.genderLabel ?? '—'],
    ['出生日期', app.birthDate ?? '—'],
    ['年龄', app.age != null ? String(app.age) : '—'],
    ['户籍所在地', loaded.data?.hukouChoices.find((h) => h.code === app.hukouCode)?.name ?? app.hukouCode ?? '—'],
    ['外地考生', app.nonLocal == null ? '—' : app.nonLocal ? '是' : '否'],
    ['职称', app.title ?? '—'],
    ['在职情况', app.employmentLabel ?? '—'],
    ['工作单位', app.workUnit ?? '—'],
    ['参加工作时间', app.workStartDate ?? '—'],
    ['学历', app.educationLabel ?? '—'],
    ['学位', app.degreeLabel ?? '—'],
    ['毕业时间', app.graduationDate ?? '—'],
    ['所学专业', `${app.majorName ?? '—'}（${app.majorRelationLabel ?? '—'}）`],
    ['通信地址', app.address ?? '—'],
    ['邮政编码', app.postcode ?? '—'],
    ['电子邮箱', app.email ?? '—'],
    ['手机', app.mobile ?? '—'],
    ['固定电话', app.landline ?? '—'],
    ['诚信考试承诺书', app.commitmentAcceptedAt ? `已签署（${dateTime(app.commitmentAcceptedAt)}）` : '未签署'],
    ['应缴费用', app.feeTotalFen != null ? yuan(app.feeTotalFen) : '审核通过后确定'],
  ];

  return (
    <Page title={`报名审核：${app.name}`}>
      <p>
        <Link to="/desk">← 返回报名列表</Link>
      </p>
      <div className="review-head card">
        <dl className="facts">
          <dt>报名状态</dt>
          <dd>
            <strong>{app.statusLabel}</strong>
            {app.overdue && (
              <>
                {' '}
                <Badge tone="bad">已超期</Badge>
              </>
            )}
          </dd>
          <dt>提交时间</dt>
          <dd>{dateTime(app.submittedAt)}</dd>
          <dt>审核期限</dt>
          <dd>{dateTime(app.reviewDeadlineAt)}</dd>
          <dt>审核人</dt>
          <dd>
            {shownClaim ? (
              <>
                {shownClaim.mine ? '我' : shownClaim.reviewerName}正在审核（锁定至 {dateTime(shownClaim.expiresAt)}）
                {shownClaim.mine && pending && (
                  <>
                    {' '}
                    <button type="button" className="button button--plain button--small" onClick={() => void release()}>
                      放弃审核
                    </button>
                  </>
                )}
              </>
            ) : pending ? (
              <>
                无人领取{' '}
                <button type="button" className="button button--plain button--small" onClick={() => void claimAgain()}>
                  领取审核
                </button>
              </>
            ) : (
              '—'
            )}
          </dd>
        </dl>
        <ErrorSummary errors={claimErrors} title="领取审核：" />
      </div>

      <div className="review-grid">
        <section className="card" aria-labelledby="photo-title">
          <h2 id="photo-title">证件照片</h2>
          {app.photo ? (
            <img className="review-photo" src={app.photo.url} alt={`${app.name}的证件照片`} width={app.photo.width ?? 295} height={app.photo.height ?? 413} />
          ) : (
            <p>未上传照片。</p>
          )}
        </section>
        <section className="card" aria-labelledby="form-title">
          <h2 id="form-title">报名信息</h2>
          <dl className="facts">
            {facts.map(([k, v]) => (
              <div key={k} className="facts__row">
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      <section className="card" aria-labelledby="materials-title">
        <h2 id="materials-title">证明材料</h2>
        {app.materials && app.materials.length > 0 ? (
          <ul className="material-list">
            {app.materials.map((m) => (
              <li key={m.id}>
                <a href={m.url} target="_blank" rel="noopener noreferrer">
                  {m.materialKindLabel ?? '材料'}：{m.originalName}
                </a>{' '}
                <span className="muted">
                  （{m.contentType === 'application/pdf' ? 'PDF' : 'JPEG'}，{size(m.sizeBytes)}，在新窗口打开）
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>无证明材料。</p>
        )}
      </section>

      {done && <Alert kind="success">{done}</Alert>}
      <ApiProblem error={failure} />

      {pending && (
        <section className="card" aria-labelledby="decide-title">
          <h2 id="decide-title">审核意见</h2>
          {heldByOther && <Alert kind="info">{shownClaim?.reviewerName} 正在审核此报名，暂不能作出决定。</Alert>}
          <form onSubmit={submit} noValidate>
            <ErrorSummary errors={otherErrors(errors, ['reasonCodes', 'note'])} />
            <fieldset className="field field--group">
              <legend className="field__label">审核结论</legend>
              <div className="field__choices">
                <label className="choice">
                  <input type="radio" name="decision" value="approve" checked={decision === 'approve'} onChange={() => setDecision('approve')} />
                  <span>审核通过</span>
                </label>
                <label className="choice">
                  <input type="radio" name="decision" value="reject" checked={decision === 'reject'} onChange={() => setDecision('reject')} />
                  <span>审核不通过</span>
                </label>
              </div>
            </fieldset>
            {decision === 'reject' && (
              <fieldset
                className={`field field--group${fieldErrors(errors, 'reasonCodes').length ? ' field--invalid' : ''}`}
                aria-describedby={fieldErrors(errors, 'reasonCodes').length ? 'reasons-error' : undefined}
              >
                <legend className="field__label">
                  不通过原因<span className="field__required"> （必填，可多选）</span>
                </legend>
                <div className="reason-list">
                  {reasons.map((r) => (
                    <label key={r.code} className="choice choice--block">
                      <input
                        type="checkbox"
                        value={r.code}
                        checked={codes.includes(r.code)}
                        onChange={(e) => setCodes(e.target.checked ? [...codes, r.code] : codes.filter((c) => c !== r.code))}
                      />
                      <span>
                        <strong>{r.label}</strong>
                        {r.description && <span className="muted"> — {r.description}</span>}
                      </span>
                    </label>
                  ))}
                </div>
                <FieldErrors id="reasons-error" errors={fieldErrors(errors, 'reasonCodes')} />
              </fieldset>
            )}
            <TextAreaField
              label={decision === 'reject' ? '补充说明（考生可见）' : '审核意见（可选）'}
              hint={decision === 'reject' ? '说明需要考生更正的内容，考生在更正期限内修改后可重新提交。' : undefined}
              value={note}
              onChange={setNote}
              maxLength={500}
              errors={fieldErrors(errors, 'note')}
            />
            <div className="button-row">
              <button type="submit" className={`button ${decision === 'reject' ? 'button--danger' : 'button--primary'}`} disabled={busy || heldByOther}>
                {busy ? '正在提交…' : decision === 'reject' ? '提交：审核不通过' : '提交：审核通过'}
              </button>
            </div>
          </form>
        </section>
      )}

      {app.rejectionReasons.length > 0 && (
        <section className="card" aria-labelledby="last-reasons-title">
          <h2 id="last-reasons-title">最近一次不通过原因</h2>
          <ul>
            {app.rejectionReasons.map((r) => (
              <li key={r.code}>{r.label}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">办理记录</h2>
        {app.history && app.history.length > 0 ? (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">时间</th>
                  <th scope="col">状态变化</th>
                  <th scope="col">操作人</th>
                  <th scope="col">说明</th>
                </tr>
              </thead>
              <tbody>
                {app.history.map((h) => (
                  <tr key={h.id}>
                    <td>{dateTime(h.createdAt)}</td>
                    <td>
                      {h.fromStatusLabel ?? '—'} → {h.toStatusLabel}
                    </td>
                    <td>{h.actorKindLabel}</td>
                    <td>{h.reason || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>暂无记录。</p>
        )}
      </section>
    </Page>
  );
}
