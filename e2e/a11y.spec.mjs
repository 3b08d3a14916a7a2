// Accessibility: an axe-core scan and keyboard use.
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ROOT, openDemo } from './helpers.mjs';

test.use({ bypassCSP: true }); // to inject axe-core; the page's own CSP is tested elsewhere

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no serious or critical violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDemo(page);
    // Expand a row so that the detail view is scanned as well.
    const toggle = page.locator('fact-compare button.toggle').first();
    if (await toggle.count()) await toggle.click();
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
  });
}

test('the table and its controls are reachable by keyboard', async ({ page }) => {
  await openDemo(page);
  const reached = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const what = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}:${el.getAttribute('aria-label') || el.textContent.trim().slice(0, 20)}` : '';
    });
    reached.add(what);
  }
  const all = [...reached].join('\n');
  expect(all).toContain('Export CSV');
  expect(all).toMatch(/input:.*Show verdicts|input/);
  expect(all).toContain('Filter rows by text');
  expect(all).toMatch(/button\.(phrase|chip)/);
  // Sorting with the keyboard.
  const sort = page.locator('fact-compare th button.sort').first();
  if (await sort.count()) {
    await sort.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('fact-compare th[aria-sort]')).toHaveCount(1);
  }
});
