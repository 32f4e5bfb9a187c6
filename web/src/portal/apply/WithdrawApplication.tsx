// 撤回报名: the candidate withdraws an application that is not registered yet
// (草稿 / 已提交 / 待审核 / 审核未通过 / 待缴费 — the API's rule), after a
// confirmation dialog with an optional reason.
import { useState } from 'react';
import { request } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/layout/ConfirmDialog';
import { ErrorSummary, RequestError } from '../../shared/layout/Feedback';
import { TextAreaField } from '../../shared/staff/kit';
import type { UserError } from '../../shared/api/userErrors';
import type { PortalApplicationFieldsFragment as App } from '../../gql/graphql';
import { PortalWithdrawApplicationMutation } from './applyOperations';

/** The states withdrawApplication accepts. */
export const WITHDRAWABLE = ['DRAFT', 'SUBMITTED', 'PENDING_REVIEW', 'REJECTED', 'AWAITING_PAYMENT'];

export function WithdrawApplication({ app, onWithdrawn }: { app: App; onWithdrawn: (app: App) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);

  async function withdraw() {
    setBusy(true);
    setFailure(null);
    try {
      const { withdrawApplication: r } = await request(PortalWithdrawApplicationMutation, { id: app.id, reason: reason.trim() || null });
      setErrors(r.userErrors);
      setOpen(false);
      if (r.userErrors.length === 0 && r.application) onWithdrawn(r.application);
    } catch (e) {
      setFailure(e);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">撤回报名</h2>
      <p>撤回后本次报名失效{app.status === 'AWAITING_PAYMENT' ? '，不能再缴费' : ''}；报名期内可重新填写报名。</p>
      <ErrorSummary errors={errors} title="未能撤回：" />
      <RequestError error={failure} />
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        撤回报名
      </button>
      <ConfirmDialog open={open} title="确认撤回报名？" confirmLabel="确认撤回" cancelLabel="不撤回" danger busy={busy} onConfirm={() => void withdraw()} onCancel={() => setOpen(false)}>
        <p>
          {app.session.name}
          {app.qualification ? ` · ${app.qualification.levelLabel} · ${app.qualification.name}` : ''}（{app.statusLabel}）
        </p>
        <TextAreaField label="撤回原因（选填）" value={reason} onChange={setReason} rows={3} maxLength={200} />
      </ConfirmDialog>
    </section>
  );
}
