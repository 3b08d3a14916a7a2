// Keeping and sharing the work: Save writes one .json file that Open restores exactly;
// the view lives in the URL hash; a table copies as Markdown; dates order the figures.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { engineReport, openDemo, openSaved, waitForResult } from './helpers.mjs';

const fc = 'fact-compare';
const widget = (page) => page.evaluate(() => {
  const el = document.querySelector('fact-compare');
  return { report: el.report, view: el.view, sources: el.sources, options: el.options };
});

async function setView(page) {
  // Sort by spread, hide the agreeing rows, open the first row, order figures by date.
  await page.locator(`${fc} th button.sort`, { hasText: 'Spread' }).click();
  await page.locator(`${fc} .filters input[value=agree]`).uncheck();
  await page.locator(`${fc} table.discrepancies tr.row button.toggle`).first().click();
  await page.locator(`${fc} select.order`).selectOption('date');
}

test('Save writes one file; opening it restores the same sources, Report and view', async ({ page }) => {
  await openDemo(page);
  await setView(page);
  const before = await widget(page);
  expect(before.view.sort).toBe('spread');
  expect(before.view.hide).toEqual(['agree']);
  expect(before.view.open).toHaveLength(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(fc).getByRole('button', { name: 'Save', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fact-compare-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(file.format).toBe('fact-compare');
  expect(file.report).toEqual(before.report);
  expect(file.sources.map((s) => s.date)).toEqual(before.sources.map((s) => s.date));
  // Start over: other sources, the default view.
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.locator(`${fc} textarea`).first().fill('Nothing to see: 3 cats.');
  await page.waitForFunction(() => document.querySelector('fact-compare').report?.sources.length === 1);
  // Open the saved file with the "Open…" button's picker.
  await page.locator(`${fc} input[type=file][accept^=".json"]`).setInputFiles(await download.path());
  await page.waitForFunction((n) => document.querySelector('fact-compare').report?.sources.length === n, before.sources.length);
  const after = await widget(page);
  expect(after.report).toEqual(before.report);
  expect(after.view).toEqual(before.view);
  expect(after.sources).toEqual(before.sources);
  // The table shows that view: the first row open, no agree rows, sorted by spread.
  await expect(page.locator(`${fc} tr.detail:not([hidden])`)).toHaveCount(1);
  await expect(page.locator(`${fc} tr.row[data-verdict=agree]`)).toHaveCount(0);
  await expect(page.locator(`${fc} th[aria-sort]`)).toContainText('Spread');
  await expect(page.locator(`${fc} select.order`)).toHaveValue('date');
  await expect(page.locator(`${fc} .status`)).toContainText('opened from a saved file');
  // Dropping the file on the page opens it too.
  await page.getByRole('button', { name: 'Start empty' }).click();
  const text = fs.readFileSync(await download.path(), 'utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'saved.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.locator(`${fc} section.sources`).dispatchEvent('drop', { dataTransfer });
  await page.waitForFunction((n) => document.querySelector('fact-compare').report?.sources.length === n, before.sources.length);
  expect((await widget(page)).report).toEqual(before.report);
});

test('the view lives in the URL hash, and a link reopens the same view', async ({ page }) => {
  await openDemo(page);
  await setView(page);
  const view = (await widget(page)).view;
  const url = page.url();
  expect(url).toContain('sort=spread');
  expect(url).toContain('hide=agree');
  expect(url).toContain(`open=${view.open[0]}`);
  expect(url).toContain('order=date');
  // A fresh tab on the same link (the sources come from this browser's storage).
  const other = await page.context().newPage();
  await other.goto(url);
  await waitForResult(other);
  expect((await widget(other)).view).toEqual(view);
  await expect(other.locator(`${fc} tr.detail:not([hidden])`)).toHaveCount(1);
  await expect(other.locator(`${fc} tr.row[data-verdict=agree]`)).toHaveCount(0);
  await expect(other.locator(`${fc} .filters input[value=agree]`)).not.toBeChecked();
  // Editing the hash by hand changes the view.
  const all = await other.locator(`${fc} table.discrepancies tr.row`).count();
  await other.evaluate(() => { location.hash = 'q=homes'; });
  await expect(other.locator(`${fc} input[type=search]`)).toHaveValue('homes');
  await expect(other.locator(`${fc} .filters input[value=agree]`)).toBeChecked();
  await expect.poll(() => other.locator(`${fc} table.discrepancies tr.row`).count()).toBeLessThan(all);
  expect(await other.locator(`${fc} table.discrepancies tr.row`).count()).toBeGreaterThan(0);
});

test('a link with a view applies it to the saved file opened next', async ({ page }) => {
  await openDemo(page);
  const saved = await page.evaluate(() => document.querySelector('fact-compare').toJSON());
  const link = new URL(page.url());
  link.hash = 'sort=label&q=flood';
  const other = await page.context().newPage(); // a link opened in a new tab
  await other.goto(link.href);
  await waitForResult(other);
  await openSaved(other, { ...saved, view: { sort: 'spread', dir: -1 } });
  await other.waitForFunction(() => document.querySelector('fact-compare').view.sort === 'label');
  expect((await widget(other)).view.q).toBe('flood');
  expect(other.url()).toContain('sort=label');
});

test('Copy as Markdown table puts the visible rows on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDemo(page);
  await page.locator(fc).getByRole('button', { name: 'Copy as Markdown table' }).click();
  await expect(page.locator(`${fc} .toast`)).toHaveText('Table copied as Markdown.');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  const lines = md.trimEnd().split('\n');
  expect(lines[0]).toBe('| Verdict | Quantity | Figures | Spread | Explanation |');
  expect(lines[1]).toBe('|---|---|---|---|---|');
  const rows = await page.locator(`${fc} table.discrepancies tr.row`).count();
  expect(lines.length - 2).toBe(rows);
  const label = await page.locator(`${fc} table.discrepancies tr.row .label`).first().textContent();
  expect(lines[2]).toContain(label);
  for (const line of lines.slice(2)) expect(line.split(/(?<!\\)\|/).length).toBe(7); // 5 cells, pipes escaped
});

test('dates: typed per source, read from a dropped HTML page, and figures ordered by date', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  // Three reports of one toll, out of date order in the list.
  await engineReport(page, [
    { id: 'late', title: 'Late', text: 'Officials said 30 people died in the fire.' },
    { id: 'early', title: 'Early', text: 'At least 12 people died in the fire, officials said on Monday.' },
    { id: 'mid', title: 'Mid', text: 'The death toll in the fire rose to 17 people, officials said.' },
  ]);
  const cards = page.locator(`${fc} article.source`);
  const dates = { late: '2025-03-14', early: '2025-03-12', mid: '2025-03-13' };
  for (const [id, date] of Object.entries(dates)) await page.locator(`${fc} article.source[data-source="${id}"] input.date`).fill(date);
  await page.waitForFunction(() => document.querySelector('fact-compare').sources.every((s) => s.date));
  expect((await widget(page)).sources.map((s) => s.date)).toEqual([dates.late, dates.early, dates.mid]);
  await page.locator(`${fc} select.order`).selectOption('date');
  const row = page.locator(`${fc} table.discrepancies tr.row`).filter({ has: page.locator('.chip-text', { hasText: '17' }) }).first();
  await expect(row.locator('.chip-text')).toHaveText(['At least 12', '17', '30']);
  await expect(row.locator('li.then')).toHaveCount(2);
  await expect(row.locator('.chip-src').first()).toContainText('2025-03-12');
  // In source order again.
  await page.locator(`${fc} select.order`).selectOption('source');
  await expect(row.locator('.chip-text')).toHaveText(['30', 'At least 12', '17']);
  // A dropped HTML page brings its publication date.
  const html = '<!doctype html><html><head><title>T</title><meta property="article:published_time" content="2025-03-15T08:30:00Z"></head>'
    + '<body><article><h1>Fire toll</h1><p>The toll rose to 31 people.</p></article></body></html>';
  const html2 = '<!doctype html><html><body><article><h1>Later</h1><time datetime="2025-03-16">16 March</time><p>32 people died.</p></article></body></html>';
  const dataTransfer = await page.evaluateHandle(([a, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([a], 'fire.html', { type: 'text/html' }));
    dt.items.add(new File([b], 'later.html', { type: 'text/html' }));
    return dt;
  }, [html, html2]);
  await page.locator(`${fc} section.sources`).dispatchEvent('drop', { dataTransfer });
  await expect(cards).toHaveCount(5);
  await expect(cards.nth(3).locator('input.date')).toHaveValue('2025-03-15');
  await expect(cards.nth(4).locator('input.date')).toHaveValue('2025-03-16');
});

test('a large source is kept in this browser across a reload too', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  const text = 'Officials said 14 people died. '.repeat(12_000); // ~370 KB
  await page.evaluate((t) => {
    const el = document.querySelector('fact-compare');
    el.sources = [...el.sources, { id: 'big', title: 'Big', text: t }];
    el.dispatchEvent(new CustomEvent('sourceschange', { detail: { sources: el.sources } }));
  }, text);
  // The page keeps a large set in IndexedDB (a worker writes it, then localStorage says
  // where it is): reload once it says so, not after a guessed delay (slow under load).
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('"indexeddb"')), null, { timeout: 20_000 });
  await page.reload();
  await waitForResult(page);
  const big = await page.evaluate(() => document.querySelector('fact-compare').sources.find((s) => s.id === 'big'));
  expect(big?.text).toBe(text);
  await expect(page.locator('fact-compare article.source[data-source="big"] .large-note')).toContainText(text.length.toLocaleString('en'));
});
