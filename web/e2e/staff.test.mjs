// 人员管理 in the console: dalian-admin sees 大连's accounts only, creates a
// reviewer (a common password refused first), renames, disables (the account
// can no longer log in) and enables it again; the national admin sees every
// region's accounts and narrows them to one region.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkpoint, gql, launchBrowser, resetArtifacts, results, startServer, withPage } from './harness.mjs';

let server;
let chrome;
let shots;
const started = Date.now();

before(async () => {
  shots = resetArtifacts('staff');
  server = await startServer();
  chrome = await launchBrowser();
});

after(async () => {
  await chrome?.close();
  await server?.stop();
  console.log(`# ${results.length} screens checked in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots: ${shots}`);
});

async function staffLogin(page, username, next) {
  await page.goto(`${server.base}${next}`);
  await page.waitForURL((u) => u.pathname === '/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('ruankao-demo-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === next);
}

const loginCodes = async (username, password) =>
  (await gql(server.base, 'mutation($i: StaffLoginInput!) { staffLogin(input: $i) { session { token } userErrors { code } } }', { i: { username, password } })).staffLogin;

test('region admin: 大连 accounts only → create a reviewer → rename → disable (no login) → enable', () => withPage(chrome.browser, {}, 'staff-region', async (page) => {
  await staffLogin(page, 'dalian-admin', '/console/staff');
  await page.getByRole('heading', { name: '人员管理', level: 1 }).waitFor();
  const table = page.locator('table.data');
  await table.locator('span.mono').getByText('dalian-reviewer', { exact: true }).waitFor();
  assert.equal(await table.locator('span.mono').getByText('liaoning-reviewer', { exact: true }).count(), 0, '辽宁 accounts in 大连 list');
  assert.equal(await table.locator('span.mono').getByText('beijing-reviewer', { exact: true }).count(), 0);
  await checkpoint(page, 'staff-list');

  await page.getByRole('button', { name: '新建账号' }).click();
  await page.getByRole('textbox', { name: '用户名 （必填）' }).fill('dalian-reviewer-2');
  await page.getByRole('textbox', { name: '姓名 （必填）' }).fill('大连审核员二');
  await page.getByLabel('初始密码').fill('password1234');
  await page.getByRole('button', { name: '创建账号' }).click();
  await page.getByText('这个密码太常见').waitFor();
  await checkpoint(page, 'create-refused');
  const password = 'Bohai-Bay-Reviewer-2026';
  await page.getByLabel('初始密码').fill(password);
  await page.getByRole('button', { name: '创建账号' }).click();
  await page.getByText('账号 dalian-reviewer-2 已创建').waitFor();
  await table.locator('span.mono').getByText('dalian-reviewer-2', { exact: true }).waitFor();
  await checkpoint(page, 'created');
  assert.ok((await loginCodes('dalian-reviewer-2', password)).session, 'the new account logs in');

  await page.getByRole('button', { name: '改名：dalian-reviewer-2' }).click();
  const rename = page.getByRole('dialog', { name: '修改 dalian-reviewer-2 的姓名' });
  await rename.getByLabel('姓名').fill('大连审核员乙');
  await rename.getByRole('button', { name: '保存' }).click();
  await table.getByText('大连审核员乙').waitFor();

  await page.getByRole('button', { name: '停用：dalian-reviewer-2' }).click();
  const disable = page.getByRole('dialog', { name: '停用 dalian-reviewer-2？' });
  await checkpoint(page, 'disable-dialog');
  await disable.getByRole('button', { name: '确认停用' }).click();
  // Gone from the list of active accounts; shown with 已停用 when asked for.
  await table.locator('span.mono').getByText('dalian-reviewer-2', { exact: true }).waitFor({ state: 'detached' });
  await page.getByLabel('包括已停用的账号').check();
  await page.locator('tr', { hasText: 'dalian-reviewer-2' }).getByText('已停用').waitFor();
  await checkpoint(page, 'disabled');
  const refused = await loginCodes('dalian-reviewer-2', password);
  assert.equal(refused.session, null, 'a disabled account logs in');
  assert.ok(refused.userErrors.length > 0);

  await page.getByRole('button', { name: '启用：dalian-reviewer-2' }).click();
  await page.getByRole('dialog', { name: '启用 dalian-reviewer-2？' }).getByRole('button', { name: '确认启用' }).click();
  await page.locator('tr', { hasText: 'dalian-reviewer-2' }).getByText('正常').waitFor();
  assert.ok((await loginCodes('dalian-reviewer-2', password)).session, 'enabled again');
  // No 停用 for one's own account.
  assert.equal(await page.getByRole('button', { name: '停用：dalian-admin' }).count(), 0);
}));

test('national admin: every region, then one; search by name', () => withPage(chrome.browser, {}, 'staff-national', async (page) => {
  await staffLogin(page, 'admin', '/console/staff');
  const table = page.locator('table.data');
  await table.locator('span.mono').getByText('liaoning-reviewer', { exact: true }).waitFor();
  await table.locator('span.mono').getByText('dalian-reviewer', { exact: true }).waitFor();
  await table.locator('span.mono').getByText('beijing-reviewer', { exact: true }).waitFor();
  await checkpoint(page, 'national-all');
  await page.getByLabel('地区').selectOption('210000');
  await table.locator('span.mono').getByText('dalian-reviewer', { exact: true }).waitFor({ state: 'detached' });
  await table.locator('span.mono').getByText('liaoning-admin', { exact: true }).waitFor();
  await page.getByLabel('用户名或姓名').fill('审核员');
  await table.locator('span.mono').getByText('liaoning-admin', { exact: true }).waitFor({ state: 'detached' });
  await table.locator('span.mono').getByText('liaoning-reviewer', { exact: true }).waitFor();
  await checkpoint(page, 'national-liaoning-search');
}));
