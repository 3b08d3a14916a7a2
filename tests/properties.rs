//! Property tests (issue 8): whatever the text, `extract` and `compare` do not panic,
//! every span is a slice of the source (UTF-8 and UTF-16), intervals hold their value,
//! the same input gives the same Report, a prefix shifts every span and changes nothing
//! else, CRLF reads like LF, and time grows linearly with the input.
//!
//! Case counts are modest (`CASES`, 256 by default; set `PROPTEST_CASES` to run more).

#![cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency

mod invariants;

use fact_compare::{compare, extract, Mention, Options, Report, Source};
use proptest::prelude::*;
use std::time::{Duration, Instant};

const CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces of news-like text, written for these tests: numbers in every form the engine
/// reads, hedges, units, currencies, dates, names with digits, and the characters that
/// break naive byte indexing (curly quotes, dashes, NBSP, thin space, emoji, CJK, RTL).
const FRAGMENTS: &[&str] = &[
    "14",
    "7",
    "0",
    "1,200",
    "3.5",
    "90",
    "100",
    "2025",
    "1.2bn",
    "$",
    "€",
    "£",
    "¥",
    "$90 billion",
    "€1.2bn",
    "£3m",
    "20%",
    "5 percent",
    "one-fifth",
    "a quarter",
    "three and a half",
    "2½",
    "3/4",
    "ninety-nine",
    "one hundred and twenty",
    "a dozen",
    "half a million",
    "tens of thousands",
    "dozens",
    "millions",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "an estimated",
    "~",
    "c.",
    "more than",
    "over",
    "at least",
    "no fewer than",
    "less than",
    "under",
    "up to",
    "as many as",
    "at most",
    "between",
    "and",
    "to",
    "from",
    "-",
    "–",
    "—",
    " ",
    "  ",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "\n",
    "\n\n",
    "\t",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    "[",
    "]",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "…",
    "people",
    "civilians",
    "killed",
    "were killed",
    "died",
    "injured",
    "homes",
    "troops",
    "years",
    "year-long",
    "four-year",
    "40-minute",
    "minutes",
    "hours",
    "days",
    "km",
    "kilometres",
    "miles",
    "square kilometres",
    "tonnes",
    "kg",
    "litres",
    "mph",
    "km/h",
    "°C",
    "degrees",
    "kWh",
    "megawatts",
    "magnitude",
    "in Kharkiv",
    "on Monday",
    "by 2035",
    "last year",
    "police said",
    "according to officials",
    "the ministry said",
    "February 2022",
    "18/08/2025",
    "10:30",
    "3 p.m.",
    "first",
    "2nd",
    "21st",
    "G7",
    "COVID-19",
    "Boeing 747",
    "A320",
    "24/7",
    "+1 555 0100",
    "6/recent/ticker-posts",
    "1.",
    "2)",
    "🙂",
    "👍🏽",
    "🇺🇦",
    "北京",
    "３人",
    "٣",
    "١٢",
    "\u{200f}",
    "\u{200e}",
    "\u{202e}",
    "\u{feff}",
    "e\u{301}",
    "ﬁ",
    "Ⅻ",
    "½",
    "¼",
    "⅓",
    "²",
    "₂",
    "\u{ad}",
    "-1",
    "+5",
    "1e9",
    "0x1F",
    "1.",
    ".5",
    "1..2",
    "1,,2",
    "9,99",
    "1,000,000",
    "1 000",
    "1\u{2009}000",
];

fn fragment() -> impl Strategy<Value = String> {
    proptest::sample::select(FRAGMENTS).prop_map(str::to_string)
}

/// News-like text: 1 to 60 fragments, sometimes glued, usually separated by spaces.
fn newsy() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), prop::bool::weighted(0.8)), 1..60).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Arbitrary Unicode, biased toward characters that make text: ASCII letters, digits
/// and punctuation, plus any scalar value at all.
fn unicode_text() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        4 => proptest::char::range(' ', '~'),
        2 => proptest::char::range('0', '9'),
        1 => any::<char>(),
        1 => proptest::sample::select(vec!['\n', '\r', '\t', '\u{a0}', '’', '—', '🙂', '北', '½', '$', '€', '%']),
    ];
    proptest::collection::vec(ch, 0..200).prop_map(|v| v.into_iter().collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        2 => unicode_text(),
        3 => newsy(),
    ]
}

fn one(text: &str) -> Vec<Source> {
    vec![Source::new("a", text)]
}

fn ok(text: &str) -> Option<Report> {
    extract(&one(text), &Options::default()).ok()
}

/// The parts of a mention that do not depend on where the text sits.
fn position_free(m: &Mention) -> Mention {
    let mut m = m.clone();
    m.start = 0;
    m.end = 0;
    m.start_utf16 = 0;
    m.end_utf16 = 0;
    m.sentence_start = 0;
    m.sentence_end = 0;
    m.sentence_start_utf16 = 0;
    m.sentence_end_utf16 = 0;
    for q in &mut m.qualifiers {
        q.start = 0;
        q.end = 0;
        q.start_utf16 = 0;
        q.end_utf16 = 0;
    }
    m
}

fn values(
    r: &Report,
) -> Vec<(
    String,
    String,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    String,
)> {
    r.mentions
        .iter()
        .map(|m| {
            (
                m.dimension.as_str().to_string(),
                m.unit.clone(),
                m.value,
                m.low,
                m.high,
                m.hedge_kind.clone(),
            )
        })
        .collect()
}

fn assert_shifted(text: &str, prefix: &str) -> Result<(), TestCaseError> {
    let (Some(base), Some(moved)) = (ok(text), ok(&format!("{prefix}{text}"))) else {
        return Ok(()); // rejected input (binary junk): nothing to shift
    };
    let db = prefix.len();
    let du = prefix.encode_utf16().count();
    prop_assert_eq!(base.mentions.len(), moved.mentions.len(), "mention count");
    for (a, b) in base.mentions.iter().zip(&moved.mentions) {
        prop_assert_eq!(a.start + db, b.start, "{:?}", a.text);
        prop_assert_eq!(a.end + db, b.end);
        prop_assert_eq!(a.start_utf16 + du, b.start_utf16);
        prop_assert_eq!(a.end_utf16 + du, b.end_utf16);
        prop_assert_eq!(a.sentence_start + db, b.sentence_start);
        prop_assert_eq!(a.sentence_end + db, b.sentence_end);
        prop_assert_eq!(a.sentence_start_utf16 + du, b.sentence_start_utf16);
        prop_assert_eq!(a.sentence_end_utf16 + du, b.sentence_end_utf16);
        prop_assert_eq!(a.qualifiers.len(), b.qualifiers.len());
        for (qa, qb) in a.qualifiers.iter().zip(&b.qualifiers) {
            prop_assert_eq!(qa.start + db, qb.start);
            prop_assert_eq!(qa.end + db, qb.end);
            prop_assert_eq!(qa.start_utf16 + du, qb.start_utf16);
            prop_assert_eq!(qa.end_utf16 + du, qb.end_utf16);
        }
        prop_assert_eq!(position_free(a), position_free(b));
    }
    prop_assert_eq!(&base.warnings, &moved.warnings);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// No panic; every invariant of tests/invariants holds for one source.
    #[test]
    fn any_text_gives_a_sound_report_or_an_error(text in any_text()) {
        let sources = one(&text);
        if let Err(e) = invariants::run_all(&sources) {
            return Err(TestCaseError::fail(format!("{e}\ninput: {text:?}")));
        }
    }

    /// Several sources (some sharing figures) through `compare`.
    #[test]
    fn several_sources_give_a_sound_report(texts in proptest::collection::vec(newsy(), 1..6)) {
        let sources: Vec<Source> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Source::new(format!("s{i}"), t.clone()))
            .collect();
        if let Err(e) = invariants::run_all(&sources) {
            return Err(TestCaseError::fail(format!("{e}\ninput: {texts:?}")));
        }
    }

    /// A prefix shifts every span by its length (bytes and UTF-16) and changes nothing else.
    #[test]
    fn a_prefix_only_shifts_spans(text in newsy(), which in 0usize..3) {
        let prefix = ["   ", "\n\n", "Editor’s note — 🙂 北京.\n\n"][which];
        assert_shifted(&text, prefix)?;
    }

    /// CRLF line ends give the same figures as LF.
    #[test]
    fn crlf_reads_like_lf(text in newsy()) {
        let lf = text.replace('\r', "");
        let crlf = lf.replace('\n', "\r\n");
        if let (Some(a), Some(b)) = (ok(&lf), ok(&crlf)) {
            prop_assert_eq!(values(&a), values(&b), "LF {:?} vs CRLF", lf);
            let ta: Vec<String> = a.mentions.iter().map(|m| m.text.clone()).collect();
            let tb: Vec<String> = b.mentions.iter().map(|m| m.text.replace('\r', "")).collect();
            prop_assert_eq!(ta, tb);
        }
    }

    /// Source order and ids do not change what is found in each source.
    #[test]
    fn each_source_is_read_on_its_own(a in newsy(), b in newsy()) {
        let opts = Options::default();
        let alone = extract(&one(&a), &opts);
        let both = extract(&[Source::new("a", a.clone()), Source::new("b", b.clone())], &opts);
        if let (Ok(alone), Ok(both)) = (alone, both) {
            let from_a: Vec<_> = both.mentions.iter().filter(|m| m.source == "a").cloned().collect();
            prop_assert_eq!(alone.mentions, from_a);
        }
    }
}

/// The seed articles, cut and spliced at random char boundaries: real prose with
/// broken sentences. Skipped (passes) when ../shared/seeds is absent.
#[test]
fn spliced_seed_articles_give_sound_reports() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIP: ../shared/seeds not found");
        return;
    };
    let mut texts: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "txt" || x == "md")
        })
        .filter(|e| {
            !e.file_name()
                .to_string_lossy()
                .eq_ignore_ascii_case("README.md")
        })
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    texts.sort();
    if texts.is_empty() {
        eprintln!("SKIP: no seed texts in ../shared/seeds");
        return;
    }
    // the whole set first
    let sources: Vec<Source> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Source::new(format!("seed{i}"), t.clone()))
        .collect();
    invariants::run_all(&sources).unwrap();
    // then random splices: a's head + fragment + b's tail
    let mut runner = proptest::test_runner::TestRunner::new(config());
    let n = texts.len();
    let strategy = (
        0..n,
        0..n,
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        fragment(),
    );
    runner
        .run(&strategy, |(i, j, cut_a, cut_b, frag)| {
            let (a, b) = (&texts[i], &texts[j]);
            let ca = boundary(a, cut_a.index(a.len() + 1));
            let cb = boundary(b, cut_b.index(b.len() + 1));
            let text = format!("{}{}{}", &a[..ca], frag, &b[cb..]);
            if let Err(e) = invariants::run_all(&one(&text)) {
                return Err(TestCaseError::fail(format!(
                    "{e}\nsplice {i}[..{ca}] + {frag:?} + {j}[{cb}..]"
                )));
            }
            assert_shifted(&text, "Editor’s note — 🙂.\n\n")
        })
        .unwrap();
}

/// The char boundary at or before `i`.
fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

const PARAGRAPH: &str = "Officials said at least 14 civilians were killed in Kharkiv on Monday, \
    and nearly 3,000 homes lost power. The $90 billion package — roughly one-fifth of the \
    budget — was agreed after a 40-minute meeting; about 20% of it goes to air defence. \
    “More than 1.2 million people” fled, according to the U.N., up from 900,000 in \
    February 2022. Temperatures fell to −5 °C across 300 km of front line.\n";

fn best_of(runs: usize, f: impl Fn()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Time grows linearly: extract on 4n bytes takes < 12 times extract on n bytes (a
/// quadratic blow-up gives 16). Also for compare, whose alignment crosses sources.
#[test]
fn time_is_linear_in_input_size() {
    let n = if cfg!(debug_assertions) {
        16_000
    } else {
        64_000
    };
    let small = PARAGRAPH.repeat(n / PARAGRAPH.len() + 1);
    let big = PARAGRAPH.repeat(4 * (n / PARAGRAPH.len() + 1));
    let opts = Options::default();
    let ts = best_of(3, || {
        extract(&one(&small), &opts).unwrap();
    });
    let tb = best_of(3, || {
        extract(&one(&big), &opts).unwrap();
    });
    let ratio = tb.as_secs_f64() / ts.as_secs_f64().max(1e-6);
    println!(
        "extract: {} bytes in {ts:?}, {} bytes in {tb:?}: ratio {ratio:.1}",
        small.len(),
        big.len()
    );
    assert!(ratio < 12.0, "extract looks superlinear: ratio {ratio:.1}");

    // compare: 2 sources of n bytes vs 2 of 4n bytes (mentions grow 4x per source)
    let two = |t: &str| vec![Source::new("a", t), Source::new("b", t.replace("14", "9"))];
    let (s2, b2) = (two(&small), two(&big));
    let ts = best_of(3, || {
        compare(&s2, &opts).unwrap();
    });
    let tb = best_of(3, || {
        compare(&b2, &opts).unwrap();
    });
    let ratio = tb.as_secs_f64() / ts.as_secs_f64().max(1e-6);
    println!(
        "compare: 2x{} bytes in {ts:?}, 2x{} bytes in {tb:?}: ratio {ratio:.1}",
        small.len(),
        big.len()
    );
    // Alignment may compare mention pairs across sources (4x mentions, up to 16x pairs),
    // so this bound only catches worse than quadratic growth; the ratio is printed.
    assert!(
        ratio < 24.0,
        "compare looks worse than quadratic: ratio {ratio:.1}"
    );
}
