// The main story in elderly mode (老年模式): the resident turns it on in the header (and it is
// remembered); large text, line spacing and 60×60 targets are measured on the way.
import assert from 'node:assert/strict';
import { assertLargeTargets, assertLargeText, assertNoSmallText } from '../lib/elderly.js';
import { storySuite } from '../lib/story-test.js';

storySuite({
  name: 'the story in elderly mode',
  language: 'zh-CN',
  elderly: true,
  tag: 'elderly',
  async prepare(resident) {
    const { page, t } = resident;
    const html = page.locator('html');
    assert.doesNotMatch((await html.getAttribute('class')) ?? '', /ms-elderly/);
    await page.getByRole('switch', { name: t('prefs.elderlyMode') }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('ms-elderly'));
    await page.reload();
    await page.getByRole('switch', { name: t('prefs.elderlyMode') }).waitFor();
    assert.match((await html.getAttribute('class')) ?? '', /ms-elderly/, 'elderly mode is remembered');
    assert.equal(await page.getByRole('switch', { name: t('prefs.elderlyMode') }).getAttribute('aria-checked'), 'true');
    resident.elderly = true;

    // The filing form: large text everywhere a person reads, and large targets.
    await page.goto('/file');
    const form = page.locator('form.ms-form');
    await form.waitFor();
    await assertNoSmallText(page, 'the filing form');
    await assertLargeText(page, 'body, main p');
    await assertLargeText(page, 'form.ms-form label, form.ms-form .ant-form-item-extra, form.ms-form input:not([type=radio]):not([type=checkbox]), form.ms-form textarea');
    await assertLargeTargets(page, form.getByRole('button', { name: t('filing.submit') }));
    await assertLargeTargets(page, page.locator('header').getByRole('button'));
    await assertLargeTargets(page, form.locator('.ant-radio-wrapper, .ant-checkbox-wrapper, .ant-input, .ant-select-selector'));
  },
  extraSteps: [
    [
      'in elderly mode the ticket page has large text and targets, and its actions come first',
      async (people, story) => {
        const { page, t } = people.resident;
        await page.goto(`/tickets/${story.id}`);
        const actions = page.getByRole('group', { name: t('tickets.actions') }).getByRole('button');
        await actions.first().waitFor();
        await page.getByRole('region', { name: t('tickets.timeline') }).waitFor();
        await assertNoSmallText(page, 'the ticket page');
        await assertLargeText(page, '.ms-facts dt, .ms-facts dd, .ms-description, .ms-timeline p');
        await assertLargeTargets(page, actions);
        // The simpler layout: the actions sit above the facts, in one column.
        const actionsBox = await page.locator('.ms-actions-section').boundingBox();
        const factsBox = await page.locator('section[aria-labelledby="facts-heading"]').boundingBox();
        assert.ok(actionsBox.y + actionsBox.height <= factsBox.y + 1, 'the actions come before the facts');
      },
    ],
  ],
});
