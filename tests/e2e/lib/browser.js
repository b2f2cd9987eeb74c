// Headless Debian Chromium through playwright-core, and what every test needs around it: a context
// per person (the session lives in localStorage), signing in through the login form, screenshots,
// an axe-core scan, and a watch for uncaught page errors and server errors.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ACCOUNTS, ARTIFACTS, BASE_URL, CHROMIUM, PASSWORD } from './config.js';
import { exactly, messages } from './i18n.js';

const require = createRequire(import.meta.url);

/** The flags the brief asks for; playwright-core adds its own (a fresh temporary profile among them). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long one UI step may take before the test fails (the debug build on 2 cores is slow). */
export const STEP_TIMEOUT = 15_000;

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * A fresh browser context (its own localStorage, so its own session) with the language and elderly
 * mode already chosen, as if this person had chosen them before.
 */
export async function newPerson(browser, { language = 'zh-CN', elderly = false, viewport = { width: 1280, height: 900 } } = {}) {
  const localStorage = [{ name: 'minsheng.language', value: language }];
  if (elderly) localStorage.push({ name: 'minsheng.elderlyMode', value: 'on' });
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport,
    locale: language === 'en' ? 'en-GB' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    storageState: { cookies: [], origins: [{ origin: BASE_URL, localStorage }] },
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  const watch = watchPage(page);
  return { context, page, watch, t: messages(language), language, elderly };
}

/**
 * Records what should never happen: an uncaught exception in the app, or a 5xx from the server.
 * Console messages are kept for the log (the refused icon <style> under the CSP is expected).
 */
export function watchPage(page) {
  const problems = [];
  const console = [];
  // Requests in flight, for settle().
  const net = { inflight: 0, changed: Date.now() };
  // A stream that stays open (live updates over EventSource) never "finishes": not counted.
  const moved = (d) => (request) => {
    if (request.resourceType() === 'eventsource') return;
    net.inflight = Math.max(0, net.inflight + d);
    net.changed = Date.now();
  };
  page.on('request', moved(+1));
  page.on('requestfinished', moved(-1));
  page.on('requestfailed', moved(-1));
  page.__net = net;
  page.on('pageerror', (e) => problems.push(`uncaught in page: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${r.status()} from ${r.request().method()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.push(`${m.type()}: ${m.text()}`);
  });
  return {
    problems,
    console,
    assertClean() {
      assert.deepEqual(problems, [], `the page misbehaved:\n${problems.join('\n')}`);
    },
  };
}

/** Signs in through the login form and waits for the role's landing page. */
export async function signIn(person, who) {
  const { page, t } = person;
  await page.goto('/login');
  await page.getByLabel(t('auth.email')).fill(ACCOUNTS[who]);
  await page.getByLabel(t('auth.password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: exactly(t('auth.signIn')) }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  // The navigation shows who is signed in.
  await page.getByRole('button', { name: exactly(t('nav.signOut')) }).waitFor();
}

/** A screenshot of the whole page in artifacts/. */
export async function screenshot(page, name) {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

let axeSource;

/** Waits (briefly, bounded) for running CSS transitions and animations, such as a hover fading. */
export async function transitionsDone(page, timeout = 1000) {
  await page.evaluate(
    (ms) =>
      Promise.race([
        Promise.all(document.getAnimations().filter((a) => Number.isFinite(a.effect?.getTiming().iterations)).map((a) => a.finished.catch(() => {}))),
        new Promise((r) => setTimeout(r, ms)),
      ]),
    timeout,
  );
}

/**
 * Runs axe-core on the page as it is now. The gateway's CSP forbids inline scripts, so axe goes
 * in through the DevTools protocol (page.evaluate), which the CSP does not govern; the page is
 * scanned exactly as served, with its CSP in force.
 */
export async function axeScan(page, { hoverAway = true, context, rules } = {}) {
  // Where the mouse happens to rest (on the button just clicked) must not decide the result; hover
  // states are checked on purpose where it matters (see a11y.test.js).
  if (hoverAway) {
    const size = page.viewportSize();
    await page.mouse.move(size.width - 2, size.height - 2);
  }
  await transitionsDone(page);
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  return page.evaluate(async ({ context, rules }) => {
    const options = { resultTypes: ['violations'] };
    if (rules) options.runOnly = { type: 'rule', values: rules };
    const r = await window.axe.run(context ?? document, options);
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 200) })),
    }));
  }, { context: context ?? null, rules: rules ?? null });
}

/** The serious and critical violations, described for a failure message. */
export function describeViolations(violations) {
  return violations
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `      at ${n.target}\n        ${n.html}\n        ${(n.summary ?? '').replace(/\n/g, '\n        ')}`)
          .join('\n') +
        (v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : ''),
    )
    .join('\n');
}

/**
 * Waits until nothing is loading: no request in flight for a moment (a live-update socket does not
 * count) and no antd spinner. Bounded: a page that never settles is scanned as it is.
 */
export async function settle(page, { quietMs = 150, timeout = STEP_TIMEOUT } = {}) {
  const net = page.__net;
  const deadline = Date.now() + timeout;
  if (net) {
    while (Date.now() < deadline && (net.inflight > 0 || Date.now() - net.changed < quietMs)) {
      await new Promise((r) => setTimeout(r, 25));
    }
  } else {
    await page.waitForLoadState('networkidle', { timeout }).catch(() => {});
  }
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: Math.max(1, deadline - Date.now()) })
    .catch(() => {});
}

/**
 * Goes to `path` inside the app without reloading it, as a click on a link would (react-router
 * follows history changes); loads the app first when the page is not on it yet.
 */
export async function visit(page, path) {
  const url = page.url();
  if (!url.startsWith('http')) return page.goto(path);
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, path);
  await page.waitForURL((u) => u.pathname + u.search === path);
}
