// The console's 调整座位 and 审计日志 against the real binary: the national
// admin moves 陈静's 准考证 seat in 北京's published DEMO-PRINT plan (no demo
// account administers 北京: internal/demo/tickets.go) — a taken seat refused
// with the API's message beside the seat field, then a free seat — and finds
// the AdmissionTicket.move entry in the audit log; 辽宁's admin reads the log:
// only 辽宁's entries (not that move, not 大连's logins), filtered by action and
// by date (Beijing time), 加载更多; and the log at 375 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkpoint, gql, launchBrowser, resetArtifacts, results, startServer, withPage } from './harness.mjs';

const PASSWORD = 'ruankao-demo-2026';
const NOTICES = 22; // more than one page (20) of Notice.create entries
let server;
let chrome;
let artifacts;
const started = Date.now();

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
const tomorrow = (() => {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
})();

async function apiLogin(username) {
  const d = await gql(server.base, `mutation($u: String!, $p: String!) { staffLogin(input: {username: $u, password: $p}) { session { token } userErrors { code message } } }`, { u: username, p: PASSWORD });
  assert.deepEqual(d.staffLogin.userErrors, []);
  return d.staffLogin.session.token;
}

before(async () => {
  artifacts = resetArtifacts('console-audit');
  server = await startServer();
  chrome = await launchBrowser();
  // Entries the region admin must not see (大连's login) and a page and a bit of 辽宁's own.
  await apiLogin('dalian-admin');
  const token = await apiLogin('liaoning-admin');
  for (let i = 1; i <= NOTICES; i++) {
    const d = await gql(server.base, `mutation($in: CreateNoticeInput!) { createNotice(regionCode: "210000", input: $in) { userErrors { code message } } }`,
      { in: { kind: 'CANDIDATE_GUIDE', title: `辽宁审计测试公告 ${i}`, body: '审计日志分页测试。' } }, token);
    assert.deepEqual(d.createNotice.userErrors, []);
  }
  console.log(`# server ${server.base}; ${NOTICES} 辽宁 notices created; today (Asia/Shanghai) ${today}`);
});

after(async () => {
  await chrome?.close();
  await server?.stop();
  console.log(`# ${results.length} screens checked (axe-core: no serious/critical violations) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const r of results) console.log(`#   ${r.step}${r.minor.length ? `: ${r.minor.join(', ')}` : ''}`);
  console.log(`# screenshots: ${artifacts}`);
});

async function staffLogin(page, username) {
  await page.goto(`${server.base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.site-header__name').waitFor();
}

function rows(page) {
  return page.locator('table.audit-table tbody tr');
}

async function filterAction(page, action) {
  await page.getByLabel('操作', { exact: true }).fill(action);
  await page.getByRole('button', { name: '查询' }).click();
}

test('national admin: 调整座位 — find 陈静, a taken seat refused (SEAT_TAKEN), Esc cancels, a free seat → AdmissionTicket.move in the audit log', () => withPage(chrome.browser, {}, 'seat-move', async (page) => {
  await staffLogin(page, 'admin');
  await page.getByRole('link', { name: '调整座位' }).first().click();
  await page.getByRole('heading', { name: '调整座位', level: 1 }).waitFor();
  await page.getByLabel('考试批次').selectOption('DEMO-PRINT');
  await page.getByLabel('考生姓名、证件号码或准考证号').fill('陈静');
  await page.getByRole('button', { name: '查找' }).click();
  const found = page.getByRole('row').filter({ hasText: '陈静' });
  await found.waitFor();
  const ticketNumber = (await found.locator('td').nth(2).textContent()).trim();
  assert.match(ticketNumber, /^\d{10,}$/, `准考证号 ${ticketNumber}`);
  const current = (await found.locator('td').nth(3).textContent()).trim();
  const [, seatNow] = current.match(/第 \S+ 考场 (\d+) 号座位/);
  // The same ticket by its 准考证号.
  await page.getByLabel('考生姓名、证件号码或准考证号').fill(ticketNumber);
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByRole('cell', { name: ticketNumber }).waitFor();
  assert.equal(await page.getByRole('row').filter({ hasText: '陈静' }).count(), 1);
  await checkpoint(page, 'seat-move-found');

  await page.getByRole('button', { name: '调整座位 陈静' }).click();
  const form = page.getByRole('form', { name: '调整 陈静 的座位' });
  await form.waitFor();
  // Nothing filled in: the required fields say so, no dialog.
  await form.getByRole('button', { name: '调整座位…' }).click();
  await form.getByText('请填写调整原因').waitFor();
  await form.getByText('请填写座位号（整数）').waitFor();
  assert.equal(await page.getByRole('dialog').count(), 0);
  await checkpoint(page, 'seat-move-required');

  // Her own seat is taken (by her): the API's SEAT_TAKEN message beside the seat field.
  const seat = form.getByLabel('新座位号');
  await seat.fill(seatNow);
  await form.getByLabel('调整原因').fill('考生腿部受伤，需调至靠近门口的座位。');
  await form.getByRole('button', { name: '调整座位…' }).click();
  let dialog = page.getByRole('dialog', { name: '确认调整座位' });
  await dialog.waitFor();
  // Esc cancels and focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await form.getByRole('button', { name: '调整座位…' }).evaluate((b) => b === document.activeElement), true, 'focus back on the opener');
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog', { name: '确认调整座位' });
  await dialog.getByText(`${seatNow} 号座位`).first().waitFor();
  await checkpoint(page, 'seat-move-confirm');
  await dialog.getByRole('button', { name: '确认调整' }).click();
  await form.getByText('该座位已有考生').waitFor();
  assert.equal(await seat.getAttribute('aria-invalid'), 'true', 'the seat field is marked invalid');
  const described = await seat.getAttribute('aria-describedby');
  assert.ok(described, 'the seat field points at its error');
  const errorText = await page.locator(`[id="${described.split(' ').pop()}"]`).textContent();
  assert.equal(errorText, '该座位已有考生');
  await checkpoint(page, 'seat-move-taken');

  // A free seat.
  const free = seatNow === '2' ? '3' : '2';
  await seat.fill(free);
  await form.getByRole('button', { name: '调整座位…' }).click();
  dialog = page.getByRole('dialog', { name: '确认调整座位' });
  await dialog.getByText(`${free} 号座位`).first().waitFor();
  await dialog.getByRole('button', { name: '确认调整' }).click();
  await form.getByText(new RegExp(`已调整：陈静（准考证号 ${ticketNumber}）现为 .*第 \\S+ 考场 ${free} 号座位`)).waitFor();
  await found.getByText(`${free} 号座位`).waitFor();
  await checkpoint(page, 'seat-move-done');

  // The move in the audit log, with its reason and the seats before and after.
  await page.getByRole('link', { name: '审计日志' }).first().click();
  await page.getByRole('heading', { name: '审计日志', level: 1 }).waitFor();
  await rows(page).first().waitFor();
  await filterAction(page, 'AdmissionTicket.move');
  await page.getByText('符合条件的记录：共 1 条').waitFor();
  assert.equal(await rows(page).count(), 1);
  const entry = rows(page).first();
  await entry.getByText('全国管理员（演示）（admin）').waitFor();
  await entry.getByText('考生腿部受伤，需调至靠近门口的座位。').waitFor();
  await entry.getByRole('cell', { name: '北京市' }).waitFor();
  assert.match(await entry.locator('.audit-image').first().textContent(), new RegExp(`seat${seatNow}`), 'before: the old seat');
  await checkpoint(page, 'audit-national-move');
  // Everything about that ticket: the record id filter, from the entry itself.
  const ticketId = (await entry.locator('.audit-id').first().textContent()).trim();
  assert.match(ticketId, /^AT/);
  await entry.getByRole('button', { name: `只看此记录 ${ticketId}` }).click();
  // Loaded with that filter: the button of the filtered record goes.
  await page.getByRole('button', { name: `只看此记录 ${ticketId}` }).waitFor({ state: 'detached' });
  await page.getByText(/符合条件的记录：共 \d+ 条/).waitFor();
  assert.equal(await page.getByLabel('记录 ID').inputValue(), ticketId);
  assert.equal(await page.getByLabel('操作', { exact: true }).inputValue(), '');
  for (const r of await rows(page).all()) assert.equal((await r.locator('.audit-id').first().textContent()).trim(), ticketId);
  await rows(page).filter({ hasText: 'AdmissionTicket.move' }).waitFor();
}));

test('region admin: 审计日志 — only 辽宁 entries, by action and date, empty state, 加载更多', () => withPage(chrome.browser, {}, 'audit-region', async (page) => {
  await staffLogin(page, 'liaoning-admin');
  await page.getByRole('link', { name: '审计日志' }).first().click();
  await page.getByRole('heading', { name: '审计日志', level: 1 }).waitFor();
  await page.getByText(/全部记录：共 \d+ 条/).waitFor();
  await checkpoint(page, 'audit-region-all');

  // The national admin's move in 北京 is not 辽宁's: the empty state.
  await filterAction(page, 'AdmissionTicket.move');
  await page.getByText('没有符合筛选条件的审计记录').waitFor();
  assert.equal(await rows(page).count(), 0);
  await checkpoint(page, 'audit-region-empty');

  // Logins: 辽宁's admin's own (the API one and this page's), never 大连's.
  await filterAction(page, 'staff.login');
  await page.getByText('符合条件的记录：共 2 条').waitFor();
  assert.equal(await rows(page).count(), 2);
  for (const r of await rows(page).all()) {
    assert.equal((await r.locator('td').nth(4).textContent()).trim(), '辽宁省');
    assert.match(await r.locator('td').nth(1).textContent(), /liaoning-admin/);
    assert.match(await r.locator('td').nth(0).textContent(), new RegExp(today.replaceAll('-', '/')));
  }
  assert.equal(await page.getByText('dalian-admin').count(), 0, '大连 entries are not shown');

  // Dates in Beijing time: today keeps them, from tomorrow on there are none.
  await page.getByLabel('起始日期（北京时间）').fill(today);
  await page.getByLabel('截止日期（北京时间，含当日）').fill(today);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('符合条件的记录：共 2 条').waitFor();
  await page.getByLabel('起始日期（北京时间）').fill(tomorrow);
  await page.getByLabel('截止日期（北京时间，含当日）').fill(today);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('截止日期不能早于起始日期').waitFor();
  await page.getByLabel('截止日期（北京时间，含当日）').fill(tomorrow);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('没有符合筛选条件的审计记录').waitFor();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByText(/全部记录：共 \d+ 条/).waitFor();

  // A page and a bit of notices: 加载更多.
  await filterAction(page, 'Notice.create');
  await page.getByText(`符合条件的记录：共 ${NOTICES} 条，已显示 20 条`).waitFor();
  assert.equal(await rows(page).count(), 20);
  await checkpoint(page, 'audit-region-page1');
  await page.getByRole('button', { name: '加载更多' }).click();
  await page.getByText(`符合条件的记录：共 ${NOTICES} 条`, { exact: true }).waitFor();
  assert.equal(await rows(page).count(), NOTICES);
  assert.equal(await page.getByRole('button', { name: '加载更多' }).count(), 0);
  // Newest first: the first notice created is the last row, and its title is in the after-image.
  await rows(page).last().getByText('辽宁审计测试公告 1', { exact: true }).waitFor();
  await checkpoint(page, 'audit-region-all-pages');

  // 操作人: the region's accounts only; the admin's own logins.
  const actors = await page.getByLabel('操作人').locator('option').allTextContents();
  assert.ok(actors.includes('辽宁省管理员（演示）（liaoning-admin）'), actors.join());
  assert.ok(!actors.some((a) => a.includes('dalian')), `大连 accounts offered: ${actors.join()}`);
  await page.getByLabel('操作人').selectOption({ label: '辽宁省审核员（演示）（liaoning-reviewer）' });
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('没有符合筛选条件的审计记录').waitFor();
  await page.getByLabel('操作人').selectOption({ label: '辽宁省管理员（演示）（liaoning-admin）' });
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText(`符合条件的记录：共 ${NOTICES} 条，已显示 20 条`).waitFor();
  await checkpoint(page, 'audit-region-actor');
}));

test('phone width (375 px): the audit log table scrolls inside its box, not the page; 调整座位 fits', () => withPage(chrome.browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }, 'audit-phone', async (page) => {
  await staffLogin(page, 'liaoning-admin');
  await page.getByRole('link', { name: '审计日志' }).first().click();
  await rows(page).first().waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 375, `no sideways scrolling at 375 px (scrollWidth ${wide})`);
  const box = page.getByRole('region', { name: '审计记录（可横向滚动）' });
  const [scrollW, clientW] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  assert.ok(scrollW > clientW, `the table scrolls in its box (${scrollW} > ${clientW})`);
  // Keyboard: the box takes focus and the arrow keys scroll it.
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.audit-table-wrap').scrollLeft > 0);
  await checkpoint(page, 'phone-audit');
  await page.getByRole('link', { name: '调整座位' }).first().click();
  await page.getByRole('heading', { name: '调整座位', level: 1 }).waitFor();
  const wide2 = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide2 <= 375, `no sideways scrolling at 375 px (scrollWidth ${wide2})`);
  await checkpoint(page, 'phone-seat-move');
}));

test('phone width (375 px): 调整座位 with a result and the form', () => withPage(chrome.browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }, 'seat-move-phone', async (page) => {
  await staffLogin(page, 'admin');
  await page.getByRole('link', { name: '调整座位' }).first().click();
  await page.getByLabel('考试批次').selectOption('DEMO-PRINT');
  await page.getByLabel('考生姓名、证件号码或准考证号').fill('陈静');
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByRole('button', { name: '调整座位 陈静' }).click();
  await page.getByRole('form', { name: '调整 陈静 的座位' }).waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 375, `no sideways scrolling at 375 px (scrollWidth ${wide})`);
  await checkpoint(page, 'phone-seat-move-form');
}));
