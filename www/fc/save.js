// Keeping the work: one .json file holds a whole comparison (sources with their dates,
// options, the Report, the rounding bands it was drawn with, and the view), and the
// view alone (filters, sort, open rows, figure order) fits in a URL hash.
//
//   {"format": "fact-compare", "version": 1, "saved": ISO time, "sources": [...],
//    "options": {...}, "report": Report, "rounding": [number per mention], "view": View}
//
//   View: {sort: "verdict" | "label" | "spread" | "sources" | "position", dir: 1 | -1,
//          hide: [verdict], q: "text filter", open: [group id], order: "source" | "date"}

import { SORTS, VERDICTS } from './model.js';

export const FORMAT = 'fact-compare';
export const FORMAT_VERSION = 1;

/** Is this parsed JSON a comparison saved by `savedComparison`? */
export function isSavedComparison(x) {
  return Boolean(x) && typeof x === 'object' && x.format === FORMAT && Array.isArray(x.sources)
    && (x.report == null || (typeof x.report === 'object' && Array.isArray(x.report.mentions)));
}

/** The file's content. */
export function savedComparison({ sources, options, report, rounding, view }) {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    saved: new Date().toISOString(),
    sources: sources.map(({ id, title, date, text, pages }) => ({ id, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(pages ? { pages } : {}), text })),
    options: { ...options },
    report,
    rounding: Array.from(rounding || []),
    view: viewToJson(view),
  };
}

/** The widget's view state -> plain JSON (sets become sorted arrays). */
export function viewToJson(view) {
  return {
    sort: view.sort.key,
    dir: view.sort.dir,
    hide: [...view.hidden].sort(),
    q: view.query,
    open: [...view.expanded],
    order: view.order,
  };
}

/** Plain JSON (from a file or a hash) -> the widget's view state; unknown values fall back. */
export function viewFromJson(json, fallback) {
  const v = json && typeof json === 'object' ? json : {};
  const verdicts = new Set(VERDICTS.map((x) => x.key));
  const sort = Object.hasOwn(SORTS, v.sort) ? v.sort : fallback.sort.key;
  return {
    sort: { key: sort, dir: Number(v.dir) === -1 ? -1 : Number(v.dir) === 1 ? 1 : fallback.sort.dir },
    hidden: new Set((Array.isArray(v.hide) ? v.hide : []).filter((x) => verdicts.has(x))),
    query: typeof v.q === 'string' ? v.q.trim().toLowerCase() : '',
    expanded: new Set((Array.isArray(v.open) ? v.open : []).map(String)),
    order: v.order === 'date' ? 'date' : 'source',
  };
}

/** View JSON -> "sort=spread&dir=-1&hide=agree,single&q=toll&open=g1,g4&order=date" (defaults left out). */
export function viewToHash(json) {
  const p = new URLSearchParams();
  if (json.sort && json.sort !== 'verdict') p.set('sort', json.sort);
  if (json.dir === -1) p.set('dir', '-1');
  if (json.hide?.length) p.set('hide', json.hide.join(','));
  if (json.q) p.set('q', json.q);
  if (json.open?.length) p.set('open', json.open.join(','));
  if (json.order === 'date') p.set('order', 'date');
  return p.toString();
}

/** The inverse of viewToHash (a leading "#" is fine); null when the hash holds no view. */
export function viewFromHash(hash) {
  const p = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const keys = ['sort', 'dir', 'hide', 'q', 'open', 'order'];
  if (!keys.some((k) => p.has(k))) return null;
  const list = (k) => (p.get(k) || '').split(',').filter(Boolean);
  return { sort: p.get('sort') || 'verdict', dir: Number(p.get('dir') || 1), hide: list('hide'), q: p.get('q') || '', open: list('open'), order: p.get('order') || 'source' };
}
