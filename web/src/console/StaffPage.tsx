// 人员管理: the staff accounts of the region (national admins: of every
// region, or one), newest first, with role, second factor, lock and last
// login; create an account with its first password, rename, disable (which
// ends its sessions at once) and enable again. What a region admin may see
// and change is the API's (reviewers and exam staff of the region).
import { useState, type FormEvent } from 'react';
import { request } from '../shared/api/client';
import { Page } from '../shared/layout/AreaLayout';
import { Alert, ErrorSummary, Loading, RequestError } from '../shared/layout/Feedback';
import { CheckboxField, SelectField, TextField } from '../shared/form/fields';
import { ConfirmDialog } from '../shared/layout/ConfirmDialog';
import { fieldErrors, otherErrors, type UserError } from '../shared/api/userErrors';
import { useAuth } from '../shared/auth/AuthContext';
import { ApiProblem, Badge, dateTime, useLoad } from '../shared/staff/kit';
import type { ConsoleStaffUsersQuery as StaffResult, Role, StaffUserWhereInput } from '../gql/graphql';
import { ConsoleCreateStaffUserMutation, ConsoleStaffUsersQuery, ConsoleUpdateStaffUserMutation } from './staffOperations';
import { ScopeBar, useScope } from './scope';

type Account = NonNullable<NonNullable<NonNullable<StaffResult['staffUsers']['edges']>[number]>['node']>;

const PAGE = 50;

const ROLE_LABELS: Record<Role, string> = {
  REVIEWER: '审核员',
  EXAM_STAFF: '考务人员',
  REGION_ADMIN: '地区管理员',
  NATIONAL_ADMIN: '全国管理员',
};

export function StaffPage() {
  const scope = useScope();
  const { me } = useAuth();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [withDisabled, setWithDisabled] = useState(false);
  const [extra, setExtra] = useState<Account[]>([]);
  const [cursor, setCursor] = useState<{ more: boolean; end: string | null }>({ more: false, end: null });

  const where: StaffUserWhereInput = {};
  const text = search.trim();
  if (text) where.or = [{ usernameContainsFold: text }, { displayNameContainsFold: text }];
  if (role) where.role = role as Role;
  if (!withDisabled) where.disabled = false;
  if (scope.national && scope.region) where.hasRegionWith = [{ code: scope.region }];
  const key = JSON.stringify(where);

  const list = useLoad(async () => {
    const data = await request(ConsoleStaffUsersQuery, { first: PAGE, where });
    setExtra([]);
    setCursor({ more: data.staffUsers.pageInfo.hasNextPage, end: data.staffUsers.pageInfo.endCursor ?? null });
    return data;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const [moreError, setMoreError] = useState<unknown>(null);

  async function loadMore() {
    setMoreError(null);
    try {
      const data = await request(ConsoleStaffUsersQuery, { first: PAGE, after: cursor.end, where });
      setExtra((xs) => [...xs, ...nodes(data)]);
      setCursor({ more: data.staffUsers.pageInfo.hasNextPage, end: data.staffUsers.pageInfo.endCursor ?? null });
    } catch (e) {
      setMoreError(e);
    }
  }

  const rows = [...(list.data ? nodes(list.data) : []), ...extra];
  const roleChoices = scope.national ? (Object.keys(ROLE_LABELS) as Role[]) : (['REVIEWER', 'EXAM_STAFF', 'REGION_ADMIN'] as Role[]);
  return (
    <Page title="人员管理" lead="本地区的审核员、考务人员和管理员账号：新建、改名、停用和启用。账号只停用，不删除；停用即结束该账号的全部登录。">
      <ScopeBar scope={scope} withSession={false} countryAllowed />
      <CreateAccount national={scope.national} regionCode={scope.national ? scope.region : (me?.staff?.region?.code ?? '')} regions={scope.regions} onCreated={() => void list.reload()} />

      <section aria-labelledby="staff-list-title">
        <h2 id="staff-list-title">账号列表</h2>
        <div className="card form-grid">
          <TextField label="用户名或姓名" value={search} onChange={setSearch} />
          <SelectField label="角色" value={role} onChange={setRole} options={roleChoices.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} placeholder="全部角色" />
          <CheckboxField label="包括已停用的账号" checked={withDisabled} onChange={setWithDisabled} />
        </div>
        <ApiProblem error={list.error} />
        {list.loading && !list.data && <Loading />}
        {list.data && (
          <p role="status">
            共 {list.data.staffUsers.totalCount} 个账号{rows.length < list.data.staffUsers.totalCount ? `，已显示 ${rows.length} 个` : ''}。
          </p>
        )}
        {list.data && rows.length === 0 && <p>没有符合条件的账号。</p>}
        {rows.length > 0 && (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">用户名 / 姓名</th>
                  <th scope="col">角色 / 地区</th>
                  <th scope="col">身份验证器</th>
                  <th scope="col">状态</th>
                  <th scope="col">最近登录</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <AccountRow key={a.id} account={a} self={a.id === me?.staff?.id} onChanged={() => void list.reload()} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <RequestError error={moreError} />
        {cursor.more && (
          <div className="button-row">
            <button type="button" className="button" onClick={() => void loadMore()}>
              加载更多
            </button>
          </div>
        )}
      </section>
    </Page>
  );
}

function nodes(data: StaffResult): Account[] {
  return (data.staffUsers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}

function AccountRow({ account: a, self, onChanged }: { account: Account; self: boolean; onChanged: () => void }) {
  const [dialog, setDialog] = useState<'rename' | 'toggle' | null>(null);
  const [name, setName] = useState(a.displayName);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const locked = a.lockedUntil && Date.parse(a.lockedUntil) > Date.now();

  async function save(input: { displayName?: string; disabled?: boolean }) {
    setBusy(true);
    setFailure(null);
    try {
      const r = (await request(ConsoleUpdateStaffUserMutation, { id: a.id, input })).updateStaffUser;
      setErrors(r.userErrors);
      if (r.userErrors.length === 0) {
        setDialog(null);
        onChanged();
      }
    } catch (e) {
      setFailure(e);
      setDialog(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <td>
        <span className="mono">{a.username}</span>
        <br />
        {a.displayName}
        {self && <span className="muted">（本人）</span>}
      </td>
      <td>
        {a.roleLabel}
        <br />
        <span className="muted">{a.region?.name ?? '全国'}</span>
      </td>
      <td>{a.totpEnabled ? <Badge tone="ok">已开启</Badge> : <Badge tone="warn">未开启</Badge>}</td>
      <td>
        {a.disabled ? <Badge tone="bad">已停用</Badge> : locked ? <Badge tone="warn">锁定至 {dateTime(a.lockedUntil)}</Badge> : <Badge tone="ok">正常</Badge>}
      </td>
      <td>{a.lastLoginAt ? dateTime(a.lastLoginAt) : <span className="muted">从未登录</span>}</td>
      <td>
        <RequestError error={failure} />
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            aria-label={`改名：${a.username}`}
            onClick={() => {
              setName(a.displayName);
              setErrors([]);
              setDialog('rename');
            }}
          >
            改名
          </button>
          {!self && (
            <button
              type="button"
              className={`button button--small${a.disabled ? '' : ' button--danger'}`}
              aria-label={`${a.disabled ? '启用' : '停用'}：${a.username}`}
              onClick={() => {
                setErrors([]);
                setDialog('toggle');
              }}
            >
              {a.disabled ? '启用' : '停用'}
            </button>
          )}
        </div>
        <ConfirmDialog
          open={dialog === 'rename'}
          title={`修改 ${a.username} 的姓名`}
          confirmLabel="保存"
          busy={busy}
          onConfirm={() => void save({ displayName: name.trim() })}
          onCancel={() => setDialog(null)}
        >
          <ErrorSummary errors={otherErrors(errors, ['displayName'])} />
          <TextField label="姓名" value={name} onChange={setName} required errors={fieldErrors(errors, 'displayName')} />
        </ConfirmDialog>
        <ConfirmDialog
          open={dialog === 'toggle'}
          title={a.disabled ? `启用 ${a.username}？` : `停用 ${a.username}？`}
          confirmLabel={a.disabled ? '确认启用' : '确认停用'}
          danger={!a.disabled}
          busy={busy}
          onConfirm={() => void save({ disabled: !a.disabled })}
          onCancel={() => setDialog(null)}
        >
          <ErrorSummary errors={errors} />
          <p>{a.disabled ? '启用后该账号可以再次登录。' : '停用后该账号立即退出所有登录，且不能再登录；可随时重新启用。'}</p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}

function CreateAccount({ national, regionCode, regions, onCreated }: { national: boolean; regionCode: string; regions: { code: string; name: string }[]; onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('REVIEWER');
  const [region, setRegion] = useState(regionCode);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const roles: Role[] = national ? ['REVIEWER', 'EXAM_STAFF', 'REGION_ADMIN', 'NATIONAL_ADMIN'] : ['REVIEWER', 'EXAM_STAFF'];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    setDone(null);
    setErrors([]);
    try {
      const regionOf = role === 'NATIONAL_ADMIN' ? null : national ? region || null : regionCode || null;
      const r = (
        await request(ConsoleCreateStaffUserMutation, {
          input: { username: username.trim(), displayName: displayName.trim(), password, role, regionCode: regionOf },
        })
      ).createStaffUser;
      setErrors(r.userErrors);
      if (r.staffUser) {
        setDone(`账号 ${r.staffUser.username} 已创建。请通过安全渠道将初始密码告知本人，并提醒其登录后在“账户安全”中修改密码、绑定身份验证器。`);
        setUsername('');
        setDisplayName('');
        setPassword('');
        onCreated();
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="staff-create-title">
      <h2 id="staff-create-title">新建账号</h2>
      {done && <Alert kind="success">{done}</Alert>}
      {!open ? (
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          新建账号
        </button>
      ) : (
        <form onSubmit={submit} noValidate>
          <RequestError error={failure} />
          <ErrorSummary errors={otherErrors(errors, ['username', 'displayName', 'password', 'role', 'regionCode'])} />
          <div className="form-grid">
            <TextField label="用户名" value={username} onChange={setUsername} autoComplete="off" required hint="登录用，创建后不能修改" errors={fieldErrors(errors, 'username')} />
            <TextField label="姓名" value={displayName} onChange={setDisplayName} required errors={fieldErrors(errors, 'displayName')} />
            <TextField
              label="初始密码"
              type="password"
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
              required
              hint="至少 12 位，不能是常见密码，不能包含用户名"
              errors={fieldErrors(errors, 'password')}
            />
            <SelectField label="角色" value={role} onChange={(v) => setRole(v as Role)} options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} placeholder={null} required errors={fieldErrors(errors, 'role')} />
            {national && role !== 'NATIONAL_ADMIN' && (
              <SelectField
                label="所属地区"
                value={region}
                onChange={setRegion}
                options={regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
                placeholder="请选择地区"
                required
                errors={fieldErrors(errors, 'regionCode')}
              />
            )}
          </div>
          {role === 'EXAM_STAFF' && <p className="muted">考务人员可在本地区所有考点核验准考证。</p>}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? '正在创建…' : '创建账号'}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              收起
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
