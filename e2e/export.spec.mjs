// Export CSV and JSON downloads; copy a row as text.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { openDemo } from './helpers.mjs';

test('Export CSV downloads the visible rows', async ({ page }) => {
  await openDemo(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('fact-compare').getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('fact-compare.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('verdict,quantity,dimension,unit,spread,sources,figures,explanation,tied_by');
  const shown = await page.locator('fact-compare table.discrepancies tr.row, fact-compare .singles-table tr.row').count();
  const records = parseCsv(csv);
  expect(records.length - 1).toBe(shown);
  const report = await page.evaluate(() => document.querySelector('fact-compare').report);
  const verdicts = new Set(report.groups.map((g) => g.verdict));
  for (const r of records.slice(1)) {
    expect(verdicts).toContain(r[0]);
    expect(r).toHaveLength(9);
    expect(r[6]).toMatch(/: "/); // figures: `Source: "phrase"`
  }
  // The label of the first table row is in the file.
  const label = await page.locator('fact-compare tr.row .label').first().textContent();
  expect(records.some((r) => r[1] === label)).toBe(true);
});

test('Export JSON downloads the Report', async ({ page }) => {
  await openDemo(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('fact-compare').getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const report = await page.evaluate(() => document.querySelector('fact-compare').report);
  expect(json).toEqual(report);
  expect(json.version).toBe(1);
});

test('copy a row as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDemo(page);
  const row = page.locator('fact-compare table.discrepancies tr.row').first();
  test.skip((await row.count()) === 0, 'no cross-source rows yet (engine groups nothing)');
  const label = await row.locator('.label').textContent();
  await row.getByRole('button', { name: /Copy row/ }).click();
  await expect(page.locator('fact-compare .toast')).toHaveText('Row copied as text.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(label);
  expect(text.split('\n').length).toBeGreaterThan(2);
});

/** RFC 4180 parser (quoted cells, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') { /* skip */ } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
