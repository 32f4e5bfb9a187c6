// 考生报名: choose the session (those open for registration), then the form of
// the candidate's application in it, or where the application stands; 撤回报名
// while the API allows it.
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { request } from '../../shared/api/client';
import { Page } from '../../shared/layout/AreaLayout';
import { Alert, Loading, RequestError } from '../../shared/layout/Feedback';
import { SelectField } from '../../shared/form/fields';
import type { PortalApplicationFieldsFragment, PortalApplyFormQuery as Data } from '../../gql/graphql';
import { PortalApplyFormQuery, PortalOpenSessionsQuery } from './applyOperations';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationStatus } from './ApplicationStatus';
import { WITHDRAWABLE, WithdrawApplication } from './WithdrawApplication';

const LIVE = ['DRAFT', 'SUBMITTED', 'PENDING_REVIEW', 'REJECTED', 'AWAITING_PAYMENT', 'REGISTERED', 'REFUNDED'];

export function ApplyPage() {
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<Data | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [app, setApp] = useState<PortalApplicationFieldsFragment | null>(null);
  const [withdrawn, setWithdrawn] = useState<PortalApplicationFieldsFragment | null>(null);
  const sessionCode = params.get('session') ?? '';

  const load = useCallback(async (code: string) => {
    setFailure(null);
    setWithdrawn(null);
    try {
      if (!code) {
        const { examSessions } = await request(PortalOpenSessionsQuery);
        const open = examSessions.find((s) => s.registrationOpen);
        if (open) setParams({ session: open.code }, { replace: true });
        else setFailure(new Error('当前没有正在报名的考试，请留意考试计划。'));
        return;
      }
      const d = await request(PortalApplyFormQuery, { sessionCode: code });
      setData(d);
      setApp(d.myApplications.find((a) => a.session.code === code && LIVE.includes(a.status)) ?? null);
    } catch (e) {
      setFailure(e);
    }
  }, [setParams]);

  useEffect(() => {
    void load(sessionCode);
  }, [load, sessionCode]);

  const open = data?.examSessions.filter((s) => s.registrationOpen) ?? [];
  return (
    <Page title="考生报名" lead="请如实填写报名信息；带“必填”的栏目提交前须填写完整。离开一栏时自动保存草稿并检查填写格式。">
      <RequestError error={failure} />
      {!data && !failure && <Loading />}
      {data && (
        <>
          <SelectField
            label="考试批次"
            value={sessionCode}
            onChange={(v) => setParams(v ? { session: v } : {})}
            placeholder={null}
            options={open.map((s) => ({ value: s.code, label: s.name }))}
            hint={open.length === 0 ? '当前没有正在报名的考试。' : undefined}
          />
          {withdrawn && (
            <>
              <Alert kind="success">报名已撤回。</Alert>
              <ApplicationStatus app={withdrawn} />
              {data.examSession && (
                <button type="button" className="button" onClick={() => setWithdrawn(null)}>
                  重新填写报名
                </button>
              )}
            </>
          )}
          {app && !app.editable && <ApplicationStatus app={app} />}
          {app && app.editable && app.status === 'REJECTED' && <ApplicationStatus app={app} />}
          {data.examSession && !withdrawn && (!app || app.editable) && (
            <ApplicationForm key={sessionCode} data={data} sessionCode={sessionCode} application={app} onChanged={setApp} />
          )}
          {app && !withdrawn && WITHDRAWABLE.includes(app.status) && (
            <WithdrawApplication
              app={app}
              onWithdrawn={(a) => {
                setWithdrawn(a);
                setApp(null);
              }}
            />
          )}
        </>
      )}
    </Page>
  );
}
