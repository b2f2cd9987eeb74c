// The main story in English: the resident switches the language in the header (and it is
// remembered); the staff and the supervisor use the app in English too.
import assert from 'node:assert/strict';
import { exactly, messages } from '../lib/i18n.js';
import { storySuite } from '../lib/story-test.js';

storySuite({
  name: 'the story in English',
  language: 'en',
  elderly: false,
  tag: 'en',
  async prepare(resident) {
    const { page } = resident;
    const zh = messages('zh-CN');
    const en = messages('en');
    const languages = page.getByRole('group', { name: zh('prefs.language') });
    await languages.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: exactly(en('nav.file')) }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: exactly(en('nav.myTickets')) }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the language is remembered');
    Object.assign(resident, { t: en, language: 'en' });
  },
});
