// Turns a Report into rows for display. It only looks things up and slices text by
// the engine's UTF-16 spans: it never parses a number or repeats an engine rule.

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
 * @param {Array<{id:string,text:string,title?:string}>} sources the texts it was built from
 */
export function buildModel(report, sources) {
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const nameOf = new Map(sources.map((s) => [s.id, s.title || s.id]));
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const mentions = new Map();
  for (const m of report.mentions || []) {
    const text = textOf.get(m.source) ?? '';
    const sStart = m.sentence_start_utf16 ?? m.start_utf16;
    const sEnd = m.sentence_end_utf16 ?? m.end_utf16;
    mentions.set(m.id, {
      mention: m,
      sourceName: nameOf.get(m.source) ?? m.source,
      sourceOrder: order.get(m.source) ?? 0,
      phrase: text.slice(m.start_utf16, m.end_utf16) || m.text,
      before: text.slice(sStart, m.start_utf16),
      after: text.slice(m.end_utf16, sEnd),
    });
  }
  const rows = [];
  const singles = [];
  for (const group of report.groups || []) {
    const items = group.mentions.map((id) => mentions.get(id)).filter(Boolean);
    items.sort((a, b) => a.sourceOrder - b.sourceOrder || a.mention.start_utf16 - b.mention.start_utf16);
    const row = {
      group,
      items,
      info: verdictInfo(group.verdict),
      sourceCount: new Set(items.map((i) => i.mention.source)).size,
      position: Math.min(...items.map((i) => i.sourceOrder * 1e9 + i.mention.start_utf16)),
    };
    row.haystack = [
      group.label, group.explanation, group.verdict, ...(group.tied_by || []),
      ...items.flatMap((i) => [i.sourceName, i.phrase, i.before, i.after]),
    ].join('\n').toLowerCase();
    (group.verdict === 'single' ? singles : rows).push(row);
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
      haystack: [item.sourceName, item.phrase, item.before, item.after].join('\n').toLowerCase(),
    });
  }
  singles.sort((a, b) => a.position - b.position);
  const verdictOf = new Map();
  for (const row of [...rows, ...singles]) for (const i of row.items) verdictOf.set(i.mention.id, row.group.verdict);
  return { rows, singles, mentions, verdictOf };
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
