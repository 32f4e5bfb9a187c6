// 统计分析: a session's figures for the region (national admins: a region or
// the country), charts by state, level, qualification, area and day, the
// review against its deadlines, seats, and the summary report (PDF).
import { useState } from 'react';
import { download, request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Loading } from '../shared/layout/Feedback';
import { ApiProblem, yuan, useLoad } from '../shared/staff/kit';
import { BarChart, DayChart } from './charts';
import { ConsoleStatisticsQuery } from './operations';
import { ScopeBar, useScope } from './scope';

export function StatisticsPage() {
  const scope = useScope('open');
  const stats = useLoad(
    async () => (scope.session ? (await request(ConsoleStatisticsQuery, { sessionCode: scope.session, regionCode: scope.region || null })).statistics : null),
    [scope.session, scope.region],
  );
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState(false);
  const s = stats.data;

  async function report() {
    setDownloadError(null);
    setDownloading(true);
    try {
      // A fresh signed URL: the one read with the figures may have expired.
      const fresh = (await request(ConsoleStatisticsQuery, { sessionCode: scope.session, regionCode: scope.region || null })).statistics;
      await download(fresh.reportUrl, `报名统计报告-${scope.session}.pdf`);
    } catch (e) {
      setDownloadError(e);
    } finally {
      setDownloading(false);
    }
  }

  const registered = s?.byStatus.find((b) => b.key === 'REGISTERED')?.count ?? 0;
  const capacity = s?.seats.reduce((n, x) => n + x.capacity, 0) ?? 0;
  const used = s?.seats.reduce((n, x) => n + x.used, 0) ?? 0;
  const share = (a: number, b: number) => (b > 0 ? `${((a / b) * 100).toFixed(1)}%` : '—');

  return (
    <Page title="统计分析" lead="报名人数为已提交且仍有效的报名（不含草稿、已撤回、已失效）。">
      <ScopeBar scope={scope} countryAllowed />
      <ApiProblem error={stats.error} />
      {stats.loading && !s && <Loading />}
      {s && (
        <>
          <section aria-labelledby="key-title">
            <h2 id="key-title">
              关键数据 <span className="muted">（{s.session.name} · {s.region?.name ?? '全国'}）</span>
            </h2>
            <ul className="stat-grid">
              <li>
                <span className="stat-grid__label">报名人数</span>
                <span className="stat-grid__value">{s.registrations}</span>
              </li>
              <li>
                <span className="stat-grid__label">报名成功</span>
                <span className="stat-grid__value">{registered}</span>
                <span className="muted">占 {share(registered, s.registrations)}</span>
              </li>
              <li>
                <span className="stat-grid__label">缴费收入</span>
                <span className="stat-grid__value">{yuan(s.revenueFen)}</span>
                <span className="muted">{s.paidOrders} 笔</span>
              </li>
              <li>
                <span className="stat-grid__label">本地 / 外地</span>
                <span className="stat-grid__value">
                  {s.local} / {s.nonLocal}
                </span>
              </li>
              <li>
                <span className="stat-grid__label">待审核（已超期）</span>
                <span className="stat-grid__value">
                  {s.review.waiting}（{s.review.overdue}）
                </span>
              </li>
              <li>
                <span className="stat-grid__label">按时 / 超时审核</span>
                <span className="stat-grid__value">
                  {s.review.onTime} / {s.review.late}
                </span>
              </li>
              <li>
                <span className="stat-grid__label">座位使用</span>
                <span className="stat-grid__value">
                  {used} / {capacity}
                </span>
                <span className="muted">{share(used, capacity)}</span>
              </li>
              {s.results.sat > 0 && (
                <li>
                  <span className="stat-grid__label">参考 / 通过（通过率）</span>
                  <span className="stat-grid__value">
                    {s.results.sat} / {s.results.passed}
                  </span>
                  <span className="muted">{(s.results.passRate * 100).toFixed(1)}%</span>
                </li>
              )}
            </ul>
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={() => void report()} disabled={downloading}>
                {downloading ? '正在生成…' : '下载统计报告（PDF）'}
              </button>
            </div>
            <ApiProblem error={downloadError} />
          </section>

          <section aria-labelledby="charts-title">
            <h2 id="charts-title">图表</h2>
            <div className="chart-grid">
              <div className="card">
                <DayChart title="报名趋势（按首次提交日）" data={s.byDay} />
              </div>
              <div className="card">
                <BarChart title="报名状态（含草稿）" data={s.byStatus.map((d) => ({ label: d.label, value: d.count }))} unit="份" />
              </div>
              <div className="card">
                <BarChart title="报考级别" data={s.byLevel.map((d) => ({ label: d.label, value: d.count }))} />
              </div>
              <div className="card">
                <BarChart title="报考资格" data={s.byQualification.map((d) => ({ label: d.label, value: d.count }))} />
              </div>
              <div className="card">
                <BarChart title="考区" data={s.byArea.map((d) => ({ label: d.label, value: d.count }))} />
              </div>
              <div className="card">
                <BarChart title="学历" data={s.byEducation.map((d) => ({ label: d.label, value: d.count }))} />
              </div>
              <div className="card">
                <BarChart title="在职情况" data={s.byEmployment.map((d) => ({ label: d.label, value: d.count }))} />
              </div>
            </div>
          </section>

          <section aria-labelledby="seats-title">
            <h2 id="seats-title">考场座位</h2>
            {s.seats.length === 0 ? (
              <p>暂无考点。</p>
            ) : (
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">考点</th>
                      <th scope="col">考场数</th>
                      <th scope="col">座位数</th>
                      <th scope="col">已安排</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.seats.map((x) => (
                      <tr key={x.site.id}>
                        <td>{x.site.name}</td>
                        <td>{x.rooms}</td>
                        <td>{x.capacity}</td>
                        <td>{x.used}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
