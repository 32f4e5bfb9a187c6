// Where a submitted application stands: its state, deadline, rejection
// reasons, history, and what to do next.
import { Link } from 'react-router';
import type { PortalApplicationFieldsFragment } from '../../gql/graphql';
import { formatTime } from '../../shared/format';

export function ApplicationStatus({ app }: { app: PortalApplicationFieldsFragment }) {
  return (
    <section className="card application-status" aria-labelledby="status-title">
      <h2 id="status-title">
        报名状态：<span className={`status status--${app.status.toLowerCase()}`}>{app.statusLabel}</span>
      </h2>
      <dl className="facts">
        <dt>考试</dt>
        <dd>{app.session.name}</dd>
        <dt>报名省市</dt>
        <dd>{app.region.name}</dd>
        {app.area && (
          <>
            <dt>考试考区</dt>
            <dd>{app.area.name}</dd>
          </>
        )}
        {app.qualification && (
          <>
            <dt>报考资格</dt>
            <dd>
              {app.qualification.levelLabel} · {app.qualification.name}
            </dd>
          </>
        )}
        {app.submittedAt && (
          <>
            <dt>提交时间</dt>
            <dd>{formatTime(app.submittedAt)}</dd>
          </>
        )}
        {app.reviewDeadlineAt && app.status === 'PENDING_REVIEW' && (
          <>
            <dt>审核截止</dt>
            <dd>{formatTime(app.reviewDeadlineAt)}</dd>
          </>
        )}
        {app.feeText && (
          <>
            <dt>报名费</dt>
            <dd>{app.feeText}</dd>
          </>
        )}
      </dl>
      {app.status === 'REJECTED' && app.rejectionReasons.length > 0 && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">审核未通过，原因：</p>
          <ul>
            {app.rejectionReasons.map((r) => (
              <li key={r.code}>
                {r.label}
                {r.description ? `：${r.description}` : ''}
              </li>
            ))}
          </ul>
          <p>请修改报名信息后重新提交。</p>
        </div>
      )}
      {app.status === 'AWAITING_PAYMENT' && (
        <p>
          审核已通过，请在缴费期内 <Link to="/payment">网上缴费</Link>。
        </p>
      )}
      {(app.history ?? []).length > 0 && (
        <details className="history">
          <summary>办理记录</summary>
          <ol>
            {(app.history ?? []).map((h) => (
              <li key={h.id}>
                {formatTime(h.createdAt)} {h.toStatusLabel}
                {h.reason ? `：${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
