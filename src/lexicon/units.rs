//! Unit words written after a figure, with their SI conversion.
//!
//! One entry per line: `(surface, dimension, canonical unit, factor, offset, flags)`.
//! The canonical value is `written × factor + offset` (the offset is only for
//! temperatures). The longest surface that matches wins. A year is 365.25 days, a
//! month a twelfth of that.
//!
//! Flags guard short, ambiguous abbreviations:
//! - [`CASE`]: match case-sensitively ("C" for Celsius, not "c").
//! - [`DIGITS`]: only after a numeral written in digits ("5 in", never "five in").
//! - [`TIGHT`]: only written right against the number ("30C", "24h").
//! - [`LONE`]: only before punctuation, the end of the text, or a measuring word
//!   ("5 in." or "6 in long", never "100 billion in U.S. weapons").

use super::{words_table, Words};

use crate::report::Dimension::{self, *};

/// Match case-sensitively.
pub const CASE: u8 = 1;
/// Only after digits.
pub const DIGITS: u8 = 2;
/// Only attached to the number.
pub const TIGHT: u8 = 4;
/// Only before punctuation, the end, or a measuring word.
pub const LONE: u8 = 8;

/// Seconds in a (Julian) year.
pub const YEAR: f64 = 365.25 * 86_400.0;
const MONTH: f64 = YEAR / 12.0;
const DAY: f64 = 86_400.0;
const MILE: f64 = 1_609.344;
const FOOT: f64 = 0.3048;
const GALLON: f64 = 0.003_785_411_784;
const BARREL: f64 = 0.158_987_294_928;
const POUND: f64 = 0.453_592_37;
const KELVIN_C: f64 = 273.15;
const F_FACTOR: f64 = 5.0 / 9.0;
const F_OFFSET: f64 = 273.15 - 32.0 * 5.0 / 9.0;

/// A unit row.
pub type UnitRow = (&'static str, Dimension, &'static str, f64, f64, u8);

/// Units written after the number.
pub const AFTER: &[UnitRow] = &[
    // percent
    ("%", Percent, "fraction", 0.01, 0.0, 0),
    ("percent", Percent, "fraction", 0.01, 0.0, 0),
    ("per cent", Percent, "fraction", 0.01, 0.0, 0),
    ("pct", Percent, "fraction", 0.01, 0.0, 0),
    ("percents", Percent, "fraction", 0.01, 0.0, 0),
    ("percentage", Percent, "fraction", 0.01, 0.0, 0),
    ("percentage points", Percent, "fraction", 0.01, 0.0, 0),
    ("percentage point", Percent, "fraction", 0.01, 0.0, 0),
    ("basis points", Percent, "fraction", 0.0001, 0.0, 0),
    ("basis point", Percent, "fraction", 0.0001, 0.0, 0),
    ("bps", Percent, "fraction", 0.0001, 0.0, DIGITS),
    // duration
    ("seconds", Duration, "s", 1.0, 0.0, 0),
    ("second", Duration, "s", 1.0, 0.0, 0),
    ("secs", Duration, "s", 1.0, 0.0, DIGITS),
    ("sec", Duration, "s", 1.0, 0.0, DIGITS),
    ("minutes", Duration, "s", 60.0, 0.0, 0),
    ("minute", Duration, "s", 60.0, 0.0, 0),
    ("mins", Duration, "s", 60.0, 0.0, DIGITS),
    ("min", Duration, "s", 60.0, 0.0, DIGITS),
    ("hours", Duration, "s", 3_600.0, 0.0, 0),
    ("hour", Duration, "s", 3_600.0, 0.0, 0),
    ("hrs", Duration, "s", 3_600.0, 0.0, DIGITS),
    ("hr", Duration, "s", 3_600.0, 0.0, DIGITS),
    (
        "h",
        Duration,
        "s",
        3_600.0,
        0.0,
        CASE | DIGITS | TIGHT | LONE,
    ),
    ("days", Duration, "s", DAY, 0.0, 0),
    ("day", Duration, "s", DAY, 0.0, 0),
    ("weeks", Duration, "s", 7.0 * DAY, 0.0, 0),
    ("week", Duration, "s", 7.0 * DAY, 0.0, 0),
    ("fortnights", Duration, "s", 14.0 * DAY, 0.0, 0),
    ("fortnight", Duration, "s", 14.0 * DAY, 0.0, 0),
    ("months", Duration, "s", MONTH, 0.0, 0),
    ("month", Duration, "s", MONTH, 0.0, 0),
    ("years", Duration, "s", YEAR, 0.0, 0),
    ("years of age", Duration, "s", YEAR, 0.0, 0),
    ("year of age", Duration, "s", YEAR, 0.0, 0),
    ("months of age", Duration, "s", MONTH, 0.0, 0),
    ("weeks of age", Duration, "s", 7.0 * DAY, 0.0, 0),
    ("days of age", Duration, "s", DAY, 0.0, 0),
    ("yo", Duration, "s", YEAR, 0.0, CASE | DIGITS),
    ("year", Duration, "s", YEAR, 0.0, 0),
    ("yrs", Duration, "s", YEAR, 0.0, DIGITS),
    ("yr", Duration, "s", YEAR, 0.0, DIGITS),
    ("decades", Duration, "s", 10.0 * YEAR, 0.0, 0),
    ("decade", Duration, "s", 10.0 * YEAR, 0.0, 0),
    ("centuries", Duration, "s", 100.0 * YEAR, 0.0, 0),
    ("century", Duration, "s", 100.0 * YEAR, 0.0, 0),
    ("millennia", Duration, "s", 1000.0 * YEAR, 0.0, 0),
    ("millennium", Duration, "s", 1000.0 * YEAR, 0.0, 0),
    // length
    ("km", Length, "m", 1_000.0, 0.0, 0),
    ("kilometres", Length, "m", 1_000.0, 0.0, 0),
    ("kilometers", Length, "m", 1_000.0, 0.0, 0),
    ("kilometre", Length, "m", 1_000.0, 0.0, 0),
    ("kilometer", Length, "m", 1_000.0, 0.0, 0),
    ("metres", Length, "m", 1.0, 0.0, 0),
    ("meters", Length, "m", 1.0, 0.0, 0),
    ("metre", Length, "m", 1.0, 0.0, 0),
    ("meter", Length, "m", 1.0, 0.0, 0),
    ("m", Length, "m", 1.0, 0.0, CASE | DIGITS | TIGHT | LONE),
    ("cm", Length, "m", 0.01, 0.0, DIGITS),
    ("centimetres", Length, "m", 0.01, 0.0, 0),
    ("centimeters", Length, "m", 0.01, 0.0, 0),
    ("mm", Length, "m", 0.001, 0.0, DIGITS),
    ("millimetres", Length, "m", 0.001, 0.0, 0),
    ("millimeters", Length, "m", 0.001, 0.0, 0),
    ("miles", Length, "m", MILE, 0.0, 0),
    ("mile", Length, "m", MILE, 0.0, 0),
    ("mi", Length, "m", MILE, 0.0, DIGITS | LONE),
    ("nautical miles", Length, "m", 1_852.0, 0.0, 0),
    ("nautical mile", Length, "m", 1_852.0, 0.0, 0),
    ("feet", Length, "m", FOOT, 0.0, 0),
    ("foot", Length, "m", FOOT, 0.0, 0),
    ("ft", Length, "m", FOOT, 0.0, DIGITS),
    ("inches", Length, "m", 0.0254, 0.0, 0),
    ("inch", Length, "m", 0.0254, 0.0, 0),
    ("in", Length, "m", 0.0254, 0.0, DIGITS | LONE),
    ("yards", Length, "m", 0.9144, 0.0, 0),
    ("yard", Length, "m", 0.9144, 0.0, 0),
    // area
    ("km2", Area, "m2", 1e6, 0.0, 0),
    ("km²", Area, "m2", 1e6, 0.0, 0),
    ("sq km", Area, "m2", 1e6, 0.0, 0),
    ("square kilometres", Area, "m2", 1e6, 0.0, 0),
    ("square kilometers", Area, "m2", 1e6, 0.0, 0),
    ("square kilometre", Area, "m2", 1e6, 0.0, 0),
    ("square kilometer", Area, "m2", 1e6, 0.0, 0),
    ("square miles", Area, "m2", MILE * MILE, 0.0, 0),
    ("square mile", Area, "m2", MILE * MILE, 0.0, 0),
    ("sq miles", Area, "m2", MILE * MILE, 0.0, 0),
    ("sq mi", Area, "m2", MILE * MILE, 0.0, 0),
    ("square metres", Area, "m2", 1.0, 0.0, 0),
    ("square meters", Area, "m2", 1.0, 0.0, 0),
    ("sq m", Area, "m2", 1.0, 0.0, 0),
    ("m2", Area, "m2", 1.0, 0.0, CASE),
    ("m²", Area, "m2", 1.0, 0.0, 0),
    ("square feet", Area, "m2", FOOT * FOOT, 0.0, 0),
    ("sq ft", Area, "m2", FOOT * FOOT, 0.0, 0),
    ("hectares", Area, "m2", 10_000.0, 0.0, 0),
    ("hectare", Area, "m2", 10_000.0, 0.0, 0),
    ("ha", Area, "m2", 10_000.0, 0.0, CASE | DIGITS | LONE),
    ("acres", Area, "m2", 4_046.856_422_4, 0.0, 0),
    ("acre", Area, "m2", 4_046.856_422_4, 0.0, 0),
    // mass
    ("kg", Mass, "kg", 1.0, 0.0, 0),
    ("kilograms", Mass, "kg", 1.0, 0.0, 0),
    ("kilogrammes", Mass, "kg", 1.0, 0.0, 0),
    ("kilogram", Mass, "kg", 1.0, 0.0, 0),
    ("kilos", Mass, "kg", 1.0, 0.0, 0),
    ("kilo", Mass, "kg", 1.0, 0.0, 0),
    ("grams", Mass, "kg", 0.001, 0.0, 0),
    ("gram", Mass, "kg", 0.001, 0.0, 0),
    ("micrograms", Mass, "kg", 1e-9, 0.0, 0),
    ("microgram", Mass, "kg", 1e-9, 0.0, 0),
    ("microgrammes", Mass, "kg", 1e-9, 0.0, 0),
    ("microgramme", Mass, "kg", 1e-9, 0.0, 0),
    ("μg", Mass, "kg", 1e-9, 0.0, 0),
    ("µg", Mass, "kg", 1e-9, 0.0, 0),
    ("mcg", Mass, "kg", 1e-9, 0.0, DIGITS),
    ("milligrams", Mass, "kg", 1e-6, 0.0, 0),
    ("milligram", Mass, "kg", 1e-6, 0.0, 0),
    ("t", Mass, "kg", 1_000.0, 0.0, CASE | DIGITS | TIGHT),
    ("tonnes", Mass, "kg", 1_000.0, 0.0, 0),
    ("tonne", Mass, "kg", 1_000.0, 0.0, 0),
    ("metric tons", Mass, "kg", 1_000.0, 0.0, 0),
    ("metric ton", Mass, "kg", 1_000.0, 0.0, 0),
    // "tons" unqualified: the US short ton (documented choice).
    ("tons", Mass, "kg", 907.184_74, 0.0, 0),
    ("ton", Mass, "kg", 907.184_74, 0.0, 0),
    ("lbs", Mass, "kg", POUND, 0.0, 0),
    ("lb", Mass, "kg", POUND, 0.0, 0),
    ("ounces", Mass, "kg", 0.028_349_523_125, 0.0, 0),
    ("ounce", Mass, "kg", 0.028_349_523_125, 0.0, 0),
    ("oz", Mass, "kg", 0.028_349_523_125, 0.0, DIGITS),
    // volume
    ("litres", Volume, "m3", 0.001, 0.0, 0),
    ("liters", Volume, "m3", 0.001, 0.0, 0),
    ("litre", Volume, "m3", 0.001, 0.0, 0),
    ("liter", Volume, "m3", 0.001, 0.0, 0),
    ("millilitres", Volume, "m3", 1e-6, 0.0, 0),
    ("milliliters", Volume, "m3", 1e-6, 0.0, 0),
    ("ml", Volume, "m3", 1e-6, 0.0, DIGITS),
    ("gallons", Volume, "m3", GALLON, 0.0, 0),
    ("gallon", Volume, "m3", GALLON, 0.0, 0),
    ("barrels", Volume, "m3", BARREL, 0.0, 0),
    ("barrel", Volume, "m3", BARREL, 0.0, 0),
    ("bbl", Volume, "m3", BARREL, 0.0, 0),
    ("cubic metres", Volume, "m3", 1.0, 0.0, 0),
    ("cubic meters", Volume, "m3", 1.0, 0.0, 0),
    ("cubic metre", Volume, "m3", 1.0, 0.0, 0),
    ("cubic meter", Volume, "m3", 1.0, 0.0, 0),
    ("m3", Volume, "m3", 1.0, 0.0, CASE),
    ("m³", Volume, "m3", 1.0, 0.0, 0),
    ("cubic feet", Volume, "m3", FOOT * FOOT * FOOT, 0.0, 0),
    // speed
    ("km/h", Speed, "m/s", 1_000.0 / 3_600.0, 0.0, 0),
    ("kph", Speed, "m/s", 1_000.0 / 3_600.0, 0.0, 0),
    ("km/hr", Speed, "m/s", 1_000.0 / 3_600.0, 0.0, 0),
    ("kmph", Speed, "m/s", 1_000.0 / 3_600.0, 0.0, 0),
    ("kmh", Speed, "m/s", 1_000.0 / 3_600.0, 0.0, 0),
    (
        "kilometres per hour",
        Speed,
        "m/s",
        1_000.0 / 3_600.0,
        0.0,
        0,
    ),
    (
        "kilometers per hour",
        Speed,
        "m/s",
        1_000.0 / 3_600.0,
        0.0,
        0,
    ),
    (
        "kilometres an hour",
        Speed,
        "m/s",
        1_000.0 / 3_600.0,
        0.0,
        0,
    ),
    (
        "kilometers an hour",
        Speed,
        "m/s",
        1_000.0 / 3_600.0,
        0.0,
        0,
    ),
    ("mph", Speed, "m/s", MILE / 3_600.0, 0.0, 0),
    ("miles per hour", Speed, "m/s", MILE / 3_600.0, 0.0, 0),
    ("miles an hour", Speed, "m/s", MILE / 3_600.0, 0.0, 0),
    ("knots", Speed, "m/s", 1_852.0 / 3_600.0, 0.0, 0),
    ("knot", Speed, "m/s", 1_852.0 / 3_600.0, 0.0, 0),
    ("m/s", Speed, "m/s", 1.0, 0.0, 0),
    ("metres per second", Speed, "m/s", 1.0, 0.0, 0),
    ("meters per second", Speed, "m/s", 1.0, 0.0, 0),
    // temperature
    ("°C", Temperature, "K", 1.0, KELVIN_C, 0),
    ("ºC", Temperature, "K", 1.0, KELVIN_C, 0),
    ("℃", Temperature, "K", 1.0, KELVIN_C, 0),
    ("degrees Celsius", Temperature, "K", 1.0, KELVIN_C, 0),
    ("degrees centigrade", Temperature, "K", 1.0, KELVIN_C, 0),
    ("degree Celsius", Temperature, "K", 1.0, KELVIN_C, 0),
    ("degrees C", Temperature, "K", 1.0, KELVIN_C, 0),
    ("degrees celcius", Temperature, "K", 1.0, KELVIN_C, 0),
    ("deg C", Temperature, "K", 1.0, KELVIN_C, 0),
    ("deg Celsius", Temperature, "K", 1.0, KELVIN_C, 0),
    ("celcius", Temperature, "K", 1.0, KELVIN_C, 0),
    ("Celsius", Temperature, "K", 1.0, KELVIN_C, 0),
    ("C", Temperature, "K", 1.0, KELVIN_C, CASE | DIGITS | TIGHT),
    ("°F", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("ºF", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("℉", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    (
        "degrees Fahrenheit",
        Temperature,
        "K",
        F_FACTOR,
        F_OFFSET,
        0,
    ),
    ("degree Fahrenheit", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("degrees F", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("degrees farenheit", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("deg F", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("deg Fahrenheit", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("farenheit", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    ("Fahrenheit", Temperature, "K", F_FACTOR, F_OFFSET, 0),
    (
        "F",
        Temperature,
        "K",
        F_FACTOR,
        F_OFFSET,
        CASE | DIGITS | TIGHT,
    ),
    ("kelvin", Temperature, "K", 1.0, 0.0, 0),
    // energy
    ("joules", Energy, "J", 1.0, 0.0, 0),
    ("joule", Energy, "J", 1.0, 0.0, 0),
    ("kJ", Energy, "J", 1e3, 0.0, CASE | DIGITS),
    ("MJ", Energy, "J", 1e6, 0.0, CASE | DIGITS),
    ("GJ", Energy, "J", 1e9, 0.0, CASE | DIGITS),
    ("kWh", Energy, "J", 3.6e6, 0.0, 0),
    ("MWh", Energy, "J", 3.6e9, 0.0, 0),
    ("GWh", Energy, "J", 3.6e12, 0.0, 0),
    ("TWh", Energy, "J", 3.6e15, 0.0, 0),
    ("kilowatt-hours", Energy, "J", 3.6e6, 0.0, 0),
    ("kilowatt hours", Energy, "J", 3.6e6, 0.0, 0),
    ("megawatt-hours", Energy, "J", 3.6e9, 0.0, 0),
    ("megawatt hours", Energy, "J", 3.6e9, 0.0, 0),
    ("gigawatt-hours", Energy, "J", 3.6e12, 0.0, 0),
    ("terawatt-hours", Energy, "J", 3.6e15, 0.0, 0),
    ("kilocalories", Energy, "J", 4_184.0, 0.0, 0),
    ("kcal", Energy, "J", 4_184.0, 0.0, 0),
    // food calories are kilocalories
    ("calories", Energy, "J", 4_184.0, 0.0, 0),
    // other
    ("magnitude", Other, "magnitude", 1.0, 0.0, 0),
    ("on the Richter scale", Other, "magnitude", 1.0, 0.0, 0),
];

/// Words written before the number that give it a unit ("magnitude 7.8", "aged 70").
pub const BEFORE: &[UnitRow] = &[
    ("magnitude", Other, "magnitude", 1.0, 0.0, 0),
    ("magnitude of", Other, "magnitude", 1.0, 0.0, 0),
    ("magnitude-", Other, "magnitude", 1.0, 0.0, 0),
    ("aged", Duration, "s", YEAR, 0.0, 0),
    ("age", Duration, "s", YEAR, 0.0, 0),
    ("ages", Duration, "s", YEAR, 0.0, 0),
];

/// Words that may follow an ambiguous (`LONE`) unit: "6 in long", "3 m high".
pub const MEASURE_WORDS: Words =
    words_table!["long", "tall", "high", "wide", "deep", "thick", "away", "across", "of",];

/// Suffixes of compound adjectives kept in the span: "four-year-long", "34-year-old".
pub const COMPOUND_TAILS: Words = words_table!["-long", "-old", " old", " long"];

/// Scale words of a note over a table: "(in millions of dollars, except per-share
/// amounts)", "($ millions)", "(in thousands)". The bare figures of the table under
/// the note are in that scale. `(word, factor)`.
pub const NOTE_SCALES: &[(&str, f64)] = &[("thousands", 1e3), ("millions", 1e6), ("billions", 1e9)];

/// Words that may stand before the scale word of a table note: "(in millions)",
/// "(dollars in millions)", "(amounts in thousands)", "(US$ millions)".
pub const NOTE_LEAD: Words = words_table![
    "in",
    "all",
    "amounts",
    "figures",
    "numbers",
    "data",
    "values",
    "unaudited",
];

/// Table rows that a scale note does not scale: amounts per share ("Diluted EPS
/// $1.18", "Earnings per share").
pub const PER_SHARE_ROWS: Words = words_table!["per share", "per-share", "eps", "a share"];

/// Scale words after a number, when the numeral reader left them out.
/// `(word, factor, money_only)`.
pub const SCALES: &[(&str, f64, bool)] = &[
    ("thousand", 1e3, false),
    ("million", 1e6, false),
    ("billion", 1e9, false),
    ("trillion", 1e12, false),
    ("mn", 1e6, false),
    ("mln", 1e6, false),
    ("bn", 1e9, false),
    ("bln", 1e9, false),
    ("tn", 1e12, false),
    ("trn", 1e12, false),
    ("lakh", 1e5, false),
    ("crore", 1e7, false),
    ("k", 1e3, true),
    ("m", 1e6, true),
    ("b", 1e9, true),
];
