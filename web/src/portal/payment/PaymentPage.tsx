// 网上缴费: an application approved for payment gets an order; its QR code
// is shown and the page polls until the gateway reports it paid.
import { useCallback, useEffect, useState } from 'react';
import { request } from '../../shared/api/client';
import type { UserError } from '../../shared/api/userErrors';
import { Page } from '../../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading, RequestError } from '../../shared/layout/Feedback';
import { formatTime } from '../../shared/format';
import type { PortalPaymentFieldsFragment as App } from '../../gql/graphql';
import { PortalPayMutation, PortalPaymentsQuery, PortalRefreshPaymentMutation } from './paymentOperations';
import { PaymentQrCode } from './PaymentQrCode';

const SHOWN = ['AWAITING_PAYMENT', 'REGISTERED', 'REFUNDED'];
const POLL_MS = 3000;

export function PaymentPage() {
  const [apps, setApps] = useState<App[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    request(PortalPaymentsQuery).then((d) => setApps(d.myApplications.filter((a) => SHOWN.includes(a.status))), setFailure);
  }, []);

  const replace = useCallback((next: App) => setApps((list) => (list ?? []).map((a) => (a.id === next.id ? next : a))), []);

  return (
    <Page title="网上缴费" lead="审核通过后请在缴费截止前完成缴费，缴费成功即报名成功。报名费一经缴纳不予退还。">
      <RequestError error={failure} />
      {!apps && !failure && <Loading />}
      {apps && apps.length === 0 && <Alert kind="info">暂无需要缴费的报名。报名审核通过后可在此缴费。</Alert>}
      {apps?.map((a) => <PaymentCard key={a.id} app={a} onChanged={replace} />)}
    </Page>
  );
}

function PaymentCard({ app, onChanged }: { app: App; onChanged: (a: App) => void }) {
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const order = app.payment;
  const paying = app.status === 'AWAITING_PAYMENT' && order?.status === 'PENDING' && !!order.codeUrl;

  useEffect(() => {
    if (!paying) return;
    const timer = setInterval(async () => {
      try {
        const { refreshPayment: r } = await request(PortalRefreshPaymentMutation, { id: app.id });
        if (r.application) onChanged(r.application);
      } catch (e) {
        setFailure(e);
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [paying, app.id, onChanged]);

  async function pay() {
    setBusy(true);
    setFailure(null);
    try {
      const { payApplication: r } = await request(PortalPayMutation, { id: app.id });
      setErrors(r.userErrors);
      if (r.application) onChanged(r.application);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card payment" aria-labelledby={`pay-${app.id}`}>
      <h2 id={`pay-${app.id}`}>
        {app.session.name} · {app.qualification?.levelLabel} {app.qualification?.name}
      </h2>
      <dl className="facts">
        <dt>报名省市</dt>
        <dd>{app.region.name}</dd>
        <dt>报名状态</dt>
        <dd className="payment__status">{app.statusLabel}</dd>
        <dt>报名费</dt>
        <dd>{app.feeText ?? '—'}</dd>
        {order && (
          <>
            <dt>订单号</dt>
            <dd>{order.outTradeNo}</dd>
            <dt>订单状态</dt>
            <dd>{order.statusLabel}</dd>
          </>
        )}
      </dl>
      <ErrorSummary errors={errors} title="无法缴费：" />
      <RequestError error={failure} />
      {app.status === 'AWAITING_PAYMENT' && !paying && (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void pay()}>
          {busy ? '正在生成订单…' : '微信扫码缴费'}
        </button>
      )}
      {paying && order?.codeUrl && (
        <div className="payment__qr">
          <PaymentQrCode value={order.codeUrl} label={`缴费二维码，金额 ${app.feeText ?? ''}`} />
          <p role="status" aria-live="polite">
            请使用微信扫描二维码支付 {app.feeText}，支付完成后页面自动更新。二维码 {formatTime(order.expiresAt)} 前有效。
          </p>
          <p className="field__hint">
            演示环境：<a href={order.codeUrl} target="_blank" rel="noopener noreferrer" className="payment__sim-link">在模拟支付页打开</a>
          </p>
        </div>
      )}
      {app.status === 'REGISTERED' && order?.status === 'PAID' && (
        <Alert kind="success">
          缴费成功，报名成功！{order.paidAt ? `支付时间 ${formatTime(order.paidAt)}。` : ''}
          {order.receiptNo ? `收据号 ${order.receiptNo}。` : ''}
          {order.receiptUrl && (
            <>
              {' '}
              <a href={order.receiptUrl} download>
                下载电子收据
              </a>
            </>
          )}
        </Alert>
      )}
    </section>
  );
}
