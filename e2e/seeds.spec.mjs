// The five real seed articles (read at test time from ../shared/seeds, never copied into
// the repository), pasted in through the page as a user would: the gold's conflict and
// scope groups must show as flagged rows.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { FLAGGED, SEEDS, goldVerdict, readJson, rowForGoldGroup, visibleRows, waitForResult } from './helpers.mjs';

const present = fs.existsSync(path.join(SEEDS, 'gold.json'));
if (!present) console.log('SKIP: ../shared/seeds not found (seed e2e tests skipped)');
const gold = present ? readJson(path.join(SEEDS, 'gold.json')) : { articles: [], groups: [] };
const flaggedGroups = gold.groups.filter((g) => goldVerdict(g.verdict) !== 'agree');

/** Start empty, then add each seed article by pasting its text and naming the source. */
async function pasteSeeds(page) {
  await page.goto('/');
  await waitForResult(page);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.locator('fact-compare button.remove').first().click(); // the blank source "Start empty" adds
  for (const [i, article] of gold.articles.entries()) {
    const text = fs.readFileSync(path.join(SEEDS, article.file), 'utf8');
    await page.locator('fact-compare').getByRole('button', { name: 'Add source' }).click();
    const card = page.locator('fact-compare article.source').nth(i);
    await card.locator('input.name').fill(article.id);
    await card.locator('textarea').fill(text);
  }
  await expect(page.locator('fact-compare article.source')).toHaveCount(gold.articles.length);
  await page.waitForFunction((n) => document.querySelector('fact-compare').report?.sources.length === n, gold.articles.length);
  // Map gold article ids to the source ids the page gave them (by the names we typed).
  return page.evaluate(() => Object.fromEntries(document.querySelector('fact-compare').sources.map((s) => [s.title, s.id])));
}

test.describe('seed articles', () => {
  test.skip(!present, 'SKIP: ../shared/seeds not found');

  for (const group of flaggedGroups) {
    test(`seed row "${group.label}" is flagged`, async ({ page }) => {
      const idOf = await pasteSeeds(page);
      const rows = await visibleRows(page);
      const found = rowForGoldGroup(rows, group, (article) => idOf[article]);
      expect(found, `a row holding figures of ${group.mentions.map((m) => `${m.article}: "${m.phrase}"`).join(', ')}`).not.toBeNull();
      expect(FLAGGED).toContain(found.row.verdict);
    });
  }

  test('seed articles: the table updates on every paste and keeps all five sources', async ({ page }) => {
    await pasteSeeds(page);
    const report = await page.evaluate(() => document.querySelector('fact-compare').report);
    expect(report.sources.map((s) => s.title)).toEqual(gold.articles.map((a) => a.id));
    expect(report.mentions.length).toBeGreaterThan(10);
  });
});
