// Source text is only ever inserted as text: markup in a source runs nothing.
import { test, expect } from '@playwright/test';
import { waitForResult } from './helpers.mjs';

const HOSTILE = 'Police said <img src=x onerror=alert(1)> 12 people and <script>alert(2)</script> 30 cars '
  + '<b onmouseover="alert(3)">bold</b> were involved. <svg onload=alert(4)></svg>';

test('markup in a source renders as text and runs nothing', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto('/');
  await waitForResult(page);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.locator('fact-compare textarea').first().fill(HOSTILE);
  await page.waitForFunction(() => document.querySelector('fact-compare').report?.sources[0]?.chars > 0);
  await expect(page.locator('fact-compare .status')).toContainText('1 source');
  // The text is shown literally in the source card and in the table's sentences.
  await expect(page.locator('fact-compare .backdrop').first()).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('fact-compare .backdrop').first()).toContainText('<script>alert(2)</script>');
  const sentences = await page.locator('fact-compare .sentence').allTextContents();
  expect(sentences.join(' ')).toContain('<img src=x onerror=alert(1)>');
  const injected = await page.evaluate(() => {
    const root = document.querySelector('fact-compare').shadowRoot;
    return root.querySelectorAll('img, script, svg:not(.icon), b, [onerror], [onload], [onmouseover]').length
      + document.querySelectorAll('img, body script:not([src]), svg').length;
  });
  expect(injected).toBe(0);
  await page.locator('fact-compare .phrase').first().hover();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('a dropped HTML file is reduced to its text and its scripts never run', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto('/');
  await waitForResult(page);
  const html = '<!doctype html><html><head><title>Harbor report</title><script>alert("head")</script></head><body>'
    + '<h1>Harbor fire</h1><p>At least 40 boats burned, <img src=x onerror="alert(\'img\')">officials said.</p>'
    + '<script>alert("body")</script><p>Damage is put at $3 million.</p></body></html>';
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'harbor.html', { type: 'text/html' }));
    return dt;
  }, html);
  await page.locator('fact-compare section.sources').dispatchEvent('drop', { dataTransfer });
  const card = page.locator('fact-compare article.source').last();
  await expect(card.locator('input.name')).toHaveValue('Harbor fire');
  await expect(card.locator('textarea')).toHaveValue('Harbor fire\n\nAt least 40 boats burned, officials said.\n\nDamage is put at $3 million.');
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
