// The same matter reported more than once (SPEC §8), through the UI: while filing, a resident is
// shown a similar open ticket and follows it instead, finds it under "requests I follow" and
// stops following it; the supervisor's repeat-matters report marks the two similar tickets as
// handled more than once; an agent sees the other ticket among a ticket's possible duplicates and
// merges it there after confirming. Pages are scanned with axe on the way.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { categoryId, fileTicket } from '../lib/api.js';
import { axeScan, describeViolations, launch, newPerson, screenshot, settle, signIn } from '../lib/browser.js';
import { URBAN_CATEGORY } from '../lib/config.js';
import { exactly } from '../lib/i18n.js';
import { chooseInSelect, stateTag } from '../lib/story.js';

const DESCRIPTION = '光明路口东侧两盏路灯晚上一直闪烁，晃眼睛，过马路很危险。';
const ADDRESS = '光明路 5 号';
const DISTRICT = '海淀区';

async function assertAccessible(page, label) {
  await settle(page);
  const violations = (await axeScan(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await screenshot(page, `matters-${label}`);
  assert.deepEqual(violations.map((v) => v.id), [], `axe on ${label}:\n${describeViolations(violations)}`);
}

describe('the same matter reported twice', () => {
  let browser;
  let resident;
  let agent;
  let supervisor;
  let first;
  let second;
  const stamp = `${Date.now().toString(36)}`;
  const words = `光明路口两盏路灯一直闪烁（重复检查 ${stamp}）`;

  before(async () => {
    const category = await categoryId(URBAN_CATEGORY.code);
    const ticket = (title) =>
      fileTicket({
        kind: 'COMPLAINT',
        categoryId: category,
        title,
        description: DESCRIPTION,
        address: ADDRESS,
        district: DISTRICT,
      });
    // Two people (anonymous, by the API) reported the same thing.
    first = await ticket(words);
    second = await ticket(`${words}，请尽快修`);
    browser = await launch();
    resident = await newPerson(browser);
    agent = await newPerson(browser);
    supervisor = await newPerson(browser);
    await signIn(resident, 'resident');
    await signIn(agent, 'agent');
    await signIn(supervisor, 'supervisor');
  });
  after(async () => {
    for (const p of [resident, agent, supervisor]) p?.watch.assertClean();
    await browser?.close();
  });

  test('a resident filing the same matter is shown it, follows it, and can stop following', async () => {
    const { page, t } = resident;
    await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.file')) }).click();
    await page.getByRole('heading', { level: 1, name: t('filing.title') }).waitFor();
    const form = page.locator('form.ms-form');
    await chooseInSelect(page, form.getByRole('combobox', { name: t('filing.category') }), URBAN_CATEGORY.zh.slice(0, 2), URBAN_CATEGORY.zh);
    // What, where and how, as the resident writes it (the suggestions compare all of it; the
    // server's candidate search is a MinHash index, so a title alone may not find a long ticket).
    await form.getByLabel(t('filing.titleField')).fill(words);
    await form.getByLabel(t('filing.address')).fill(ADDRESS);
    await form.getByLabel(t('filing.district')).fill(DISTRICT);
    await form.getByLabel(t('filing.description')).fill(DESCRIPTION);
    const suggestions = page.getByTestId('similar-tickets');
    const item = suggestions.locator('.ms-similar-item', { hasText: first.reference });
    await item.waitFor().catch(async (e) => {
      await screenshot(page, 'matters-01-no-suggestion');
      throw e;
    });
    await suggestions.getByText(t('similar.fileAnyway')).waitFor();
    await assertAccessible(page, '01-similar-while-filing');

    await item.getByRole('button', { name: exactly(t('similar.follow')) }).click();
    await item.getByText(t('similar.followed', { reference: first.reference })).waitFor();
    await item.getByRole('link', { name: t('similar.seeFollowing') }).click();

    await page.getByRole('heading', { level: 1, name: t('following.title') }).waitFor();
    const row = page.locator('.ms-ticket-table tbody tr', { hasText: first.reference });
    await row.waitFor();
    await row.getByText(words, { exact: true }).waitFor();
    await assertAccessible(page, '02-following');
    await row.getByRole('button', { name: t('following.unfollowNamed', { reference: first.reference }) }).click();
    await page.getByText(t('following.unfollowed', { reference: first.reference })).waitFor();
    await page.locator('.ms-ticket-table tbody tr', { hasText: first.reference }).waitFor({ state: 'detached' });
  });

  test('the supervisor’s repeat-matters report marks them as handled more than once', async () => {
    const { page, t } = supervisor;
    await page.getByRole('navigation').getByRole('link', { name: exactly(t('nav.repeatMatters')) }).click();
    await page.getByRole('heading', { level: 1, name: t('repeat.title') }).waitFor();
    const cluster = page.locator('.ms-repeat', { hasText: first.reference });
    await cluster.waitFor();
    await cluster.getByText(second.reference).waitFor();
    // Said in words (and an icon), not by colour alone.
    await cluster.locator('[data-repeated="yes"]', { hasText: t('repeat.handledSeparately', { count: 2 }) }).waitFor();
    await assertAccessible(page, '03-repeat-matters');
  });

  test('an agent merges one into the other from its possible duplicates, after confirming', async () => {
    const { page, t } = agent;
    await page.goto(`/tickets/${second.id}`);
    const region = page.getByRole('region', { name: t('duplicates.title') });
    const candidate = region.locator('.ms-similar-item', { hasText: first.reference });
    await candidate.waitFor();
    await candidate.getByRole('button', { name: exactly(t('duplicates.merge')) }).click();
    const confirm = page.getByRole('group', { name: t('duplicates.confirmTitle', { reference: second.reference, parent: first.reference }) });
    await confirm.waitFor();
    await assertAccessible(page, '04-merge-confirm');
    await confirm.getByRole('button', { name: exactly(t('duplicates.confirm')) }).click();
    await page.getByRole('status').filter({ hasText: t('actions.done', { action: t('enums.TicketAction.MERGE') }) }).waitFor();
    await stateTag(page).filter({ hasText: exactly(t('enums.TicketState.MERGED')) }).waitFor();
  });
});
