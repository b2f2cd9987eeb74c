// Moving through a page with the keyboard alone.
import assert from 'node:assert/strict';

/** True when `locator`'s element has the focus (or holds the focused element). */
export function hasFocus(locator) {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/**
 * Presses Tab (forwards only) until `locator` has the focus; fails after `max` presses. Returns
 * the elements passed on the way, for the failure message and the log.
 */
export async function tabTo(page, locator, { max = 40, what = String(locator) } = {}) {
  const passed = [];
  for (let i = 0; i <= max; i++) {
    if (await hasFocus(locator)) return passed;
    await page.keyboard.press('Tab');
    passed.push(await describeFocus(page));
  }
  assert.fail(`Tab never reached ${what} in ${max} presses; focus went:\n  ${passed.join('\n  ')}`);
}

export function describeFocus(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e) return '(nothing)';
    const name = (e.getAttribute('aria-label') || e.innerText || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} “${name}”`;
  });
}
