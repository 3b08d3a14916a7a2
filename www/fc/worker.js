// The engine's thread: a module worker that owns the wasm instance, so that a compare
// never blocks the page. One message in ({type: 'compare'}), the Report out in chunks
// (each chunk is its own task on the page, so no single task decodes a huge Report).
//
//   page -> worker   {type: 'init', module: WebAssembly.Module | null, wasmUrl}
//                    {type: 'compare', id, sources, options, maxFigures}
//   worker -> page   {type: 'ready', limits}          once the engine is up
//                    {type: 'fail', id, message}        bad input: the engine keeps working
//                    {type: 'died', id, message}        a panic or out of memory: restart me
//                    {type: 'head', id, ms, report}     the Report without mentions and groups
//                    {type: 'chunk', id, mentions, groups, rounding}
//                    {type: 'done', id}

import init, * as wasm from '../pkg/fact_compare.js';

const CHUNK = 1000;
/**
 * Run once at start, so that the engine's code is compiled and warm before the first
 * real compare (wasm functions are compiled on first call): two short sources with the
 * common kinds of figure.
 */
const WARM_UP = [
  { id: 'a', text: 'Police said about 5,000 people marched on Monday. At least 14 people died. The $3.5 billion plan covers 20% of homes for nearly four years, along a 6.2-metre wall built since 1990.' },
  { id: 'b', text: 'Organisers said 20,000 people marched. Fourteen people died, officials said. The plan costs up to $4 billion, covers one in five homes for three years and runs 12 km.' },
];

let engine = null;
let lastConsoleError = '';

// The panic hook reports the panic message on console.error; keep the last one so a
// dead engine can say why it died.
const consoleError = console.error.bind(console);
console.error = (...args) => {
  lastConsoleError = args.map(String).join(' ');
  consoleError(...args);
};

self.addEventListener('message', async (e) => {
  const msg = e.data;
  if (msg.type === 'init') {
    try {
      await init({ module_or_path: msg.module || msg.wasmUrl });
      engine = wasm;
      try {
        engine.compare_with_rounding(WARM_UP, {}, Infinity);
      } catch { /* a failed warm-up is no reason not to start */ }
      self.postMessage({ type: 'ready', limits: engine.limits() });
    } catch (err) {
      self.postMessage({ type: 'died', id: null, message: `the engine could not be loaded (${err.message})` });
    }
  } else if (msg.type === 'compare') {
    compare(msg);
  }
});

function compare({ id, sources, options, maxFigures }) {
  let out;
  const t0 = performance.now();
  try {
    out = engine.compare_with_rounding(sources, options, maxFigures ?? Infinity);
  } catch (err) {
    // A JsError from the engine is an ordinary Error naming the bad input; anything else
    // (RuntimeError "unreachable" after a panic, a RangeError when memory runs out)
    // means the instance can no longer be trusted.
    const fatal = !(err instanceof Error) || err instanceof WebAssembly.RuntimeError || err instanceof RangeError;
    if (fatal) {
      const why = lastConsoleError.match(/panicked at [^\n]*\n?([^\n]*)/);
      self.postMessage({ type: 'died', id, message: why ? why[1] || why[0] : String(err && err.message || err) });
    } else {
      self.postMessage({ type: 'fail', id, message: err.message });
    }
    return;
  }
  const ms = performance.now() - t0;
  const { mentions, groups, ...head } = out.report;
  self.postMessage({ type: 'head', id, ms, report: head, mentions: mentions.length, groups: groups.length });
  for (let at = 0; at < Math.max(mentions.length, groups.length); at += CHUNK) {
    self.postMessage({
      type: 'chunk', id,
      mentions: mentions.slice(at, at + CHUNK),
      groups: groups.slice(at, at + CHUNK),
      rounding: out.rounding.slice(at, at + CHUNK),
    });
  }
  self.postMessage({ type: 'done', id });
}
