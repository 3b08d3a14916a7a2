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
    const root = fc.shadowRoot;
    return [...root.querySelectorAll('table.discrepancies tr.row')].map((tr) => {
      // A faceted row lists its figures in its facet sub-rows.
      const facets = [...root.querySelectorAll(`table.discrepancies tr.facet[data-group="${CSS.escape(tr.dataset.group)}"]`)];
      return {
        verdict: tr.querySelector('.badge').textContent.replace(/^\W+/, '').trim().toLowerCase(),
        label: tr.querySelector('.label').textContent,
        figures: [tr, ...facets].flatMap((t) => [...t.querySelectorAll('.chip')]).map((c) => ({
          source: bySource.get(c.dataset.mention), text: c.querySelector('.chip-text').textContent,
        })),
      };
    });
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

/** The widget's Report for these sources, computed by the real engine in the page. */
export async function engineReport(page, sources) {
  await page.evaluate((list) => { document.querySelector('fact-compare').sources = list; }, sources);
  await page.waitForFunction((ids) => {
    const r = document.querySelector('fact-compare').report;
    return r && r.sources.map((s) => s.id).join() === ids;
  }, sources.map((s) => s.id).join());
  return page.evaluate(() => document.querySelector('fact-compare').toJSON());
}

/** Open a saved comparison through the "Open…" file picker, as a user would. */
export async function openSaved(page, saved, name = 'comparison.json') {
  await page.locator('fact-compare input[type=file][accept^=".json"]').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)),
  });
}

/** Start recording main-thread long tasks (PerformanceObserver 'longtask') into window.__longTasks. */
export async function recordLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__longTaskObserver?.disconnect();
    window.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
    });
    window.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** The long tasks recorded since recordLongTasks, in ms. */
export async function longTasks(page) {
  return page.evaluate(() => {
    for (const e of window.__longTaskObserver.takeRecords()) window.__longTasks.push(Math.round(e.duration));
    return window.__longTasks.slice();
  });
}
