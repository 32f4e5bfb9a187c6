// 打印准考证: the 准考证 of each application whose region published its seat
// plan, downloadable as PDF inside the session's printing window (the link
// shown only then: outside it the download is refused).
import { useEffect, useState } from 'react';
import { request } from '../../shared/api/client';
import { Page } from '../../shared/layout/AreaLayout';
import { Alert, Loading, RequestError } from '../../shared/layout/Feedback';
import { formatTime } from '../../shared/format';
import type { PortalMyExamsQuery as Data } from '../../gql/graphql';
import { PortalMyExamsQuery } from './examOperations';

type Application = Data['myApplications'][number];

/** Where now stands in the session's printing window (the server checks again at download). */
function printing(a: Application): 'before' | 'open' | 'ended' {
  const now = Date.now();
  if (now < Date.parse(a.session.ticketPrintOpensAt)) return 'before';
  return now < Date.parse(a.session.ticketPrintClosesAt) ? 'open' : 'ended';
}

export function TicketPage() {
  const [data, setData] = useState<Data | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    request(PortalMyExamsQuery).then(setData, setFailure);
  }, []);
  const registered = data?.myApplications.filter((a) => a.status === 'REGISTERED') ?? [];
  return (
    <Page title="打印准考证" lead="考场编排发布后，可在准考证打印期间下载准考证（PDF），请用 A4 纸打印并妥善保管。">
      <RequestError error={failure} />
      {!data && !failure && <Loading />}
      {data && registered.length === 0 && <Alert kind="info">暂无报名成功的考试。</Alert>}
      {registered.map((a) => (
        <section key={a.id} className="card" aria-labelledby={`ticket-${a.id}`}>
          <h2 id={`ticket-${a.id}`}>
            {a.session.name} · {a.qualification?.levelLabel} {a.qualification?.name}
          </h2>
          <p>
            打印时间：{formatTime(a.session.ticketPrintOpensAt)} 至 {formatTime(a.session.ticketPrintClosesAt)}
          </p>
          {a.admissionTicket ? (
            <>
              <dl className="facts">
                <dt>准考证号</dt>
                <dd>{a.admissionTicket.ticketNumber}</dd>
                <dt>考点</dt>
                <dd>
                  {a.admissionTicket.site.name}（{a.admissionTicket.site.address}）
                </dd>
                <dt>考场</dt>
                <dd>{a.admissionTicket.room.code}</dd>
                <dt>座位号</dt>
                <dd>{a.admissionTicket.seat}</dd>
              </dl>
              {a.admissionTicket.pdfUrl && printing(a) === 'open' ? (
                <p>
                  <a className="button button--primary" href={a.admissionTicket.pdfUrl} download={`准考证-${a.admissionTicket.ticketNumber}.pdf`}>
                    下载准考证（PDF）
                  </a>
                </p>
              ) : (
                <Alert kind="info">{printing(a) === 'ended' ? '准考证打印时间已结束，不能再下载。' : '不在准考证打印期间，暂不能下载。'}</Alert>
              )}
            </>
          ) : (
            <Alert kind="info">{a.region.name}尚未发布考场编排，请在打印期间再来。</Alert>
          )}
        </section>
      ))}
    </Page>
  );
}
