// The candidate's walk through the portal against the real binary:
// QR login (simulator) → consent → form in DEMO-OPEN with photo → submit →
// a reviewer approves (API) → pay on the gateway simulator's page → paid;
// then 王芳 withdraws a draft; 陈静 downloads her DEMO-PRINT 准考证 and reads her
// DEMO-SCORES scores and certificate, 赵磊 his failed subject, 证书查询 finds
// 陈静's certificate and refuses wrong inputs; and the portal at phone width.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkpoint, gql, launchBrowser, resetArtifacts, results, startServer, withPage } from './harness.mjs';

const CHEN_JING = '陈静（北京户籍，持 DEMO-PRINT 准考证，DEMO-SCORES 已合格并取得证书）';
const ZHAO_LEI = '赵磊（江苏户籍，DEMO-SCORES 应用技术不合格）';

let server;
let chrome;
let shots;
const started = Date.now();

before(async () => {
  shots = resetArtifacts('portal');
  server = await startServer();
  chrome = await launchBrowser();
  console.log(`# server ${server.base}, gateway simulator ${server.gateway}`);
});

after(async () => {
  await chrome?.close();
  await server?.stop();
  console.log(`# ${results.length} screens checked (axe-core: no serious/critical violations) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const r of results) console.log(`#   ${r.step}${r.minor.length ? `: ${r.minor.join(', ')}` : ''}`);
  console.log(`# screenshots: ${shots}`);
});

/** Logs a demo person in through the QR page and its 模拟扫码 panel, and consents (unless consented before). */
async function qrLogin(page, personLabel, { keyboard = false, consented = false } = {}) {
  await page.goto(`${server.base}/candidate-login`);
  await page.getByAltText('国家网络身份认证登录二维码').waitFor();
  await checkpoint(page, `qr-login-${personLabel}`);
  await page.getByLabel('演示考生').selectOption({ label: personLabel });
  if (keyboard) {
    // Keyboard only: from the select, Tab reaches 确认登录并授权 and Enter presses it.
    await page.getByLabel('演示考生').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '确认登录并授权');
    await page.keyboard.press('Enter');
  } else {
    await page.getByRole('button', { name: '确认登录并授权' }).click();
  }
  if (consented) return;
  await page.waitForURL(/\/privacy/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await checkpoint(page, `privacy-notice-${personLabel}`);
  if (keyboard) {
    await page.getByLabel('我已阅读并同意《个人信息保护告知书》').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  } else {
    await page.getByLabel('我已阅读并同意《个人信息保护告知书》').check();
    await page.locator('.consent-form input[type=checkbox]').nth(1).check();
    await page.getByRole('button', { name: '同意并继续' }).click();
  }
}

test('public pages: 考生须知, 考试计划, 证书查询', () => withPage(chrome.browser, {}, 'public', async (page) => {
  await page.goto(server.base + '/');
  await page.getByRole('heading', { name: '各地考生须知' }).waitFor();
  await page.locator('article.notice').first().waitFor();
  await checkpoint(page, 'notices');
  await page.getByRole('link', { name: '考试计划' }).click();
  await page.locator('table.data tbody tr').first().waitFor();
  await checkpoint(page, 'exam-plan');
  await page.getByRole('link', { name: '证书查询' }).click();
  await page.getByLabel('证书编号', { exact: false }).and(page.getByRole('textbox')).fill('00000000000000');
  await page.getByLabel('姓名').fill('张伟');
  await page.getByRole('button', { name: '查询' }).click();
  await page.locator('.alert').first().waitFor();
  await checkpoint(page, 'certificate-check');
}));

test('candidate: QR login → form → submit → approved → paid through the gateway simulator', () => withPage(chrome.browser, {}, 'apply-and-pay', async (page) => {
  await qrLogin(page, '李娜（大连户籍）');
  await page.waitForURL(/\/apply\?session=DEMO-OPEN/);
  await page.getByRole('form', { name: '报名表' }).waitFor();
  await checkpoint(page, 'apply-empty');

  // 报考信息: subjects appear once the qualification is chosen.
  await page.getByLabel('报名省市', { exact: false }).selectOption({ label: '大连市' });
  await page.getByLabel('报考资格').selectOption({ label: '中级 · 软件设计师' });
  await page.locator('.subjects li').first().waitFor();
  await page.getByLabel('考试考区').selectOption({ label: '大连考区' });
  await page.getByLabel('户籍所在地').selectOption({ label: '辽宁省' });

  // A live field error from the API's userErrors, then corrected.
  const email = page.getByLabel('电子邮箱');
  await email.fill('lina-at-example');
  await email.blur();
  await page.locator('input[type=email][aria-invalid=true]').waitFor();
  await checkpoint(page, 'apply-live-field-error');
  await email.fill('lina@example.com');
  await email.blur();
  await page.locator('input[type=email]:not([aria-invalid])').waitFor();

  // 在校 hides the work section; 在职 shows it.
  await page.getByLabel('在校').check();
  await page.getByLabel('工作单位').waitFor({ state: 'detached' });
  await page.getByLabel('在职').check();
  await page.getByLabel('工作单位').fill('大连某软件公司');
  await page.getByLabel('本专业工作时间').fill('2015-07-01');
  // 职称 无: its date is optional.
  await page.getByLabel('现有职称（资格）').fill('无');
  await page.getByRole('combobox', { name: /^学历/ }).selectOption({ label: '大学本科' });
  await page.getByLabel('学位').selectOption({ label: '学士' });
  await page.getByLabel('毕业时间').fill('2015-06-30');
  await page.getByLabel('所学专业与计算机专业的关系').selectOption({ label: '相同' });
  await page.getByLabel('专业名称').fill('计算机科学与技术');
  await page.getByLabel('通信地址').fill('辽宁省大连市中山区人民路 1 号');
  await page.getByLabel('邮政编码').fill('116001');
  await page.getByLabel('手机号码').fill('13800000001');
  await page.getByLabel('固定电话').fill('0411-12345678');
  await page.getByLabel('固定电话').blur();

  // The photo tool: the repo's generated sample photo passes every check.
  const photo = join(server.dir, 'me.jpg');
  execFileSync(server.bin, ['sample-photo', photo]);
  await page.getByLabel('上传证件照片').setInputFiles(photo);
  await page.getByText('照片检查通过').waitFor();
  await page.getByAltText('已保存的报名照片').waitFor();
  await checkpoint(page, 'apply-filled-with-photo-report');

  await page.getByRole('button', { name: '提交报名' }).click();
  await page.getByRole('heading', { name: /报名状态：/ }).waitFor();
  await page.getByText('待审核').first().waitFor();
  await checkpoint(page, 'apply-submitted');

  // The reviewer of 大连 approves through the API.
  const login = await gql(server.base, `mutation { staffLogin(input: {username: "dalian-reviewer", password: "ruankao-demo-2026"}) { session { token } userErrors { message } } }`);
  const staff = login.staffLogin.session.token;
  const queue = await gql(server.base, `{ reviewQueue(first: 10, filter: {sessionCode: "DEMO-OPEN"}) { edges { node { id version name } } } }`, {}, staff);
  const mine = queue.reviewQueue.edges.map((e) => e.node).find((n) => n.name === '李娜');
  assert.ok(mine, '李娜 is in 大连\'s queue');
  const approved = await gql(server.base, `mutation($id: ID!, $v: Int!) { approveApplication(id: $id, version: $v) { application { status } userErrors { code message } } }`, { id: mine.id, v: mine.version }, staff);
  assert.deepEqual(approved.approveApplication.userErrors, []);
  assert.equal(approved.approveApplication.application.status, 'AWAITING_PAYMENT');

  // 网上缴费: the QR code drawn in the browser, paid on the simulator's page, the result by polling.
  await page.getByRole('link', { name: '网上缴费' }).click();
  await page.getByRole('button', { name: '微信扫码缴费' }).click();
  const qr = page.getByAltText(/缴费二维码/);
  await qr.waitFor();
  assert.match(await qr.getAttribute('src'), /^data:image\/png;base64,/);
  await checkpoint(page, 'payment-qr');
  const codeUrl = await page.locator('a.payment__sim-link').getAttribute('href');
  assert.ok(codeUrl.startsWith(server.gateway), codeUrl);
  const payer = await page.context().newPage();
  await payer.goto(codeUrl);
  await payer.getByRole('button', { name: '支付', exact: true }).click();
  await payer.waitForLoadState();
  await payer.close();
  await page.getByText('缴费成功，报名成功！').waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.payment__status').first().textContent(), '报名成功');
  await checkpoint(page, 'payment-paid');
}));

test('candidate of DEMO-PRINT downloads the 准考证 PDF', () => withPage(chrome.browser, {}, 'ticket', async (page) => {
  await qrLogin(page, CHEN_JING, { keyboard: true });
  await page.waitForURL((u) => u.pathname === '/apply');
  await page.getByRole('link', { name: '打印准考证' }).click();
  const link = page.getByRole('link', { name: '下载准考证（PDF）' });
  await link.waitFor();
  // Her DEMO-SCORES ticket is past its printing window: no link, a reason.
  await page.locator('section.card').filter({ has: page.getByRole('heading', { name: /成绩已发布/ }) })
    .getByText('准考证打印时间已结束，不能再下载。').waitFor();
  await checkpoint(page, 'admission-ticket');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = join(shots, 'admission-ticket.pdf');
  await download.saveAs(file);
  assert.equal(readFileSync(file).subarray(0, 4).toString(), '%PDF');
  await page.getByRole('link', { name: '考试安排' }).click();
  await page.getByRole('heading', { name: '我的考试' }).waitFor();
  await page.locator('.card table.data').first().waitFor();
  await checkpoint(page, 'exam-arrangement');
}));

test('成绩查询: 陈静 passed (scores, release time, certificate); 赵磊 failed 应用技术', async () => {
  let number;
  await withPage(chrome.browser, {}, 'results-passed', async (page) => {
    // 陈静 consented in the 准考证 test before.
    await qrLogin(page, CHEN_JING, { consented: true });
    await page.waitForURL((u) => u.pathname === '/apply');
    await page.getByRole('link', { name: '成绩查询' }).click();
    const card = page.locator('section.card').filter({ has: page.getByRole('heading', { name: /成绩已发布/ }) });
    await card.getByRole('table', { name: '各科成绩' }).waitFor();
    const rows = card.locator('tbody tr');
    assert.deepEqual(await rows.allInnerTexts().then((r) => r.map((t) => t.split('\t').map((x) => x.trim()))), [
      ['基础知识', '58', '45 / 75', '合格'],
      ['应用技术', '52', '45 / 75', '合格'],
    ]);
    await card.getByText('恭喜，本次考试通过。').waitFor();
    // The release time in Asia/Shanghai, as the API gives it.
    const { examSessions } = await gql(server.base, '{ examSessions { code scoreReleaseAt } }');
    const releaseAt = examSessions.find((s) => s.code === 'DEMO-SCORES').scoreReleaseAt;
    assert.match(releaseAt, /\+08:00$/);
    const shown = new Date(releaseAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    await card.getByText(`成绩发布时间：${shown}（北京时间）`).waitFor();
    assert.match(shown, / 10:00:00$/, 'released at 10:00 Beijing time');
    number = (await card.locator('dl.facts dd').first().textContent()).trim();
    assert.match(number, /^\d{5}110000CJ01\d{6}$/);
    assert.ok(await card.getByRole('link', { name: '下载电子证书（PDF）' }).isVisible());
    // DEMO-PRINT has no scores yet: its card says so.
    await page.locator('section.card').filter({ has: page.getByRole('heading', { name: /准考证打印中/ }) })
      .getByText('成绩尚未发布，发布时间另行通知。').waitFor();
    await checkpoint(page, 'results-passed');
  });
  await withPage(chrome.browser, {}, 'results-failed', async (page) => {
    await qrLogin(page, ZHAO_LEI);
    await page.waitForURL(/\/apply/);
    await page.getByRole('link', { name: '成绩查询' }).click();
    await page.getByRole('table', { name: '各科成绩' }).waitFor();
    assert.deepEqual(await page.locator('tbody tr').allInnerTexts().then((r) => r.map((t) => t.split('\t').map((x) => x.trim()))), [
      ['基础知识', '51', '45 / 75', '合格'],
      ['应用技术', '39', '45 / 75', '不合格'],
    ]);
    await page.getByText('本次考试未通过（应用技术不合格）。').waitFor();
    assert.equal(await page.locator('dl.facts').count(), 0, 'no certificate');
    await checkpoint(page, 'results-failed');
  });
  await withPage(chrome.browser, {}, 'certificate-verify', async (page) => {
    await page.goto(`${server.base}/certificate`);
    const numberField = page.getByRole('textbox', { name: '证书编号' });
    const name = page.getByRole('textbox', { name: '姓名' });
    const ask = page.getByRole('button', { name: '查询' });
    // Nothing filled: the fields say what is missing.
    await ask.click();
    await page.getByText('请填写持证人姓名').waitFor();
    await page.getByText('请填写证书编号或证件号码（二选一）').waitFor();
    await checkpoint(page, 'certificate-verify-empty');
    // The right number with another name: refused, the same as a wrong number.
    await numberField.fill(number);
    await name.fill('赵磊');
    await ask.click();
    const refused = page.getByRole('alert').filter({ hasText: '未查询到相符的证书' });
    await refused.waitFor();
    assert.match(await refused.textContent(), /证书编号与持证人姓名不符或证书不存在/);
    await checkpoint(page, 'certificate-verify-refused');
    await name.fill('陈静');
    await ask.click();
    const ok = page.getByRole('status').filter({ hasText: '证书真实有效' });
    await ok.waitFor();
    assert.match(await ok.textContent(), /初级 程序员（\d{4}-\d{2}-\d{2} 颁发）/);
    await checkpoint(page, 'certificate-verify-genuine');
    // By ID number: 陈静's works; a wrong name is refused.
    await page.getByLabel('按居民身份证号码').check();
    const id = page.getByRole('textbox', { name: '身份证号码' });
    await id.fill('110105198512125675');
    await name.fill('陈静');
    await ask.click();
    await page.getByRole('status').filter({ hasText: '证书真实有效' }).waitFor();
    await name.fill('陈晶');
    await ask.click();
    await page.getByRole('alert').filter({ hasText: '身份证号码与持证人姓名不符或证书不存在' }).waitFor();
    await checkpoint(page, 'certificate-verify-by-id-refused');
  });
});

test('candidate withdraws a draft: 撤回报名 → dialog (focus inside, Esc cancels) → reason → 已撤回', () => withPage(chrome.browser, {}, 'withdraw', async (page) => {
  await qrLogin(page, '王芳（广东户籍）');
  await page.waitForURL(/\/apply\?session=DEMO-OPEN/);
  await page.getByRole('form', { name: '报名表' }).waitFor();
  // Choosing the region saves the draft.
  await page.getByLabel('报名省市', { exact: false }).selectOption({ label: '大连市' });
  await page.getByText(/草稿已保存/).waitFor();
  const open = page.getByRole('button', { name: '撤回报名' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: '确认撤回报名？' });
  await dialog.waitFor();
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]')), 'focus moves into the dialog');
  await checkpoint(page, 'withdraw-dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '撤回报名', 'Esc cancels and focus returns');
  await open.click();
  await dialog.getByLabel('撤回原因（选填）').fill('今年工作安排冲突');
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await page.getByText('报名已撤回。').waitFor();
  await page.getByRole('heading', { name: '报名状态：已撤回' }).waitFor();
  await page.getByRole('button', { name: '撤回报名' }).waitFor({ state: 'detached' });
  await checkpoint(page, 'withdrawn');
}));

test('staff login: password, then the area of the role', () => withPage(chrome.browser, {}, 'staff-login', async (page) => {
  await page.goto(`${server.base}/desk`);
  await page.waitForURL((u) => u.pathname === '/login');
  await page.getByLabel('用户名').fill('dalian-reviewer');
  await page.getByLabel('密码').fill('wrong-password-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('alert').first().waitFor();
  await checkpoint(page, 'staff-login-refused');
  await page.getByLabel('密码').fill('ruankao-demo-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/desk');
  await page.getByText('大连市审核员（演示）').waitFor();
  await checkpoint(page, 'desk-after-login');
}));

test('phone width (375 px): the portal and the login', () => withPage(chrome.browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }, 'phone', async (page) => {
  await page.goto(server.base + '/');
  await page.locator('article.notice').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page ${overflow}px wider than the phone`);
  await checkpoint(page, 'phone-notices');
  await page.goto(server.base + '/candidate-login');
  await page.getByAltText('国家网络身份认证登录二维码').waitFor();
  await checkpoint(page, 'phone-qr-login');
}));
