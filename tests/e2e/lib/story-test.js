// The story as a node:test suite, for one language and mode. Each step is a subtest, so a failure
// names the step; later steps are skipped once one fails. At each checkpoint of the story the page
// is photographed into artifacts/ and scanned with axe-core; the last step fails on any serious or
// critical violation met on the way (the dynamic states: receipt, open action forms, notices).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeScan, describeViolations, launch, newPerson, screenshot, signIn } from './browser.js';
import { ARTIFACTS } from './config.js';
import {
  dashboardFigures,
  fileComplaint,
  residentRates,
  staffAcceptAndReply,
  staffSeesClosedLive,
  supervisorFindsClosed,
  supervisorExports,
  supervisorSeesRating,
  uniqueTitle,
} from './story.js';

const BLOCKING = new Set(['serious', 'critical']);

/**
 * `prepare(resident)`, when given, runs once the resident has signed in (still in Chinese, normal
 * mode): it is where the resident switches the language or elderly mode through the UI. Everyone
 * else starts with `language` and `elderly` already chosen. `extraSteps` are [title, fn(people,
 * story)] pairs run after the story.
 */
export function storySuite({ name, language, elderly, tag, prepare, extraSteps = [] }) {
  describe(name, () => {
    let browser;
    const people = {};
    const story = { title: uniqueTitle(language, tag) };
    const found = [];
    let failed = false;

    before(async () => {
      browser = await launch();
    });
    after(async () => {
      fs.writeFileSync(path.join(ARTIFACTS, `${tag}-axe.json`), JSON.stringify(found, null, 2));
      await browser?.close();
    });

    const step = (title, fn) =>
      test(title, async (t) => {
        if (failed) return t.skip('an earlier step failed');
        try {
          await fn();
        } catch (e) {
          failed = true;
          for (const [who, p] of Object.entries(people)) {
            await screenshot(p.page, `${tag}-FAILED-${who}`).catch(() => {});
          }
          throw e;
        }
      });

    const person = async (who, prefs = { language, elderly }) => {
      const p = await newPerson(browser, prefs);
      p.checkpoint = async (label) => {
        await screenshot(p.page, `${tag}-${label}`);
        for (const v of await axeScan(p.page)) found.push({ at: `${label} (${who})`, ...v });
      };
      people[who] = p;
      await signIn(p, who);
      return p;
    };

    step('a resident files a complaint through the form and sees its reference', async () => {
      const resident = prepare ? await person('resident', {}) : await person('resident');
      if (prepare) await prepare(resident);
      Object.assign(story, await fileComplaint(resident, story));
    });
    step('staff of urban management find it in their queue, accept it and reply', async () => {
      Object.assign(story, await staffAcceptAndReply(await person('staff'), story));
    });
    step("the supervisor's dashboard shows urban management's figures before the rating", async () => {
      story.before = await dashboardFigures(await person('supervisor'), '07a-supervisor-dashboard-before');
    });
    step('the resident rates the answer (solved, very satisfied) and the ticket is closed', async () => {
      await residentRates(people.resident, story);
    });
    step("the staff's open ticket page shows it closed, live, without a reload", async () => {
      await staffSeesClosedLive(people.staff);
    });
    step("the supervisor's dashboard shows one more rated and satisfied ticket for urban management", async () => {
      await supervisorSeesRating(people.supervisor, story.before);
    });
    step('the supervisor downloads the CSV export, which lists the ticket closed', async () => {
      await supervisorExports(people.supervisor, story);
    });
    step("the supervisor's search finds the ticket closed, with its whole history", async () => {
      await supervisorFindsClosed(people.supervisor, story);
    });
    for (const [title, fn] of extraSteps) step(title, () => fn(people, story));

    test('no page of the story had uncaught errors or server errors', () => {
      for (const p of Object.values(people)) p.watch.assertClean();
    });
    test('no serious or critical accessibility violation at any point of the story', () => {
      const blocking = found.filter((v) => BLOCKING.has(v.impact));
      assert.ok(
        blocking.length === 0,
        `axe-core found ${blocking.length} serious or critical violation(s):\n` +
          blocking.map((v) => `at ${v.at}:\n${describeViolations([v])}`).join('\n'),
      );
    });
  });
}
