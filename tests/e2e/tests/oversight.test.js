// Oversight through the UI: a supervisor issues a supervision order by ticket reference, the
// department's staff answer it, and the supervisor reads the answer; the audit chain is verified;
// the staff's queue shows a newly dispatched ticket live; and anyone reads the public
// transparency page, where withheld figures say so.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { categoryId, fileTicket, tokenFor } from '../lib/api.js';
import { launch, newPerson, screenshot, settle, signIn } from '../lib/browser.js';
import { URBAN_CATEGORY } from '../lib/config.js';
import { exactly } from '../lib/i18n.js';

describe('oversight', () => {
  let browser;
  let supervisor;
  let staff;
  let ticket;
  const reason = `请在三个工作日内书面说明办理进展（督办 ${Date.now().toString(36)}）`;
  const answer = '已安排专人现场核查，三日内答复市民。';

  before(async () => {
    browser = await launch();
    const resident = await tokenFor('resident');
    ticket = await fileTicket(
      {
        kind: 'COMPLAINT',
        categoryId: await categoryId(URBAN_CATEGORY.code),
        title: '（督办检查）幸福路路灯整夜不亮',
        description: '幸福路西段路灯整夜不亮，已经一周。',
        address: '幸福路 8 号',
        district: '朝阳区',
      },
      resident,
    );
    supervisor = await newPerson(browser);
    staff = await newPerson(browser);
    await signIn(supervisor, 'supervisor');
    await signIn(staff, 'staff');
  });
  after(async () => {
    supervisor?.watch.assertClean();
    staff?.watch.assertClean();
    await browser?.close();
  });

  test('the supervisor lands on the dashboard and issues a supervision order by reference', async () => {
    const { page, t } = supervisor;
    await page.getByRole('heading', { level: 1, name: t('oversight.title') }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.supervision')) }).click();
    await page.getByRole('heading', { level: 1, name: t('supervision.title') }).waitFor();
    const form = page.getByRole('region', { name: t('supervision.issueTitle') });
    await form.getByLabel(t('supervision.reference')).fill(ticket.reference);
    await form.getByLabel(t('supervision.reason')).fill(reason);
    await form.getByRole('button', { name: exactly(t('supervision.issue')) }).click();
    await page.getByText(t('supervision.issued', { reference: ticket.reference })).waitFor();
    const card = page.locator('.ms-order', { hasText: reason });
    await card.waitFor();
    await card.getByText(t('supervision.unanswered')).waitFor();
    await screenshot(page, 'oversight-01-order-issued');
  });

  test('a reference that does not exist is refused next to the field', async () => {
    const { page, t } = supervisor;
    const form = page.getByRole('region', { name: t('supervision.issueTitle') });
    await form.getByLabel(t('supervision.reference')).fill('MS-1999-999999');
    await form.getByLabel(t('supervision.reason')).fill('检查');
    await form.getByRole('button', { name: exactly(t('supervision.issue')) }).click();
    await form.getByText(t('supervision.noSuchTicket')).waitFor();
  });

  test("the department's staff answer the order; they cannot issue one", async () => {
    const { page, t } = staff;
    await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.supervision')) }).click();
    await page.getByRole('heading', { level: 1, name: t('supervision.title') }).waitFor();
    await settle(page);
    assert.equal(await page.getByRole('region', { name: t('supervision.issueTitle') }).count(), 0, 'staff are not offered to issue orders');
    const card = page.locator('.ms-order', { hasText: reason });
    await card.getByLabel(t('supervision.answer')).fill(answer);
    await card.getByRole('button', { name: exactly(t('supervision.sendAnswer')) }).click();
    await card.getByText(t('supervision.answered')).waitFor();
    await card.getByText(answer).waitFor();
    await screenshot(page, 'oversight-02-order-answered');
  });

  test('the supervisor reads the answer', async () => {
    const { page, t } = supervisor;
    await page.reload();
    const card = page.locator('.ms-order', { hasText: reason });
    await card.getByText(answer).waitFor();
    await card.getByText(t('supervision.answered')).waitFor();
  });

  test('the audit chain verifies intact, with the number of entries checked', async () => {
    const { page, t } = supervisor;
    await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.audit')) }).click();
    await page.getByRole('heading', { level: 1, name: t('audit.title') }).waitFor();
    await page.getByRole('button', { name: t('audit.verify') }).click();
    const result = page.locator('.ms-audit-result .ms-result');
    await result.getByText(t('audit.intact')).waitFor();
    const checked = await result.locator('[data-metric="audit-checked"]').innerText();
    const n = Number(checked.replace(/\D/g, ''));
    assert.ok(n > 100, `the demo city's whole chain was checked (${checked})`);
    await screenshot(page, 'oversight-03-audit-intact');
  });

  test("the staff's queue shows a newly dispatched ticket live, without a reload", async () => {
    const { page, t } = staff;
    await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.queue')) }).click();
    await page.getByRole('heading', { level: 1, name: t('queue.title') }).waitFor();
    await settle(page);
    // Let the subscription start before the news it should bring.
    await page.waitForTimeout(1500);
    const title = `（实时检查）路灯不亮 ${Date.now().toString(36)}`;
    const fresh = await fileTicket(
      { kind: 'COMPLAINT', categoryId: await categoryId(URBAN_CATEGORY.code), title, description: '路灯不亮。', district: '朝阳区' },
      await tokenFor('resident'),
    );
    await page.getByTestId('live-queue').filter({ hasText: t('timeline.event.dispatched') }).waitFor();
    await page.locator('.ms-ticket-table tbody tr', { hasText: fresh.reference }).waitFor();
    await screenshot(page, 'oversight-04-queue-live');
  });

  test('anyone reads the transparency page: charts, every department, withheld figures marked as such', async () => {
    const visitor = await newPerson(browser);
    const { page, t } = visitor;
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.transparency')) }).click();
    await page.getByRole('heading', { level: 1, name: t('transparency.title') }).waitFor();
    await page.locator('.ms-chart-image canvas').first().waitFor();
    const rows = page.getByTestId('public-departments').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 10, 'every department of the demo city has a row');
    // A withheld cell never shows a number.
    for (const cell of await page.locator('[data-suppressed="true"]').all()) {
      assert.doesNotMatch(await cell.innerText(), /\d+(\.\d+)?%/);
    }
    await page.getByRole('region', { name: t('transparency.slaTitle') }).getByRole('table').waitFor();
    await screenshot(page, 'oversight-05-transparency');
    visitor.watch.assertClean();
    await visitor.context.close();
  });
});
