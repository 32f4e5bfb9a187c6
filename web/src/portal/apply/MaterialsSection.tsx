// 证明材料: non-local candidates of regions that ask for them attach one (or
// all) of the listed kinds, PDF or JPEG, once the draft exists.
import { useState } from 'react';
import { request } from '../../shared/api/client';
import type { UserError } from '../../shared/api/userErrors';
import { FileField, SelectField } from '../../shared/form/fields';
import { ErrorSummary, RequestError } from '../../shared/layout/Feedback';
import type { MaterialKind, PortalApplicationFieldsFragment } from '../../gql/graphql';
import { PortalUploadMaterialMutation } from './applyOperations';

const kindLabels: Record<MaterialKind, string> = {
  RESIDENCE_PERMIT: '居住证',
  SOCIAL_SECURITY: '社保缴纳记录',
  WORK_PROOF: '工作证明',
  OTHER: '其他材料',
};

interface MaterialsSectionProps {
  application: PortalApplicationFieldsFragment | null;
  kinds: readonly MaterialKind[];
  onUploaded: () => void;
}

export function MaterialsSection({ application, kinds, onUploaded }: MaterialsSectionProps) {
  const [kind, setKind] = useState<string>(kinds[0] ?? '');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File | null) {
    if (!file || !application || !kind) return;
    setBusy(true);
    setFailure(null);
    try {
      const { uploadMaterial: r } = await request(PortalUploadMaterialMutation, { applicationId: application.id, kind: kind as MaterialKind, file });
      setErrors(r.userErrors);
      if (r.material) onUploaded();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="form-section">
      <legend>非本地户籍证明材料</legend>
      <p className="field__hint">户籍不在报名省市的考生须上传以下材料之一：{kinds.map((k) => kindLabels[k]).join('、')}（PDF 或 JPG，不超过 10 MB）。</p>
      {!application ? (
        <p>请先保存草稿，再上传材料。</p>
      ) : (
        <>
          <div className="form-grid">
            <SelectField label="材料类型" value={kind} onChange={setKind} placeholder={null} options={kinds.map((k) => ({ value: k, label: kindLabels[k] }))} />
            <FileField label="选择文件" accept="application/pdf,image/jpeg" onFile={(f) => void upload(f)} name="material" />
          </div>
          {busy && <p role="status">正在上传…</p>}
          <ErrorSummary errors={errors} title="材料未上传：" />
          <RequestError error={failure} />
          {(application.materials ?? []).length > 0 && (
            <ul>
              {(application.materials ?? []).map((m) => (
                <li key={m.id}>
                  {m.materialKindLabel}：{m.originalName}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
