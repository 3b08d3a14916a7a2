// The interval strip on every row: one mark per figure, open ends where the hedge is
// open, a text alternative; facets as sub-rows with their own colour and shape.
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ROOT, engineReport, openDemo, openSaved, visibleRows, waitForResult } from './helpers.mjs';

/** Each drawn row: its figures (chips), its strip marks and the strip's label. */
async function strips(page) {
  return page.evaluate(() => {
    const fc = document.querySelector('fact-compare');
    const kinds = new Map(fc.report.mentions.map((m) => [m.id, m.hedge_kind]));
    const root = fc.shadowRoot;
    return [...root.querySelectorAll('table.discrepancies tr.row')].map((tr) => {
      const group = tr.dataset.group;
      const chips = [tr, ...root.querySelectorAll(`tr.facet[data-group="${CSS.escape(group)}"]`)]
        .flatMap((t) => [...t.querySelectorAll('.chip')]).map((c) => c.dataset.mention);
      const svg = tr.querySelector('svg.strip');
      return {
        group,
        chips,
        label: svg?.getAttribute('aria-label') || '',
        role: svg?.getAttribute('role'),
        marks: [...(svg?.querySelectorAll('g.mark') || [])].map((g) => ({
          mention: g.dataset.mention,
          hedge: kinds.get(g.dataset.mention),
          openHigh: g.classList.contains('open-high'),
          openLow: g.classList.contains('open-low'),
          arrows: g.querySelectorAll('.open-end').length,
          point: g.querySelectorAll('.point').length,
          shape: g.querySelector('.point')?.tagName,
          facet: [...g.classList].find((c) => c.startsWith('facet-')) || null,
        })),
      };
    });
  });
}

test('every row of the example set has a strip with one mark per figure and open ends where the hedge is open', async ({ page }) => {
  await openDemo(page);
  const rows = await strips(page);
  expect(rows.length).toBeGreaterThan(3);
  let open = 0;
  for (const row of rows) {
    expect(row.role).toBe('img');
    expect(row.marks.map((m) => m.mention).sort()).toEqual([...row.chips].sort());
    for (const m of row.marks) {
      const upward = m.hedge === 'at_least' || m.hedge === 'more_than';
      const downward = m.hedge === 'up_to' || m.hedge === 'less_than';
      expect(m.openHigh, `${m.mention} (${m.hedge}) open upwards`).toBe(upward);
      if (downward) expect(m.openLow, `${m.mention} (${m.hedge}) open downwards`).toBe(true);
      if (upward || downward) { open++; expect(m.arrows).toBe(1); }
      if (m.hedge === 'exact') { expect(m.arrows).toBe(0); expect(m.point).toBe(1); }
    }
    // The text alternative names every source of the row.
    const report = await page.evaluate(() => document.querySelector('fact-compare').toJSON());
    const names = new Map(report.sources.map((s) => [s.id, s.title || s.id]));
    const byId = new Map(report.report.mentions.map((m) => [m.id, m]));
    for (const id of row.chips) expect(row.label).toContain(names.get(byId.get(id).source));
    expect(row.label).toMatch(/^Number line/);
  }
  // The example set has "at least 14" and "as much as €300 million": both drawn open.
  expect(open).toBeGreaterThanOrEqual(2);
});

test('an "at least" figure is drawn open upwards and an "up to" figure open downwards, in words too', async ({ page }) => {
  await page.goto('/');
  await waitForResult(page);
  await engineReport(page, [
    { id: 'a', text: 'Ukraine has proposed buying up to $100 billion in U.S. weapons.' },
    { id: 'b', text: 'Zelensky confirmed a possible $90 billion U.S. weapons package.' },
    { id: 'c', text: 'At least 14 civilians were killed on Monday in Kharkiv.' },
    { id: 'd', text: 'Officials said 14 civilians were killed in Kharkiv on Monday.' },
  ]);
  const rows = await strips(page);
  const marks = rows.flatMap((r) => r.marks.map((m) => ({ ...m, label: r.label })));
  const upTo = marks.find((m) => m.hedge === 'up_to');
  const atLeast = marks.find((m) => m.hedge === 'at_least');
  expect(upTo, 'an "up to" mark').toBeTruthy();
  expect(atLeast, 'an "at least" mark').toBeTruthy();
  expect(upTo.openLow).toBe(true);
  expect(upTo.openHigh).toBe(false);
  expect(atLeast.openHigh).toBe(true);
  expect(upTo.label).toMatch(/up to \$100B/);
  expect(atLeast.label).toMatch(/14 or more/);
});

/**
 * A Report with facets and frames, as the engine will emit them (schema.md): the real
 * engine's Report for two attributions of one march, with `facets` and `frame` added.
 */
async function facetedComparison(page) {
  await page.goto('/');
  await waitForResult(page);
  const saved = await engineReport(page, [
    { id: 'daily', title: 'Daily', text: 'Police said 5,000 people marched through the city on Saturday.' },
    { id: 'wire', title: 'Wire', text: 'Organizers said 20,000 people marched through the city.' },
    { id: 'radio', title: 'Radio', text: 'Police said about 5,000 people marched through the city.' },
  ]);
  const { report } = saved;
  const group = report.groups.find((g) => g.mentions.length >= 2 && g.verdict !== 'single');
  expect(group, 'the engine groups the march figures').toBeTruthy();
  const bySource = (id) => report.mentions.filter((m) => m.source === id && group.mentions.includes(m.id)).map((m) => m.id);
  expect(group.mentions, 'one figure from each source').toHaveLength(3);
  group.verdict = 'scope';
  group.facets = [
    { kind: 'attribution', label: 'police', mentions: [...bySource('daily'), ...bySource('radio')], verdict: 'agree' },
    { kind: 'attribution', label: 'organizers', mentions: bySource('wire'), verdict: 'single' },
  ];
  for (const m of report.mentions) m.frame = { measured: 'people', predicate: 'marched', entities: ['city'], event: null };
  for (const g of report.groups) if (!g.facets) g.facets = [];
  return { saved, group };
}

test('facets are sub-rows, each with its own colour and shape in the strip; frame words are shown', async ({ page }) => {
  const { saved, group } = await facetedComparison(page);
  await openSaved(page, saved);
  await page.waitForFunction((g) => document.querySelector('fact-compare').report?.groups.some((x) => x.id === g && x.facets?.length === 2), group.id);
  const fc = page.locator('fact-compare');
  const subRows = fc.locator(`tr.facet[data-group="${group.id}"]`);
  await expect(subRows).toHaveCount(2);
  await expect(subRows.nth(0).locator('.facet-label')).toHaveText('police');
  await expect(subRows.nth(1).locator('.facet-label')).toHaveText('organizers');
  await expect(subRows.nth(0).locator('.badge')).toContainText('Agree');
  await expect(subRows.nth(0).locator('.facet-kind')).toHaveText('attribution');
  // Each facet's figures are listed under it.
  expect(await subRows.nth(0).locator('.chip').count()).toBe(group.facets[0].mentions.length);
  expect(await subRows.nth(1).locator('.chip').count()).toBe(group.facets[1].mentions.length);
  // In the strip: facet 0 and facet 1 differ in colour class and in shape.
  const row = (await strips(page)).find((r) => r.group === group.id);
  const of = (f) => row.marks.filter((m) => group.facets[f].mentions.includes(m.mention));
  expect(new Set(of(0).map((m) => m.facet))).toEqual(new Set(['facet-0']));
  expect(new Set(of(1).map((m) => m.facet))).toEqual(new Set(['facet-1']));
  expect(of(0)[0].shape).not.toBe(of(1)[0].shape);
  const colours = await page.evaluate((g) => {
    const root = document.querySelector('fact-compare').shadowRoot;
    return [0, 1].map((f) => getComputedStyle(root.querySelector(`tr.row[data-group="${g}"] g.mark.facet-${f} .point`)).fill);
  }, group.id);
  expect(colours[0]).not.toBe(colours[1]);
  // The legend glyph of each sub-row has the same shape as its marks.
  expect(await subRows.nth(0).locator('svg.glyph circle').count()).toBe(1);
  expect(await subRows.nth(1).locator('svg.glyph rect').count()).toBe(1);
  expect(row.label).toContain('[police]');
  expect(row.label).toContain('[organizers]');
  // The words that tied the group and each figure's frame.
  const tr = fc.locator(`tr.row[data-group="${group.id}"]`);
  for (const w of group.tied_by.slice(0, 2)) await expect(tr.locator('.tied-inline')).toContainText(w);
  await tr.locator('button.toggle').click();
  const detail = fc.locator(`tr.detail[data-group="${group.id}"]`);
  await expect(detail).toBeVisible();
  await expect(detail.locator('.tag.frame').filter({ hasText: 'marched' }).first()).toBeVisible();
  await expect(detail.locator('.tag.facet').filter({ hasText: 'organizers' })).toHaveCount(1);
  // The helper that the verdict tests use sees the facets' figures as the row's.
  const shown = (await visibleRows(page)).find((r) => r.label === group.label);
  expect(shown.figures).toHaveLength(group.mentions.length);
});

test.describe('accessibility of strips and facets', () => {
  test.use({ bypassCSP: true }); // to inject axe-core
  for (const scheme of ['light', 'dark']) {
    test(`axe-core is clean with facets and strips (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const { saved, group } = await facetedComparison(page);
      await openSaved(page, saved);
      await expect(page.locator(`fact-compare tr.facet[data-group="${group.id}"]`)).toHaveCount(2);
      await page.locator(`fact-compare tr.row[data-group="${group.id}"] button.toggle`).click();
      await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      expect(bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});
