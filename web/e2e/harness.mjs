// The e2e harness: builds the real binary, serves the demo on free ports with
// a temporary data directory, drives Debian chromium headless through
// playwright-core, checks each screen with axe-core and keeps a screenshot
// per step in web/e2e/artifacts/.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const artifacts = join(here, 'artifacts');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitForHttp(url, ms, proc) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${ms} ms`);
}

/** Builds cmd/ruankao and serves --demo (with env's RUANKAO_ settings, if any); returns {base, gateway, bin, stop}. */
export async function startServer({ env: settings = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ruankao-e2e-'));
  const bin = join(dir, 'ruankao');
  const t0 = Date.now();
  execFileSync('go', ['build', '-o', bin, './cmd/ruankao'], { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, GOFLAGS: process.env.GOFLAGS || '-buildvcs=false' } });
  console.log(`# go build: ${Date.now() - t0} ms`);
  const [port, gatewayPort] = [await freePort(), await freePort()];
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RUANKAO_'))), ...settings };
  const log = join(dir, 'server.log');
  const proc = spawn(bin, ['serve', '--demo', '--db', `sqlite://${join(dir, 'ruankao.db')}`, '--addr', `127.0.0.1:${port}`,
    '--demo-gateway-addr', `127.0.0.1:${gatewayPort}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  proc.stdout.on('data', (b) => out.push(b));
  proc.stderr.on('data', (b) => out.push(b));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/readyz`, 60_000, proc);
  } catch (e) {
    writeFileSync(log, Buffer.concat(out));
    throw new Error(`${e.message}; log: ${log}`);
  }
  return {
    base,
    gateway: `http://127.0.0.1:${gatewayPort}`,
    bin,
    dir,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
      writeFileSync(log, Buffer.concat(out));
      if (!process.env.E2E_KEEP) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  // launch() gives the browser a fresh temporary profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

let runDir = artifacts;

/** Empties (and makes) web/e2e/artifacts/NAME/, where this test file's screenshots go. */
export function resetArtifacts(name) {
  runDir = join(artifacts, name);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  return runDir;
}

/** A page that records console errors and CSP violations. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  return page;
}

let stepNo = 0;
export const results = [];

/** Screenshots the page as step NN-name.png, runs axe-core, fails on serious/critical violations or CSP problems. */
export async function checkpoint(page, name) {
  stepNo += 1;
  const file = join(runDir, `${String(stepNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await page.evaluate(axeSource);
  const report = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = report.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const csp = page.problems.filter((p) => /Content Security Policy|Refused to/i.test(p));
  results.push({ step: name, file, violations: report.length, serious: bad.length, minor: report.filter((v) => !bad.includes(v)).map((v) => `${v.id} (${v.impact})`) });
  if (bad.length) throw new Error(`axe (${name}): ${JSON.stringify(bad, null, 1)}`);
  if (csp.length) throw new Error(`CSP (${name}): ${csp.join('\n')}`);
  return file;
}

/**
 * A GraphQL call from the test itself (the reviewer's part). RATE_LIMITED is
 * honoured as a client would (logins are limited per address and account,
 * and a test logs in often): it waits retryAfterSeconds and tries again, for
 * up to a minute.
 */
export async function gql(base, query, variables = {}, token) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const until = Date.now() + 60_000;
  for (;;) {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const json = await res.json();
    const limited = json.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
    if (limited && Date.now() < until) {
      await new Promise((r) => setTimeout(r, Math.max(limited.extensions.retryAfterSeconds ?? 1, 0.2) * 1000));
      continue;
    }
    if (json.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(json.errors)}`);
    return json.data;
  }
}

/** Runs fn with a fresh page; on failure keeps a screenshot and the page's text beside the others. */
export async function withPage(browser, options, name, fn) {
  const page = await newPage(browser, options);
  try {
    await fn(page);
  } catch (e) {
    const file = join(runDir, `FAILED-${name}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    const text = await page.locator('body').innerText().catch(() => '');
    console.log(`# FAILED at ${page.url()} (screenshot ${file})\n# ${text.replace(/\n/g, '\n# ')}\n# console: ${page.problems.join(' | ')}`);
    throw e;
  } finally {
    await page.context().close();
  }
}
