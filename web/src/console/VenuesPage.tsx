// 考区与考点: the region's exam areas (考区) with their levels, their sites
// (考点) and rooms (考场) with capacities; add, change, disable.
import { useState, type FormEvent } from 'react';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading } from '../shared/layout/Feedback';
import { TextField } from '../shared/form/fields';
import { fieldErrors, otherErrors, type UserError } from '../shared/api/userErrors';
import { ApiProblem, Badge, LEVELS, LEVEL_LABELS, useLoad } from '../shared/staff/kit';
import type { ConsoleRegionQuery as RegionResult, Level } from '../gql/graphql';
import {
  ConsoleCreateAreaMutation,
  ConsoleCreateRoomMutation,
  ConsoleCreateSiteMutation,
  ConsoleRegionQuery,
  ConsoleUpdateAreaMutation,
  ConsoleUpdateRoomMutation,
  ConsoleUpdateSiteMutation,
} from './operations';
import { ScopeBar, useScope } from './scope';

type Area = NonNullable<NonNullable<RegionResult['region']>['areas']>[number];
type Site = NonNullable<Area['sites']>[number];

/** Runs a mutation that answers userErrors; shows them and a success line. */
function useAction() {
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(fn: () => Promise<UserError[]>, success: string): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const errs = await fn();
      setErrors(errs);
      if (errs.length === 0) setDone(success);
      return errs.length === 0;
    } catch (e) {
      setFailure(e);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { errors, failure, done, busy, run };
}

function LevelChoices({ value, onChange, errors }: { value: Level[]; onChange: (v: Level[]) => void; errors?: string[] }) {
  return (
    <fieldset className={`field field--group${errors?.length ? ' field--invalid' : ''}`}>
      <legend className="field__label">
        接受的级别<span className="field__required"> （至少一项）</span>
      </legend>
      <div className="field__choices">
        {LEVELS.map((l) => (
          <label key={l} className="choice">
            <input type="checkbox" checked={value.includes(l)} onChange={(e) => onChange(e.target.checked ? [...value, l] : value.filter((x) => x !== l))} />
            <span>{LEVEL_LABELS[l]}</span>
          </label>
        ))}
      </div>
      {errors?.length ? <p className="field__error">{errors.join('；')}</p> : null}
    </fieldset>
  );
}

function Room({ room, reload }: { room: NonNullable<Site['rooms']>[number]; reload: () => void }) {
  const [capacity, setCapacity] = useState(String(room.capacity));
  const a = useAction();
  async function save(e: FormEvent) {
    e.preventDefault();
    if (await a.run(async () => (await request(ConsoleUpdateRoomMutation, { id: room.id, input: { capacity: Number(capacity) } })).updateExamRoom.userErrors, '已保存'))
      reload();
  }
  async function toggle() {
    if (await a.run(async () => (await request(ConsoleUpdateRoomMutation, { id: room.id, input: { disabled: !room.disabled } })).updateExamRoom.userErrors, room.disabled ? '已启用' : '已停用'))
      reload();
  }
  return (
    <tr>
      <td>
        {room.code} {room.disabled && <Badge>已停用</Badge>}
      </td>
      <td>
        <form className="inline-form" onSubmit={save}>
          <TextField label={`考场 ${room.code} 座位数`} type="number" value={capacity} onChange={setCapacity} errors={fieldErrors(a.errors, 'capacity')} />
          <button type="submit" className="button" disabled={a.busy}>
            保存
          </button>
        </form>
      </td>
      <td>
        <button type="button" className="button button--plain" onClick={() => void toggle()} disabled={a.busy}>
          {room.disabled ? '启用' : '停用'}
          <span className="visually-hidden"> 考场 {room.code}</span>
        </button>
        <ErrorSummary errors={otherErrors(a.errors, ['capacity'])} title="" />
        <ApiProblem error={a.failure} />
        {a.done && <span className="muted"> {a.done}</span>}
      </td>
    </tr>
  );
}

function SiteBlock({ site, reload }: { site: Site; reload: () => void }) {
  const [code, setCode] = useState('');
  const [capacity, setCapacity] = useState('30');
  const a = useAction();
  async function addRoom(e: FormEvent) {
    e.preventDefault();
    if (
      await a.run(
        async () => (await request(ConsoleCreateRoomMutation, { siteId: site.id, input: { code: code.trim(), capacity: Number(capacity) } })).createExamRoom.userErrors,
        '考场已添加',
      )
    ) {
      setCode('');
      reload();
    }
  }
  async function toggle() {
    if (await a.run(async () => (await request(ConsoleUpdateSiteMutation, { id: site.id, input: { disabled: !site.disabled } })).updateExamSite.userErrors, site.disabled ? '已启用' : '已停用'))
      reload();
  }
  const rooms = site.rooms ?? [];
  return (
    <div className="tree-site">
      <h4>
        考点 {site.code} {site.name} {site.disabled && <Badge>已停用</Badge>}
      </h4>
      <p className="muted">
        {site.address} · {rooms.length} 个考场，{rooms.reduce((n, r) => n + (r.disabled ? 0 : r.capacity), 0)} 个座位
      </p>
      <button type="button" className="button button--plain" onClick={() => void toggle()} disabled={a.busy}>
        {site.disabled ? '启用考点' : '停用考点'}
        <span className="visually-hidden"> {site.name}</span>
      </button>
      {rooms.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">考场</th>
                <th scope="col">座位数</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {rooms.map((r) => (
                <Room key={r.id} room={r} reload={reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="inline-form" onSubmit={addRoom} aria-label={`在${site.name}添加考场`}>
        <TextField label="新考场编号" value={code} onChange={setCode} maxLength={16} errors={fieldErrors(a.errors, 'code')} />
        <TextField label="座位数" type="number" value={capacity} onChange={setCapacity} errors={fieldErrors(a.errors, 'capacity')} />
        <button type="submit" className="button" disabled={a.busy || !code.trim()}>
          添加考场
        </button>
      </form>
      <ErrorSummary errors={otherErrors(a.errors, ['code', 'capacity'])} />
      <ApiProblem error={a.failure} />
      {a.done && <Alert kind="success">{a.done}</Alert>}
    </div>
  );
}

function AreaBlock({ area, reload }: { area: Area; reload: () => void }) {
  const [levels, setLevels] = useState<Level[]>(area.levels);
  const [site, setSite] = useState({ code: '', name: '', address: '' });
  const a = useAction();
  async function saveLevels(e: FormEvent) {
    e.preventDefault();
    if (await a.run(async () => (await request(ConsoleUpdateAreaMutation, { id: area.id, input: { levels } })).updateExamArea.userErrors, '级别已保存')) reload();
  }
  async function toggle() {
    if (await a.run(async () => (await request(ConsoleUpdateAreaMutation, { id: area.id, input: { disabled: !area.disabled } })).updateExamArea.userErrors, area.disabled ? '已启用' : '已停用'))
      reload();
  }
  async function addSite(e: FormEvent) {
    e.preventDefault();
    if (
      await a.run(
        async () =>
          (await request(ConsoleCreateSiteMutation, { areaId: area.id, input: { code: site.code.trim(), name: site.name.trim(), address: site.address.trim() } })).createExamSite
            .userErrors,
        '考点已添加',
      )
    ) {
      setSite({ code: '', name: '', address: '' });
      reload();
    }
  }
  return (
    <section className="card" aria-labelledby={`area-${area.id}`}>
      <h3 id={`area-${area.id}`}>
        考区 {area.code} {area.name} {area.disabled && <Badge>已停用</Badge>}
      </h3>
      <form onSubmit={saveLevels} aria-label={`${area.name}接受的级别`}>
        <LevelChoices value={levels} onChange={setLevels} errors={fieldErrors(a.errors, 'levels')} />
        <div className="button-row">
          <button type="submit" className="button" disabled={a.busy}>
            保存级别
          </button>
          <button type="button" className="button button--plain" onClick={() => void toggle()} disabled={a.busy}>
            {area.disabled ? '启用考区' : '停用考区'}
          </button>
        </div>
      </form>
      <ErrorSummary errors={otherErrors(a.errors, ['levels', 'code', 'name', 'address'])} />
      <ApiProblem error={a.failure} />
      {a.done && <Alert kind="success">{a.done}</Alert>}
      {(area.sites ?? []).map((s) => (
        <SiteBlock key={s.id} site={s} reload={reload} />
      ))}
      <form onSubmit={addSite} className="tree-site" aria-label={`在${area.name}添加考点`}>
        <h4>添加考点</h4>
        <div className="form-grid">
          <TextField label="考点编号" value={site.code} onChange={(v) => setSite({ ...site, code: v })} maxLength={16} errors={fieldErrors(a.errors, 'code')} required />
          <TextField label="考点名称" value={site.name} onChange={(v) => setSite({ ...site, name: v })} errors={fieldErrors(a.errors, 'name')} required />
          <TextField label="地址" value={site.address} onChange={(v) => setSite({ ...site, address: v })} errors={fieldErrors(a.errors, 'address')} required />
        </div>
        <button type="submit" className="button" disabled={a.busy}>
          添加考点
        </button>
      </form>
    </section>
  );
}

export function VenuesPage() {
  const scope = useScope('open');
  const region = useLoad(async () => (scope.region ? (await request(ConsoleRegionQuery, { code: scope.region })).region : null), [scope.region]);
  const [area, setArea] = useState({ code: '', name: '' });
  const [levels, setLevels] = useState<Level[]>(['JUNIOR', 'INTERMEDIATE', 'SENIOR']);
  const a = useAction();
  const reload = () => void region.reload();

  async function addArea(e: FormEvent) {
    e.preventDefault();
    if (
      await a.run(
        async () => (await request(ConsoleCreateAreaMutation, { regionCode: scope.region, input: { code: area.code.trim(), name: area.name.trim(), levels } })).createExamArea.userErrors,
        '考区已添加',
      )
    ) {
      setArea({ code: '', name: '' });
      reload();
    }
  }

  return (
    <Page title="考区与考点" lead="考区（考生报名时选择）、考点和考场。停用而不删除；已有考生或已编排座位的不能停用。">
      <ScopeBar scope={scope} withSession={false} />
      {scope.national && !scope.region && <Alert kind="info">请先选择地区。</Alert>}
      <ApiProblem error={region.error} />
      {region.loading && !region.data && scope.region && <Loading />}
      {region.data && (
        <>
          <h2>考区（{(region.data.areas ?? []).length} 个）</h2>
          {(region.data.areas ?? []).map((ar) => (
            <AreaBlock key={ar.id} area={ar} reload={reload} />
          ))}
          <form onSubmit={addArea} className="card" aria-labelledby="add-area-title">
            <h2 id="add-area-title">添加考区</h2>
            <ErrorSummary errors={otherErrors(a.errors, ['code', 'name', 'levels'])} />
            <ApiProblem error={a.failure} />
            {a.done && <Alert kind="success">{a.done}</Alert>}
            <div className="form-grid">
              <TextField label="考区编号" hint="本地区内唯一，例如 03" value={area.code} onChange={(v) => setArea({ ...area, code: v })} maxLength={16} errors={fieldErrors(a.errors, 'code')} required />
              <TextField label="考区名称" value={area.name} onChange={(v) => setArea({ ...area, name: v })} errors={fieldErrors(a.errors, 'name')} required />
            </div>
            <LevelChoices value={levels} onChange={setLevels} errors={fieldErrors(a.errors, 'levels')} />
            <button type="submit" className="button button--primary" disabled={a.busy}>
              添加考区
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
