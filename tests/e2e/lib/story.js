// The main story of Minsheng, step by step through the UI as each person would do it: a resident
// files a complaint, the department's staff accept it and reply, the resident rates it, and a
// supervisor sees it closed. The same steps run in Chinese, in English and in elderly mode.
import assert from 'node:assert/strict';
import { URBAN_CATEGORY, URBAN_DEPARTMENT } from './config.js';
import { STEP_TIMEOUT, settle } from './browser.js';
import { exactly, literal } from './i18n.js';
import { solidPng } from './png.js';

/** The photo the resident attaches when filing (a real PNG, made on the spot). */
export const PHOTO_NAME = 'street-light.png';

/** Words that make this run's ticket easy to find, and different from every other run's. */
export function uniqueTitle(language, tag) {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  return language === 'en'
    ? `The street light at the east gate is out (${tag} ${stamp})`
    : `小区东门路灯不亮已经一个月（${tag} ${stamp}）`;
}

/**
 * Picks an option of an antd Select by typing part of its words and clicking it, then waits
 * until the Select shows it chosen. antd filters its (virtual) option list as each character
 * arrives, so an option found while the list was still being filtered can move from under the
 * pointer before the click lands; a choice that did not take is made again, at most three times.
 */
export async function chooseInSelect(page, combobox, typed, optionText) {
  const select = combobox.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const chosen = select.locator('.ant-select-selection-item', { hasText: optionText });
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: optionText })
    .first();
  for (let attempt = 1; ; attempt += 1) {
    await combobox.click();
    await combobox.fill('');
    await combobox.pressSequentially(typed);
    await option.waitFor();
    await option.click();
    try {
      await chosen.waitFor({ timeout: 3000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw new Error(`the Select did not take "${optionText}" after ${attempt} tries: ${e.message}`);
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Step 1: the resident (already signed in) opens the filing form from the navigation, fills it in
 * (one column, plain words) and sends it. Returns the reference shown and the ticket's id.
 */
export async function fileComplaint(person, { title }) {
  const { page, t, language } = person;
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.file')) }).click();
  await page.getByRole('heading', { level: 1, name: t('filing.title') }).waitFor();
  await assertOneColumn(page);

  const form = page.locator('form.ms-form');
  await form.getByRole('radio', { name: new RegExp(`^\\s*${t('enums.TicketKind.COMPLAINT')}`) }).check();
  const category = language === 'en' ? URBAN_CATEGORY.en : URBAN_CATEGORY.zh;
  await chooseInSelect(page, form.getByRole('combobox', { name: t('filing.category') }), category.slice(0, 6), category);
  await form.getByLabel(t('filing.titleField')).fill(title);
  await form.getByLabel(t('filing.address')).fill(language === 'en' ? '12 Xingfu Road, east gate' : '幸福路 12 号东门');
  await form.getByLabel(t('filing.district')).fill('朝阳区');
  await form
    .getByLabel(t('filing.description'))
    .fill(
      language === 'en'
        ? 'Three street lights at the east gate have been out for a month. It is dark at night and older people have fallen. Please repair them.'
        : '东门口三盏路灯已经不亮一个月了，晚上路面一片漆黑，已经有老人摔倒。希望尽快修好。',
    );
  // A photo of the place, through the upload control (kept in the browser until the form is sent).
  await form.locator('input[type="file"]').setInputFiles({ name: PHOTO_NAME, mimeType: 'image/png', buffer: solidPng() });
  await form.locator('.ms-attachments-chosen').getByText(PHOTO_NAME, { exact: true }).waitFor();
  // The contact details come from the account; the resident leaves them as they are.
  assert.notEqual(await form.getByLabel(t('filing.contactName')).inputValue(), '', 'the name is filled in from the account');
  await person.checkpoint?.('01-filing-form');
  await form.getByRole('button', { name: exactly(t('filing.submit')) }).click();

  const receipt = page.locator('.ms-receipt');
  await receipt.getByRole('heading', { name: t('filing.receiptTitle') }).waitFor();
  const reference = (await receipt.getByTestId('reference').innerText()).trim();
  assert.match(reference, /^[A-Z]{2,}-\d{4}-\d+$/, `a reference like MS-2026-000123, not ${reference}`);
  // Signed in, the resident gets no tracking code but a link to the ticket.
  assert.equal(await receipt.getByTestId('tracking-code').count(), 0);
  const link = receipt.getByRole('link', { name: t('filing.viewTicket') });
  const href = await link.getAttribute('href');
  const id = href?.match(/^\/tickets\/([^/?#]+)$/)?.[1];
  assert.ok(id, `the receipt links to the ticket (${href})`);
  await person.checkpoint?.('02-filed-receipt');
  return { reference, id };
}

/** The filing form is one column: every field's box starts at the same left edge. */
async function assertOneColumn(page) {
  const lefts = await page
    .locator('form.ms-form .ant-form-item-control-input')
    .evaluateAll((els) => els.filter((e) => e.offsetParent !== null).map((e) => Math.round(e.getBoundingClientRect().left)));
  assert.ok(lefts.length >= 6, 'the form has its fields');
  const columns = new Set(lefts);
  assert.ok(columns.size <= 2, `one column: the fields start at ${[...columns].join(', ')} px`);
}

/** The ticket's state, as the tag in the status line says it. */
export function stateTag(page) {
  return page.locator('.ms-status-line .ms-state');
}

/** Opens an action's form, fills it with `fill`, and confirms; waits for the "done" notice. */
export async function runAction(person, action, fill = async () => {}) {
  const { page, t } = person;
  const name = t(`enums.TicketAction.${action}`);
  const opener = page.getByRole('group', { name: t('tickets.actions') }).getByRole('button', { name: exactly(name) });
  await opener.click();
  const section = page.locator(`#action-form-${action}`);
  await section.waitFor();
  await fill(section);
  await section.getByRole('button', { name: exactly(t('actions.confirm', { action: name })) }).click();
  await page.getByRole('status').filter({ hasText: t('actions.done', { action: name }) }).waitFor({ timeout: STEP_TIMEOUT });
}

/**
 * Step 2: staff of urban-management find the ticket in their queue (searching for its words),
 * open it, accept it and reply.
 */
export async function staffAcceptAndReply(person, { reference, title }) {
  const { page, t } = person;
  await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.queue')) }).click();
  await page.getByRole('heading', { level: 1, name: t('queue.title') }).waitFor();
  await settle(page);
  const filters = page.getByRole('region', { name: t('filters.legend') });
  await filters.getByLabel(t('filters.text')).fill(title);
  await filters.getByRole('button', { name: exactly(t('common.search')) }).click();
  const row = page.locator('.ms-ticket-table tbody tr', { hasText: reference });
  await row.waitFor();
  await assertRowState(row, t('enums.TicketState.DISPATCHED'));
  await person.checkpoint?.('03-staff-queue');
  await row.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { level: 1, name: literal(reference) }).waitFor();
  await assertState(page, t('enums.TicketState.DISPATCHED'));
  await person.checkpoint?.('04-staff-ticket');

  await runAction(person, 'ACCEPT');
  await assertState(page, t('enums.TicketState.ACCEPTED'));

  const reply =
    person.language === 'en'
      ? 'The street-light crew replaced the three lamps on the day; the lights work again.'
      : '已安排路灯维修班组当天更换了三盏灯具，现已恢复正常照明。';
  await runAction(person, 'REPLY', (form) => form.getByLabel(t('actions.reply')).fill(reply));
  await assertState(page, t('enums.TicketState.REPLIED'));
  await page.getByRole('region', { name: t('tickets.timeline') }).getByText(reply).waitFor();
  await person.checkpoint?.('05-staff-replied');
  return { reply };
}

/**
 * Step 3: the resident opens the ticket from "my requests", reads the reply, rates it (solved,
 * one of the five levels) and sees it closed.
 */
export async function residentRates(person, { reference, reply }) {
  const { page, t } = person;
  await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.myTickets')) }).click();
  await page.getByRole('heading', { level: 1, name: t('tickets.myTitle') }).waitFor();
  const row = page.locator('.ms-ticket-table tbody tr', { hasText: reference });
  await row.waitFor();
  await assertRowState(row, t('enums.TicketState.REPLIED'));
  await row.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { level: 1, name: literal(reference) }).waitFor();
  await assertState(page, t('enums.TicketState.REPLIED'));
  await page.getByRole('region', { name: t('tickets.timeline') }).getByText(reply).waitFor();
  await assertPhotoShown(person);

  await runAction(person, 'RATE', async (form) => {
    // The five levels of the national scheme, and "solved?".
    const levels = form.getByRole('radiogroup').or(form.locator('.ms-radio-list')).last().getByRole('radio');
    assert.equal(await levels.count(), 5, 'five satisfaction levels');
    await form.getByRole('radio', { name: t('actions.solvedYes') }).check();
    await form.getByRole('radio', { name: exactly(t('enums.Satisfaction.VERY_SATISFIED')) }).check();
    await person.checkpoint?.('06-rating-form');
  });
  await assertState(page, t('enums.TicketState.CLOSED'));
  await page.getByRole('region', { name: t('tickets.timeline') }).getByText(t('timeline.event.rated')).first().waitFor();
  // Nothing is left to do but ask for a redo within the window.
  const actions = page.getByRole('group', { name: t('tickets.actions') }).getByRole('button');
  const left = await actions.allInnerTexts();
  assert.ok(!left.some((a) => a.includes(t('enums.TicketAction.RATE'))), `no second rating: ${left.join(', ')}`);
  await person.checkpoint?.('07-closed');
}

/**
 * What the supervisor's dashboard shows for urban management over its default period (the last
 * 30 days, today included): the number of rated tickets and the satisfaction rate with what it is
 * built from ("satisfied of rated"), read from the department table as a person reads it.
 */
export async function dashboardFigures(person, label) {
  const { page, t, language } = person;
  await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.dashboard')) }).click();
  await page.getByRole('heading', { level: 1, name: t('oversight.title') }).waitFor();
  await settle(page);
  const department = language === 'en' ? URBAN_DEPARTMENT.en : URBAN_DEPARTMENT.zh;
  const table = page.locator('.ms-metrics-table');
  const row = table.locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: exactly(department) }) });
  await row.waitFor();
  // The chart is drawn, with its text alternative naming the rates.
  await page.locator('#chart-by-department-title').waitFor();
  await page.locator('.ms-chart-image canvas').first().waitFor();
  const rated = Number((await row.locator('[data-metric="rated"]').innerText()).trim());
  const satisfaction = (await row.locator('[data-metric="satisfaction"]').innerText()).trim();
  const parts = satisfaction.match(/\((\d+)\D+(\d+)\)/);
  assert.ok(Number.isInteger(rated), `a rated count for ${department}, not "${rated}"`);
  if (label) await person.checkpoint?.(label);
  return { department, rated, satisfaction, satisfied: parts ? Number(parts[1]) : 0, ratedForSatisfaction: parts ? Number(parts[2]) : 0 };
}

/**
 * Step 4: the supervisor's dashboard shows the change: one more rated ticket for urban
 * management, and one more satisfied among them (the resident was very satisfied).
 */
export async function supervisorSeesRating(person, before) {
  const { page } = person;
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const after = await dashboardFigures(person, '08-supervisor-dashboard');
  assert.equal(after.rated, before.rated + 1, `the dashboard shows one more rated ticket for ${after.department} (before ${before.rated}, now ${after.rated})`);
  assert.equal(after.ratedForSatisfaction, before.rated + 1, `the satisfaction rate is built from one more rating: "${after.satisfaction}"`);
  assert.equal(after.satisfied, before.satisfied + 1, `one more satisfied resident: "${before.satisfaction}" → "${after.satisfaction}"`);
  return after;
}

/**
 * The supervisor downloads the dashboard's CSV export (fetched with the session's token and saved
 * from the browser) and finds the ticket in it, closed.
 */
export async function supervisorExports(person, { reference }) {
  const { page, t } = person;
  const button = page.getByRole('button', { name: exactly(t('oversight.export.button')) });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.match(download.suggestedFilename(), /^minsheng-tickets-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await download.path();
  const csv = (await import('node:fs')).readFileSync(file, 'utf8');
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
  const row = csv.split(/\r?\n/).find((l) => l.includes(reference));
  assert.ok(row, `the export lists ${reference}`);
  assert.equal(row.split(',')[header.indexOf('state')], 'closed', `the exported row says closed: ${row}`);
  await page.getByText(t('oversight.export.saved', { name: download.suggestedFilename() })).waitFor();
}

/** The staff's ticket page, left open, shows the rating live: closed, without a reload. */
export async function staffSeesClosedLive(person) {
  const { page, t } = person;
  await assertState(page, t('enums.TicketState.CLOSED'));
  await page.getByTestId('live-ticket').filter({ hasText: t('timeline.event.rated') }).waitFor();
  await person.checkpoint?.('07b-staff-live-closed');
}

/** Step 5: the supervisor's search finds the ticket closed, with its whole history. */
export async function supervisorFindsClosed(person, { reference, title }) {
  const { page, t } = person;
  await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.search')) }).click();
  await page.getByRole('heading', { level: 1, name: t('queue.searchTitle') }).waitFor();
  await settle(page);
  const filters = page.getByRole('region', { name: t('filters.legend') });
  await filters.getByLabel(t('filters.text')).fill(title);
  await filters.getByRole('button', { name: exactly(t('common.search')) }).click();
  const row = page.locator('.ms-ticket-table tbody tr', { hasText: reference });
  await row.waitFor();
  await assertRowState(row, t('enums.TicketState.CLOSED'));
  await person.checkpoint?.('09-supervisor-search');
  await row.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { level: 1, name: literal(reference) }).waitFor();
  await assertState(page, t('enums.TicketState.CLOSED'));
  const timeline = page.getByRole('region', { name: t('tickets.timeline') });
  for (const event of ['filed', 'accepted', 'replied', 'rated']) {
    await timeline.getByText(t(`timeline.event.${event}`), { exact: true }).first().waitFor();
  }
  await person.checkpoint?.('10-supervisor-ticket');
}

/**
 * The photo attached when filing is on the ticket page: fetched with the session's token (the
 * download needs it) and shown as a picture from a blob: URL, with the file name as its text.
 */
export async function assertPhotoShown(person) {
  const { page, t } = person;
  const section = page.getByRole('region', { name: t('attachments.title', { count: 1 }) });
  await section.waitFor({ timeout: STEP_TIMEOUT });
  const img = section.getByRole('img', { name: t('attachments.photoAlt', { name: PHOTO_NAME }) });
  await img.waitFor({ timeout: STEP_TIMEOUT });
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: STEP_TIMEOUT });
  assert.match(String(await img.getAttribute('src')), /^blob:/, 'the photo is shown from a blob: URL');
  assert.equal(await img.evaluate((el) => el.naturalWidth), 64, 'the stored photo is the one sent (64 px wide)');
}

async function assertState(page, expected) {
  const tag = stateTag(page);
  await tag.filter({ hasText: exactly(expected) }).waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
    assert.fail(`the ticket should be "${expected}" but shows "${await tag.innerText().catch(() => '?')}"`);
  });
}

async function assertRowState(row, expected) {
  await row.locator('.ms-state', { hasText: exactly(expected) }).waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
    assert.fail(`the row should be "${expected}" but shows "${await row.locator('.ms-state').innerText().catch(() => '?')}"`);
  });
}
