// Turns a Report into rows for display. It only looks things up and slices text by
// the engine's UTF-16 spans: it never parses a number or repeats an engine rule.

import { budget, nextTask } from './slice.js';

/** Characters of sentence shown before and after a figure. */
const CONTEXT = 280;

/** Display metadata per verdict, most serious first. */
export const VERDICTS = [
  { key: 'conflict', icon: '✕', word: 'Conflict', help: 'the figures cannot all be true' },
  { key: 'scope', icon: '◐', word: 'Scope', help: 'the figures differ but measure different scopes (place, time, who)' },
  { key: 'differ', icon: '≈', word: 'Differ', help: 'the ranges overlap but the stated figures differ' },
  { key: 'agree', icon: '✓', word: 'Agree', help: 'the figures are equal within rounding' },
  { key: 'single', icon: '•', word: 'Single', help: 'only one source gives this figure' },
];

export const VERDICT = Object.fromEntries(VERDICTS.map((v, i) => [v.key, { ...v, rank: i }]));

export function verdictInfo(key) {
  return VERDICT[key] || { key, icon: '?', word: String(key), help: '', rank: VERDICTS.length };
}

/**
 * @param {object} report the engine's Report
 * @param {Array<{id:string,text:string,title?:string,date?:string,pages?:number[]}>} sources the texts it was built from
 * @param {ArrayLike<number>} [rounding] the engine's rounding half-width per mention (same order as report.mentions)
 * @returns {Promise<object>} the display model; long Reports are read in time slices
 */
export async function buildModel(report, sources, rounding = []) {
  const b = budget();
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const nameOf = new Map(sources.map((s) => [s.id, s.title || s.id]));
  const dateOf = new Map(sources.map((s) => [s.id, s.date || '']));
  const pagesOf = new Map(sources.map((s) => [s.id, s.pages || null]));
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const mentions = new Map();
  const list = report.mentions || [];
  for (let k = 0; k < list.length; k++) {
    const m = list[k];
    const text = textOf.get(m.source) ?? '';
    const sStart = m.sentence_start_utf16 ?? m.start_utf16;
    const sEnd = m.sentence_end_utf16 ?? m.end_utf16;
    const pages = pagesOf.get(m.source);
    mentions.set(m.id, {
      mention: m,
      tol: Number(rounding[k]) || 0,
      sourceName: nameOf.get(m.source) ?? m.source,
      sourceOrder: order.get(m.source) ?? 0,
      date: dateOf.get(m.source) ?? '',
      page: pages ? pageAt(pages, m.start_utf16) : 0,
      phrase: text.slice(m.start_utf16, m.end_utf16) || m.text,
      // The sentence around the figure, at most CONTEXT characters either side (a
      // "sentence" of a text without full stops can be the whole text).
      before: (m.start_utf16 - sStart > CONTEXT ? '…' : '') + text.slice(Math.max(sStart, m.start_utf16 - CONTEXT), m.start_utf16),
      after: text.slice(m.end_utf16, Math.min(sEnd, m.end_utf16 + CONTEXT)) + (sEnd - m.end_utf16 > CONTEXT ? '…' : ''),
    });
    if (b.due()) await nextTask();
  }
  const rows = [];
  const singles = [];
  for (const group of report.groups || []) {
    const items = group.mentions.map((id) => mentions.get(id)).filter(Boolean);
    items.sort(bySource);
    const row = {
      group,
      items,
      info: verdictInfo(group.verdict),
      sourceCount: new Set(items.map((i) => i.mention.source)).size,
      position: Math.min(...items.map((i) => i.sourceOrder * 1e9 + i.mention.start_utf16)),
      facets: facetsOf(group, items),
    };
    row.haystack = [
      group.label, group.explanation, group.verdict, ...(group.tied_by || []),
      ...row.facets.map((f) => f.label),
      ...items.flatMap((i) => [i.sourceName, i.phrase, i.before, i.after]),
    ].join('\n').toLowerCase();
    (group.verdict === 'single' ? singles : rows).push(row);
    if (b.due()) await nextTask();
  }
  // Mentions that no group holds (e.g. an extract-only Report) show as singles too.
  const grouped = new Set((report.groups || []).flatMap((g) => g.mentions));
  for (const [id, item] of mentions) {
    if (grouped.has(id)) continue;
    singles.push({
      group: { id: `m:${id}`, label: item.phrase, verdict: 'single', spread: 0, explanation: '', tied_by: [], mentions: [id] },
      items: [item],
      info: verdictInfo('single'),
      sourceCount: 1,
      position: item.sourceOrder * 1e9 + item.mention.start_utf16,
      facets: [],
      haystack: [item.sourceName, item.phrase, item.before, item.after].join('\n').toLowerCase(),
    });
    if (b.due()) await nextTask();
  }
  singles.sort((a, b2) => a.position - b2.position);
  const verdictOf = new Map();
  for (const row of rows) for (const i of row.items) verdictOf.set(i.mention.id, row.group.verdict);
  for (const row of singles) for (const i of row.items) verdictOf.set(i.mention.id, 'single');
  return { rows, singles, mentions, verdictOf };
}

function bySource(a, b) {
  return a.sourceOrder - b.sourceOrder || a.mention.start_utf16 - b.mention.start_utf16;
}

/** Figures in publication order (undated ones last, then in source order). */
export function byDate(a, b) {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return bySource(a, b);
}

/** The row's items in the order the view asks for ('source' or 'date'), facet by facet. */
export function orderedItems(row, order) {
  const cmp = order === 'date' ? byDate : bySource;
  if (row.facets.length < 2) return [...row.items].sort(cmp);
  return row.facets.flatMap((f) => [...f.items].sort(cmp));
}

/** The group's facets (sub-rows) when it has two or more; each item learns its facet. */
function facetsOf(group, items) {
  const facets = Array.isArray(group.facets) ? group.facets : [];
  if (facets.length < 2) return [];
  const byId = new Map(items.map((i) => [i.mention.id, i]));
  return facets.map((f, index) => {
    const own = (f.mentions || []).map((id) => byId.get(id)).filter(Boolean);
    for (const i of own) {
      i.facet = index;
      i.facetLabel = f.label;
    }
    return { index, kind: f.kind, label: f.label, verdict: f.verdict, info: verdictInfo(f.verdict), items: own.sort(bySource) };
  });
}

/** The 1-based page of a UTF-16 offset, given each page's start offset. */
export function pageAt(pages, at) {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** "12%" for a spread of 0.12; an empty string when there is no spread. */
export function spreadText(spread) {
  if (typeof spread !== 'number' || !Number.isFinite(spread) || spread <= 0) return '';
  if (spread < 0.01) return '<1%';
  if (spread < 1) return `${Math.round(spread * 100)}%`;
  // From double upwards a ratio reads better than a percentage: ×2.5, ×40.
  const ratio = spread + 1;
  return `×${ratio < 10 ? ratio.toFixed(1).replace(/\.0$/, '') : Math.round(ratio).toLocaleString('en')}`;
}

export const SORTS = {
  verdict: (a, b) => a.info.rank - b.info.rank || b.group.spread - a.group.spread || a.position - b.position,
  label: (a, b) => a.group.label.localeCompare(b.group.label) || a.position - b.position,
  spread: (a, b) => a.group.spread - b.group.spread || a.position - b.position,
  sources: (a, b) => a.sourceCount - b.sourceCount || a.position - b.position,
  position: (a, b) => a.position - b.position,
};
