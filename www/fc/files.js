// Reading dropped or picked files into sources. HTML is reduced to its text with
// DOMParser: the parsed document is inert (no scripts run, nothing loads); its
// publication date is read from its metadata. PDFs go through pdf.js (fc/pdf.js,
// loaded on first use); a saved comparison (.json) is handed back as such.

import { isSavedComparison } from './save.js';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,th,dt,dd';
export const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.json,text/plain,text/markdown,text/html,application/pdf,application/json';
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** A saved comparison holds its Report too: it may be larger than one source. */
const MAX_SAVED_BYTES = 64 * 1024 * 1024;

/**
 * @returns {Promise<{title: string, text: string, date?: string, pages?: number[]} | {saved: object}>}
 */
export async function readSourceFile(file) {
  const isJson = /\.json$/i.test(file.name) || file.type === 'application/json';
  if (file.size > (isJson ? MAX_SAVED_BYTES : MAX_FILE_BYTES)) throw new Error(`${file.name} is larger than ${isJson ? 64 : 16} MiB.`);
  const name = file.name.replace(/\.[^.]+$/, '') || file.name;
  if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
    const { readPdf } = await import('./pdf.js');
    return readPdf(file);
  }
  const raw = await file.text();
  if (isJson) {
    let saved;
    try {
      saved = JSON.parse(raw);
    } catch {
      throw new Error(`${file.name} is not valid JSON.`);
    }
    if (!isSavedComparison(saved)) throw new Error(`${file.name} is not a comparison saved by fact-compare.`);
    return { saved };
  }
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const { title, text, date } = htmlToText(raw);
    return { title: title || name, text, ...(date ? { date } : {}) };
  }
  if (!/\.(txt|md|markdown)$/i.test(file.name) && !/^text\//.test(file.type)) {
    throw new Error(`${file.name}: only .txt, .md, .html and .pdf files (or a saved .json comparison) can be added.`);
  }
  if (raw.includes('\u0000')) throw new Error(`${file.name} looks like a binary file.`);
  return { title: name, text: raw.replace(/\r\n?/g, '\n') };
}

/** The readable text of an HTML document, one paragraph per block, and its date. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const date = publishedDate(doc);
  doc.querySelectorAll('script,style,noscript,template,svg,iframe,object,embed,nav,form').forEach((n) => n.remove());
  const title = (doc.querySelector('h1')?.textContent || doc.title || '').replace(/\s+/g, ' ').trim();
  return { title, text: elementText(doc.body), date };
}

/** Where pages say when they were published, most specific first. */
const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]',
  'meta[name="publish-date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
];

/** The publication date of a parsed page as YYYY-MM-DD, or ''. */
export function publishedDate(doc) {
  for (const sel of DATE_META) {
    const d = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = ldDate(JSON.parse(script.textContent || ''));
      if (found) return found;
    } catch { /* not JSON: ignore */ }
  }
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}

function ldDate(node) {
  if (!node || typeof node !== 'object') return '';
  if (Array.isArray(node)) {
    for (const n of node) {
      const d = ldDate(n);
      if (d) return d;
    }
    return '';
  }
  return isoDay(node.datePublished) || ldDate(node['@graph']);
}

/** The YYYY-MM-DD that starts an ISO 8601 date or date-time, or ''. */
function isoDay(value) {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(String(value || ''));
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

/** The text of an element, one paragraph per block-level child (or its whole text). */
export function elementText(root) {
  const outermost = (el) => {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (p.matches(BLOCKS)) return false;
    return true;
  };
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(outermost);
  return (blocks.length ? blocks : [root])
    .map((el) => (el.textContent || '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
