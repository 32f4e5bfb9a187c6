// 已发送的通知: the region's sent notices, newest first, each with its own
// figures (messages written, and per channel how many are sent, queued or
// failed), so that a sender sees how far this notice has got.
import { request } from '../shared/api/client';
import { ApiProblem, Badge, dateTime, useLoad } from '../shared/staff/kit';
import type { ConsoleSentNoticesQuery as SentResult } from '../gql/graphql';
import { ConsoleSentNoticesQuery } from './staffOperations';

type Sent = SentResult['sentNotices'][number];

const CHANNELS: { value: string; label: string }[] = [
  { value: 'EMAIL', label: '电子邮件' },
  { value: 'SMS', label: '短信' },
];

function count(n: Sent, channel: string, statuses: string[]): number {
  return n.deliveries.filter((d) => d.channel === channel && statuses.includes(d.status)).reduce((a, d) => a + d.count, 0);
}

export function SentNotices({ regionCode, refresh }: { regionCode: string; refresh: unknown }) {
  const list = useLoad(async () => (regionCode ? (await request(ConsoleSentNoticesQuery, { regionCode })).sentNotices : []), [regionCode, refresh]);
  const rows = list.data ?? [];
  return (
    <>
      <h3>已发送的通知</h3>
      <ApiProblem error={list.error} />
      {list.data && rows.length === 0 && <p>本地区尚未发送过通知。</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data sent-notices">
            <caption className="visually-hidden">已发送的通知及各自的发送情况（最近 20 条）</caption>
            <thead>
              <tr>
                <th scope="col">通知</th>
                <th scope="col">发送对象</th>
                <th scope="col">站内消息</th>
                {CHANNELS.map((c) => (
                  <th scope="col" key={c.value}>
                    {c.label}（已发送 / 排队 / 失败）
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((n) => (
                <tr key={n.id}>
                  <td>
                    <strong>{n.title}</strong>
                    <br />
                    <span className="muted">
                      {dateTime(n.sentAt)}
                      {n.sentBy ? ` · ${n.sentBy}` : ''}
                    </span>
                  </td>
                  <td>
                    {n.session?.name ?? '—'}
                    <br />
                    <span className="muted">{n.area?.name ?? '全地区'}</span>
                  </td>
                  <td>
                    {n.messages} {n.expanded ? <Badge tone="ok">已全部写入</Badge> : <Badge tone="info">写入中</Badge>}
                  </td>
                  {CHANNELS.map((c) => (
                    <td key={c.value}>
                      {count(n, c.value, ['SENT'])} / {count(n, c.value, ['QUEUED', 'SENDING'])} /{' '}
                      {count(n, c.value, ['FAILED']) > 0 ? <Badge tone="bad">{count(n, c.value, ['FAILED'])}</Badge> : 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
