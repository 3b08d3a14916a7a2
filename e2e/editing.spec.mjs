// Adding, editing, renaming, removing sources; dropping files; persistence; errors.
import { test, expect } from '@playwright/test';
import { waitForResult } from './helpers.mjs';

const report = (page) => page.evaluate(() => document.querySelector('fact-compare').report);

test('editing a source updates the table (debounced) without a reload', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  const textarea = page.locator('fact-compare textarea').first();
  await textarea.focus();
  await page.keyboard.press('Control+End');
  const before = (await report(page)).mentions.length;
  const t0 = Date.now();
  await page.keyboard.type(' Volunteers filled 31337 sandbags.');
  await expect(page.locator('fact-compare').locator('.phrase, .chip-text', { hasText: '31337' }).first()).toBeVisible();
  console.log(`[e2e] typed edit to updated table: ${Date.now() - t0} ms (includes typing)`);
  expect((await report(page)).mentions.length).toBeGreaterThan(before);
  await expect(textarea).toBeFocused();
});

test('add, rename and remove sources; they persist across a reload', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  const cards = page.locator('fact-compare article.source');
  const n = await cards.count();
  await page.locator('fact-compare').getByRole('button', { name: 'Add source' }).click();
  await expect(cards).toHaveCount(n + 1);
  const added = cards.last();
  await expect(added.locator('textarea')).toBeFocused();
  await added.locator('textarea').fill('The council approved 77 new benches.');
  await added.locator('input.name').fill('Council minutes');
  await expect(page.locator('fact-compare .chip-src, fact-compare .singles-table td.c-source', { hasText: 'Council minutes' }).first()).toBeVisible();
  await cards.first().getByRole('button', { name: /Remove source/ }).click();
  await expect(cards).toHaveCount(n);
  await page.waitForTimeout(300);
  await page.reload();
  await waitForResult(page);
  await expect(cards).toHaveCount(n);
  await expect(cards.last().locator('input.name')).toHaveValue('Council minutes');
  await expect(cards.last().locator('textarea')).toHaveValue('The council approved 77 new benches.');
});

test('dropping a .txt and a .md file adds them as sources; other files are refused', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  const cards = page.locator('fact-compare article.source');
  const n = await cards.count();
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['About 250 people attended the vigil.'], 'vigil-report.txt', { type: 'text/plain' }));
    dt.items.add(new File(['# Notes\n\nNearly 90 volunteers helped.'], 'notes.md', { type: '' }));
    dt.items.add(new File([new Uint8Array([0, 1, 2])], 'photo.jpg', { type: 'image/jpeg' }));
    return dt;
  });
  await page.locator('fact-compare section.sources').dispatchEvent('drop', { dataTransfer });
  await expect(cards).toHaveCount(n + 2);
  await expect(cards.nth(n).locator('input.name')).toHaveValue('vigil-report');
  await expect(cards.nth(n + 1).locator('textarea')).toHaveValue('# Notes\n\nNearly 90 volunteers helped.');
  await expect(page.locator('fact-compare .notice')).toContainText('photo.jpg');
  await page.waitForFunction((count) => document.querySelector('fact-compare').report?.sources.length === count, n + 2);
});

test('the file picker adds files too', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  const cards = page.locator('fact-compare article.source');
  const n = await cards.count();
  await page.locator('fact-compare input[type=file][multiple]').setInputFiles({ name: 'brief.txt', mimeType: 'text/plain', buffer: Buffer.from('Exactly 12 ferries ran.') });
  await expect(cards).toHaveCount(n + 1);
});

test('an engine error is shown and never clears the sources', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  const sources = await page.evaluate(() => document.querySelector('fact-compare').sources);
  await page.evaluate(() => document.querySelector('fact-compare').setAttribute('max-input-bytes', '10'));
  const error = page.locator('fact-compare .error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('Could not compare');
  expect(await page.evaluate(() => document.querySelector('fact-compare').sources)).toEqual(sources);
  await expect(page.locator('fact-compare article.source')).toHaveCount(sources.length);
  await page.evaluate(() => document.querySelector('fact-compare').removeAttribute('max-input-bytes'));
  await expect(error).toBeHidden();
  await page.reload();
  await waitForResult(page);
  expect(await page.evaluate(() => document.querySelector('fact-compare').sources)).toEqual(sources);
});
