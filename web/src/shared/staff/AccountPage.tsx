// 账户安全 (/account): the staff user's own second factor and password. It is
// also where an enrolment session lands (TOTP mandatory, none bound yet): the
// API answers nothing else until confirmTotpSetup succeeds, so this page then
// shows only the binding and goes on to ?next= (or the role's area) after it.
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { request } from '../api/client';
import { fieldErrors, otherErrors, type UserError } from '../api/userErrors';
import { useAuth } from '../auth/AuthContext';
import { RequireStaff } from '../auth/RequireStaff';
import { AreaLayout, Page, type NavItem } from '../layout/AreaLayout';
import { Alert, ErrorSummary, RequestError } from '../layout/Feedback';
import { TextField } from '../form/fields';
import { ConfirmDialog } from '../layout/ConfirmDialog';
import { SharedBeginTotpSetupMutation, SharedChangePasswordMutation, SharedConfirmTotpSetupMutation, SharedDisableTotpMutation } from './operations';
import { homeOf, safeNext } from './home';
import './staff.css';

export function AccountPage() {
  return (
    <RequireStaff allowEnrolment>
      <Account />
    </RequireStaff>
  );
}

function Account() {
  const { me } = useAuth();
  const enrolment = me?.totpEnrolmentRequired ?? false;
  const role = me?.staff?.role;
  const nav: NavItem[] = [{ to: '/account', label: '账户安全', end: true }];
  if (!enrolment) {
    if (role === 'REGION_ADMIN' || role === 'NATIONAL_ADMIN') nav.push({ to: '/console', label: '管理后台' });
    if (role === 'REVIEWER' || role === 'REGION_ADMIN' || role === 'NATIONAL_ADMIN') nav.push({ to: '/desk', label: '报名审核' });
  }
  return (
    <AreaLayout area="账户安全" nav={nav}>
      <Page title="账户安全" lead={`${me?.staff?.displayName ?? ''}（${me?.staff?.username ?? ''}）`}>
        {enrolment && (
          <Alert kind="info">
            <p className="alert__title">请先绑定身份验证器</p>
            <p>本系统要求所有工作人员登录时使用身份验证器（TOTP）动态验证码。您的账号尚未绑定，绑定完成前不能办理其他业务；本次登录 15 分钟内有效。</p>
          </Alert>
        )}
        <TotpSection enrolment={enrolment} />
        {!enrolment && <PasswordSection />}
      </Page>
    </AreaLayout>
  );
}

interface Setup {
  secret: string;
  qrCodePng: string | null;
}

type Proving = 'replace' | 'disable' | null;

function TotpSection({ enrolment }: { enrolment: boolean }) {
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const enabled = me?.staff?.totpEnabled ?? false;
  const [setup, setSetup] = useState<Setup | null>(null);
  const [proving, setProving] = useState<Proving>(null);
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    setDone(null);
    setErrors([]);
    try {
      await action();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  function begin(currentPassword: string | null, totpCode: string | null) {
    return run(async () => {
      const r = (await request(SharedBeginTotpSetupMutation, { currentPassword, totpCode })).beginTotpSetup;
      setErrors(r.userErrors);
      if (r.secret) {
        setSetup({ secret: r.secret, qrCodePng: r.qrCodePng ?? null });
        setProving(null);
        setPassword('');
        setCode('');
        // Replacing turns the old factor off until the new one is confirmed.
        await refresh();
      }
    });
  }

  function confirm(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const r = (await request(SharedConfirmTotpSetupMutation, { code: code.trim() })).confirmTotpSetup;
      setErrors(r.userErrors);
      if (!r.enabled) return;
      setSetup(null);
      setCode('');
      const next = await refresh();
      if (enrolment) {
        navigate(safeNext(params.get('next')) ?? homeOf(next?.staff?.role), { replace: true });
        return;
      }
      setDone('身份验证器已绑定，下次登录时请输入其中的 6 位动态验证码。');
    });
  }

  function prove(e: FormEvent) {
    e.preventDefault();
    if (proving === 'replace') {
      void begin(password, code.trim());
    } else {
      setConfirmDisable(true);
    }
  }

  function disable() {
    setConfirmDisable(false);
    void run(async () => {
      const r = (await request(SharedDisableTotpMutation, { currentPassword: password, totpCode: code.trim() })).disableTotp;
      setErrors(r.userErrors);
      if (!r.disabled) return;
      setProving(null);
      setPassword('');
      setCode('');
      await refresh();
      setDone('动态验证码已关闭，登录时只需密码。');
    });
  }

  function cancel() {
    setProving(null);
    setErrors([]);
    setPassword('');
    setCode('');
  }

  const known = ['currentPassword', 'totpCode', 'code'];
  return (
    <section className="card account-section" aria-labelledby="totp-title">
      <h2 id="totp-title">身份验证器（动态验证码）</h2>
      <p>
        状态：
        {enabled ? <span className="badge badge--ok">已开启</span> : <span className="badge badge--warn">未开启</span>}
      </p>
      {done && <Alert kind="success">{done}</Alert>}
      <RequestError error={failure} />
      <ErrorSummary errors={otherErrors(errors, known)} />

      {setup ? (
        <form onSubmit={confirm} noValidate className="totp-setup">
          <ol className="totp-steps">
            <li>在手机上打开身份验证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP），扫描下方二维码；无法扫码时手动输入密钥。</li>
            <li>输入应用中显示的 6 位动态验证码，完成绑定。</li>
          </ol>
          {setup.qrCodePng && <img className="totp-qr" src={setup.qrCodePng} alt="身份验证器绑定二维码" width={200} height={200} />}
          <dl className="totp-secret">
            <dt>密钥（手动输入，基于时间）</dt>
            <dd>
              <code id="totp-secret" className="mono">
                {setup.secret.match(/.{1,4}/g)?.join(' ')}
              </code>
            </dd>
          </dl>
          <TextField
            label="动态验证码"
            hint="应用中显示的 6 位数字"
            value={code}
            onChange={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            errors={fieldErrors(errors, 'code')}
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? '正在确认…' : '确认绑定'}
            </button>
          </div>
        </form>
      ) : proving ? (
        <form onSubmit={prove} noValidate>
          <p>{proving === 'replace' ? '更换设备前，请输入当前密码和原身份验证器中的动态验证码。新密钥确认前，原验证器即失效。' : '关闭前，请输入当前密码和身份验证器中的动态验证码。'}</p>
          <TextField label="当前密码" type="password" value={password} onChange={setPassword} autoComplete="current-password" required errors={fieldErrors(errors, 'currentPassword')} />
          <TextField
            label="动态验证码"
            value={code}
            onChange={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            errors={fieldErrors(errors, 'totpCode')}
          />
          <div className="button-row">
            <button type="submit" className={`button ${proving === 'disable' ? 'button--danger' : 'button--primary'}`} disabled={busy}>
              {proving === 'replace' ? '继续更换' : '关闭动态验证码'}
            </button>
            <button type="button" className="button" onClick={cancel}>
              取消
            </button>
          </div>
        </form>
      ) : enabled ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setProving('replace')}>
            更换设备
          </button>
          <button type="button" className="button" onClick={() => setProving('disable')}>
            关闭动态验证码
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void begin(null, null)}>
            绑定身份验证器
          </button>
        </div>
      )}
      <ConfirmDialog open={confirmDisable} title="关闭动态验证码？" confirmLabel="确认关闭" danger busy={busy} onConfirm={disable} onCancel={() => setConfirmDisable(false)}>
        <p>关闭后登录只需密码，账号更容易被盗用。</p>
      </ConfirmDialog>
    </section>
  );
}

function PasswordSection() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    setFailure(null);
    setErrors([]);
    if (next !== repeat) {
      setErrors([{ field: ['input', 'repeatPassword'], code: 'MISMATCH', message: '两次输入的新密码不一致' }]);
      return;
    }
    setBusy(true);
    try {
      const r = (await request(SharedChangePasswordMutation, { input: { currentPassword: current, newPassword: next } })).changePassword;
      setErrors(r.userErrors);
      if (r.changed) {
        setDone(true);
        setCurrent('');
        setNext('');
        setRepeat('');
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card account-section" aria-labelledby="password-title">
      <h2 id="password-title">修改密码</h2>
      {done && <Alert kind="success">密码已修改；您在其他设备和浏览器上的登录已全部退出。</Alert>}
      <RequestError error={failure} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={otherErrors(errors, ['currentPassword', 'newPassword', 'repeatPassword'])} />
        <TextField label="当前密码" type="password" value={current} onChange={setCurrent} autoComplete="current-password" required errors={fieldErrors(errors, 'currentPassword')} />
        <TextField
          label="新密码"
          type="password"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          hint="至少 12 位，不能是常见密码，不能包含用户名"
          required
          errors={fieldErrors(errors, 'newPassword')}
        />
        <TextField label="再次输入新密码" type="password" value={repeat} onChange={setRepeat} autoComplete="new-password" required errors={fieldErrors(errors, 'repeatPassword')} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? '正在修改…' : '修改密码'}
          </button>
        </div>
      </form>
    </section>
  );
}
