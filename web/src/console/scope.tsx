// The console's scope: the session and, for national admins, the region
// (region admins always work in their own; the API enforces it). Kept in the
// URL (?session=…&region=…) so that links and reloads keep it.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { request } from '../shared/api/client';
import { useAuth } from '../shared/auth/AuthContext';
import { SelectField } from '../shared/form/fields';
import { ApiProblem, useLoad } from '../shared/staff/kit';
import { ConsoleScopeQuery } from './operations';

export type SessionPick = 'open' | 'print';

export function useScope(prefer: SessionPick = 'open') {
  const { me } = useAuth();
  const national = me?.staff?.role === 'NATIONAL_ADMIN';
  const ownRegion = me?.staff?.region ?? null;
  const [params, setParams] = useSearchParams();
  const meta = useLoad(() => request(ConsoleScopeQuery), []);
  const sessions = useMemo(() => meta.data?.examSessions ?? [], [meta.data]);
  const fallback = useMemo(() => {
    const now = Date.now();
    if (prefer === 'print') {
      const printing = sessions.find((s) => Date.parse(s.ticketPrintOpensAt) <= now && now < Date.parse(s.ticketPrintClosesAt));
      if (printing) return printing.code;
    }
    return (sessions.find((s) => s.registrationOpen) ?? sessions[0])?.code ?? '';
  }, [sessions, prefer]);
  const session = params.get('session') || fallback;
  // National admins: '' is the whole country (statistics, exports) or must be chosen (region pages).
  const region = national ? (params.get('region') ?? '') : (ownRegion?.code ?? '');
  const regionName = national ? (meta.data?.regions.find((r) => r.code === region)?.name ?? '全国') : (ownRegion?.name ?? '');
  function set(key: 'session' | 'region', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }
  return {
    national,
    session,
    region,
    regionName,
    sessions,
    regions: meta.data?.regions ?? [],
    error: meta.error,
    ready: !!meta.data,
    setSession: (v: string) => set('session', v),
    setRegion: (v: string) => set('region', v),
  };
}

export type Scope = ReturnType<typeof useScope>;

/** The session and (national admins) region choosers above a console page. */
export function ScopeBar({ scope, withSession = true, countryAllowed = false }: { scope: Scope; withSession?: boolean; countryAllowed?: boolean }) {
  return (
    <div className="card">
      <ApiProblem error={scope.error} />
      <div className="form-grid">
        {withSession && (
          <SelectField
            label="考试批次"
            value={scope.session}
            onChange={scope.setSession}
            options={scope.sessions.map((s) => ({ value: s.code, label: `${s.name}（${s.code}）` }))}
            placeholder="请选择考试批次"
          />
        )}
        {scope.national ? (
          <SelectField
            label="地区"
            value={scope.region}
            onChange={scope.setRegion}
            options={scope.regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
            placeholder={countryAllowed ? '全国' : '请选择地区'}
          />
        ) : (
          <p className="scope-region">
            <span className="muted">地区：</span>
            {scope.regionName}
          </p>
        )}
      </div>
    </div>
  );
}
