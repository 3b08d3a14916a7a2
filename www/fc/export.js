// CSV / JSON / Markdown / plain-text exports of the rows built by model.js.

import { spreadText } from './model.js';

export const CSV_HEADER = ['verdict', 'quantity', 'dimension', 'unit', 'spread', 'sources', 'figures', 'explanation', 'tied_by'];

/** The figures of a row as one line: `Name: "phrase"; Name: "phrase"`. */
export function figuresText(row) {
  return row.items.map((i) => `${i.sourceName}: "${i.phrase}"`).join('; ');
}

/** One CSV line per row (RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed with '). */
export function toCsv(rows) {
  const lines = [CSV_HEADER];
  for (const row of rows) {
    const g = row.group;
    lines.push([
      g.verdict, g.label, g.dimension ?? '', g.unit ?? '', spreadText(g.spread),
      [...new Set(row.items.map((i) => i.sourceName))].join('; '),
      figuresText(row), g.explanation ?? '', (g.tied_by || []).join(' '),
    ]);
  }
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value) {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The rows as a Markdown (GFM) table for a write-up: verdict, quantity, each source's
 * figure, spread, explanation. Pipes and line breaks in cells are escaped.
 */
export function toMarkdown(rows) {
  const lines = ['| Verdict | Quantity | Figures | Spread | Explanation |', '|---|---|---|---|---|'];
  for (const row of rows) {
    const g = row.group;
    const figures = row.items.map((i) => `${i.sourceName}${i.date ? ` (${i.date})` : ''}: “${i.phrase}”`).join('; ');
    lines.push(`| ${[row.info.word, g.label, figures, spreadText(g.spread) || '—', g.explanation || ''].map(mdCell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

function mdCell(value) {
  return String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

/** A row as a few lines of plain text, for the clipboard. */
export function rowText(row) {
  const g = row.group;
  const head = `${row.info.word.toUpperCase()}: ${g.label}` + (spreadText(g.spread) ? ` (spread ${spreadText(g.spread)})` : '');
  const lines = [head];
  for (const i of row.items) lines.push(`- ${i.sourceName}: "${i.phrase}" in "${(i.before + i.phrase + i.after).trim()}"`);
  if (g.explanation) lines.push(g.explanation);
  return lines.join('\n');
}

/** Offer `text` as a file download. */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Put text on the clipboard; falls back to a hidden textarea + execCommand. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}
