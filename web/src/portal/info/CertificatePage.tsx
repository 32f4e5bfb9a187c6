// 证书查询 (public): whether a certificate is genuine, by its number or the
// holder's ID number, with the holder's name.
import { useState, type FormEvent } from 'react';
import { request } from '../../shared/api/client';
import { fieldErrors, otherErrors, type UserError } from '../../shared/api/userErrors';
import { Page } from '../../shared/layout/AreaLayout';
import { Alert, ErrorSummary, RequestError } from '../../shared/layout/Feedback';
import { RadioGroup, TextField } from '../../shared/form/fields';
import type { PortalVerifyCertificateQuery as Result } from '../../gql/graphql';
import { PortalVerifyCertificateQuery } from './infoOperations';

const levelLabels: Record<string, string> = { JUNIOR: '初级', INTERMEDIATE: '中级', SENIOR: '高级' };

export function CertificatePage() {
  const [by, setBy] = useState('number');
  const [number, setNumber] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  const [result, setResult] = useState<Result['verifyCertificate'] | null>(null);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      const { verifyCertificate: r } = await request(PortalVerifyCertificateQuery, {
        input: by === 'number' ? { number, name } : { idNumber, name },
      });
      setErrors(r.userErrors);
      if (r.userErrors.length === 0) setResult(r);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="证书查询" lead="查询计算机技术与软件专业技术资格（水平）证书的真伪：填写证书编号（或持证人的居民身份证号码）和持证人姓名。">
      <form onSubmit={submit} noValidate className="card">
        <ErrorSummary errors={otherErrors(errors, ['number', 'idNumber', 'name'])} />
        <RequestError error={failure} />
        <RadioGroup
          legend="查询方式"
          value={by}
          onChange={(v) => {
            setBy(v);
            setResult(null);
            setErrors([]);
          }}
          name="by"
          options={[
            { value: 'number', label: '按证书编号' },
            { value: 'id', label: '按居民身份证号码' },
          ]}
        />
        {by === 'number' ? (
          <TextField label="证书编号" required value={number} onChange={setNumber} errors={fieldErrors(errors, 'number')} />
        ) : (
          // The API names "number" when neither is given: shown on the field in view.
          <TextField
            label="身份证号码"
            required
            value={idNumber}
            onChange={setIdNumber}
            errors={[...fieldErrors(errors, 'idNumber'), ...fieldErrors(errors, 'number')]}
          />
        )}
        <TextField label="姓名" required value={name} onChange={setName} autoComplete="name" errors={fieldErrors(errors, 'name')} />
        <button type="submit" className="button button--primary" disabled={busy}>
          查询
        </button>
      </form>
      {result &&
        (result.genuine ? (
          <Alert kind="success">
            证书真实有效：
            {result.certificates.map((c) => `${levelLabels[c.level] ?? c.level} ${c.qualification}（${c.issuedOn} 颁发）`).join('；')}
          </Alert>
        ) : (
          <Alert kind="error">
            未查询到相符的证书：{by === 'number' ? '证书编号' : '身份证号码'}与持证人姓名不符或证书不存在，请核对后重新查询。
          </Alert>
        ))}
    </Page>
  );
}
