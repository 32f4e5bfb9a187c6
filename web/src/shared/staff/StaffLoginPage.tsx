// 工作人员登录: username and password, and the authenticator's code once the
// API asks for it (TOTP_REQUIRED / TOTP_INVALID). Goes on to ?next= or the
// area of the role, through 账户安全 when a second factor must be bound first.
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { request } from '../api/client';
import { SharedStaffLoginMutation } from '../api/operations';
import { fieldErrors, otherErrors, type UserError } from '../api/userErrors';
import { useAuth } from '../auth/AuthContext';
import { ErrorSummary, RequestError } from '../layout/Feedback';
import { TextField } from '../form/fields';
import { homeOf, safeNext } from './home';

const TOTP_CODES = ['TOTP_REQUIRED', 'TOTP_INVALID'];

export function StaffLoginPage() {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [askTotp, setAskTotp] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const data = await request(SharedStaffLoginMutation, {
        input: { username, password, totpCode: askTotp && totpCode ? totpCode : null },
      });
      const result = data.staffLogin;
      if (result.userErrors.some((u) => TOTP_CODES.includes(u.code))) setAskTotp(true);
      setErrors(result.userErrors);
      if (result.session) {
        const me = await signIn(result.session.token);
        const next = safeNext(params.get('next')) ?? homeOf(me?.staff?.role);
        if (result.totpEnrolmentRequired) {
          navigate(`/account?next=${encodeURIComponent(next)}`, { replace: true });
        } else {
          navigate(next, { replace: true });
        }
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const totpErrors = errors.filter((u) => TOTP_CODES.includes(u.code)).map((u) => u.message);
  return (
    <div className="login-page">
      <main id="main" className="login-card">
        <h1 className="page__title">工作人员登录</h1>
        <p className="page__lead">审核员、地区管理员和全国管理员在此登录审核工作台与管理后台。</p>
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={otherErrors(errors, ['username', 'password', 'totpCode']).filter((u) => !TOTP_CODES.includes(u.code))} />
          <RequestError error={failure} />
          <TextField label="用户名" value={username} onChange={setUsername} autoComplete="username" required errors={fieldErrors(errors, 'username')} />
          <TextField label="密码" type="password" value={password} onChange={setPassword} autoComplete="current-password" required errors={fieldErrors(errors, 'password')} />
          {askTotp && (
            <TextField
              label="动态验证码"
              hint="身份验证器应用中显示的 6 位数字"
              value={totpCode}
              onChange={setTotpCode}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              errors={totpErrors}
            />
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? '正在登录…' : '登录'}
          </button>
        </form>
        <p>
          <a href="/">返回考生服务</a>
        </p>
      </main>
    </div>
  );
}
