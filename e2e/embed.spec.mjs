// The <fact-compare> element embedded in a bare page with hostile styles.
import { test, expect } from '@playwright/test';
import { waitForResult } from './helpers.mjs';

test('children become sources, a result event fires, and host styles do not leak in', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/__e2e/embed.html');
  await page.waitForFunction(() => window.results.length > 0);
  const report = await page.evaluate(() => window.results.at(-1));
  expect(report.version).toBe(1);
  expect(report.sources.map((s) => s.id)).toEqual(['Morning Star', 'City Desk']);
  expect(report.mentions.map((m) => m.text).join(' ')).toMatch(/12/);
  await waitForResult(page, '#fc');
  // Paragraphs of an <article> are separate lines of the source text.
  const sources = await page.evaluate(() => document.getElementById('fc').sources);
  expect(sources[0].text).toBe('Rescuers said 12 people were trapped.\n\nThe bridge is 300 metres long.');
  expect(sources[1].date).toBe('2025-03-12');
  // Not editable: no textareas; the source text is shown read-only.
  await expect(page.locator('#fc textarea')).toHaveCount(0);
  await expect(page.locator('#fc .backdrop').first()).toContainText('Rescuers said 12 people');
  // Host page styles do not reach inside.
  const style = await page.locator('#fc table').first().evaluate((t) => ({ display: getComputedStyle(t).display, color: getComputedStyle(t).color }));
  expect(style.display).toBe('table');
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  // Theming through custom properties does.
  const outline = await page.locator('#fc .badge').first().evaluate((el) => getComputedStyle(el).getPropertyValue('--_accent').trim());
  expect(outline).toBe('rgb(0, 128, 96)');
  expect(errors).toEqual([]);
});

test('the sources property, the options attributes, and child edits recompute', async ({ page }) => {
  await page.goto('/__e2e/embed.html');
  await page.waitForFunction(() => window.results.length > 0);
  // Editing a child element recomputes.
  const n = await page.evaluate(() => window.results.length);
  await page.evaluate(() => { document.querySelector('blockquote').textContent = 'Officials said 99 people were trapped.'; });
  await page.waitForFunction((k) => window.results.length > k && window.results.at(-1).mentions.some((m) => m.text.includes('99')), n);
  // The property replaces the children as input.
  await page.evaluate(() => {
    document.getElementById('fc').sources = [{ id: 'x', text: 'A 40-minute call.' }, { id: 'y', text: 'The call lasted 40 minutes.' }, { id: 'z', text: 'No figures here.' }];
  });
  await page.waitForFunction(() => window.results.at(-1).sources.length === 3);
  await expect(page.locator('#fc article.source')).toHaveCount(3);
  // A bad option is reported in the widget and as a compare-error event; the sources stay.
  const message = page.evaluate(() => new Promise((resolve) => document.getElementById('fc').addEventListener('compare-error', (e) => resolve(e.detail.message), { once: true })));
  await page.evaluate(() => document.getElementById('fc').setAttribute('max-sources', '1'));
  expect(await message).toBeTruthy();
  await expect(page.locator('#fc .error')).toBeVisible();
  await expect(page.locator('#fc article.source')).toHaveCount(3);
  await page.evaluate(() => document.getElementById('fc').removeAttribute('max-sources'));
  await expect(page.locator('#fc .error')).toBeHidden();
});

test('a widget created from script with the sources property works', async ({ page }) => {
  await page.goto('/__e2e/embed.html');
  const report = await page.evaluate(async () => {
    const el = document.createElement('fact-compare');
    el.editable = true;
    el.sources = [{ id: 'a', text: 'Nearly 4,000 homes flooded.' }, { id: 'b', text: 'Some 3,700 homes were flooded.' }];
    const done = new Promise((resolve) => el.addEventListener('result', (e) => resolve(e.detail), { once: true }));
    document.body.append(el);
    return done;
  });
  expect(report.sources).toHaveLength(2);
  await expect(page.locator('fact-compare:not(#fc) textarea')).toHaveCount(2);
  expect(report.mentions.length).toBeGreaterThanOrEqual(2);
});

test('properties set before the element is defined are kept', async ({ page }) => {
  await page.goto('/__e2e/late.html');
  await page.waitForFunction(() => window.report);
  const report = await page.evaluate(() => window.report);
  expect(report.sources.map((s) => s.id)).toEqual(['early']);
});
