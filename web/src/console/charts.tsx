// Hand-made SVG charts: no library, no inline styles (the CSP's style-src is
// 'self'; colours come from classes in staff.css, geometry from attributes).
// Each chart is an image with a title and a description, and its figures are
// also given as a table for screen readers and for copying.
import { useId } from 'react';

export interface Datum {
  label: string;
  value: number;
}

function niceMax(v: number): number {
  if (v <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function DataTable({ caption, head, rows }: { caption: string; head: [string, string]; rows: [string, string][] }) {
  return (
    <details className="chart-table">
      <summary>查看数据表</summary>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{head[0]}</th>
              <th scope="col">{head[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([a, b], i) => (
              <tr key={`${a}-${i}`}>
                <td>{a}</td>
                <td>{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Horizontal bars, largest first; past max items the rest as one grey 其他. */
export function BarChart({ title, data, unit = '人', max = 12 }: { title: string; data: readonly Datum[]; unit?: string; max?: number }) {
  const id = useId();
  const sorted = [...data].sort((a, b) => b.value - a.value);
  let shown = sorted;
  let other: Datum | null = null;
  if (sorted.length > max) {
    shown = sorted.slice(0, max - 1);
    const rest = sorted.slice(max - 1);
    other = { label: `其他（${rest.length} 项）`, value: rest.reduce((s, d) => s + d.value, 0) };
  }
  const items = other ? [...shown, other] : shown;
  const total = data.reduce((s, d) => s + d.value, 0);
  const top = niceMax(Math.max(1, ...items.map((d) => d.value)));
  const row = 26;
  const labelW = 150;
  const barW = 260;
  const width = labelW + barW + 60;
  const height = Math.max(1, items.length) * row + 8;
  return (
    <figure className="chart-figure">
      <figcaption id={`${id}-t`} className="chart-figure__title">
        {title}
      </figcaption>
      {items.length === 0 ? (
        <p className="muted">暂无数据</p>
      ) : (
        <>
          <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
            <desc id={`${id}-d`}>
              {items.map((d) => `${d.label} ${d.value}${unit}`).join('，')}；合计 {total}
              {unit}
            </desc>
            <line className="chart__axis" x1={labelW} y1={0} x2={labelW} y2={height - 4} />
            {items.map((d, i) => {
              const w = Math.max(d.value > 0 ? 2 : 0, (d.value / top) * barW);
              const y = i * row + 4;
              return (
                <g key={`${d.label}-${i}`}>
                  <text className="chart__label" x={labelW - 6} y={y + 14} textAnchor="end">
                    {truncate(d.label, 11)}
                  </text>
                  <rect className={other && i === items.length - 1 ? 'chart__bar chart__bar--muted' : 'chart__bar'} x={labelW} y={y} width={w} height={row - 8} />
                  <text className="chart__value" x={labelW + w + 4} y={y + 14}>
                    {d.value}
                  </text>
                </g>
              );
            })}
          </svg>
          <DataTable caption={title} head={['项目', `数量（${unit}）`]} rows={sorted.map((d) => [d.label, String(d.value)])} />
        </>
      )}
    </figure>
  );
}

export interface DayDatum {
  day: string;
  submitted: number;
  cumulative: number;
}

/** The registration curve: daily first submissions as bars, the cumulative count as a line. */
export function DayChart({ title, data }: { title: string; data: readonly DayDatum[] }) {
  const id = useId();
  const width = 480;
  const height = 220;
  const left = 40;
  const right = 40;
  const top = 10;
  const bottom = 30;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const maxDaily = niceMax(Math.max(1, ...data.map((d) => d.submitted)));
  const maxCum = niceMax(Math.max(1, ...data.map((d) => d.cumulative)));
  const n = Math.max(1, data.length);
  const slot = plotW / n;
  const barW = Math.min(28, Math.max(2, slot * 0.6));
  const every = Math.ceil(n / 6);
  const points = data
    .map((d, i) => `${(left + slot * i + slot / 2).toFixed(1)},${(top + plotH - (d.cumulative / maxCum) * plotH).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="chart-figure">
      <figcaption id={`${id}-t`} className="chart-figure__title">
        {title}
      </figcaption>
      {data.length === 0 ? (
        <p className="muted">暂无数据</p>
      ) : (
        <>
          <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
            <desc id={`${id}-d`}>
              共 {data.length} 天，累计 {data[data.length - 1].cumulative} 人；单日最多 {Math.max(...data.map((d) => d.submitted))} 人。
            </desc>
            <line className="chart__axis" x1={left} y1={top + plotH} x2={left + plotW} y2={top + plotH} />
            <line className="chart__axis" x1={left} y1={top} x2={left} y2={top + plotH} />
            <line className="chart__axis" x1={left + plotW} y1={top} x2={left + plotW} y2={top + plotH} />
            <text className="chart__tick" x={left - 4} y={top + 10} textAnchor="end">
              {maxCum}
            </text>
            <text className="chart__tick" x={left - 4} y={top + plotH} textAnchor="end">
              0
            </text>
            <text className="chart__tick" x={left + plotW + 4} y={top + 10}>
              {maxDaily}
            </text>
            {data.map((d, i) => {
              const h = (d.submitted / maxDaily) * plotH;
              const x = left + slot * i + (slot - barW) / 2;
              return (
                <g key={d.day}>
                  <rect className="chart__bar chart__bar--alt" x={x} y={top + plotH - h} width={barW} height={h} />
                  {i % every === 0 && (
                    <text className="chart__tick" x={left + slot * i + slot / 2} y={height - 10} textAnchor="middle">
                      {d.day.slice(5)}
                    </text>
                  )}
                </g>
              );
            })}
            <polyline className="chart__line" points={points} />
            {data.map((d, i) => (
              <circle key={d.day} className="chart__dot" cx={left + slot * i + slot / 2} cy={top + plotH - (d.cumulative / maxCum) * plotH} r={2.5} />
            ))}
          </svg>
          <ul className="legend">
            <li>
              <span className="legend__swatch legend__swatch--bar" aria-hidden="true" />
              每日新增（右轴）
            </li>
            <li>
              <span className="legend__swatch legend__swatch--line" aria-hidden="true" />
              累计报名（左轴）
            </li>
          </ul>
          <DataTable caption={title} head={['日期', '新增 / 累计']} rows={data.map((d) => [d.day, `${d.submitted} / ${d.cumulative}`])} />
        </>
      )}
    </figure>
  );
}
