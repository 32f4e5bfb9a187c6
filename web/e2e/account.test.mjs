// 账户安全 on a server where the second factor is mandatory for staff
// (RUANKAO_STAFF_TOTP=required, the production default): a reviewer without
// one logs in, lands on 账户安全 and can reach nothing else, binds an
// authenticator (the code computed here from the secret the page shows, as
// the app computes it), goes on to the desk; the next login asks for the
// code; the factor cannot be switched off; the password is changed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { checkpoint, gql, launchBrowser, resetArtifacts, results, startServer, withPage } from './harness.mjs';

let server;
let chrome;
let shots;
const started = Date.now();

before(async () => {
  shots = resetArtifacts('account');
  server = await startServer({ env: { RUANKAO_STAFF_TOTP: 'required' } });
  chrome = await launchBrowser();
});

after(async () => {
  await chrome?.close();
  await server?.stop();
  console.log(`# ${results.length} screens checked in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots: ${shots}`);
});

function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    assert.ok(v >= 0, `not base32: ${c}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 (SHA-1, 30 s, 6 digits) for the time step `offset` steps from now. */
function totp(secret, offset = 0) {
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offset));
  const mac = createHmac('sha1', base32(secret)).update(step).digest();
  const at = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function passwordLogin(page, username, password) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

test('mandatory second factor: enrol on 账户安全 → the desk → the next login asks for the code → not switched off → password changed', () => withPage(chrome.browser, {}, 'account-totp', async (page) => {
  const user = 'dalian-reviewer';
  const password = 'ruankao-demo-2026';
  await page.goto(`${server.base}/desk`);
  await page.waitForURL((u) => u.pathname === '/login');
  await passwordLogin(page, user, password);
  // An enrolment session: 账户安全, with the desk it asked for kept as ?next=.
  await page.waitForURL((u) => u.pathname === '/account' && u.searchParams.get('next') === '/desk');
  await page.getByText('请先绑定身份验证器').waitFor();
  await page.getByText('未开启').waitFor();
  assert.equal(await page.getByRole('heading', { name: '修改密码' }).count(), 0, 'an enrolment session can only bind');
  await checkpoint(page, 'enrolment-required');

  // Nothing else opens meanwhile.
  await page.getByRole('link', { name: '账户安全', exact: true }).first().waitFor();
  await page.evaluate(() => window.history.pushState({}, '', '/console/statistics'));
  await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
  await page.waitForURL((u) => u.pathname === '/account' && u.searchParams.get('next') === '/console/statistics');

  await page.getByRole('button', { name: '绑定身份验证器' }).click();
  await page.getByAltText('身份验证器绑定二维码').waitFor();
  const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  await checkpoint(page, 'enrolment-secret');
  const wrong = totp(secret) === '000000' ? '111111' : '000000';
  await page.getByRole('textbox', { name: /^动态验证码/ }).fill(wrong);
  await page.getByRole('button', { name: '确认绑定' }).click();
  await page.getByText('动态验证码不正确').first().waitFor();
  await checkpoint(page, 'enrolment-wrong-code');
  await page.getByRole('textbox', { name: /^动态验证码/ }).fill(totp(secret));
  await page.getByRole('button', { name: '确认绑定' }).click();
  // Bound: on to the page it had asked for, with a full session.
  await page.waitForURL((u) => u.pathname === '/console/statistics');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await checkpoint(page, 'enrolled-on-to-next');

  // The factor cannot be switched off while it is mandatory.
  await page.getByRole('link', { name: '账户安全' }).click();
  await page.waitForURL((u) => u.pathname === '/account');
  await page.getByText('已开启').waitFor();
  await page.getByRole('button', { name: '关闭动态验证码' }).click();
  await page.getByLabel('当前密码').first().fill(password);
  await page.getByRole('textbox', { name: /^动态验证码/ }).fill(totp(secret));
  await page.getByRole('button', { name: '关闭动态验证码' }).click();
  const dialog = page.getByRole('dialog', { name: '关闭动态验证码？' });
  await dialog.getByRole('button', { name: '确认关闭' }).click();
  await page.getByText('不能关闭').first().waitFor();
  await checkpoint(page, 'disable-refused');
  await page.getByRole('button', { name: '取消' }).click();

  // The password: a wrong current one, a mismatch, a weak one, then a good one.
  const next = 'Liaoning-Dalian-2026-软考';
  await page.getByLabel('当前密码').fill('not-my-password-2026');
  await page.getByLabel(/^新密码/).fill(next);
  await page.getByLabel('再次输入新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('当前密码不正确').waitFor();
  await page.getByLabel('当前密码').fill(password);
  await page.getByLabel('再次输入新密码').fill(`${next}x`);
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('两次输入的新密码不一致').waitFor();
  await page.getByLabel(/^新密码/).fill('password1234');
  await page.getByLabel('再次输入新密码').fill('password1234');
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('这个密码太常见').waitFor();
  await checkpoint(page, 'password-refused');
  await page.getByLabel(/^新密码/).fill(next);
  await page.getByLabel('再次输入新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('密码已修改').waitFor();
  await checkpoint(page, 'password-changed');

  // Logged out, the next login needs the new password and then the code.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.goto(`${server.base}/login`);
  await passwordLogin(page, user, password);
  await page.getByRole('alert').first().waitFor();
  await passwordLogin(page, user, next);
  await page.getByRole('textbox', { name: /^动态验证码/ }).waitFor();
  await checkpoint(page, 'login-asks-code');
  // The enrolment used this step's code; a code is good once, so the next step's.
  await page.getByRole('textbox', { name: /^动态验证码/ }).fill(totp(secret, 1));
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/desk');
  await page.getByText('大连市审核员（演示）').waitFor();
  await checkpoint(page, 'desk-with-code');

  // The API agrees: the old password is refused, the new one asks for a code.
  const login = (pw) => gql(server.base, 'mutation($i: StaffLoginInput!) { staffLogin(input: $i) { session { token } userErrors { code } } }', { i: { username: user, password: pw } });
  assert.deepEqual((await login(password)).staffLogin.userErrors.map((e) => e.code), ['INVALID_CREDENTIALS']);
  assert.deepEqual((await login(next)).staffLogin.userErrors.map((e) => e.code), ['TOTP_REQUIRED']);
}));
