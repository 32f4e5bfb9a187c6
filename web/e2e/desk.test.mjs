// The staff walks against the real binary: 大连's reviewer through the review
// desk (queue, filters, one application with photo and material, reject with
// a reason, approve, bulk approve, FORBIDDEN in the console), and 大连's admin
// through statistics (charts), the summary report PDF, an Excel export and
// 发送通知 (previewNotice count, confirmation, queued);
// both again at phone width. Applications are put in the queue beforehand
// through the API as candidates would (desk-seed.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkpoint, launchBrowser, resetArtifacts, results, startServer, withPage } from './harness.mjs';
import { seedDalianQueue } from './desk-seed.mjs';

const PASSWORD = 'ruankao-demo-2026';
let server;
let chrome;
let names = [];
let artifacts;
const started = Date.now();

before(async () => {
  artifacts = resetArtifacts('desk');
  server = await startServer();
  chrome = await launchBrowser();
  const t0 = Date.now();
  names = await seedDalianQueue({ base: server.base, binary: server.bin, count: 5, tag: '7' });
  console.log(`# server ${server.base}; ${names.length} applications submitted in 大连 in ${Date.now() - t0} ms: ${names.join('、')}`);
});

after(async () => {
  await chrome?.close();
  await server?.stop();
  console.log(`# ${results.length} staff screens checked (axe-core: no serious/critical violations) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
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

/** Client-side navigation (a reload would end the in-memory session). */
async function goClient(page, path) {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

function row(page, name) {
  return page.locator('table.queue-table tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
}

test('reviewer: queue → filter → open → reject with a reason → approve → bulk approve', () => withPage(chrome.browser, {}, 'desk-reviewer', async (page) => {
  await staffLogin(page, 'dalian-reviewer');
  await page.waitForURL(/\/desk$/);
  for (const n of names) await row(page, n).waitFor();
  await assert.doesNotReject(page.locator('.count-list__item--current').waitFor());
  await checkpoint(page, 'desk-queue');

  // Filter: search by name.
  await page.getByLabel('搜索考生').fill(names[0]);
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForURL(/q=/);
  await page.getByText('（共 1 份）').waitFor();
  await checkpoint(page, 'desk-queue-search');

  // Open it: photo, material, the claim is the reviewer's.
  await page.getByRole('link', { name: names[0], exact: true }).click();
  await page.getByRole('heading', { name: `报名审核：${names[0]}` }).waitFor();
  const photo = page.getByAltText(`${names[0]}的证件照片`);
  await photo.waitFor();
  await page.waitForFunction((alt) => {
    const img = [...document.images].find((i) => i.alt === alt);
    return img && img.complete && img.naturalWidth > 0;
  }, `${names[0]}的证件照片`);
  await page.getByRole('link', { name: /工作证明/ }).waitFor();
  await page.getByText('我正在审核').waitFor();
  await checkpoint(page, 'desk-application');

  // Reject with a reason and a note.
  await page.getByLabel('审核不通过', { exact: true }).check();
  await page.getByRole('button', { name: '提交：审核不通过' }).click();
  await page.getByText('请至少选择一项不通过原因').waitFor();
  await checkpoint(page, 'desk-reject-needs-reason');
  await page.locator('.reason-list input[type=checkbox]').first().check();
  await page.getByLabel('补充说明（考生可见）').fill('照片背景不符合要求，请更换白色背景证件照后重新提交。');
  await page.getByRole('button', { name: '提交：审核不通过' }).click();
  await page.getByText(/已审核不通过/).waitFor();
  await page.getByRole('heading', { name: '最近一次不通过原因' }).waitFor();
  await checkpoint(page, 'desk-rejected');

  // Approve the next one, reached from the queue.
  await page.getByRole('link', { name: '报名审核', exact: true }).click();
  await page.getByRole('button', { name: '查询' }).waitFor();
  await page.getByLabel('搜索考生').fill('');
  await page.getByRole('button', { name: '查询' }).click();
  await row(page, names[1]).waitFor();
  assert.equal(await row(page, names[0]).count(), 0, 'the rejected application left the pending queue');
  await page.getByRole('link', { name: names[1], exact: true }).click();
  await page.getByRole('heading', { name: `报名审核：${names[1]}` }).waitFor();
  await page.getByText('我正在审核').waitFor();
  await page.getByLabel('审核意见（可选）').fill('材料齐全，审核通过。');
  await page.getByRole('button', { name: '提交：审核通过' }).click();
  await page.getByText(/已审核通过，报名状态：待缴费/).waitFor();
  await checkpoint(page, 'desk-approved');

  // Bulk approve the other three.
  await page.getByRole('link', { name: '← 返回报名列表' }).click();
  await row(page, names[2]).waitFor();
  // With the keyboard alone: Space ticks a row, Tab reaches the button, Enter presses it.
  for (const n of names.slice(2)) {
    await page.getByLabel(`选择 ${n}`, { exact: true }).focus();
    await page.keyboard.press('Space');
  }
  const bulk = page.getByRole('button', { name: '批量审核通过（3）' });
  await bulk.waitFor();
  await checkpoint(page, 'desk-bulk-chosen');
  await page.getByLabel('审核意见（可选）').focus();
  await page.keyboard.type('材料齐全。');
  await page.keyboard.press('Tab');
  assert.equal(await bulk.evaluate((b) => b === document.activeElement), true, 'Tab from the note reaches the bulk button');
  await page.keyboard.press('Enter');
  await page.getByText('已批量审核通过 3 份报名。').waitFor();
  await page.getByText('没有符合条件的报名。').waitFor();
  await checkpoint(page, 'desk-bulk-approved');

  // The approved ones under 待缴费, with the reviewer's filter.
  await page.getByLabel('报名状态').selectOption('AWAITING_PAYMENT');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('（共 4 份）').waitFor();
  await checkpoint(page, 'desk-awaiting-payment');

  // A reviewer in the console: the API's FORBIDDEN, said plainly.
  await goClient(page, '/console/statistics');
  await page.getByText('无权访问').waitFor();
  await checkpoint(page, 'desk-reviewer-console-forbidden');
}));

test('region admin: statistics with charts → summary report PDF → Excel export job → download → seat plan → notice', () => withPage(chrome.browser, {}, 'console-admin', async (page) => {
  await staffLogin(page, 'dalian-admin');
  await page.waitForURL(/\/console$/);
  await checkpoint(page, 'console-overview');
  await page.getByRole('link', { name: '统计分析' }).first().click();
  await page.getByRole('heading', { name: /关键数据/ }).waitFor();
  const charts = page.locator('svg.chart');
  await charts.first().waitFor();
  assert.ok((await charts.count()) >= 4, `charts drawn: ${await charts.count()}`);
  const box = await charts.first().boundingBox();
  assert.ok(box && box.width > 100 && box.height > 50, 'the registration curve is visible');
  assert.ok((await page.locator('svg.chart rect.chart__bar').count()) > 0, 'bars drawn');
  await checkpoint(page, 'console-statistics');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载统计报告（PDF）' }).click()]);
  const pdfFile = join(artifacts, 'desk-summary-report.pdf');
  await pdf.saveAs(pdfFile);
  assert.equal(readFileSync(pdfFile).subarray(0, 5).toString(), '%PDF-');
  assert.match(pdf.suggestedFilename(), /^报名统计-DEMO-OPEN-大连市\.pdf$/);
  console.log(`# summary report: ${pdf.suggestedFilename()} (${readFileSync(pdfFile).length} bytes)`);

  await page.getByRole('link', { name: '报表与导出' }).click();
  await page.getByRole('heading', { name: '导出报名信息' }).waitFor();
  await page.getByLabel('Excel（.xlsx，长号码为文本）').check();
  await page.getByRole('button', { name: '开始导出' }).click();
  await page.getByText('导出任务已创建').waitFor();
  const ready = page.getByRole('button', { name: /^下载 / });
  await ready.first().waitFor({ timeout: 30_000 });
  await checkpoint(page, 'console-export-ready');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), ready.first().click()]);
  const xlsxFile = join(artifacts, 'desk-export.xlsx');
  await xlsx.saveAs(xlsxFile);
  assert.equal(readFileSync(xlsxFile).subarray(0, 2).toString(), 'PK');
  assert.match(xlsx.suggestedFilename(), /^报名信息-DEMO-OPEN-大连市-.*\.xlsx$/);
  console.log(`# export: ${xlsx.suggestedFilename()} (${readFileSync(xlsxFile).length} bytes)`);

  // The other screens render and pass axe: seat plan, policy, venues, notices.
  await page.getByRole('link', { name: '考场编排' }).click();
  await page.getByRole('heading', { name: '考场编排', level: 1 }).waitFor();
  await page.getByRole('button', { name: '开始编排' }).click();
  await page.getByText('已完成，待发布').waitFor();
  await checkpoint(page, 'console-seat-plan-ready');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '发布编排结果（生成准考证）' }).click();
  await page.getByText('已发布，考生可在打印期内打印准考证。').waitFor();
  await page.getByText('已发布', { exact: true }).waitFor();
  assert.ok(await page.getByRole('button', { name: /编排$/ }).isDisabled(), 'a published plan is not run again');
  await checkpoint(page, 'console-seat-plan-published');
  await page.getByRole('link', { name: '报名政策' }).click();
  await page.locator('table.data tbody tr').first().waitFor();
  await page.getByRole('button', { name: /^修改/ }).first().click();
  await page.getByRole('heading', { name: /修改政策/ }).waitFor();
  await checkpoint(page, 'console-policy');
  await page.getByRole('link', { name: '考区与考点' }).click();
  await page.getByRole('heading', { name: '添加考区' }).waitFor();
  await checkpoint(page, 'console-venues');
  await page.getByRole('link', { name: '通知公告' }).click();
  await page.getByRole('heading', { name: '发布新公告' }).waitFor();
  const noticeForm = page.getByRole('form', { name: '发布新公告' });
  await noticeForm.getByLabel('标题').fill('大连考区考场安排说明');
  await noticeForm.getByLabel('正文').fill('请考生提前 30 分钟到达考点，携带准考证和有效身份证件。');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('公告已发布。').waitFor();
  await page.getByRole('cell', { name: '大连考区考场安排说明', exact: true }).waitFor();
  await checkpoint(page, 'console-notice-published');
}));

test('region admin: 发送通知 — audience count (previewNotice) → confirm → queued → delivery figures', () => withPage(chrome.browser, {}, 'console-send-notice', async (page) => {
  await staffLogin(page, 'dalian-admin');
  await goClient(page, '/console/notices');
  const panel = page.getByRole('region', { name: '发送通知' });
  await panel.waitFor();
  const countText = panel.locator('.preview-count');
  await countText.filter({ hasText: /将发送给 \d+ 名考生/ }).waitFor();
  const all = Number((await countText.textContent()).match(/\d+/)[0]);
  // The five seeded applications are live in 大连's open session.
  assert.ok(all >= 5, `previewNotice counts the seeded candidates (${all})`);
  // One state narrows the count; none again is every live state.
  await panel.getByLabel('待缴费').check();
  // Wait for the new count (not the old one still shown while the preview is debounced).
  await countText.filter({ hasText: /将发送给 \d+ 名考生/ }).filter({ hasNotText: `将发送给 ${all} 名考生` }).waitFor();
  const some = Number((await countText.textContent()).match(/\d+/)[0]);
  assert.ok(some < all, `待缴费 only: ${some} of ${all}`);
  await panel.getByLabel('待缴费').uncheck();
  await countText.filter({ hasText: `将发送给 ${all} 名考生` }).waitFor();

  // Empty subject: the field's error, no dialog.
  await panel.getByRole('button', { name: '发送通知…' }).click();
  await panel.getByText('请填写通知标题').waitFor();
  await panel.getByLabel('通知标题').fill('大连考区考前提醒');
  await panel.getByLabel('通知内容').fill('请各位考生按时打印准考证，考试当天提前 30 分钟到达考点。');
  await checkpoint(page, 'console-send-notice-audience');
  await panel.getByRole('button', { name: '发送通知…' }).click();
  const dialog = page.getByRole('dialog', { name: '确认发送通知' });
  await dialog.getByText(`将向 ${all} 名考生发送`).waitFor();
  await checkpoint(page, 'console-send-notice-confirm');
  await dialog.getByRole('button', { name: '确认发送' }).click();
  await panel.getByText(`通知已提交发送：${all} 名考生`).waitFor();
  await panel.locator('table.delivery-stats').waitFor();
  // This notice's own row: its messages written by the sender in the background (refreshed until all are).
  const row = panel.locator('table.sent-notices tr', { hasText: '大连考区考前提醒' });
  await row.waitFor();
  for (let i = 0; i < 40 && !(await row.getByText('已全部写入').count()); i += 1) {
    await page.waitForTimeout(500);
    await panel.getByRole('button', { name: '刷新发送情况' }).click();
  }
  await row.getByText(`${all} 已全部写入`).waitFor();
  assert.match(await row.innerText(), /大连市管理员（演示）/);
  await checkpoint(page, 'console-send-notice-queued');
}));

test('national admin: statistics of the country, then of one region; the queue of every region', () => withPage(chrome.browser, {}, 'console-national', async (page) => {
  await staffLogin(page, 'admin');
  await page.getByRole('link', { name: '统计分析' }).first().click();
  await page.getByRole('heading', { name: /关键数据.*全国/ }).waitFor();
  await page.locator('svg.chart').first().waitFor();
  await checkpoint(page, 'national-statistics-country');
  await page.getByLabel('地区').selectOption('210200');
  await page.getByRole('heading', { name: /关键数据.*大连市/ }).waitFor();
  await page.locator('svg.chart').first().waitFor();
  await checkpoint(page, 'national-statistics-dalian');
  await page.getByRole('link', { name: '报名审核' }).click();
  await page.getByLabel('报名地区').waitFor();
  await page.getByText(/（共 \d+ 份）/).waitFor();
  await checkpoint(page, 'national-desk-queue');
}));

test('phone width (375 px): the console statistics and the review queue', () => withPage(chrome.browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }, 'staff-phone', async (page) => {
  await staffLogin(page, 'dalian-admin');
  await page.getByRole('link', { name: '统计分析' }).first().click();
  await page.locator('svg.chart').first().waitFor();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 375, `no sideways scrolling at 375 px (scrollWidth ${wide})`);
  await checkpoint(page, 'phone-console-statistics');
  await page.getByRole('link', { name: '报名审核' }).click();
  await page.getByRole('heading', { name: '报名审核', level: 1 }).waitFor();
  await page.getByText(/（共 \d+ 份）/).waitFor();
  const wide2 = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide2 <= 375, `no sideways scrolling at 375 px (scrollWidth ${wide2})`);
  await checkpoint(page, 'phone-desk-queue');
}));
