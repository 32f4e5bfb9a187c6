// A region's published notices of some kinds, the region chosen by the reader.
import { useEffect, useState } from 'react';
import { request } from '../../shared/api/client';
import { SelectField } from '../../shared/form/fields';
import { Loading, RequestError } from '../../shared/layout/Feedback';
import { formatDate } from '../../shared/format';
import type { NoticeKind, PortalRegionNoticesQuery as Data } from '../../gql/graphql';
import { PortalRegionNoticesQuery } from './infoOperations';

let cached: Promise<Data> | null = null;

export function RegionNotices({ kinds, heading }: { kinds: NoticeKind[]; heading: string }) {
  const [data, setData] = useState<Data | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [code, setCode] = useState('');

  useEffect(() => {
    cached ??= request(PortalRegionNoticesQuery);
    cached.then((d) => {
      setData(d);
      setCode((c) => c || (d.regions.find((r) => r.notices?.some((n) => kinds.includes(n.kind)))?.code ?? ''));
    }, (e) => {
      cached = null;
      setFailure(e);
    });
  }, [kinds]);

  const region = data?.regions.find((r) => r.code === code);
  const notices = (region?.notices ?? []).filter((n) => kinds.includes(n.kind)).sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">{heading}</h2>
      <RequestError error={failure} />
      {!data && !failure && <Loading />}
      {data && (
        <SelectField
          label="报名省市"
          value={code}
          onChange={setCode}
          options={data.regions.filter((r) => (r.notices ?? []).length > 0).map((r) => ({ value: r.code, label: r.name }))}
        />
      )}
      {region && notices.length === 0 && <p>{region.name}暂未发布此类通知。</p>}
      {notices.map((n) => (
        <article key={n.id} className="card notice">
          <h3>
            <span className="notice__kind">{n.kindLabel}</span> {n.title}
          </h3>
          <p className="field__hint">
            {region?.name} · 发布于 {formatDate(n.publishedAt)}
            {n.session ? ` · ${n.session.name}` : ''}
          </p>
          <div className="prose">{n.body}</div>
        </article>
      ))}
    </section>
  );
}
