// The discrepancy table and the single-source table, rendered from model.js rows.

import { h, icon } from './dom.js';
import { spreadText } from './model.js';

const COLUMNS = [
  { key: null, label: 'Details', hidden: true, cls: 'c-toggle' },
  { key: 'verdict', label: 'Verdict', cls: 'c-verdict' },
  { key: 'label', label: 'Quantity', cls: 'c-label' },
  { key: null, label: 'Figures by source', cls: 'c-figures' },
  { key: 'spread', label: 'Spread', cls: 'c-spread num' },
  { key: null, label: 'Actions', hidden: true, cls: 'c-actions' },
];

/** A verdict badge: icon + word + colour, so it reads without colour too. */
export function badge(info) {
  return h('span', { class: `badge v-${info.key}`, title: `${info.word}: ${info.help}` },
    h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, info.icon), info.word);
}

/**
 * @param rows visible rows, already filtered and sorted
 * @param view {sort: {key, dir}, expanded: Set<string>}
 * @param on {sort(key), toggle(groupId), focus(mentionId), copy(row)}
 */
export function discrepancyTable(rows, view, on) {
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
  const body = h('tbody');
  for (const row of rows) {
    const g = row.group;
    const open = view.expanded.has(g.id);
    const detailId = `detail-${cssId(g.id)}`;
    body.append(h('tr', { class: `row v-${row.info.key}`, 'data-group': g.id, 'data-verdict': g.verdict },
      h('td', { class: 'c-toggle' },
        h('button', {
          type: 'button', class: 'icon-btn toggle', 'aria-expanded': String(open), 'aria-controls': detailId,
          'aria-label': `Show every source's sentence for ${g.label}`, onclick: () => on.toggle(g.id),
        }, icon('chevron'))),
      h('td', { class: 'c-verdict' }, badge(row.info)),
      h('th', { scope: 'row', class: 'c-label' },
        h('span', { class: 'label' }, g.label),
        g.explanation ? h('span', { class: 'why' }, g.explanation) : null),
      h('td', { class: 'c-figures' }, h('ul', { class: 'chips' }, row.items.map((i) => h('li', null, chip(i, on))))),
      h('td', { class: 'c-spread num' }, spreadText(g.spread) || h('span', { class: 'muted', 'aria-label': 'none' }, '—')),
      h('td', { class: 'c-actions' },
        h('button', { type: 'button', class: 'icon-btn copy', 'aria-label': `Copy row ${g.label} as text`, title: 'Copy row as text', onclick: (e) => on.copy(row, e.currentTarget) },
          icon('copy')))));
    const detail = h('tr', { class: 'detail', id: detailId, hidden: !open },
      h('td', { colspan: COLUMNS.length }, evidence(row, on)));
    body.append(detail);
  }
  return h('table', { class: 'grid discrepancies' },
    h('caption', { class: 'sr-only' }, 'Figures that two or more sources give, one row per quantity'),
    h('thead', null, head), body);
}

/** The single-source figures: one row per figure. */
export function singlesTable(rows, on) {
  const body = h('tbody', null, rows.map((row) => {
    const i = row.items[0];
    return h('tr', { class: 'row v-single', 'data-group': row.group.id, 'data-verdict': 'single' },
      h('td', { class: 'c-source' }, i.sourceName),
      h('th', { scope: 'row', class: 'c-label' }, h('span', { class: 'label' }, row.group.label)),
      h('td', { class: 'c-context' }, sentence(i, on)));
  }));
  return h('table', { class: 'grid singles-table' },
    h('caption', { class: 'sr-only' }, 'Figures that only one source gives'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'c-source' }, 'Source'),
      h('th', { scope: 'col', class: 'c-label' }, 'Figure'),
      h('th', { scope: 'col', class: 'c-context' }, 'In context'))),
    body);
}

function chip(item, on) {
  return h('button', {
    type: 'button', class: 'chip', 'data-mention': item.mention.id,
    title: `Show in ${item.sourceName}`, onclick: () => on.focus(item.mention.id),
  }, h('span', { class: 'chip-src' }, item.sourceName), h('span', { class: 'chip-text' }, item.phrase));
}

function evidence(row, on) {
  const g = row.group;
  return h('div', { class: 'evidence' },
    h('ul', { class: 'sentences' }, row.items.map((i) => h('li', null,
      h('span', { class: 'src' }, i.sourceName),
      sentence(i, on),
      facts(i.mention)))),
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

function facts(m) {
  const tags = [];
  if (m.hedge) tags.push(h('span', { class: 'tag hedge' }, h('span', { class: 'tag-k' }, 'hedge'), m.hedge));
  for (const q of m.qualifiers || []) tags.push(h('span', { class: 'tag' }, h('span', { class: 'tag-k' }, q.kind), q.text));
  if (m.subject) tags.push(h('span', { class: 'tag' }, h('span', { class: 'tag-k' }, 'subject'), m.subject));
  if (m.derived) tags.push(h('span', { class: 'tag' }, h('span', { class: 'tag-k' }, 'derived'), m.derived));
  return tags.length ? h('span', { class: 'tags' }, tags) : null;
}

function cssId(id) {
  return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
}
