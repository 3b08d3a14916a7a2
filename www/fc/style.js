// The widget's stylesheet, adopted into its shadow root (a constructed stylesheet,
// so a strict Content-Security-Policy needs no 'unsafe-inline').
//
// Theme with custom properties on the host page, e.g.
//   fact-compare { --fc-accent: #0a7; --fc-font: "Inter", sans-serif; }
// --fc-font, --fc-reading-font, --fc-bg, --fc-surface, --fc-fg, --fc-muted, --fc-border,
// --fc-accent, --fc-radius, --fc-highlight, --fc-pane-height (max height of each pane,
// e.g. calc(100vh - 8rem); default none), and per verdict --fc-agree / --fc-agree-bg,
// --fc-differ(-bg), --fc-conflict(-bg), --fc-scope(-bg), --fc-single(-bg); the facet
// colours of the interval strips --fc-facet-1 ... --fc-facet-5.

const LIGHT = `
  --_bg: var(--fc-bg, #ffffff);
  --_surface: var(--fc-surface, #f5f6f8);
  --_fg: var(--fc-fg, #1b2230);
  --_muted: var(--fc-muted, #586174);
  --_border: var(--fc-border, #e1e4ea);
  --_accent: var(--fc-accent, #2453c9);
  --_highlight: var(--fc-highlight, #ffd84d);
  --_on-highlight: var(--fc-on-highlight, #1b1b1b);
  --_agree: var(--fc-agree, #17733a);     --_agree-bg: var(--fc-agree-bg, #e5f4ea);
  --_differ: var(--fc-differ, #885000);   --_differ-bg: var(--fc-differ-bg, #fdf0d2);
  --_conflict: var(--fc-conflict, #b42129); --_conflict-bg: var(--fc-conflict-bg, #fcebeb);
  --_scope: var(--fc-scope, #6437b8);     --_scope-bg: var(--fc-scope-bg, #efe8fb);
  --_single: var(--fc-single, #586174);   --_single-bg: var(--fc-single-bg, #eceff3);
  --_f0: var(--fc-facet-1, #2453c9); --_f1: var(--fc-facet-2, #a34f00); --_f2: var(--fc-facet-3, #08756e);
  --_f3: var(--fc-facet-4, #a2307a); --_f4: var(--fc-facet-5, #4d5666);
  color-scheme: light;
`;

const DARK = `
  --_bg: var(--fc-bg, #15181e);
  --_surface: var(--fc-surface, #1c2028);
  --_fg: var(--fc-fg, #e3e6ec);
  --_muted: var(--fc-muted, #9ba4b4);
  --_border: var(--fc-border, #2d333e);
  --_accent: var(--fc-accent, #86a8ff);
  --_highlight: var(--fc-highlight, #7a6400);
  --_on-highlight: var(--fc-on-highlight, #ffffff);
  --_agree: var(--fc-agree, #6fd496);     --_agree-bg: var(--fc-agree-bg, #17301f);
  --_differ: var(--fc-differ, #f2b955);   --_differ-bg: var(--fc-differ-bg, #372a10);
  --_conflict: var(--fc-conflict, #ff8f8f); --_conflict-bg: var(--fc-conflict-bg, #3b191b);
  --_scope: var(--fc-scope, #c3a8ff);     --_scope-bg: var(--fc-scope-bg, #2a2141);
  --_single: var(--fc-single, #a9b1c0);   --_single-bg: var(--fc-single-bg, #252a33);
  --_f0: var(--fc-facet-1, #86a8ff); --_f1: var(--fc-facet-2, #f2a65a); --_f2: var(--fc-facet-3, #4fd1c5);
  --_f3: var(--fc-facet-4, #f48fd0); --_f4: var(--fc-facet-5, #c3cad6);
  color-scheme: dark;
`;

export const CSS = `
:host {
  ${LIGHT}
  --_font: var(--fc-font, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif);
  --_reading: var(--fc-reading-font, "Iowan Old Style", Charter, "Source Serif Pro", Georgia, "DejaVu Serif", serif);
  --_radius: var(--fc-radius, 10px);
  --_pane: var(--fc-pane-height, none);
  display: block;
  container-type: inline-size;
}
/* Colour and font are set inside, so that inherited host-page styles do not reach in. */
.fc { color: var(--_fg); font: 14px/1.5 var(--_font); -webkit-font-smoothing: antialiased; text-align: left; }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { ${DARK} } }
:host([theme="dark"]) { ${DARK} }
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.v-agree { --vc: var(--_agree); --vc-bg: var(--_agree-bg); }
.v-differ { --vc: var(--_differ); --vc-bg: var(--_differ-bg); }
.v-conflict { --vc: var(--_conflict); --vc-bg: var(--_conflict-bg); }
.v-scope { --vc: var(--_scope); --vc-bg: var(--_scope-bg); }
.v-single { --vc: var(--_single); --vc-bg: var(--_single-bg); }

.layout { display: grid; gap: 20px; grid-template-columns: minmax(0, 1fr); align-items: start; }
@container (min-width: 960px) {
  .layout { grid-template-columns: minmax(0, 2.3fr) minmax(320px, 1fr); }
}
.results, .sources {
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  max-height: var(--_pane);
  overflow: auto;
  overscroll-behavior: contain;
  scroll-padding-top: 48px;
}
.panel-head {
  display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap;
  padding: 14px 18px 10px;
}
h2, h3 { margin: 0; font-weight: 650; letter-spacing: -0.01em; }
h2 { font-size: 16px; }
h3 { font-size: 14px; }
.count { color: var(--_muted); font-weight: 500; }
.status { margin: 0; padding: 0 18px 10px; color: var(--_muted); font-size: 13px; font-variant-numeric: tabular-nums; }
.section-note { margin: 2px 0 10px; color: var(--_muted); font-size: 13px; }

button, input, textarea { font: inherit; color: inherit; }
.btn {
  display: inline-flex; align-items: center; gap: 4px;
  padding: 5px 12px; border-radius: 7px; border: 1px solid var(--_border);
  background: var(--_bg); font-size: 13px; font-weight: 550; cursor: pointer;
}
.btn:hover { background: var(--_surface); }
.exports, .panel-tools { display: flex; gap: 8px; flex-wrap: wrap; }
:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }

.toolbar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 10px;
  padding: 10px 18px; border-top: 1px solid var(--_border); border-bottom: 1px solid var(--_border);
  background: var(--_surface);
}
.filters { display: flex; flex-wrap: wrap; gap: 6px; border: 0; margin: 0; padding: 0; }
.filter {
  display: inline-flex; align-items: center; gap: 5px; cursor: pointer; user-select: none;
  padding: 3px 10px 3px 6px; border-radius: 999px; border: 1px solid var(--_border);
  background: var(--_bg); font-size: 12.5px; font-weight: 550; color: var(--_muted);
}
.filter input { margin: 0; accent-color: var(--vc); }
.filter .badge-icon { color: var(--vc); }
.filter:has(input:checked) { color: var(--vc); border-color: color-mix(in srgb, var(--vc) 35%, transparent); background: var(--vc-bg); }
.filter:has(input:focus-visible) { outline: 2px solid var(--_accent); outline-offset: 2px; }
.filter .n { font-variant-numeric: tabular-nums; font-weight: 500; }
.toolbar input[type="search"] {
  margin-left: auto; min-width: 140px; flex: 1 1 160px; max-width: 280px;
  padding: 5px 10px; border: 1px solid var(--_border); border-radius: 7px; background: var(--_bg);
}

.error {
  margin: 12px 18px 0; padding: 10px 12px; border-radius: 8px;
  background: var(--_conflict-bg); color: var(--_conflict); border: 1px solid color-mix(in srgb, var(--_conflict) 30%, transparent);
  font-weight: 500;
}
.notice {
  display: flex; align-items: center; justify-content: space-between; gap: 10px;
  margin: 12px 18px 0; padding: 6px 6px 6px 12px; border-radius: 8px;
  background: var(--_differ-bg); color: var(--_differ); font-weight: 500;
}
.notice .icon-btn { color: inherit; }
.empty { margin: 0; padding: 28px 18px; color: var(--_muted); text-align: center; }

.table-wrap { overflow-x: auto; }
table.grid { width: 100%; border-collapse: separate; border-spacing: 0; font-variant-numeric: tabular-nums; }
.grid thead th {
  position: sticky; top: 0; z-index: 1;
  background: var(--_bg); color: var(--_muted);
  font-size: 11.5px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em;
  text-align: left; padding: 9px 10px; border-bottom: 1px solid var(--_border); white-space: nowrap;
}
.grid td, .grid tbody th { padding: 10px; border-bottom: 1px solid var(--_border); vertical-align: top; text-align: left; }
.grid tbody th { font-weight: inherit; }
.grid .num { text-align: right; }
.grid tr.row:hover > * { background: color-mix(in srgb, var(--_surface) 70%, transparent); }
.discrepancies tr.row > td:first-child { box-shadow: inset 3px 0 0 var(--vc); }
.sort {
  all: unset; cursor: pointer; display: inline-flex; gap: 4px; align-items: center;
  font: inherit; text-transform: inherit; letter-spacing: inherit; color: inherit; border-radius: 4px;
}
.sort:hover { color: var(--_fg); }
.sort:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.sort-mark { font-size: 10px; opacity: 0.7; }
th[aria-sort] .sort { color: var(--_fg); }
.c-toggle { width: 36px; padding-left: 12px !important; padding-right: 0 !important; }
.c-verdict { width: 1%; white-space: nowrap; }
.c-spread { width: 1%; white-space: nowrap; font-weight: 600; }
.c-actions { width: 1%; padding-left: 0 !important; }
.discrepancies .c-label { width: 36%; min-width: 160px; }
.c-label .label { display: block; font-weight: 600; }
.c-label .why { display: block; margin-top: 2px; color: var(--_muted); font-size: 12.5px; line-height: 1.45; }
.c-source { font-weight: 550; width: 24%; min-width: 110px; font-size: 13px; line-height: 1.4; }
.muted { color: var(--_muted); }

.badge {
  display: inline-flex; align-items: center; gap: 5px; white-space: nowrap;
  padding: 2px 9px 2px 7px; border-radius: 999px; font-size: 12px; font-weight: 650;
  color: var(--vc); background: var(--vc-bg);
}
.badge-icon { font-size: 11px; width: 1em; text-align: center; }

.icon-btn {
  display: inline-grid; place-items: center; width: 26px; height: 26px; padding: 0;
  border: 1px solid transparent; border-radius: 6px; background: transparent; color: var(--_muted); cursor: pointer;
}
.icon-btn:hover { background: var(--_surface); border-color: var(--_border); color: var(--_fg); }
.icon { fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.toggle .icon { transition: transform 0.15s; }
.toggle[aria-expanded="true"] .icon { transform: rotate(90deg); }

.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.chip {
  display: inline-flex; flex-direction: column; align-items: flex-start; gap: 0;
  max-width: 200px; padding: 3px 9px 4px; text-align: left; cursor: pointer;
  border: 1px solid var(--_border); border-radius: 7px; background: var(--_bg);
}
.chip:hover { border-color: var(--vc, var(--_accent)); background: var(--_surface); }
.chip-src { font-size: 11px; color: var(--_muted); font-weight: 550; line-height: 1.3; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chip-text { font-weight: 600; line-height: 1.35; overflow-wrap: anywhere; }

tr.detail > td { background: var(--_surface); padding: 12px 16px 14px 48px; }
.sentences { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.sentences li { display: grid; grid-template-columns: minmax(90px, 190px) minmax(0, 1fr); column-gap: 14px; row-gap: 4px; }
.sentences .src { font-weight: 600; font-size: 12.5px; padding-top: 2px; }
.sentences .tags { grid-column: 2; }
.sentence { font-family: var(--_reading); font-size: 14.5px; line-height: 1.55; quotes: "“" "”"; }
.sentence mark { background: none; color: inherit; }
.phrase {
  all: unset; cursor: pointer; font-weight: 700; border-radius: 3px; padding: 0 2px;
  background: var(--_highlight); color: var(--_on-highlight);
}
.phrase:focus-visible { outline: 2px solid var(--_accent); outline-offset: 1px; }
.tags { display: flex; flex-wrap: wrap; gap: 6px; }
.tag {
  display: inline-flex; gap: 5px; align-items: baseline; font-size: 12px; padding: 1px 8px;
  border-radius: 999px; background: var(--_bg); border: 1px solid var(--_border);
}
.tag-k { color: var(--_muted); font-size: 11px; }
.tied { margin: 12px 0 0; color: var(--_muted); font-size: 12.5px; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }

.singles { padding: 18px 18px 8px; border-top: 1px solid var(--_border); }
.singles .grid { margin: 0 -10px; width: calc(100% + 20px); }
.singles .sentence { font-size: 13.5px; }

/* The interval strip: one lane per figure on the row's shared number line. */
.c-strip { width: 248px; min-width: 248px; padding-left: 4px !important; padding-right: 4px !important; }
.strip { display: block; width: 240px; max-width: 100%; height: auto; overflow: visible; color: var(--vc, var(--_fg)); }
.strip .axis, .strip .tick { stroke: var(--_border); stroke-width: 1; }
.strip .tick-label { fill: var(--_muted); font-size: 8.5px; font-variant-numeric: tabular-nums; }
.strip .mark { --mc: var(--vc, var(--_fg)); }
.strip .bar, .strip .band { fill: color-mix(in srgb, var(--mc) 30%, transparent); stroke: var(--mc); stroke-width: 0.8; }
.strip .band { fill: color-mix(in srgb, var(--mc) 16%, transparent); stroke-dasharray: 2 1.5; }
.strip .whisker, .strip .cap, .strip .open-end { fill: none; stroke: var(--mc); stroke-width: 1.3; stroke-linecap: round; stroke-linejoin: round; }
.strip .point { fill: var(--mc); stroke: var(--_bg); stroke-width: 0.8; }
.strip .point.hollow { fill: var(--_bg); stroke: var(--mc); stroke-width: 1.4; }
.strip .mark:hover .point { stroke: var(--_fg); }
.facet-0 { --fcol: var(--_f0); } .facet-1 { --fcol: var(--_f1); } .facet-2 { --fcol: var(--_f2); }
.facet-3 { --fcol: var(--_f3); } .facet-4 { --fcol: var(--_f4); }
.strip .mark[class*="facet-"] { --mc: var(--fcol); }
.glyph { flex: none; vertical-align: -1px; }
.glyph .fill { fill: var(--fcol, currentColor); stroke: var(--fcol, currentColor); }
.glyph path.fill[stroke-width] { fill: none; }

/* Facets: sub-rows under their row. */
.grid tr.row.has-facets > * { border-bottom-style: dashed; }
.grid tr.facet > * { padding-top: 6px; padding-bottom: 6px; background: color-mix(in srgb, var(--_surface) 55%, transparent); }
.discrepancies tr.facet > td:first-child { box-shadow: inset 3px 0 0 var(--vc); }
.facet-name { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; font-size: 13px; }
.facet-kind { color: var(--_muted); font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
.facet-note { margin: 0; color: var(--_muted); font-size: 12.5px; }
.badge.small { font-size: 11px; padding: 1px 7px 1px 5px; }
.tied-inline { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.tied-inline .word { font-size: 11px; font-weight: 500; color: var(--_muted); border: 1px solid var(--_border); border-radius: 4px; padding: 0 5px; }
.chips.by-date { align-items: center; }
.chips .then { color: var(--_muted); font-weight: 700; }
.chip-when { font-weight: 500; }
.page { color: var(--_muted); font-weight: 500; }
.tag.frame { border-style: dashed; }
.tag.facet { border-color: var(--_accent); }
select.order {
  padding: 4px 8px; border: 1px solid var(--_border); border-radius: 7px; background: var(--_bg); color: var(--_fg); font-size: 12.5px;
}
.more { color: var(--_muted); font-size: 12px; align-self: center; }
table.windowed { table-layout: fixed; }
.discrepancies.windowed .c-toggle { width: 40px; }
.discrepancies.windowed .c-verdict { width: 112px; }
.discrepancies.windowed .c-spread { width: 64px; }
.discrepancies.windowed .c-actions { width: 44px; }
.singles-table.windowed .c-source { width: 24%; }
.singles-table.windowed .c-label { width: 22%; }
tr.spacer > td { padding: 0 !important; border: 0 !important; }

/* Narrow containers: each row becomes a card. */
@container (max-width: 640px) {
  .panel-head, .toolbar { padding-left: 12px; padding-right: 12px; }
  .status { padding-left: 12px; padding-right: 12px; }
  .toolbar input[type="search"] { margin-left: 0; max-width: none; flex-basis: 100%; }
  .discrepancies, .discrepancies tbody, .discrepancies tr.detail, .discrepancies tr.detail > td { display: block; width: auto; }
  .discrepancies thead { display: none; }
  .discrepancies tr.row { display: grid; grid-template-columns: 34px minmax(0, 1fr) auto auto; align-items: start; border-bottom: 1px solid var(--_border); }
  .discrepancies tr.row > * { border-bottom: 0; padding: 8px 6px; width: auto !important; }
  .discrepancies tr.row > .c-toggle { grid-area: 1 / 1; padding: 6px 0 0 6px !important; }
  .discrepancies tr.row > .c-verdict { grid-area: 1 / 2; }
  .discrepancies tr.row > .c-spread { grid-area: 1 / 3; }
  .discrepancies tr.row > .c-actions { grid-area: 1 / 4; padding-right: 8px !important; }
  .discrepancies tr.row > .c-label { grid-area: 2 / 2 / 3 / -1; padding-top: 0; }
  .discrepancies tr.row > .c-figures { grid-area: 3 / 2 / 4 / -1; padding-top: 0; padding-bottom: 6px; }
  .discrepancies tr.row > .c-strip { grid-area: 4 / 2 / 5 / -1; padding-top: 0; padding-bottom: 12px; }
  .discrepancies tr.facet { display: grid; grid-template-columns: 34px auto minmax(0, 1fr); padding: 4px 0; }
  .discrepancies tr.facet > .c-figures { grid-column: 2 / -1; }
  .discrepancies tr.row > td:first-child { box-shadow: none; }
  .discrepancies tr.row { box-shadow: inset 3px 0 0 var(--vc); }
  tr.detail > td { padding: 10px 12px 12px 16px; }
  .sentences li { grid-template-columns: minmax(0, 1fr); }
  .sentences .tags { grid-column: 1; }
  .singles { padding: 14px 12px 6px; }
  .singles-table thead { display: none; }
  .singles-table, .singles-table tbody, .singles-table tr, .singles-table td, .singles-table th { display: block; width: auto; }
  .singles-table tr.row { padding: 8px 0; border-bottom: 1px solid var(--_border); }
  .singles-table tr.row > * { border: 0; padding: 2px 10px; }
  .singles .grid { margin: 0; width: 100%; }
}

/* Sources */
.sources { background: var(--_surface); }
.sources.dragging { outline: 2px dashed var(--_accent); outline-offset: -6px; }
.cards { display: grid; gap: 14px; padding: 0 14px 14px; }
.drop-hint { margin: 0; padding: 0 18px 18px; color: var(--_muted); font-size: 12.5px; text-align: center; }
.source { background: var(--_bg); border: 1px solid var(--_border); border-radius: 9px; overflow: hidden; }
.source header { display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 14px; border-bottom: 1px solid var(--_border); }
.source .name { flex: 1 1 auto; min-width: 0; margin: 0; font-size: 13.5px; font-weight: 650; }
.source input.name { border: 1px solid transparent; border-radius: 6px; padding: 3px 6px; margin-left: -7px; background: transparent; }
.source input.name:hover, .source input.name:focus { border-color: var(--_border); background: var(--_surface); }
.source .meta { color: var(--_muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.source input.date {
  flex: none; width: 9.5em; padding: 2px 4px; font-size: 12px; color: var(--_muted);
  border: 1px solid transparent; border-radius: 6px; background: transparent;
}
.source input.date:hover, .source input.date:focus { border-color: var(--_border); background: var(--_surface); color: var(--_fg); }
.source time.date { color: var(--_muted); font-size: 12px; white-space: nowrap; }
.doc.large .backdrop { max-height: 24em; overflow: auto; }
.large-note { margin: 0; padding: 8px 14px; font-size: 12px; color: var(--_muted); border-bottom: 1px solid var(--_border); }
.doc { position: relative; }
.doc:focus-within { box-shadow: inset 0 0 0 2px color-mix(in srgb, var(--_accent) 45%, transparent); }
.backdrop, .doc textarea {
  margin: 0; padding: 12px 14px; border: 0;
  font: 14px/1.65 var(--_reading); letter-spacing: normal; tab-size: 4;
  white-space: pre-wrap; overflow-wrap: break-word; word-break: normal;
}
.backdrop { min-height: 5.5em; }
.doc textarea {
  position: absolute; inset: 0; width: 100%; height: 100%;
  resize: none; overflow: hidden; background: transparent; color: var(--_fg); caret-color: var(--_fg); outline: none;
}
.doc textarea::placeholder { color: var(--_muted); }
.doc:has(textarea) .backdrop { color: transparent; }
mark.fig { color: inherit; background: var(--vc-bg); box-shadow: inset 0 -2px 0 color-mix(in srgb, var(--vc) 70%, transparent); border-radius: 2px; }
mark.fig.v-single { background: transparent; box-shadow: inset 0 -1px 0 color-mix(in srgb, var(--vc) 60%, transparent); }
mark.fig.active { background: var(--_highlight); color: var(--_on-highlight); box-shadow: 0 0 0 3px var(--_highlight); animation: fc-pulse 1.2s ease-out 1; }
@keyframes fc-pulse { 0% { box-shadow: 0 0 0 10px color-mix(in srgb, var(--_highlight) 20%, transparent); } 100% { box-shadow: 0 0 0 3px var(--_highlight); } }

.toast {
  position: fixed; left: 50%; bottom: 24px; transform: translate(-50%, 20px); opacity: 0; pointer-events: none;
  padding: 8px 14px; border-radius: 8px; background: var(--_fg); color: var(--_bg); font-size: 13px; font-weight: 550;
  transition: opacity 0.15s, transform 0.15s;
}
.toast.show { opacity: 1; transform: translate(-50%, 0); }
@media (prefers-reduced-motion: reduce) { * { animation: none !important; transition: none !important; } }
`;

let sheet = null;

/** The shared constructed stylesheet (one per document). */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
