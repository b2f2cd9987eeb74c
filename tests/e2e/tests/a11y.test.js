// Every main page, in Chinese, in English and in elderly mode: an axe-core scan with zero serious
// or critical violations, and a screenshot in artifacts/ (page-<mode>-<name>.png). In elderly mode
// every visible text is also at least 20 px. One browser context per person (signing in once);
// the language and elderly mode are switched as the app remembers them, then the page reloaded.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pageFixtures } from '../lib/api.js';
import { axeScan, describeViolations, launch, newPerson, screenshot, signIn, transitionsDone } from '../lib/browser.js';
import { ARTIFACTS } from '../lib/config.js';
import { smallTextOnPage } from '../lib/elderly.js';
import { messages } from '../lib/i18n.js';
import { MAIN_PAGES, openPage } from '../lib/pages.js';

const MODES = [
  { tag: 'zh', language: 'zh-CN', elderly: false },
  { tag: 'en', language: 'en', elderly: false },
  { tag: 'elderly', language: 'zh-CN', elderly: true },
];

const WHO = [...new Set(MAIN_PAGES.map(([, who]) => who))];

let browser;
let fixtures;
const report = {};
before(async () => {
  fixtures = await pageFixtures();
  browser = await launch();
});
after(async () => {
  fs.writeFileSync(path.join(ARTIFACTS, 'pages-axe.json'), JSON.stringify(report, null, 2));
  await browser?.close();
});

/** Switches language and elderly mode the way the app stores them, and reloads. */
async function useMode(person, mode) {
  await person.page.evaluate(({ language, elderly }) => {
    localStorage.setItem('minsheng.language', language);
    if (elderly) localStorage.setItem('minsheng.elderlyMode', 'on');
    else localStorage.removeItem('minsheng.elderlyMode');
  }, mode);
  await person.page.reload();
  Object.assign(person, { language: mode.language, elderly: mode.elderly, t: messages(mode.language) });
}

for (const who of WHO) {
  describe(`the pages ${who ? `of the ${who}` : 'anyone can open'}`, () => {
    let person;
    before(async () => {
      person = await newPerson(browser);
      if (who) await signIn(person, who);
      else await person.page.goto('/');
    });
    after(() => person?.watch.assertClean());

    if (!who) {
      test('buttons keep a 4.5:1 contrast when hovered (WCAG 1.4.3 holds in every state)', async () => {
        const { page, t } = person;
        await openPage(person, '/file');
        const problems = [];
        const buttons = [
          ['the primary button “' + t('filing.submit') + '”', page.locator('form.ms-form button[type=submit]')],
          ['the default button “English”', page.locator('header').getByRole('button', { name: 'English' })],
        ];
        for (const [what, button] of buttons) {
          await button.hover();
          await transitionsDone(page); // antd fades to the hover colour
          const id = await button.evaluate((el) => {
            el.dataset.e2eHovered = '1';
            return '[data-e2e-hovered="1"]';
          });
          const v = await axeScan(page, { hoverAway: false, context: { include: [id] }, rules: ['color-contrast'] });
          await button.evaluate((el) => delete el.dataset.e2eHovered);
          if (v.length) problems.push(`${what} when hovered:\n${describeViolations(v)}`);
        }
        await page.mouse.move(0, 0);
        assert.ok(problems.length === 0, problems.join('\n'));
      });
    }

    for (const mode of MODES) {
      test(`switch to ${mode.tag}`, () => useMode(person, mode));
      for (const [name, pageWho, target, then] of MAIN_PAGES.filter(([, w]) => w === who)) {
        test(`${name} [${mode.tag}]`, async () => {
          const opened = await openPage(person, target, fixtures, then);
          await screenshot(person.page, `page-${mode.tag}-${name}`);
          const violations = await axeScan(person.page);
          report[`${mode.tag} ${name}`] = { path: opened, who: pageWho, violations };
          const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          const problems = [];
          if (blocking.length) {
            problems.push(`axe-core: ${blocking.length} serious or critical violation(s) on ${opened}:\n${describeViolations(blocking)}`);
          }
          if (mode.elderly) {
            const small = await smallTextOnPage(person.page);
            if (small.length) problems.push(`text under 20px in elderly mode on ${opened}:\n  ${small.join('\n  ')}`);
          }
          assert.ok(problems.length === 0, problems.join('\n'));
        });
      }
    }
  });
}
