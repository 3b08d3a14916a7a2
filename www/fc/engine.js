// The page's side of the engine worker (fc/worker.js): one compare at a time, a newer compare cancels an older one, a dead or stuck engine is
// restarted, and the input limits are checked here before any work is sent.

import { utf8Length } from './slice.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
const WASM_URL = new URL('../pkg/fact_compare_bg.wasm', import.meta.url);

let compiled = null;

/**
 * Fetch and compile the wasm once per page on the main thread's behalf (the compile
 * itself runs off the main thread), in parallel with the worker's start; restarts
 * reuse it. null when it fails: the worker then fetches the wasm itself.
 */
function compiledModule() {
  compiled ??= (typeof WebAssembly.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetch(WASM_URL))
    : fetch(WASM_URL).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b))
  ).catch(() => null);
  return compiled;
}

/** The engine's defaults until the worker says them (src/options.rs). */
const DEFAULT_LIMITS = { max_input_bytes: 16 * 1024 * 1024, max_sources: 10_000 };

let early = null;

/**
 * Start an engine worker now, before any widget exists (a page calls this from its
 * first, smallest module); the first Engine made takes it over.
 */
export function startEarly() {
  early ??= spawn();
}

function spawn() {
  const worker = new Worker(WORKER_URL, { type: 'module', name: 'fact-compare engine' });
  compiledModule().then((module) => worker.postMessage({ type: 'init', module }));
  return worker;
}

/** An error the page shows as is; `kind` is 'input', 'limit', 'timeout', 'died' or 'cancelled'. */
export class EngineError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

export class Engine {
  constructor() {
    this.worker = null;
    this.ready = null;
    this.limits = { ...DEFAULT_LIMITS };
    this.job = null;
    this.nextId = 1;
    this.restarts = 0;
    this.start();
  }

  /** Start (or restart) the worker; resolves when the engine inside is up. */
  start() {
    this.worker?.terminate();
    const worker = early || spawn();
    early = null;
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onReady = (e) => {
        if (e.data.type === 'ready') {
          this.limits = { ...DEFAULT_LIMITS, ...e.data.limits };
          performance.mark('fact-compare:engine-ready');
          resolve();
        } else if (e.data.type === 'died' && e.data.id === null) {
          reject(new EngineError('died', `The comparison engine could not be loaded: ${e.data.message}.`));
        } else return;
        worker.removeEventListener('message', onReady);
      };
      worker.addEventListener('message', onReady);
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        reject(new EngineError('died', `The comparison engine could not be loaded (${e.message || 'the worker failed to start'}).`));
      }, { once: true });
    });
    this.ready.catch(() => {});
    worker.addEventListener('message', (e) => this.onMessage(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      // Restart only when a compare was running: a worker that cannot start stays down.
      this.fail(new EngineError('died', `The comparison engine stopped (${e.message || 'the worker crashed'}). `
        + 'It has been restarted and your sources are kept.'), Boolean(this.job));
    });
  }

  /**
   * Check the limits, then compare in the worker. Resolves to {report, rounding, ms};
   * rejects with an EngineError. A newer call cancels this one (kind 'cancelled').
   * @param {object} [opts] {timeout: ms (default 30000), maxFigures: the most mentions the page takes (default 200000)}
   */
  async compare(sources, options, { timeout = 30_000, maxFigures = 200_000 } = {}) {
    this.cancel();
    const limits = {
      max_input_bytes: Number.isFinite(options.max_input_bytes) ? options.max_input_bytes : this.limits.max_input_bytes,
      max_sources: Number.isFinite(options.max_sources) ? options.max_sources : this.limits.max_sources,
    };
    if (sources.length > limits.max_sources) {
      throw new EngineError('limit', `Too many sources: ${sources.length} given, the limit is ${limits.max_sources}.`);
    }
    const total = inputBytes(sources, limits.max_input_bytes);
    if (total > limits.max_input_bytes) {
      throw new EngineError('limit', `The input is too large: ${mib(total)} of text, the limit is ${mib(limits.max_input_bytes)} `
        + '(option max_input_bytes). Remove a source or shorten one.');
    }
    const id = this.nextId++;
    const job = { id, computing: true };
    job.promise = new Promise((resolve, reject) => { job.resolve = resolve; job.reject = reject; });
    this.job = job;
    try {
      await this.ready;
    } catch (e) {
      this.job = null;
      throw e;
    }
    if (this.job !== job) throw new EngineError('cancelled', 'A newer comparison replaced this one.');
    job.timer = setTimeout(() => {
      this.fail(new EngineError('timeout', `The comparison was stopped after ${Math.round(timeout / 1000)} s: this input is too `
        + 'dense with figures for the engine to finish in time. The sources are kept; shorten the largest one to compare it.'), true);
    }, timeout);
    this.worker.postMessage({ type: 'compare', id, sources, options, maxFigures });
    return job.promise;
  }

  /** Cancel the compare in flight; an engine busy computing it is restarted. */
  cancel() {
    const job = this.job;
    if (!job) return;
    this.job = null;
    clearTimeout(job.timer);
    job.reject(new EngineError('cancelled', 'A newer comparison replaced this one.'));
    if (job.computing && job.timer) this.restart();
  }

  restart() {
    this.restarts++;
    this.start();
  }

  fail(error, restart) {
    const job = this.job;
    this.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    if (restart) this.restart();
  }

  onMessage(msg) {
    const job = this.job;
    if (!job || msg.id !== job.id) {
      if (msg.type === 'died' && msg.id !== null) this.restart();
      return;
    }
    switch (msg.type) {
      case 'fail':
        this.fail(new EngineError('input', msg.message), false);
        break;
      case 'died':
        this.fail(new EngineError('died', `The comparison engine stopped on this input (${msg.message}). `
          + 'It has been restarted and your sources are kept.'), true);
        break;
      case 'head':
        job.computing = false;
        clearTimeout(job.timer);
        job.result = { report: { ...msg.report, mentions: [], groups: [] }, rounding: [], ms: msg.ms };
        break;
      case 'chunk': {
        const { report, rounding } = job.result;
        for (const m of msg.mentions) report.mentions.push(m);
        for (const g of msg.groups) report.groups.push(g);
        for (const r of msg.rounding) rounding.push(r);
        break;
      }
      case 'done':
        this.job = null;
        job.resolve(job.result);
        break;
      default:
    }
  }
}

/**
 * The UTF-8 size of all texts, read only when it matters: UTF-8 takes 1 to 3 bytes per
 * UTF-16 unit, so most inputs are decided by their length alone.
 */
function inputBytes(sources, limit) {
  const units = sources.reduce((n, s) => n + s.text.length, 0);
  if (units > limit || units * 3 <= limit) return units; // surely over / surely within
  return sources.reduce((n, s) => n + utf8Length(s.text), 0);
}

function mib(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB` : `${bytes.toLocaleString('en')} bytes`;
}
