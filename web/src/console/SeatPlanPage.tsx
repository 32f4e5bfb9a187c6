// 考场编排: run the region's seat plan in the printing window, follow its
// progress, see shortfalls, publish a READY run (admission tickets).
import { useState } from 'react';
import { Link } from 'react-router';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import type { UserError } from '../shared/api/userErrors';
import { ApiProblem, Badge, dateTime, usePoll, useLoad } from '../shared/staff/kit';
import { ConsolePublishSeatPlanMutation, ConsoleRunSeatPlanMutation, ConsoleSeatPlanRunsQuery } from './operations';
import { ScopeBar, useScope } from './scope';

const STATUS: Record<string, [string, 'neutral' | 'warn' | 'ok' | 'bad' | 'info']> = {
  RUNNING: ['编排中', 'info'],
  READY: ['已完成，待发布', 'warn'],
  SHORTFALL: ['座位不足', 'bad'],
  FAILED: ['失败', 'bad'],
  PUBLISHED: ['已发布', 'ok'],
  SUPERSEDED: ['已被替代', 'neutral'],
};

export function SeatPlanPage() {
  const scope = useScope('print');
  const needRegion = scope.national && !scope.region;
  const runs = useLoad(
    async () =>
      scope.session ? (await request(ConsoleSeatPlanRunsQuery, { sessionCode: scope.session, regionCode: scope.region || null })).seatPlanRuns : null,
    [scope.session, scope.region],
  );
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = runs.data ?? [];
  usePoll(list.some((r) => r.status === 'RUNNING'), 1000, () => void runs.reload());
  const published = list.some((r) => r.status === 'PUBLISHED');

  async function run() {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const data = await request(ConsoleRunSeatPlanMutation, { sessionCode: scope.session, regionCode: scope.region || null });
      setErrors(data.runSeatPlan.userErrors);
      if (data.runSeatPlan.run) setDone('编排已开始。');
      await runs.reload();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  async function publish(id: string) {
    if (!window.confirm('发布后将生成准考证，编排结果不能再修改。确定发布？')) return;
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const data = await request(ConsolePublishSeatPlanMutation, { runId: id });
      setErrors(data.publishSeatPlan.userErrors);
      if (data.publishSeatPlan.run) setDone('已发布，考生可在打印期内打印准考证。');
      await runs.reload();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="考场编排" lead="在准考证打印期内为报名成功的考生编排考点、考场和座位；随机种子由服务器生成，每次编排均有记录。">
      <ScopeBar scope={scope} />
      {done && <Alert kind="success">{done}</Alert>}
      <ErrorSummary errors={errors} title="未能执行：" />
      <ApiProblem error={failure ?? runs.error} />
      {needRegion ? (
        <Alert kind="info">请先选择地区。</Alert>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => void run()} disabled={busy || published || !scope.session}>
            {list.length ? '重新编排' : '开始编排'}
          </button>
          {published && (
            <span className="muted">
              已发布的编排不能重新编排；个别考生可<Link to={`/console/seat-moves?${new URLSearchParams({ session: scope.session, ...(scope.region ? { region: scope.region } : {}) })}`}>调整座位</Link>。
            </span>
          )}
        </div>
      )}
      {runs.loading && !runs.data && <Loading />}
      {runs.data && list.length === 0 && <p>本批次尚未编排。</p>}
      {list.map((r) => {
        const [label, tone] = STATUS[r.status] ?? [r.status, 'neutral'];
        return (
          <section key={r.id} className="card" aria-label={`编排 ${dateTime(r.startedAt)}`}>
            <h2>
              {r.region.name} · {dateTime(r.startedAt)} <Badge tone={tone}>{label}</Badge>
            </h2>
            <dl className="facts">
              <dt>编排人</dt>
              <dd>{r.runByName}</dd>
              <dt>编排方式</dt>
              <dd>{r.seating === 'MIXED' ? '混合编排' : '按资格编排'}</dd>
              <dt>考生 / 已编排</dt>
              <dd>
                {r.candidates} / {r.staged}{' '}
                {r.status === 'RUNNING' && <progress className="progress" max={Math.max(1, r.candidates)} value={r.staged} aria-label="编排进度" />}
              </dd>
              <dt>完成时间</dt>
              <dd>{dateTime(r.finishedAt)}</dd>
              <dt>发布时间</dt>
              <dd>{dateTime(r.publishedAt)}</dd>
              <dt>输入摘要</dt>
              <dd className="mono">{r.inputsDigest ? `${r.inputsDigest.slice(0, 16)}…` : '—'}</dd>
            </dl>
            {r.shortfalls.length > 0 && (
              <div className="table-wrap">
                <table className="data">
                  <caption>座位不足的考区（未安排任何座位）</caption>
                  <thead>
                    <tr>
                      <th scope="col">考区</th>
                      <th scope="col">考生</th>
                      <th scope="col">座位</th>
                      <th scope="col">缺少</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.shortfalls.map((s) => (
                      <tr key={s.area.id}>
                        <td>{s.area.name}</td>
                        <td>{s.need}</td>
                        <td>{s.have}</td>
                        <td>{s.lack}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {r.status === 'READY' && (
              <div className="button-row">
                <button type="button" className="button button--primary" onClick={() => void publish(r.id)} disabled={busy}>
                  发布编排结果（生成准考证）
                </button>
              </div>
            )}
          </section>
        );
      })}
    </Page>
  );
}
