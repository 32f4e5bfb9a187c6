// 调整座位: after a seat plan is published, move one candidate to a free seat
// of a room in their exam area, with a reason (audited as AdmissionTicket.move).
// A ticket is found through its application (reviewQueue: 报名成功 in the
// session, by name, full ID number or 准考证号), and the result lists each
// one's 准考证号 and seat.
import { useState, type FormEvent } from 'react';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import { ConfirmDialog } from '../shared/layout/ConfirmDialog';
import { SelectField, TextField } from '../shared/form/fields';
import { fieldErrors, otherErrors, type UserError } from '../shared/api/userErrors';
import { ApiProblem, TextAreaField, useLoad } from '../shared/staff/kit';
import type { ConsoleTicketSearchQuery as SearchResult } from '../gql/graphql';
import { ConsoleAreaRoomsQuery, ConsoleMoveSeatMutation, ConsoleTicketSearchQuery } from './operations';
import { ScopeBar, useScope } from './scope';

type Found = NonNullable<NonNullable<NonNullable<SearchResult['reviewQueue']['edges']>[number]>['node']>;

interface Room {
  id: string;
  label: string;
  capacity: number;
}

function place(t: { seat: number; room: { code: string; site: { name: string } } }): string {
  return `${t.room.site.name} 第 ${t.room.code} 考场 ${t.seat} 号座位`;
}

export function SeatMovePage() {
  const scope = useScope('print');
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [chosen, setChosen] = useState<Found | null>(null);
  const [roomId, setRoomId] = useState('');
  const [seat, setSeat] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const regionCode = chosen?.region.code ?? '';
  const areaId = chosen?.area?.id ?? '';
  const rooms = useLoad(async (): Promise<Room[]> => {
    if (!regionCode) return [];
    const { region } = await request(ConsoleAreaRoomsQuery, { code: regionCode });
    const area = region?.areas?.find((a) => a.id === areaId);
    return (area?.sites ?? [])
      .filter((s) => !s.disabled)
      .flatMap((s) => (s.rooms ?? []).filter((r) => !r.disabled).map((r) => ({ id: r.id, capacity: r.capacity, label: `${s.name} 第 ${r.code} 考场（${r.capacity} 个座位）` })));
  }, [regionCode, areaId]);
  const room = rooms.data?.find((r) => r.id === roomId);

  async function find(e?: FormEvent) {
    e?.preventDefault();
    setSearching(true);
    setFailure(null);
    try {
      const { reviewQueue } = await request(ConsoleTicketSearchQuery, {
        filter: { sessionCode: scope.session || null, regionCode: scope.region || null, statuses: ['REGISTERED'], search: search.trim() || null },
      });
      setFound((reviewQueue.edges ?? []).flatMap((x) => (x?.node ? [x.node] : [])));
    } catch (err) {
      setFailure(err);
    } finally {
      setSearching(false);
    }
  }

  function choose(f: Found) {
    setChosen(f);
    setRoomId(f.admissionTicket?.room.id ?? '');
    setSeat('');
    setReason('');
    setErrors([]);
    setDone(null);
  }

  function ask(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const local: UserError[] = [];
    if (!roomId) local.push({ field: ['roomId'], code: 'REQUIRED', message: '请选择考场' });
    if (!/^\d+$/.test(seat.trim())) local.push({ field: ['seat'], code: 'REQUIRED', message: '请填写座位号（整数）' });
    if (!reason.trim()) local.push({ field: ['reason'], code: 'REQUIRED', message: '请填写调整原因' });
    setErrors(local);
    if (local.length === 0) setConfirming(true);
  }

  async function move() {
    const ticket = chosen?.admissionTicket;
    if (!chosen || !ticket) return;
    setBusy(true);
    setFailure(null);
    try {
      const { moveSeat: r } = await request(ConsoleMoveSeatMutation, { ticketId: ticket.id, roomId, seat: Number(seat.trim()), reason });
      setErrors(r.userErrors);
      if (r.userErrors.length === 0 && r.ticket) {
        setDone(`已调整：${chosen.name}（准考证号 ${r.ticket.ticketNumber}）现为 ${place(r.ticket)}。考生重新打印的准考证将显示新座位。`);
        setChosen({ ...chosen, admissionTicket: { ...ticket, ...r.ticket } });
        setSeat('');
        setReason('');
        if (found) setFound(found.map((f) => (f.id === chosen.id ? { ...f, admissionTicket: { ...ticket, ...r.ticket! } } : f)));
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const ticket = chosen?.admissionTicket;
  return (
    <Page title="调整座位" lead="编排结果发布后，将一名考生调到其所报考区内某考场的空座位；须填写原因，每次调整均记入审计日志。">
      <ScopeBar scope={scope} countryAllowed />
      <form className="card" onSubmit={(e) => void find(e)} noValidate aria-labelledby="seat-search-title">
        <h2 id="seat-search-title">查找准考证</h2>
        <p>在本批次报名成功的考生中查找（接口按姓名或完整证件号码查找；结果列出准考证号和当前座位）。</p>
        <TextField label="考生姓名、证件号码或准考证号" hint="姓名可只填一部分，证件号码和 16 位准考证号须填完整；留空则列出本批次报名成功的考生（至多 50 名）" value={search} onChange={setSearch} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={searching || !scope.session}>
            查找
          </button>
        </div>
      </form>
      <ApiProblem error={failure} />
      {searching && <Loading label="正在查找…" />}
      {found && !searching && found.length === 0 && <Alert kind="info">没有找到报名成功的考生。请检查考试批次、姓名或证件号码。</Alert>}
      {found && found.length > 0 && (
        <div className="table-wrap scroll-box" tabIndex={0} role="region" aria-label="查找结果（可横向滚动）">
          <table className="data seat-move-table">
            <caption>查找结果：{found.length} 名考生</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">证件号码</th>
                <th scope="col">准考证号</th>
                <th scope="col">当前座位</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {found.map((f) => (
                <tr key={f.id} aria-current={chosen?.id === f.id ? 'true' : undefined}>
                  <td>{f.name}</td>
                  <td className="mono">{f.idNumberMasked}</td>
                  <td className="mono">{f.admissionTicket?.ticketNumber ?? '—'}</td>
                  <td>{f.admissionTicket ? place(f.admissionTicket) : '尚未编排（编排结果发布后才有准考证）'}</td>
                  <td>
                    {f.admissionTicket && (
                      <button type="button" className="button button--small" onClick={() => choose(f)}>
                        调整座位<span className="visually-hidden"> {f.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {chosen && ticket && (
        <form className="card" onSubmit={ask} noValidate aria-labelledby="seat-move-title">
          <h2 id="seat-move-title">调整 {chosen.name} 的座位</h2>
          {done && <Alert kind="success">{done}</Alert>}
          <dl className="facts">
            <dt>准考证号</dt>
            <dd className="mono">{ticket.ticketNumber}</dd>
            <dt>考区</dt>
            <dd>{chosen.area?.name ?? '—'}</dd>
            <dt>当前座位</dt>
            <dd>{place(ticket)}</dd>
          </dl>
          <ErrorSummary errors={otherErrors(errors, ['roomId', 'seat', 'reason'])} title="未能调整：" />
          <ApiProblem error={rooms.error} />
          <div className="form-grid">
            <SelectField
              label="新考场"
              hint="只能调到考生所报考区内启用的考场"
              value={roomId}
              onChange={setRoomId}
              options={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.label }))}
              placeholder="请选择考场"
              errors={fieldErrors(errors, 'roomId')}
              required
            />
            <TextField
              label="新座位号"
              type="number"
              inputMode="numeric"
              hint={room ? `1 至 ${room.capacity}` : '先选择考场'}
              value={seat}
              onChange={setSeat}
              errors={fieldErrors(errors, 'seat')}
              required
            />
          </div>
          <TextAreaField label="调整原因" hint="记入审计日志，至多 200 字" value={reason} onChange={setReason} maxLength={200} rows={3} errors={fieldErrors(errors, 'reason')} required />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              调整座位…
            </button>
            <button type="button" className="button" onClick={() => setChosen(null)} disabled={busy}>
              取消
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog open={confirming} title="确认调整座位" confirmLabel="确认调整" busy={busy} onConfirm={() => void move()} onCancel={() => setConfirming(false)}>
        {chosen && ticket && (
          <>
            <p>
              将 <strong>{chosen.name}</strong>（准考证号 <span className="mono">{ticket.ticketNumber}</span>）从 {place(ticket)} 调到{' '}
              <strong>
                {room?.label.replace(/（.*）$/, '') ?? '—'} {seat.trim()} 号座位
              </strong>
              。
            </p>
            <p>原因：{reason.trim()}</p>
          </>
        )}
      </ConfirmDialog>
    </Page>
  );
}
