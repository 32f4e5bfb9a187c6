// 报名政策: the region's policy for each session — windows, review, fees (fen
// shown and entered as yuan), 承诺书, non-local candidates, absentee rule.
import { useEffect, useState, type FormEvent } from 'react';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import { CheckboxField, SelectField, TextField } from '../shared/form/fields';
import { fieldErrors, otherErrors, type UserError } from '../shared/api/userErrors';
import { ApiProblem, DateTimeField, dateTime, fenToYuanText, fromLocalInput, parseYuan, toLocalInput, yuan, useLoad } from '../shared/staff/kit';
import type { ConsoleRegionQuery as RegionResult, RegionPolicyInput, RegionPolicyReviewMode } from '../gql/graphql';
import { ConsoleRegionQuery, ConsoleUpdatePolicyMutation } from './operations';
import { ScopeBar, useScope } from './scope';

type Policy = NonNullable<NonNullable<RegionResult['region']>['policies']>[number];

const WINDOWS = [
  ['registrationOpensAt', '报名开始'],
  ['registrationClosesAt', '报名截止'],
  ['correctionClosesAt', '更正截止（审核未通过的报名在此前修改重交）'],
  ['paymentOpensAt', '缴费开始'],
  ['paymentClosesAt', '缴费截止'],
] as const;

const MODES = [
  { value: 'WITHIN_DAYS', label: '在规定工作日内审核' },
  { value: 'AFTER_CLOSE', label: '报名结束后审核' },
  { value: 'NONE', label: '无需审核' },
];

const FEES = [
  ['feeJuniorFen', '初级'],
  ['feeIntermediateFen', '中级'],
  ['feeSeniorFen', '高级'],
] as const;

function PolicyForm({ policy, onSaved }: { policy: Policy; onSaved: () => void }) {
  const [win, setWin] = useState<Record<string, string>>({});
  const [mode, setMode] = useState('');
  const [days, setDays] = useState('');
  const [fee, setFee] = useState('');
  const [levelFees, setLevelFees] = useState<Record<string, string>>({});
  const [commitment, setCommitment] = useState(false);
  const [nonLocal, setNonLocal] = useState(false);
  const [ban, setBan] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setWin(Object.fromEntries(WINDOWS.map(([k]) => [k, toLocalInput(policy[k])])));
    setMode(policy.reviewMode);
    setDays(String(policy.reviewWorkingDays));
    setFee(fenToYuanText(policy.feePerSubjectFen));
    setLevelFees(Object.fromEntries(FEES.map(([k]) => [k, fenToYuanText(policy[k])])));
    setCommitment(policy.commitmentRequired);
    setNonLocal(policy.nonLocalAllowed);
    setBan(policy.absenteeBan);
    setErrors([]);
    setSaved(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [policy.id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    setSaved(false);
    const local: UserError[] = [];
    const input: RegionPolicyInput = {};
    for (const [k, label] of WINDOWS) {
      const v = fromLocalInput(win[k] ?? '');
      if (!v) local.push({ field: ['input', k], code: 'REQUIRED', message: `请填写${label.split('（')[0]}时间` });
      else if (v !== `${toLocalInput(policy[k])}:00+08:00`) input[k] = v;
    }
    const perSubject = parseYuan(fee);
    if (perSubject == null) local.push({ field: ['input', 'feePerSubjectFen'], code: 'INVALID_FORMAT', message: '请填写金额（元，最多两位小数）' });
    else input.feePerSubjectFen = perSubject;
    for (const [k, label] of FEES) {
      const t = (levelFees[k] ?? '').trim();
      if (!t) input[k] = null;
      else {
        const v = parseYuan(t);
        if (v == null) local.push({ field: ['input', k], code: 'INVALID_FORMAT', message: `${label}费用格式不正确` });
        else input[k] = v;
      }
    }
    const n = Number(days);
    if (!Number.isInteger(n)) local.push({ field: ['input', 'reviewWorkingDays'], code: 'INVALID_FORMAT', message: '请填写 0 到 30 的整数' });
    else input.reviewWorkingDays = n;
    input.reviewMode = mode as RegionPolicyReviewMode;
    input.commitmentRequired = commitment;
    input.nonLocalAllowed = nonLocal;
    input.absenteeBan = ban;
    if (local.length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    try {
      const data = await request(ConsoleUpdatePolicyMutation, { id: policy.id, input });
      setErrors(data.updateRegionPolicy.userErrors);
      if (data.updateRegionPolicy.regionPolicy) {
        setSaved(true);
        onSaved();
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const known = [...WINDOWS.map(([k]) => k), 'feePerSubjectFen', ...FEES.map(([k]) => k), 'reviewWorkingDays', 'reviewMode'];
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="policy-form-title">
      <h2 id="policy-form-title">
        修改政策：{policy.session.name}（{policy.session.code}）
      </h2>
      {saved && <Alert kind="success">已保存。</Alert>}
      <ErrorSummary errors={otherErrors(errors, known)} />
      <ApiProblem error={failure} />
      <fieldset className="form-section">
        <legend>报名、更正与缴费时间（北京时间）</legend>
        <div className="form-grid">
          {WINDOWS.map(([k, label]) => (
            <DateTimeField key={k} label={label} value={win[k] ?? ''} onChange={(v) => setWin({ ...win, [k]: v })} errors={fieldErrors(errors, k)} required />
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>审核</legend>
        <div className="form-grid">
          <SelectField label="审核方式" value={mode} onChange={setMode} options={MODES} errors={fieldErrors(errors, 'reviewMode')} required />
          <TextField label="审核时限（工作日）" hint="0 到 30" type="number" value={days} onChange={setDays} errors={fieldErrors(errors, 'reviewWorkingDays')} />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>报名费（元／科）</legend>
        <div className="form-grid">
          <TextField label="每科报名费" hint="0 为免费，例如 60.00" inputMode="numeric" value={fee} onChange={setFee} errors={fieldErrors(errors, 'feePerSubjectFen')} required />
          {FEES.map(([k, label]) => (
            <TextField
              key={k}
              label={`${label}每科报名费`}
              hint="留空则按每科报名费"
              inputMode="numeric"
              value={levelFees[k] ?? ''}
              onChange={(v) => setLevelFees({ ...levelFees, [k]: v })}
              errors={fieldErrors(errors, k)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>其他规则</legend>
        <CheckboxField label="提交时须签署诚信考试承诺书" checked={commitment} onChange={setCommitment} />
        <CheckboxField label="允许外地户籍考生报名" checked={nonLocal} onChange={setNonLocal} />
        <CheckboxField label="缺考者不得参加本地区下一次报名" checked={ban} onChange={setBan} />
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? '正在保存…' : '保存'}
      </button>
    </form>
  );
}

export function PolicyPage() {
  const scope = useScope('open');
  const region = useLoad(async () => (scope.region ? (await request(ConsoleRegionQuery, { code: scope.region })).region : null), [scope.region]);
  const policies = region.data?.policies ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const current = policies.find((p) => p.id === editing) ?? null;

  return (
    <Page title="报名政策" lead="本地区各考试批次的报名时间、审核方式与时限、报名费及其他规则。">
      <ScopeBar scope={scope} withSession={false} />
      {scope.national && !scope.region && <Alert kind="info">请先选择地区。</Alert>}
      <ApiProblem error={region.error} />
      {region.loading && !region.data && scope.region && <Loading />}
      {region.data && policies.length === 0 && <p>本地区尚未设置任何批次的政策。</p>}
      {policies.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">考试批次</th>
                <th scope="col">报名时间</th>
                <th scope="col">缴费截止</th>
                <th scope="col">审核</th>
                <th scope="col">报名费（每科）</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {policies.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.session.name}
                    <br />
                    <span className="muted">{p.session.code}</span>
                  </td>
                  <td>
                    {dateTime(p.registrationOpensAt)} 至 {dateTime(p.registrationClosesAt)}
                  </td>
                  <td>{dateTime(p.paymentClosesAt)}</td>
                  <td>
                    {p.reviewModeLabel}
                    {p.reviewMode === 'WITHIN_DAYS' && `（${p.reviewWorkingDays} 个工作日）`}
                  </td>
                  <td>
                    {p.free ? '免费' : yuan(p.feePerSubjectFen)}
                    {FEES.filter(([k]) => p[k] != null).map(([k, label]) => (
                      <span key={k} className="muted">
                        <br />
                        {label} {yuan(p[k])}
                      </span>
                    ))}
                  </td>
                  <td>
                    <button type="button" className="button" onClick={() => setEditing(p.id)}>
                      修改<span className="visually-hidden"> {p.session.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current && <PolicyForm policy={current} onSaved={() => void region.reload()} />}
    </Page>
  );
}
