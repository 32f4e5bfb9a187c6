// 考生登录: the 国家网络身份认证 QR login. The page shows the QR code and polls
// until the app confirms; in the demo a 模拟扫码 panel plays the app.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { request } from '../../shared/api/client';
import type { UserError } from '../../shared/api/userErrors';
import { useAuth } from '../../shared/auth/AuthContext';
import { Alert, ErrorSummary, RequestError } from '../../shared/layout/Feedback';
import { Page } from '../../shared/layout/AreaLayout';
import { safeNext } from '../RequireCandidate';
import { PortalPollLoginMutation, PortalStartLoginMutation } from './loginOperations';
import { SimulatorPanel } from './SimulatorPanel';

interface QrLogin {
  ticket: string;
  qrPayload: string;
  qrCodePng: string;
  expiresAt: string;
  pollMs: number;
}

const FINAL_STATES = ['REFUSED', 'CONSENT_REFUSED', 'EXPIRED'];

export function CandidateLoginPage() {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login, setLogin] = useState<QrLogin | null>(null);
  const [stateLabel, setStateLabel] = useState('');
  const [ended, setEnded] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const started = useRef(false);

  const start = useCallback(async () => {
    setEnded(null);
    setFailure(null);
    setStateLabel('');
    try {
      const { startCandidateLogin: r } = await request(PortalStartLoginMutation);
      setErrors(r.userErrors);
      if (r.ticket && r.qrPayload && r.qrCodePng && r.expiresAt) {
        setLogin({ ticket: r.ticket, qrPayload: r.qrPayload, qrCodePng: r.qrCodePng, expiresAt: r.expiresAt, pollMs: Math.max(1, r.pollIntervalSeconds) * 1000 });
      }
    } catch (e) {
      setFailure(e);
    }
  }, []);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start();
  }, [start]);

  useEffect(() => {
    if (!login || ended) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const { pollCandidateLogin: r } = await request(PortalPollLoginMutation, { ticket: login.ticket });
        if (stopped) return;
        setStateLabel(r.stateLabel);
        if (r.state === 'CONFIRMED' && r.session) {
          stopped = true;
          clearInterval(timer);
          const me = await signIn(r.session.token);
          const next = safeNext(params.get('next'), '/apply');
          navigate(me?.pendingPrivacyNotice ? `/privacy?next=${encodeURIComponent(next)}` : next, { replace: true });
        } else if (FINAL_STATES.includes(r.state)) {
          setEnded(r.stateLabel);
          setErrors(r.userErrors);
        }
      } catch (e) {
        setFailure(e);
      }
    }, login.pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [login, ended, signIn, navigate, params]);

  return (
    <Page title="考生登录" lead="请使用“国家网络身份认证”App 扫描二维码，并在 App 中确认登录和授权提供姓名、证件信息。">
      <RequestError error={failure} />
      <ErrorSummary errors={errors} title="登录未完成：" />
      <div className="login-qr card">
        {login && !ended && (
          <>
            <img className="login-qr__image" src={login.qrCodePng} alt="国家网络身份认证登录二维码" width={240} height={240} />
            <p role="status" aria-live="polite">
              {stateLabel || '等待扫码确认'}
            </p>
            <p className="field__hint">二维码 {new Date(login.expiresAt).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai' })} 前有效。</p>
          </>
        )}
        {ended && (
          <>
            <Alert>{ended}：请重新获取二维码。</Alert>
            <button type="button" className="button button--primary" onClick={() => void start()}>
              重新获取二维码
            </button>
          </>
        )}
      </div>
      {login && !ended && <SimulatorPanel qrPayload={login.qrPayload} />}
    </Page>
  );
}
