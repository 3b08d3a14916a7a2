// The engine's thread: a module worker that owns the wasm instance, so that a compare
// never blocks the page. One message in ({type: 'compare'}), the Report out in chunks
// (each chunk is its own task on the page, so no single task decodes a huge Report).
//
//   page -> worker   {type: 'init', module: WebAssembly.Module | null}   first
//                    {type: 'compare', id, sources, options, maxFigures}
//   worker -> page   {type: 'ready', limits}          once the engine is up
//                    {type: 'fail', id, message}        bad input: the engine keeps working
//                    {type: 'died', id, message}        a panic or out of memory: restart me
//                    {type: 'head', id, ms, report}     the Report without mentions and groups
//                    {type: 'chunk', id, mentions, groups, rounding}
//                    {type: 'done', id}

import init, * as wasm from '../pkg/fact_compare.js';

const CHUNK = 1000;

let engine = null;
let lastConsoleError = '';

// The panic hook reports the panic message on console.error; keep the last one so a
// dead engine can say why it died.
const consoleError = console.error.bind(console);
console.error = (...args) => {
  lastConsoleError = args.map(String).join(' ');
  consoleError(...args);
};

// The page compiles the wasm (from its preload, while this worker starts) and sends
// the module; without one, the worker fetches and compiles it itself.
let ready = null;

function start(module) {
  ready ??= init({ module_or_path: module || new URL('../pkg/fact_compare_bg.wasm', import.meta.url) }).then(() => {
    engine = wasm;
    self.postMessage({ type: 'ready', limits: engine.limits() });
  }, (err) => {
    self.postMessage({ type: 'died', id: null, message: `the engine could not be loaded (${err.message})` });
  });
  return ready;
}

self.addEventListener('message', async (e) => {
  const msg = e.data;
  if (msg.type === 'init') start(msg.module);
  else if (msg.type === 'compare') {
    await start(null);
    if (engine) compare(msg);
    else self.postMessage({ type: 'died', id: msg.id, message: 'the engine could not be loaded' });
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
