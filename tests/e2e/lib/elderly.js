// What elderly mode (老年模式, SPEC §12) promises, measured in the browser: extra-large text, line
// spacing of at least 1.3, and targets of at least 60×60 px.
import assert from 'node:assert/strict';

export const MIN_FONT_PX = 20;
export const MIN_LINE_SPACING = 1.3;
export const MIN_TARGET_PX = 60;

/** The computed font size and line spacing of the elements `selector` matches (visible ones). */
export async function textMetrics(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const cs = getComputedStyle(e);
        const size = parseFloat(cs.fontSize);
        const line = cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
        // A one-line field has no line spacing to speak of; its text size still counts.
        const oneLine = e.tagName === 'INPUT';
        return { what: `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]} "${(e.innerText || '').trim().slice(0, 30)}"`, size, spacing: oneLine ? null : line / size };
      }),
  );
}

/** Body text, labels and help are at least 20 px with line spacing of at least 1.3. */
export async function assertLargeText(page, selector) {
  const metrics = await textMetrics(page, selector);
  assert.ok(metrics.length > 0, `nothing matches ${selector}`);
  const small = metrics.filter((m) => m.size < MIN_FONT_PX);
  assert.deepEqual(small, [], `text smaller than ${MIN_FONT_PX}px in elderly mode (${selector})`);
  const tight = metrics.filter((m) => m.spacing !== null && m.spacing < MIN_LINE_SPACING - 1e-6);
  assert.deepEqual(tight, [], `line spacing under ${MIN_LINE_SPACING} in elderly mode (${selector})`);
  return metrics;
}

/** Every matched, visible target is at least 60×60 px. */
export async function assertLargeTargets(page, locator) {
  const boxes = await locator.evaluateAll((els) =>
    els
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const b = e.getBoundingClientRect();
        return { what: `${e.tagName.toLowerCase()} "${(e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`, width: Math.round(b.width), height: Math.round(b.height) };
      }),
  );
  assert.ok(boxes.length > 0, 'no targets to measure');
  const small = boxes.filter((b) => b.width < MIN_TARGET_PX || b.height < MIN_TARGET_PX);
  assert.deepEqual(small, [], `targets smaller than ${MIN_TARGET_PX}×${MIN_TARGET_PX} px in elderly mode`);
  return boxes;
}

/**
 * Every piece of visible text on the page (screen-reader-only text aside) is at least 20 px.
 * Returns the offenders as "element.class 19.8px “text”".
 */
export async function smallTextOnPage(page) {
  return page.evaluate((min) => {
    const found = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el || el.getClientRects().length === 0 || el.closest('.ms-visually-hidden, [aria-hidden="true"]')) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.opacity === '0') continue;
      const size = parseFloat(cs.fontSize);
      if (size < min) {
        const key = `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ${size}px`;
        if (!found.has(key)) found.set(key, `${key} “${text.slice(0, 30)}”`);
      }
    }
    return [...found.values()];
  }, MIN_FONT_PX);
}

export async function assertNoSmallText(page, where = '') {
  const small = await smallTextOnPage(page);
  assert.deepEqual(small, [], `text smaller than ${MIN_FONT_PX}px in elderly mode${where ? ` on ${where}` : ''}`);
}
