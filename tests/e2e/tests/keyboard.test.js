// Keyboard only (SPEC §12): a visitor who is not signed in goes from the home page to the filing
// form, fills it in and sends it with Tab, typing, arrows, Space and Enter alone, then tracks the
// request with the reference and tracking code, again by keyboard. No mouse event is sent.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, newPerson, screenshot } from '../lib/browser.js';
import { URBAN_CATEGORY } from '../lib/config.js';
import { exactly } from '../lib/i18n.js';
import { describeFocus, hasFocus, tabTo } from '../lib/keyboard.js';
import { uniqueTitle } from '../lib/story.js';

describe('keyboard only', () => {
  let browser;
  let person;
  const filed = {};

  before(async () => {
    browser = await launch();
    person = await newPerson(browser);
  });
  after(async () => {
    person?.watch.assertClean();
    await browser?.close();
  });

  test('a page opens with the focus on its heading; the skip link leads back to the content', async () => {
    const { page, t } = person;
    await page.goto('/');
    const h1 = page.locator('main h1');
    await h1.waitFor();
    // PageHeading focuses the h1 when a page opens, so keyboard users start at the content.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    // Back through the header to the skip link, which shows when focused and jumps to the content.
    const skip = page.getByRole('link', { name: t('app.skipToContent') });
    for (let i = 0; i < 20 && !(await hasFocus(skip)); i++) await page.keyboard.press('Shift+Tab');
    assert.ok(await hasFocus(skip), `Shift+Tab reaches the skip link (focus is on ${await describeFocus(page)})`);
    assert.ok(await skip.isVisible(), 'the skip link shows when focused');
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('main')?.contains(document.activeElement) || document.activeElement?.id === 'main');
  });

  test('the filing form is completed and sent with the keyboard alone', async () => {
    const { page, t } = person;
    const fileLink = page.locator('main').getByRole('link', { name: new RegExp(`^\\s*${t('home.fileTitle')}`) });
    await tabTo(page, fileLink, { what: 'the big “report a problem” link' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: t('filing.title') }).waitFor();
    const form = page.locator('form.ms-form');

    // Kind: Tab into the group, arrows move within it, Space chooses.
    const complaint = form.getByRole('radio', { name: new RegExp(`^\\s*${t('enums.TicketKind.COMPLAINT')}`) });
    const help = form.getByRole('radio', { name: new RegExp(`^\\s*${t('enums.TicketKind.HELP')}`) });
    await tabTo(page, complaint, { what: 'the first kind' });
    await page.keyboard.press('Space');
    assert.ok(await complaint.isChecked(), 'Space chooses the focused kind');
    await page.keyboard.press('ArrowDown');
    assert.ok(await help.isChecked(), 'the arrow keys move the choice within the group');
    await page.keyboard.press('ArrowUp');
    assert.ok(await complaint.isChecked());

    // Topic: type to filter, Enter to choose.
    const topic = form.getByRole('combobox', { name: t('filing.category') });
    await tabTo(page, topic, { what: 'the topic picker' });
    await page.keyboard.type(URBAN_CATEGORY.zh.slice(0, 2));
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').waitFor();
    await page.keyboard.press('Enter');
    await form.locator('.ant-select-selection-item', { hasText: URBAN_CATEGORY.zh }).waitFor();

    filed.title = uniqueTitle('zh-CN', 'keyboard');
    const type = async (label, text) => {
      const field = form.getByLabel(label);
      await tabTo(page, field, { what: label });
      await page.keyboard.type(text);
      assert.equal(await field.inputValue(), text, `${label} takes what was typed`);
    };
    await type(t('filing.titleField'), filed.title);

    // When: typed into the date picker, Enter confirms it.
    const when = form.getByLabel(t('filing.occurredAt'));
    await tabTo(page, when, { what: 'the date picker' });
    const yesterday = new Date(Date.now() - 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await page.keyboard.type(`${yesterday} 19:30`);
    await page.keyboard.press('Enter');
    assert.equal(await when.inputValue(), `${yesterday} 19:30`, 'the typed time is kept');

    await type(t('filing.address'), '幸福路 12 号东门');
    await type(t('filing.district'), '海淀区');
    await type(t('filing.description'), '东门口的路灯晚上不亮，已经一个多星期了，老人晚上出门看不清路。');
    await type(t('filing.contactPhone'), '13800138000');

    // Options: Space ticks a checkbox.
    const confidential = form.getByRole('checkbox', { name: t('filing.confidential') });
    await tabTo(page, confidential, { what: 'the confidentiality checkbox' });
    await page.keyboard.press('Space');
    assert.ok(await confidential.isChecked(), 'Space ticks the checkbox');

    const submit = form.getByRole('button', { name: exactly(t('filing.submit')) });
    await tabTo(page, submit, { what: 'the submit button' });
    await screenshot(page, 'keyboard-01-form-filled');
    await page.keyboard.press('Enter');

    // The receipt takes the focus, so a screen reader announces it.
    const receipt = page.locator('.ms-receipt');
    const heading = receipt.getByRole('heading', { name: t('filing.receiptTitle') });
    await heading.waitFor();
    assert.ok(await hasFocus(heading), `the receipt's heading has the focus, not ${await describeFocus(page)}`);
    filed.reference = (await receipt.getByTestId('reference').innerText()).trim();
    filed.code = (await receipt.getByTestId('tracking-code').innerText()).trim();
    assert.match(filed.reference, /^[A-Z]{2,}-\d{4}-\d+$/);
    assert.ok(filed.code.length >= 6, `an anonymous filer gets a tracking code (${filed.code})`);
    await screenshot(page, 'keyboard-02-receipt');
  });

  test('the request is tracked with its reference and tracking code, by keyboard', async () => {
    const { page, t } = person;
    const track = page.locator('.ms-receipt').getByRole('link', { name: t('filing.trackNow') });
    await tabTo(page, track, { what: 'the “track now” link' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: t('track.title') }).waitFor();
    assert.equal(await page.getByLabel(t('track.reference')).inputValue(), filed.reference, 'the reference is filled in');
    const code = page.getByLabel(t('track.trackingCode'));
    await tabTo(page, code, { what: 'the tracking code field' });
    await page.keyboard.type(filed.code);
    await page.keyboard.press('Enter');
    const result = page.locator('.ms-track-result');
    await result.waitFor();
    await result.getByText(filed.title).waitFor();
    // The routing catalogue dispatched it to urban management at once.
    await result.locator('.ms-state', { hasText: exactly(t('enums.TicketState.DISPATCHED')) }).waitFor();
    await screenshot(page, 'keyboard-03-tracked');
  });
});
