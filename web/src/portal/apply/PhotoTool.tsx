// 照片验证工具: uploads the photo to savePhoto, shows every check with what
// was measured, what is required and how to fix a failure; a passing photo
// becomes the application's photo.
import { useEffect, useState } from 'react';
import { request } from '../../shared/api/client';
import type { UserError } from '../../shared/api/userErrors';
import { FileField } from '../../shared/form/fields';
import { Alert, ErrorSummary, RequestError } from '../../shared/layout/Feedback';
import type { PortalSavePhotoMutation as SavePhotoResult } from '../../gql/graphql';
import { PortalSavePhotoMutation } from './applyOperations';

type Report = NonNullable<SavePhotoResult['savePhoto']['report']>;

interface PhotoToolProps {
  /** The photo on the application now: its signed URL. */
  currentUrl: string | null;
  onSaved: (photoId: string) => void;
  errors?: readonly string[];
  disabled?: boolean;
}

export function PhotoTool({ currentUrl, onSaved, errors, disabled }: PhotoToolProps) {
  const [report, setReport] = useState<Report | null>(null);
  const [savedUrl, setSavedUrl] = useState<string | null>(null);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setSavedUrl(null), [currentUrl]);

  async function check(file: File | null) {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setReport(null);
    try {
      const { savePhoto: r } = await request(PortalSavePhotoMutation, { file });
      setUserErrors(r.userErrors);
      setReport(r.report ?? null);
      if (r.photo) {
        setSavedUrl(r.photo.url);
        onSaved(r.photo.id);
      }
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  const shown = savedUrl ?? currentUrl;
  return (
    <div className="photo-tool">
      <div className="photo-tool__preview">
        {shown ? <img src={shown} alt="已保存的报名照片" width={118} height={165} /> : <p className="photo-tool__empty">尚未上传照片</p>}
      </div>
      <div className="photo-tool__controls">
        <FileField
          label="上传证件照片"
          accept="image/jpeg"
          hint="近期免冠彩色正面证件照，白色背景，JPG 格式；上传后自动检查并给出修改建议。"
          onFile={(f) => void check(f)}
          errors={errors}
          name="photo"
        />
        {disabled && <p className="field__hint">当前状态不可更换照片。</p>}
        {busy && <p role="status">正在检查照片…</p>}
        <RequestError error={failure} />
        <ErrorSummary errors={userErrors} title="照片未保存：" />
        {report && (
          <>
            <Alert kind={report.passed ? 'success' : 'error'}>
              {report.passed ? `照片检查通过，已保存（${report.width}×${report.height}）。` : '照片未通过检查，请按下表建议修改后重新上传。'}
            </Alert>
            <div className="table-wrap">
              <table className="data photo-report">
                <caption>照片检查结果</caption>
                <thead>
                  <tr>
                    <th scope="col">检查项</th>
                    <th scope="col">结果</th>
                    <th scope="col">检测值</th>
                    <th scope="col">要求</th>
                    <th scope="col">修改建议</th>
                  </tr>
                </thead>
                <tbody>
                  {report.checks.map((c) => (
                    <tr key={c.name} className={c.passed ? 'check--passed' : 'check--failed'}>
                      <th scope="row">{c.label}</th>
                      <td>{c.passed ? '通过' : '未通过'}</td>
                      <td>{c.measured}</td>
                      <td>{c.required}</td>
                      <td>{c.advice || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
