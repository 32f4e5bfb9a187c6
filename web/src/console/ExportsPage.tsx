// 报表与导出: the summary report (PDF) and exports of applications (CSV /
// Excel) as jobs — queued, running with progress, ready with a download.
import { useState, type FormEvent } from 'react';
import { download, request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import { CheckboxField, RadioGroup } from '../shared/form/fields';
import type { UserError } from '../shared/api/userErrors';
import { ApiProblem, dateTime, usePoll, useLoad } from '../shared/staff/kit';
import type { ApplicationExportFormat, ApplicationStatus } from '../gql/graphql';
import { ConsoleExportsQuery, ConsoleFormChoicesQuery, ConsoleStartExportMutation, ConsoleStatisticsQuery } from './operations';
import { ScopeBar, useScope } from './scope';

function size(bytes: number | null | undefined): string {
  if (bytes == null) return '—';
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function ExportsPage() {
  const scope = useScope('open');
  const choices = useLoad(() => request(ConsoleFormChoicesQuery), []);
  const list = useLoad(
    async () => (scope.session ? (await request(ConsoleExportsQuery, { sessionCode: scope.session, regionCode: scope.region || null })).applicationExports : null),
    [scope.session, scope.region],
  );
  const [format, setFormat] = useState<ApplicationExportFormat>('XLSX');
  const [fullIds, setFullIds] = useState(false);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [started, setStarted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reportBusy, setReportBusy] = useState(false);

  const rows = (list.data?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const working = rows.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING');
  usePoll(working, 1000, () => void list.reload());

  async function start(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    setStarted(null);
    try {
      const data = await request(ConsoleStartExportMutation, {
        input: {
          sessionCode: scope.session,
          regionCode: scope.region || null,
          format,
          fullIdNumbers: fullIds,
          statuses: statuses.length ? (statuses as ApplicationStatus[]) : null,
        },
      });
      setErrors(data.startApplicationExport.userErrors);
      if (data.startApplicationExport.export) {
        setStarted('导出任务已创建，完成后可在下方下载。');
        await list.reload();
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  async function save(url: string, name: string) {
    setFailure(null);
    try {
      await download(url, name);
    } catch (err) {
      setFailure(err);
    }
  }

  async function report() {
    setReportBusy(true);
    setFailure(null);
    try {
      const s = (await request(ConsoleStatisticsQuery, { sessionCode: scope.session, regionCode: scope.region || null })).statistics;
      await download(s.reportUrl, `报名统计报告-${scope.session}.pdf`);
    } catch (err) {
      setFailure(err);
    } finally {
      setReportBusy(false);
    }
  }

  const statusChoices = (choices.data?.formChoices.statuses ?? []).filter((s) => s.value !== 'DRAFT');

  return (
    <Page title="报表与导出" lead="下载统计报告，或把报名信息导出为 Excel / CSV 文件。每次下载都记入审计日志。">
      <ScopeBar scope={scope} countryAllowed />
      {started && <Alert kind="success">{started}</Alert>}
      <ApiProblem error={failure} />

      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title">统计报告</h2>
        <p>本批次、本地区的报名统计（关键数据、报名趋势、报考资格、报名分布、考场座位），A4 PDF。</p>
        <button type="button" className="button button--primary" onClick={() => void report()} disabled={reportBusy || !scope.session}>
          {reportBusy ? '正在生成…' : '下载统计报告（PDF）'}
        </button>
      </section>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">导出报名信息</h2>
        <form onSubmit={start} noValidate>
          <ErrorSummary errors={errors} />
          <RadioGroup
            legend="文件格式"
            value={format}
            onChange={(v) => setFormat(v as ApplicationExportFormat)}
            options={[
              { value: 'XLSX', label: 'Excel（.xlsx，长号码为文本）' },
              { value: 'CSV', label: 'CSV（UTF-8）' },
            ]}
          />
          <fieldset className="field field--group">
            <legend className="field__label">报名状态（不选则导出除草稿外的全部）</legend>
            <div className="field__choices">
              {statusChoices.map((s) => (
                <label key={s.value} className="choice">
                  <input
                    type="checkbox"
                    value={s.value}
                    checked={statuses.includes(s.value)}
                    onChange={(e) => setStatuses(e.target.checked ? [...statuses, s.value] : statuses.filter((x) => x !== s.value))}
                  />
                  <span>{s.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <CheckboxField label="导出完整证件号码（默认脱敏，完整号码的导出记入审计）" checked={fullIds} onChange={setFullIds} />
          <button type="submit" className="button button--primary" disabled={busy || !scope.session}>
            {busy ? '正在创建…' : '开始导出'}
          </button>
        </form>
      </section>

      <section aria-labelledby="jobs-title">
        <h2 id="jobs-title">导出记录</h2>
        <ApiProblem error={list.error} />
        {list.loading && !list.data && <Loading />}
        {list.data && rows.length === 0 && <p>暂无导出记录。</p>}
        {rows.length > 0 && (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">文件</th>
                  <th scope="col">状态</th>
                  <th scope="col">进度</th>
                  <th scope="col">申请人 / 时间</th>
                  <th scope="col">下载</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.fileName}
                      <br />
                      <span className="muted">
                        {r.format === 'XLSX' ? 'Excel' : 'CSV'} · {r.region?.name ?? '全国'} · {r.fullIdNumbers ? '完整证件号码' : '证件号码脱敏'} · {size(r.fileBytes)}
                      </span>
                    </td>
                    <td>
                      {r.statusLabel}
                      {r.error && <span className="field__error">{r.error}</span>}
                    </td>
                    <td>
                      <progress className="progress" max={1} value={r.progress} aria-label={`${r.fileName} 导出进度`} />{' '}
                      {r.rowsDone} / {r.rowsTotal}
                    </td>
                    <td>
                      {r.requestedByName}
                      <br />
                      <span className="muted">{dateTime(r.createdAt)}</span>
                    </td>
                    <td>
                      {r.status === 'READY' && r.downloadUrl ? (
                        <button type="button" className="button" onClick={() => void save(r.downloadUrl!, r.fileName)}>
                          下载<span className="visually-hidden"> {r.fileName}</span>
                        </button>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
