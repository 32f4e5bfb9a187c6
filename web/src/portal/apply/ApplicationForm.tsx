// 考生报名: the form with its conditional sections. Each field's problems come
// from the API's userErrors: a draft is saved when a field is left (a draft
// may be incomplete, but what is filled must be well-formed), and submit
// checks everything at once.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { request } from '../../shared/api/client';
import { fieldErrors, otherErrors, type UserError } from '../../shared/api/userErrors';
import { CheckboxField, RadioGroup, SelectField, TextField } from '../../shared/form/fields';
import { Alert, ErrorSummary, RequestError } from '../../shared/layout/Feedback';
import type { PortalApplicationFieldsFragment, PortalApplyFormQuery } from '../../gql/graphql';
import { formFields, formFromApplication, inputFromForm, type FormField, type FormState } from './formState';
import { PortalSaveApplicationMutation, PortalSubmitApplicationMutation } from './applyOperations';
import { PhotoTool } from './PhotoTool';
import { MaterialsSection } from './MaterialsSection';

type Data = PortalApplyFormQuery;
type App = PortalApplicationFieldsFragment;

interface ApplicationFormProps {
  data: Data;
  sessionCode: string;
  application: App | null;
  onChanged: (app: App) => void;
}

export function ApplicationForm({ data, sessionCode, application, onChanged }: ApplicationFormProps) {
  const [form, setForm] = useState<FormState>(() => formFromApplication(application));
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [commitment, setCommitment] = useState(false);
  const [busy, setBusy] = useState(false);
  const app = useRef<App | null>(application);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const candidate = data.me?.candidate;
  const askBirth = !candidate?.birthDate;
  const policies = data.examSession?.policies ?? [];
  const policy = policies.find((p) => p.region.code === form.regionCode);
  const qualification = data.qualifications.find((q) => q.code === form.qualificationCode);
  const areas = useMemo(
    () => (policy?.region.areas ?? []).filter((a) => !a.disabled && (!qualification || a.levels.includes(qualification.level))),
    [policy, qualification],
  );
  const student = form.employment === 'STUDENT';
  const noTitle = form.title.trim() === '' || form.title.trim() === '无';
  const errs = (f: FormField) => fieldErrors(errors, f);

  function save(next: FormState): Promise<App | null> {
    const run = chain.current.then(async () => {
      const current = app.current;
      const { saveApplication: r } = await request(PortalSaveApplicationMutation, {
        sessionCode: current ? null : sessionCode,
        id: current?.id ?? null,
        version: current?.version ?? null,
        input: inputFromForm(next, { askBirth }),
      });
      setErrors(r.userErrors);
      if (r.application) {
        app.current = r.application;
        onChanged(r.application);
        setSaved(`草稿已保存（${new Date().toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai' })}）`);
      }
      return r.application ?? null;
    });
    chain.current = run.catch(() => undefined);
    return run;
  }

  function saveQuietly(next: FormState) {
    setFailure(null);
    save(next).catch(setFailure);
  }

  function set(field: FormField, value: string, andSave = false) {
    const next = { ...form, [field]: value };
    if (field === 'regionCode') next.areaId = '';
    if (field === 'qualificationCode' && next.areaId) {
      const q = data.qualifications.find((x) => x.code === value);
      const area = policy?.region.areas?.find((a) => a.id === next.areaId);
      if (q && area && !area.levels.includes(q.level)) next.areaId = '';
    }
    setForm(next);
    if (andSave) saveQuietly(next);
  }

  const text = (field: FormField) => ({
    value: form[field],
    onChange: (v: string) => set(field, v),
    onBlur: () => saveQuietly(form),
    errors: errs(field),
  });
  const choice = (field: FormField) => ({
    value: form[field],
    onChange: (v: string) => set(field, v, true),
    errors: errs(field),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const draft = await save(form);
      if (!draft) return;
      const { submitApplication: r } = await request(PortalSubmitApplicationMutation, {
        id: draft.id,
        version: draft.version,
        commitmentAccepted: policy?.commitmentRequired ? commitment : null,
        idempotencyKey: `submit-${draft.id}-${draft.version}`,
      });
      setErrors(r.userErrors);
      if (r.application) {
        app.current = r.application;
        onChanged(r.application);
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const general = otherErrors(errors, [...formFields, 'commitmentAccepted']);
  return (
    <form className="application-form" onSubmit={submit} noValidate aria-label="报名表">
      <ErrorSummary errors={general} />
      <RequestError error={failure} />

      <fieldset className="form-section">
        <legend>报考信息</legend>
        <div className="form-grid">
          <SelectField
            label="报名省市"
            required
            options={policies.map((p) => ({ value: p.region.code, label: p.region.name }))}
            {...choice('regionCode')}
          />
          <SelectField
            label="报考资格"
            required
            options={data.qualifications.map((q) => ({ value: q.code, label: `${q.levelLabel} · ${q.name}` }))}
            {...choice('qualificationCode')}
          />
          <SelectField
            label="考试考区"
            required
            disabled={!policy}
            hint={policy ? undefined : '请先选择报名省市'}
            options={areas.map((a) => ({ value: a.id, label: a.name }))}
            {...choice('areaId')}
          />
        </div>
        {policy && (
          <p className="field__hint">
            {policy.region.name}：{policy.reviewModeLabel}；{policy.free ? '免收报名费' : '审核通过后网上缴费'}
            {policy.commitmentRequired ? '；提交时须签署诚信考试承诺书' : ''}
            {policy.nonLocalAllowed ? '' : '；不接受非本省户籍考生报名'}
          </p>
        )}
        {qualification && (
          <div className="subjects" aria-live="polite">
            <h2 className="subjects__title">考试科目</h2>
            <ol>
              {[...(qualification.subjects ?? [])]
                .sort((a, b) => a.order - b.order)
                .map((s) => (
                  <li key={s.name}>{s.name}</li>
                ))}
            </ol>
          </div>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>个人信息</legend>
        <dl className="facts">
          <dt>姓名</dt>
          <dd>{candidate?.name}</dd>
          <dt>证件类型</dt>
          <dd>{candidate?.idTypeLabel}</dd>
          <dt>证件号码</dt>
          <dd>{candidate?.idNumber}</dd>
          {candidate?.ageAt != null && (
            <>
              <dt>年龄</dt>
              <dd>{candidate.ageAt} 岁（按考试首日计算）</dd>
            </>
          )}
        </dl>
        <p className="field__hint">姓名和证件信息来自国家网络身份认证，不可修改。</p>
        <div className="form-grid">
          {askBirth && (
            <>
              <SelectField label="性别" required options={data.formChoices.genders} {...choice('gender')} />
              <TextField label="出生日期" type="date" required {...text('birthDate')} />
            </>
          )}
          <SelectField
            label="户籍所在地"
            required
            options={data.hukouChoices.map((h) => ({ value: h.code, label: h.name }))}
            {...choice('hukouCode')}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>职称与工作</legend>
        <div className="form-grid">
          <TextField label="现有职称（资格）" required hint="没有职称请填“无”" {...text('title')} />
          <TextField label="职称取得时间" type="date" required={!noTitle} hint={noTitle ? '无职称时不填' : undefined} {...text('titleDate')} />
        </div>
        <RadioGroup legend="在职情况" required options={data.formChoices.employments} name="employment" {...choice('employment')} />
        {!student && form.employment !== '' && (
          <div className="form-grid">
            <TextField label="工作单位" required autoComplete="organization" {...text('workUnit')} />
            <TextField label="本专业工作时间" type="date" required hint="开始从事本专业工作的日期" {...text('workStartDate')} />
          </div>
        )}
        {student && <p className="field__hint">在校学生无需填写工作单位和工作时间。</p>}
      </fieldset>

      <fieldset className="form-section">
        <legend>学历</legend>
        <div className="form-grid">
          <SelectField label="学历" required options={data.formChoices.educations} {...choice('education')} />
          <SelectField label="学位" required options={data.formChoices.degrees} {...choice('degree')} />
          <TextField label="毕业时间" type="date" required {...text('graduationDate')} />
          <SelectField label="所学专业与计算机专业的关系" required options={data.formChoices.majorRelations} {...choice('majorRelation')} />
          <TextField label="专业名称" required hint="未毕业或无专业可填“无”" {...text('majorName')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>联系方式</legend>
        <div className="form-grid">
          <TextField label="通信地址" required autoComplete="street-address" {...text('address')} />
          <TextField label="邮政编码" required inputMode="numeric" autoComplete="postal-code" maxLength={6} {...text('postcode')} />
          <TextField label="电子邮箱" type="email" required autoComplete="email" {...text('email')} />
          <TextField label="手机号码" type="tel" required autoComplete="tel" {...text('mobile')} />
          <TextField label="固定电话" type="tel" required hint="如 024-12345678；没有固定电话可填手机号码" {...text('landline')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>报名照片</legend>
        <PhotoTool currentUrl={application?.photo?.url ?? null} errors={errs('photoId')} onSaved={(id) => set('photoId', id, true)} />
      </fieldset>

      {policy && (policy.nonLocalMaterialKinds ?? []).length > 0 && (
        <MaterialsSection application={application} kinds={policy.nonLocalMaterialKinds ?? []} onUploaded={() => saveQuietly(form)} />
      )}

      {policy?.commitmentRequired && (
        <fieldset className="form-section">
          <legend>诚信考试承诺书</legend>
          <div className="prose commitment-text">
            本人已阅读并知晓计算机技术与软件专业技术资格（水平）考试的报名条件、考试纪律和违纪违规行为处理规定，承诺所填报名信息真实、准确，
            遵守考场规则，诚信应考，不携带通讯工具和违规物品进入考场，不替考、不作弊。如有违反，自愿承担相应责任。
          </div>
          <CheckboxField label="我已阅读并签署《诚信考试承诺书》" checked={commitment} onChange={setCommitment} errors={fieldErrors(errors, 'commitmentAccepted')} />
        </fieldset>
      )}

      {saved && (
        <p className="save-state" role="status">
          {saved}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => saveQuietly(form)}>
          保存草稿
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? '正在提交…' : '提交报名'}
        </button>
      </div>
      {errors.length > 0 && <Alert>报名信息有 {errors.length} 处需要更正，请查看标红的栏目。</Alert>}
      <p className="field__hint">
        提交后请留意审核结果，审核通过后在 <Link to="/payment">网上缴费</Link> 缴纳报名费。
      </p>
    </form>
  );
}
