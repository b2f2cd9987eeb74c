// The main pages of the app, who opens each, and how to know it has finished loading. Ticket
// pages open the first ticket of a list the person sees, so they always show real data.
import { settle, visit } from './browser.js';

/**
 * [name, who (null: not signed in), path or (fixtures) => path, then?]. The fixtures are the
 * tickets of api.js pageFixtures(), so every list has a row and every ticket page real data;
 * `then(person)` brings the page into the state to check (an empty result list, say).
 */
export const MAIN_PAGES = [
  ['home', null, '/'],
  ['transparency', null, '/transparency', openChartTables],
  ['file', null, '/file'],
  ['track', null, '/track'],
  ['login', null, '/login'],
  ['register', null, '/register'],
  ['my-tickets', 'resident', '/my'],
  ['following', 'resident', '/following'],
  ['ticket-resident', 'resident', (fx) => `/tickets/${fx.routed.id}`],
  ['staff-queue', 'staff', '/queue'],
  ['ticket-staff', 'staff', (fx) => `/tickets/${fx.routed.id}`],
  ['ticket-staff-return-form', 'staff', (fx) => `/tickets/${fx.routed.id}`, openAction('RETURN')],
  ['agent-inbox', 'agent', '/inbox'],
  ['agent-intake', 'agent', '/intake'],
  ['ticket-agent', 'agent', (fx) => `/tickets/${fx.unrouted.id}`],
  ['ticket-agent-dispatch-form', 'agent', (fx) => `/tickets/${fx.unrouted.id}`, openAction('DISPATCH')],
  ['supervisor-search', 'supervisor', '/search'],
  ['supervisor-search-empty', 'supervisor', '/search', searchFor('zz-no-such-ticket-zz')],
  ['ticket-supervisor', 'supervisor', (fx) => `/tickets/${fx.routed.id}`],
  ['supervisor-dashboard', 'supervisor', '/oversight', openChartTables],
  ['supervisor-orders', 'supervisor', '/supervision'],
  ['supervisor-audit', 'supervisor', '/audit', verifyAuditChain],
  ['supervisor-repeat-matters', 'supervisor', '/repeat-matters'],
  ['staff-orders', 'staff', '/supervision'],
  ['admin', 'admin', '/admin'],
  ['admin-departments', 'admin', '/admin/departments'],
  ['admin-categories', 'admin', '/admin/categories'],
  ['admin-users', 'admin', '/admin/users'],
  ['admin-calendars', 'admin', '/admin/calendars'],
  ['admin-sla', 'admin', '/admin/sla'],
];

/** Opens the form of one of the ticket's actions (the button says which with data-action). */
function openAction(action) {
  return async ({ page }) => {
    const form = page.locator(`#action-form-${action}`);
    if (!(await form.isVisible())) await page.locator(`.ms-action-buttons [data-action="${action}"]`).click();
    await form.waitFor();
    await settle(page);
  };
}

/** Waits for the charts to be drawn and opens their data tables, so those are scanned too. */
async function openChartTables({ page }) {
  await page.locator('.ms-chart-image canvas').first().waitFor();
  const closed = page.locator('details.ms-chart-data:not([open]) > summary');
  for (let i = 0; i < 5 && (await closed.count()) > 0; i++) await closed.first().click();
  await settle(page);
}

/** Runs the audit verification and waits for its result. */
async function verifyAuditChain({ page, t }) {
  await page.getByRole('button', { name: t('audit.verify') }).click();
  await page.locator('.ms-audit-result .ms-result').waitFor();
  await settle(page);
}

/** Searches a ticket list for words and waits for the new result. */
function searchFor(words) {
  return async ({ page, t }) => {
    const filters = page.getByRole('region', { name: t('filters.legend') });
    await filters.getByLabel(t('filters.text')).fill(words);
    await filters.getByRole('button', { name: t('common.search'), exact: true }).click();
    await page.locator('.ms-count', { hasText: t('common.total', { count: 0 }) }).waitFor();
    await settle(page);
  };
}

/** Opens a page and waits until it has its heading and nothing is loading any more. */
export async function openPage(person, target, fixtures, then) {
  const { page } = person;
  const path = typeof target === 'function' ? target(fixtures) : target;
  await visit(page, path);
  await page.locator('main h1').first().waitFor();
  await settle(page);
  if (then) await then(person);
  return path;
}
