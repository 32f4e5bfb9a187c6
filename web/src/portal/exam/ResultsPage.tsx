// 成绩查询: each application's scores once released, the pass decision and
// the certificate when issued.
import { useEffect, useState } from 'react';
import { request } from '../../shared/api/client';
import { Page } from '../../shared/layout/AreaLayout';
import { Alert, Loading, RequestError } from '../../shared/layout/Feedback';
import { formatTime } from '../../shared/format';
import type { PortalMyExamsQuery as Data } from '../../gql/graphql';
import { PortalMyExamsQuery } from './examOperations';

export function ResultsPage() {
  const [data, setData] = useState<Data | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    request(PortalMyExamsQuery).then(setData, setFailure);
  }, []);
  const withResults = data?.myApplications.filter((a) => a.result && a.status === 'REGISTERED') ?? [];
  return (
    <Page title="成绩查询" lead="成绩发布后可在此查询各科成绩；所有科目均合格即考试通过。">
      <RequestError error={failure} />
      {!data && !failure && <Loading />}
      {data && withResults.length === 0 && <Alert kind="info">暂无可查询成绩的考试。</Alert>}
      {withResults.map((a) => {
        const r = a.result!;
        return (
          <section key={a.id} className="card" aria-labelledby={`result-${a.id}`}>
            <h2 id={`result-${a.id}`}>
              {a.session.name} · {a.qualification?.levelLabel} {a.qualification?.name}
            </h2>
            {!r.released ? (
              <p>成绩尚未发布{r.releaseAt ? `，预计 ${formatTime(r.releaseAt)} 发布` : ''}。</p>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="data">
                    <thead>
                      <tr>
                        <th scope="col">科目</th>
                        <th scope="col">成绩</th>
                        <th scope="col">合格标准</th>
                        <th scope="col">结果</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.subjects.map((s) => (
                        <tr key={s.subject.name}>
                          <td>{s.subject.name}</td>
                          <td>{s.absent ? '缺考' : (s.points ?? '—')}</td>
                          <td>
                            {s.passMark} / {s.fullMarks}
                          </td>
                          <td>{s.passed ? '合格' : '不合格'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {r.passed != null && <Alert kind={r.passed ? 'success' : 'info'}>{r.passed ? '恭喜，本次考试通过。' : '本次考试未通过。'}</Alert>}
                {a.certificate?.pdfUrl && (
                  <p>
                    <a className="button" href={a.certificate.pdfUrl} download>
                      下载电子证书（PDF）
                    </a>
                  </p>
                )}
              </>
            )}
          </section>
        );
      })}
    </Page>
  );
}
