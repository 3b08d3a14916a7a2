// Writing a number in the engine's canonical unit for a reader: 0.2 fraction -> "20%",
// 86400 s -> "1 day", 47600000 EUR -> "€47.6M". Display only: it reads the Report's
// numbers, never the text.

const DURATIONS = [
  [365.25 * 86400, 'year'], [30.4375 * 86400, 'month'], [7 * 86400, 'week'], [86400, 'day'],
  [3600, 'hour'], [60, 'minute'], [1, 'second'],
];

const METRIC = {
  m: [[1000, 'km'], [1, 'm'], [0.01, 'cm'], [0.001, 'mm']],
  kg: [[1000, 't'], [1, 'kg'], [0.001, 'g']],
  m2: [[1e6, 'km²'], [1e4, 'ha'], [1, 'm²']],
  m3: [[1, 'm³'], [0.001, 'L']],
  'm/s': [[1000 / 3600, 'km/h']],
  J: [[1e9, 'GJ'], [1e6, 'MJ'], [1e3, 'kJ'], [1, 'J']],
};

// Number formats are costly to make: one each, made on first use.
let compactFormat = null;
const currencyFormats = new Map();

function compact(x) {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  compactFormat ??= new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
  return compactFormat.format(x);
}

function currency(code) {
  if (!currencyFormats.has(code)) {
    currencyFormats.set(code, new Intl.NumberFormat('en', { style: 'currency', currency: code, notation: 'compact', maximumSignificantDigits: 3 }));
  }
  return currencyFormats.get(code);
}

/** `x` in `unit` (the Report's canonical units), short. */
export function formatValue(x, unit) {
  if (x === null || x === undefined || !Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : '—';
  if (unit === 'fraction') return `${compact(x * 100)}%`;
  if (unit === 's') {
    const a = Math.abs(x);
    const [size, word] = DURATIONS.find(([s]) => a >= s) || DURATIONS.at(-1);
    const n = x / size;
    return `${compact(n)} ${word}${Math.abs(n) === 1 ? '' : 's'}`;
  }
  if (unit === 'K') return `${compact(x - 273.15)} °C`;
  if (/^[A-Z]{3}$/.test(unit || '')) {
    try {
      return currency(unit).format(x);
    } catch {
      return `${compact(x)} ${unit}`;
    }
  }
  const scales = METRIC[unit];
  if (scales) {
    const a = Math.abs(x);
    const [size, word] = scales.find(([s]) => a >= s) || scales.at(-1);
    return `${compact(x / size)} ${word}`;
  }
  if (!unit || unit === 'count') return compact(x);
  return `${compact(x)} ${unit}`;
}

/** Make the number formats now (they take milliseconds the first time), e.g. while the engine starts. */
export function warmFormats() {
  compact(1);
  (1).toLocaleString('en');
}
