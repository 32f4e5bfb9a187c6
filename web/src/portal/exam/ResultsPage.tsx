// 成绩查询: each application's scores once released, the pass decision and
// the certificate when issued (its number is what 证书查询 asks for).
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { request } from '../../shared/api/client';
import { Page } from '../../shared/layout/AreaLayout';
import { Alert, Loading, RequestError } from '../../shared/layout/Feedback';
import { formatTime } from '../../shared/format';
import type { PortalMyExamsQuery as Data } from '../../gql/graphql';
import { PortalMyExamsQuery } from './examOperations';

type Application = Data['myApplications'][number];

export function ResultsPage() {
  const [data, setData] = useState<Data | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    request(PortalMyExamsQuery).then(setData, setFailure);
  }, []);
  const withResults = data?.myApplications.filter((a) => a.result && a.status === 'REGISTERED') ?? [];
  return (
    <Page title="成绩查询" lead="成绩发布后可在此查询各科成绩；所有科目均须在同一次考试中合格，考试方为通过。">
      <RequestError error={failure} />
      {!data && !failure && <Loading />}
      {data && withResults.length === 0 && <Alert kind="info">暂无可查询成绩的考试：报名成功的考试在成绩发布后显示在这里。</Alert>}
      {withResults.map((a) => (
        <ResultCard key={a.id} application={a} />
      ))}
    </Page>
  );
}

function ResultCard({ application: a }: { application: Application }) {
  const r = a.result!;
  const failed = r.subjects.filter((s) => !s.passed).map((s) => s.subject.name);
  return (
    <section className="card" aria-labelledby={`result-${a.id}`}>
      <h2 id={`result-${a.id}`}>
        {a.session.name} · {a.qualification?.levelLabel} {a.qualification?.name}
      </h2>
      {!r.released ? (
        <Alert kind="info">成绩尚未发布{r.releaseAt ? `，预计 ${formatTime(r.releaseAt)}（北京时间）发布` : '，发布时间另行通知'}。</Alert>
      ) : r.subjects.length === 0 ? (
        <>
          <p>成绩发布时间：{formatTime(r.releaseAt)}（北京时间）</p>
          <Alert kind="info">暂无您的成绩记录，成绩录入后即可查询；如有疑问请联系报名地区的考试机构。</Alert>
        </>
      ) : (
        <>
          <p>成绩发布时间：{formatTime(r.releaseAt)}（北京时间）</p>
          <div className="table-wrap">
            <table className="data">
              <caption>各科成绩</caption>
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
                    <th scope="row">{s.subject.name}</th>
                    <td>{s.absent ? '缺考' : (s.points ?? '未录入')}</td>
                    <td>
                      {s.passMark} / {s.fullMarks}
                    </td>
                    <td>{s.passed ? '合格' : '不合格'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {r.passed != null && (
            <Alert kind={r.passed ? 'success' : 'info'}>
              {r.passed ? '恭喜，本次考试通过。' : `本次考试未通过（${failed.join('、')}不合格）。`}
            </Alert>
          )}
          {a.certificate ? (
            <>
              <h3>资格证书</h3>
              <dl className="facts">
                <dt>证书编号</dt>
                <dd>{a.certificate.number}</dd>
                <dt>颁发日期</dt>
                <dd>{a.certificate.issuedOn}</dd>
              </dl>
              <p>
                {a.certificate.pdfUrl && (
                  <a className="button" href={a.certificate.pdfUrl} download={`证书-${a.certificate.number}.pdf`}>
                    下载电子证书（PDF）
                  </a>
                )}{' '}
                <Link to="/certificate">到证书查询核验</Link>
              </p>
            </>
          ) : (
            r.passed && <p>证书发放后，证书编号和电子证书将显示在这里。</p>
          )}
        </>
      )}
    </section>
  );
}
