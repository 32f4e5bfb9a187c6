// 考试计划: the sessions with their national windows, and the qualifications
// and subjects each session offers.
import { useEffect, useState } from 'react';
import { request } from '../../shared/api/client';
import { Page } from '../../shared/layout/AreaLayout';
import { Loading, RequestError } from '../../shared/layout/Feedback';
import { SelectField } from '../../shared/form/fields';
import { formatTime } from '../../shared/format';
import type { PortalExamPlanQuery as Plan, PortalSessionQualificationsQuery as Quals } from '../../gql/graphql';
import { PortalExamPlanQuery, PortalSessionQualificationsQuery } from './infoOperations';

export function PlanPage() {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [quals, setQuals] = useState<Quals | null>(null);
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    request(PortalExamPlanQuery).then((d) => {
      setPlan(d);
      setCode((c) => c || (d.examSessions[0]?.code ?? ''));
    }, setFailure);
  }, []);
  useEffect(() => {
    if (code) request(PortalSessionQualificationsQuery, { sessionCode: code }).then(setQuals, setFailure);
  }, [code]);

  return (
    <Page title="考试计划">
      <RequestError error={failure} />
      {!plan && !failure && <Loading />}
      {plan && (
        <div className="table-wrap">
          <table className="data">
            <caption>考试批次</caption>
            <thead>
              <tr>
                <th scope="col">考试</th>
                <th scope="col">报名时间</th>
                <th scope="col">准考证打印</th>
                <th scope="col">考试日期</th>
                <th scope="col">成绩发布</th>
              </tr>
            </thead>
            <tbody>
              {plan.examSessions.map((s) => (
                <tr key={s.code}>
                  <th scope="row">
                    {s.name}
                    {s.registrationOpen && <span className="badge">报名中</span>}
                  </th>
                  <td>
                    {formatTime(s.registrationOpensAt)} 至 {formatTime(s.registrationClosesAt)}
                  </td>
                  <td>
                    {formatTime(s.ticketPrintOpensAt)} 至 {formatTime(s.ticketPrintClosesAt)}
                  </td>
                  <td>
                    {s.firstExamDay}
                    {s.lastExamDay !== s.firstExamDay ? ` 至 ${s.lastExamDay}` : ''}
                  </td>
                  <td>{s.scoreReleaseAt ? formatTime(s.scoreReleaseAt) : '另行通知'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan && (
        <section aria-labelledby="quals-heading">
          <h2 id="quals-heading">开考资格与科目</h2>
          <SelectField label="考试批次" value={code} onChange={setCode} placeholder={null} options={plan.examSessions.map((s) => ({ value: s.code, label: s.name }))} />
          {quals && (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">级别</th>
                    <th scope="col">专业类别</th>
                    <th scope="col">资格名称</th>
                    <th scope="col">考试科目</th>
                  </tr>
                </thead>
                <tbody>
                  {quals.qualifications.map((q) => (
                    <tr key={q.code}>
                      <td>{q.levelLabel}</td>
                      <td>{q.categoryLabel}</td>
                      <td>{q.name}</td>
                      <td>
                        {[...(q.subjects ?? [])]
                          .sort((a, b) => a.order - b.order)
                          .map((s) => `${s.name}（${s.durationMinutes} 分钟）`)
                          .join('、')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
