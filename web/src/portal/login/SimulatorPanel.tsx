// 模拟扫码 (serve --demo only): plays the 国家网络身份认证 app for the shown QR
// code through simulateIdentityApp. Outside the demo the API refuses it.
import { useState } from 'react';
import { ApiError, request } from '../../shared/api/client';
import type { SimulatorAction } from '../../gql/graphql';
import { Alert, ErrorSummary } from '../../shared/layout/Feedback';
import { SelectField } from '../../shared/form/fields';
import type { UserError } from '../../shared/api/userErrors';
import { PortalSimulateAppMutation } from './loginOperations';
import { demoIdentities } from './demoIdentities';

const actions: { action: SimulatorAction; label: string }[] = [
  { action: 'CONFIRM', label: '确认登录并授权' },
  { action: 'REFUSE', label: '拒绝登录' },
  { action: 'REFUSE_CONSENT', label: '拒绝授权信息' },
  { action: 'EXPIRE', label: '使二维码过期' },
];

export function SimulatorPanel({ qrPayload }: { qrPayload: string }) {
  const [subject, setSubject] = useState(demoIdentities[0].subject);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [busy, setBusy] = useState(false);

  async function play(action: SimulatorAction) {
    const person = demoIdentities.find((p) => p.subject === subject)!;
    setBusy(true);
    setMessage(null);
    try {
      const { simulateIdentityApp: r } = await request(PortalSimulateAppMutation, {
        input: { qrPayload, action, subject: person.subject, name: person.name, idType: person.idType, idNumber: person.idNumber },
      });
      setErrors(r.userErrors);
      if (r.done) setMessage('已在模拟 App 中操作，页面将自动更新。');
    } catch (e) {
      setMessage(e instanceof ApiError && e.code === 'FORBIDDEN' ? '模拟扫码仅在演示环境（serve --demo）中可用。' : String((e as Error).message));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card simulator" aria-labelledby="simulator-title">
      <h2 id="simulator-title">演示环境：模拟扫码</h2>
      <p className="field__hint">演示环境没有真实的国家网络身份认证 App：在此选择一位演示考生，模拟其扫码操作。</p>
      <SelectField
        label="演示考生"
        value={subject}
        onChange={setSubject}
        placeholder={null}
        options={demoIdentities.map((p) => ({ value: p.subject, label: `${p.name}（${p.note}）` }))}
      />
      <div className="button-row">
        {actions.map((a) => (
          <button key={a.action} type="button" className={`button${a.action === 'CONFIRM' ? ' button--primary' : ''}`} disabled={busy} onClick={() => void play(a.action)}>
            {a.label}
          </button>
        ))}
      </div>
      <ErrorSummary errors={errors} />
      {message && <Alert kind="info">{message}</Alert>}
    </section>
  );
}
