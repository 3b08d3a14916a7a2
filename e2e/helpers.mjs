// Shared helpers for the e2e specs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
export const FLAGGED = ['conflict', 'differ', 'scope'];

/** Gold verdicts use "scope-differs"; the product calls it "scope". */
export function goldVerdict(v) {
  return v === 'scope-differs' ? 'scope' : v;
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Open the demo page and wait until the first table is on screen. */
export async function openDemo(page) {
  await page.goto('/');
  await waitForResult(page);
}

/** Wait until the widget has a Report and its status line shows it. */
export async function waitForResult(page, selector = 'fact-compare') {
  await page.waitForFunction((sel) => document.querySelector(sel)?.report != null, selector);
  await expect(page.locator(`${selector} .status`)).toContainText('figures');
}

/**
 * The rows the user sees: verdict (from the badge word), label, and each figure chip
 * with the source it belongs to (looked up in the Report by the chip's mention id).
 */
export async function visibleRows(page, selector = 'fact-compare') {
  return page.evaluate((sel) => {
    const fc = document.querySelector(sel);
    const bySource = new Map((fc.report?.mentions || []).map((m) => [m.id, m.source]));
    return [...fc.shadowRoot.querySelectorAll('table.discrepancies tr.row')].map((tr) => ({
      verdict: tr.querySelector('.badge').textContent.replace(/^\W+/, '').trim().toLowerCase(),
      label: tr.querySelector('.label').textContent,
      figures: [...tr.querySelectorAll('.chip')].map((c) => ({
        source: bySource.get(c.dataset.mention), text: c.querySelector('.chip-text').textContent,
      })),
    }));
  }, selector);
}

/** Does a figure's text overlap a gold phrase (one contains the other, case-insensitive)? */
export function overlaps(figureText, phrase) {
  const a = figureText.toLowerCase().trim();
  const b = phrase.toLowerCase();
  return a.length > 0 && (b.includes(a) || a.includes(b));
}

/**
 * The row that shows a gold group: it holds figures matching gold mentions from at
 * least two different articles. Returns {row, articles} of the best match.
 */
export function rowForGoldGroup(rows, group, sourceOf = (article) => article) {
  let best = null;
  for (const row of rows) {
    const articles = new Set();
    for (const m of group.mentions) {
      if (row.figures.some((f) => f.source === sourceOf(m.article) && overlaps(f.text, m.phrase))) articles.add(m.article);
    }
    if (articles.size >= 2 && (!best || articles.size > best.articles.size)) best = { row, articles };
  }
  return best;
}
