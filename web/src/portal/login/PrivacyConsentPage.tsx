// 个人信息保护告知书: shown at first login (and whenever a new version is
// current). Two consents: to the notice, and separately to the sensitive
// personal information (PIPL art. 29); the form needs both.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { request } from '../../shared/api/client';
import type { UserError } from '../../shared/api/userErrors';
import { useAuth } from '../../shared/auth/AuthContext';
import { CheckboxField } from '../../shared/form/fields';
import { ErrorSummary, Loading, RequestError } from '../../shared/layout/Feedback';
import { Page } from '../../shared/layout/AreaLayout';
import type { PortalPrivacyNoticeQuery as NoticeResult } from '../../gql/graphql';
import { safeNext } from '../RequireCandidate';
import { PortalGiveConsentMutation, PortalPrivacyNoticeQuery } from './loginOperations';

export function PrivacyConsentPage() {
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [notice, setNotice] = useState<NoticeResult['privacyNotice'] | null>(null);
  const [general, setGeneral] = useState(false);
  const [sensitive, setSensitive] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    request(PortalPrivacyNoticeQuery).then((d) => setNotice(d.privacyNotice), setFailure);
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!notice) return;
    if (!general || !sensitive) {
      setErrors([{ field: [], code: 'REQUIRED', message: '报名需要同时同意告知书和敏感个人信息的处理' }]);
      return;
    }
    setBusy(true);
    try {
      const { giveConsent: r } = await request(PortalGiveConsentMutation, { version: notice.version, general, sensitive });
      setErrors(r.userErrors);
      if (r.userErrors.length === 0) {
        await refresh();
        navigate(safeNext(params.get('next'), '/apply'), { replace: true });
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  if (!notice) return failure ? <RequestError error={failure} /> : <Loading />;
  return (
    <Page title={notice.title} lead={`版本 ${notice.version}。请阅读后勾选同意，方可填写报名信息、上传照片和材料。`}>
      <div className="card notice-body prose" tabIndex={0} aria-label="告知书全文">
        {notice.body}
      </div>
      <h2>处理的敏感个人信息</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">信息</th>
              <th scope="col">处理目的与必要性</th>
            </tr>
          </thead>
          <tbody>
            {notice.sensitiveItems.map((item) => (
              <tr key={item.name}>
                <td>{item.name}</td>
                <td>{item.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={submit} noValidate className="consent-form">
        <ErrorSummary errors={errors} />
        <RequestError error={failure} />
        <CheckboxField label="我已阅读并同意《个人信息保护告知书》" checked={general} onChange={setGeneral} />
        <CheckboxField label={notice.sensitiveConsentText} checked={sensitive} onChange={setSensitive} />
        <button type="submit" className="button button--primary" disabled={busy}>
          同意并继续
        </button>
      </form>
    </Page>
  );
}
