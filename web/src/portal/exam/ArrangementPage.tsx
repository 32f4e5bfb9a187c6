// 考试安排: the candidate's own exam days, sittings and place, and the
// region's published 考试安排 notices.
import { useEffect, useState } from 'react';
import { request } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { Page } from '../../shared/layout/AreaLayout';
import { Loading, RequestError } from '../../shared/layout/Feedback';
import type { PortalMyExamsQuery as Data } from '../../gql/graphql';
import { PortalMyExamsQuery } from './examOperations';
import { RegionNotices } from '../info/RegionNotices';

const sittingLabel = (n: number) => `第 ${Math.ceil(n / 2)} 天${n % 2 === 1 ? '上午' : '下午'}`;

export function ArrangementPage() {
  const { me } = useAuth();
  const [data, setData] = useState<Data | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const candidate = me?.kind === 'CANDIDATE';
  useEffect(() => {
    if (candidate) request(PortalMyExamsQuery).then(setData, setFailure);
  }, [candidate]);
  const mine = data?.myApplications.filter((a) => a.status === 'REGISTERED') ?? [];
  return (
    <Page title="考试安排">
      {candidate && (
        <section aria-labelledby="my-exams">
          <h2 id="my-exams">我的考试</h2>
          <RequestError error={failure} />
          {!data && !failure && <Loading />}
          {data && mine.length === 0 && <p>暂无报名成功的考试。</p>}
          {mine.map((a) => (
            <div key={a.id} className="card">
              <h3>
                {a.session.name} · {a.qualification?.name}
              </h3>
              <p>
                考试日期：{a.session.firstExamDay}
                {a.session.lastExamDay !== a.session.firstExamDay ? ` 至 ${a.session.lastExamDay}` : ''}；
                {a.admissionTicket ? `${a.admissionTicket.site.name} ${a.admissionTicket.room.code} 考场 ${a.admissionTicket.seat} 号座位` : `${a.area?.name ?? ''}（考场待编排）`}
              </p>
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">科目</th>
                      <th scope="col">场次</th>
                      <th scope="col">时长</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...a.subjects]
                      .sort((x, y) => x.order - y.order)
                      .map((s) => (
                        <tr key={s.name}>
                          <td>{s.name}</td>
                          <td>{sittingLabel(s.sitting)}</td>
                          <td>{s.durationMinutes} 分钟</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
        </section>
      )}
      <RegionNotices kinds={['EXAM_ARRANGEMENT']} heading="各地考试安排" />
    </Page>
  );
}
