// The discrepancy table and the single-source table, rendered from model.js rows. Each
// row is drawn by a function of its own, so that long tables can draw only the rows
// in view (virtual.js).

import { h, icon } from './dom.js';
import { orderedItems, spreadText } from './model.js';
import { facetGlyph, intervalStrip } from './strip.js';
import { VirtualBody } from './virtual.js';

/** What one row draws at most (a group the engine filled with thousands of figures stays cheap). */
export const MAX_CHIPS = 24;
export const MAX_LANES = 24;
const MAX_SENTENCES = 40;

const COLUMNS = [
  { key: null, label: 'Details', hidden: true, cls: 'c-toggle' },
  { key: 'verdict', label: 'Verdict', cls: 'c-verdict' },
  { key: 'label', label: 'Quantity', cls: 'c-label' },
  { key: null, label: 'Figures by source', cls: 'c-figures' },
  { key: null, label: 'On one number line', cls: 'c-strip' },
  { key: 'spread', label: 'Spread', cls: 'c-spread num' },
  { key: null, label: 'Actions', hidden: true, cls: 'c-actions' },
];

/** A verdict badge: icon + word + colour, so it reads without colour too. */
export function badge(info, extra = '') {
  return h('span', { class: `badge v-${info.key}${extra}`, title: `${info.word}: ${info.help}` },
    h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, info.icon), info.word);
}

/**
 * The discrepancy table; fill it with `.body.set(rows)`.
 * @param view {sort: {key, dir}, expanded: Set<string>, order: 'source' | 'date'}
 * @param on {sort(key), toggle(groupId), focus(mentionId), copy(row)}
 */
export function discrepancyTable(view, on) {
  const head = h('tr', null, COLUMNS.map((c) => {
    const th = h('th', { scope: 'col', class: c.cls });
    if (c.hidden) th.append(h('span', { class: 'sr-only' }, c.label));
    else if (c.key) {
      const active = view.sort.key === c.key;
      if (active) th.setAttribute('aria-sort', view.sort.dir > 0 ? 'ascending' : 'descending');
      th.append(h('button', { type: 'button', class: 'sort', onclick: () => on.sort(c.key) },
        c.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (view.sort.dir > 0 ? '▲' : '▼') : '↕')));
    } else th.append(c.label);
    return th;
  }));
  const tbody = h('tbody');
  const table = h('table', { class: 'grid discrepancies' },
    h('caption', { class: 'sr-only' }, 'Figures that two or more sources give, one row per quantity'),
    h('thead', null, head), tbody);
  const body = new VirtualBody(tbody, (row) => rowNodes(row, view, on), (row) => row.group.id, COLUMNS.length);
  return { table, body };
}

/** The <tr>s of one row: the row, one sub-row per facet, and its (hidden) detail. */
export function rowNodes(row, view, on) {
  const g = row.group;
  const open = view.expanded.has(g.id);
  const detailId = `detail-${cssId(g.id)}`;
  const faceted = row.facets.length >= 2;
  const items = orderedItems(row, view.order);
  const tr = h('tr', { class: `row v-${row.info.key}${faceted ? ' has-facets' : ''}`, 'data-group': g.id, 'data-verdict': g.verdict },
    h('td', { class: 'c-toggle' },
      h('button', {
        type: 'button', class: 'icon-btn toggle', 'aria-expanded': String(open), 'aria-controls': detailId,
        'aria-label': `Show every source's sentence for ${g.label}`, onclick: () => on.toggle(g.id),
      }, icon('chevron'))),
    h('td', { class: 'c-verdict' }, badge(row.info)),
    h('th', { scope: 'row', class: 'c-label' },
      h('span', { class: 'label' }, g.label),
      g.explanation ? h('span', { class: 'why' }, g.explanation) : null,
      tiedBy(g)),
    h('td', { class: 'c-figures' }, faceted
      ? h('p', { class: 'facet-note' }, `${row.facets.length} ${facetNoun(row.facets)}, below`)
      : chipList(items, view.order, on)),
    h('td', { class: 'c-strip' }, intervalStrip(items.slice(0, MAX_LANES), { unit: g.unit, facets: faceted }),
      items.length > MAX_LANES ? h('span', { class: 'more' }, `${(items.length - MAX_LANES).toLocaleString('en')} more figures not drawn`) : null),
    h('td', { class: 'c-spread num' }, spreadText(g.spread) || h('span', { class: 'muted', 'aria-label': 'none' }, '—')),
    h('td', { class: 'c-actions' },
      h('button', { type: 'button', class: 'icon-btn copy', 'aria-label': `Copy row ${g.label} as text`, title: 'Copy row as text', onclick: (e) => on.copy(row, e.currentTarget) },
        icon('copy'))));
  const subRows = faceted ? row.facets.map((f) => facetRow(row, f, view, on)) : [];
  const detail = h('tr', { class: 'detail', id: detailId, hidden: !open, 'data-group': g.id },
    h('td', { colspan: COLUMNS.length }, evidence(row, items, on)));
  return [tr, ...subRows, detail];
}

/** A facet's sub-row: its name (with its shape and colour in the strip), verdict and figures. */
function facetRow(row, facet, view, on) {
  const items = orderedItems({ ...row, facets: [], items: facet.items }, view.order);
  return h('tr', { class: `facet v-${facet.info.key}`, 'data-group': row.group.id, 'data-facet': String(facet.index) },
    h('td', { class: 'c-toggle' }),
    h('td', { class: 'c-verdict' }, badge(facet.info, ' small')),
    h('td', { class: 'c-label' },
      h('span', { class: `facet-name facet-${facet.index % 5}` }, facetGlyph(facet.index),
        h('span', { class: 'facet-kind' }, facet.kind), ' ', h('span', { class: 'facet-label' }, facet.label))),
    h('td', { class: 'c-figures', colspan: 4 }, chipList(items, view.order, on)));
}

function facetNoun(facets) {
  const kinds = new Set(facets.map((f) => f.kind));
  const word = kinds.size === 1 ? { attribution: 'attributions', time: 'times', place: 'places', scope: 'scopes' }[[...kinds][0]] : null;
  return word || 'facets';
}

/** The words that tied the group (the engine's `tied_by`), shown on the row itself. */
function tiedBy(g) {
  const words = g.tied_by || [];
  if (!words.length) return null;
  return h('span', { class: 'tied-inline' }, h('span', { class: 'sr-only' }, 'Matched on: '),
    words.slice(0, 4).map((w) => h('span', { class: 'word' }, w)));
}

/** The figures as chips; in date order, joined by arrows ("12 → 17 → 30"). */
function chipList(items, order, on) {
  const dated = order === 'date';
  const list = h('ul', { class: `chips${dated ? ' by-date' : ''}` });
  items.slice(0, MAX_CHIPS).forEach((item, i) => {
    if (dated && i > 0) list.append(h('li', { class: 'then', 'aria-hidden': 'true' }, '→'));
    list.append(h('li', null, chip(item, dated, on)));
  });
  if (items.length > MAX_CHIPS) list.append(h('li', { class: 'more' }, `and ${(items.length - MAX_CHIPS).toLocaleString('en')} more`));
  return list;
}

/** The single-source figures; fill with `.body.set(rows)`. */
export function singlesTable(on) {
  const tbody = h('tbody');
  const table = h('table', { class: 'grid singles-table' },
    h('caption', { class: 'sr-only' }, 'Figures that only one source gives'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'c-source' }, 'Source'),
      h('th', { scope: 'col', class: 'c-label' }, 'Figure'),
      h('th', { scope: 'col', class: 'c-context' }, 'In context'))),
    tbody);
  const body = new VirtualBody(tbody, (row) => [singleRow(row, on)], (row) => row.group.id, 3);
  return { table, body };
}

function singleRow(row, on) {
  const i = row.items[0];
  return h('tr', { class: 'row v-single', 'data-group': row.group.id, 'data-verdict': 'single' },
    h('td', { class: 'c-source' }, i.sourceName, i.page ? h('span', { class: 'page' }, ` p. ${i.page}`) : null),
    h('th', { scope: 'row', class: 'c-label' }, h('span', { class: 'label' }, row.group.label)),
    h('td', { class: 'c-context' }, sentence(i, on)));
}

function chip(item, dated, on) {
  const where = [dated && item.date ? item.date : null, item.page ? `p. ${item.page}` : null].filter(Boolean).join(' · ');
  return h('button', {
    type: 'button', class: 'chip', 'data-mention': item.mention.id,
    title: `Show in ${item.sourceName}`, onclick: () => on.focus(item.mention.id),
  }, h('span', { class: 'chip-src' }, item.sourceName, where ? h('span', { class: 'chip-when' }, ` · ${where}`) : null),
  h('span', { class: 'chip-text' }, item.phrase));
}

function evidence(row, items, on) {
  const g = row.group;
  return h('div', { class: 'evidence' },
    h('ul', { class: 'sentences' }, items.slice(0, MAX_SENTENCES).map((i) => h('li', null,
      h('span', { class: 'src' }, i.sourceName, i.date ? h('span', { class: 'muted' }, ` ${i.date}`) : null,
        i.page ? h('span', { class: 'muted' }, ` p. ${i.page}`) : null),
      sentence(i, on),
      facts(i)))),
    items.length > MAX_SENTENCES ? h('p', { class: 'more' }, `${(items.length - MAX_SENTENCES).toLocaleString('en')} more sentences not shown.`) : null,
    g.tied_by && g.tied_by.length
      ? h('p', { class: 'tied' }, 'Matched on: ', g.tied_by.map((w) => h('span', { class: 'tag' }, w)))
      : null);
}

/** The sentence with its phrase as a button that scrolls to the source. */
export function sentence(item, on) {
  return h('q', { class: 'sentence' },
    item.before.trimStart(),
    h('mark', null, h('button', {
      type: 'button', class: 'phrase', 'data-mention': item.mention.id,
      title: `Show in ${item.sourceName}`, onclick: () => on.focus(item.mention.id),
    }, item.phrase)),
    item.after.trimEnd());
}

function facts(item) {
  const m = item.mention;
  const tags = [];
  const tag = (k, v, cls = '') => tags.push(h('span', { class: `tag${cls}` }, h('span', { class: 'tag-k' }, k), v));
  if (item.facetLabel) tag('facet', item.facetLabel, ' facet');
  if (m.hedge) tag('hedge', m.hedge, ' hedge');
  for (const q of m.qualifiers || []) tag(q.kind, q.text);
  if (m.subject) tag('subject', m.subject);
  const f = m.frame;
  if (f) {
    if (f.measured) tag('measured', f.measured, ' frame');
    if (f.predicate) tag('predicate', f.predicate, ' frame');
    for (const e of f.entities || []) tag('entity', e, ' frame');
    if (f.event) tag('event', f.event, ' frame');
  }
  if (m.derived) tag('derived', m.derived);
  return tags.length ? h('span', { class: 'tags' }, tags) : null;
}

function cssId(id) {
  return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
}
