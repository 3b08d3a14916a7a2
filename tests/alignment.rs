//! Alignment and verdicts on hand-built mentions: independent of the extraction engine,
//! so that grouping and judging are tested on exactly the figures a reader would see.
//! The last tests go end to end through `compare` (extraction included), on short
//! texts written for each rule.

mod common;

use fact_compare::align::groups;
use fact_compare::derive::derived;
use fact_compare::verdict::judge;
use fact_compare::{Dimension, Group, Mention, Options, Qualifier, QualifierKind, Source, Verdict};

/// A mention of `phrase` (its first occurrence in `text`) with a value and an interval.
fn mention(
    source: &str,
    text: &str,
    phrase: &str,
    dim: Dimension,
    unit: &str,
    value: f64,
) -> Mention {
    let start = text
        .find(phrase)
        .unwrap_or_else(|| panic!("{phrase:?} not in text"));
    let end = start + phrase.len();
    let id = format!("{source}:{start}");
    common::point(
        id,
        source,
        phrase,
        (start, end),
        sentence(text, start),
        dim,
        unit,
        value,
    )
}

fn sentence(text: &str, at: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let stop =
        |i: usize| b[i] == b'\n' || (b[i] == b'.' && b.get(i + 1).is_none_or(|c| *c == b' '));
    let mut s = at;
    while s > 0 && !stop(s - 1) {
        s -= 1;
    }
    let mut e = at;
    while e < b.len() && !stop(e) {
        e += 1;
    }
    (s, (e + 1).min(b.len()))
}

/// Set a hedge and its interval.
fn hedged(
    mut m: Mention,
    hedge: &str,
    kind: &str,
    low: Option<f64>,
    high: Option<f64>,
    high_open: bool,
) -> Mention {
    m.hedge = Some(hedge.to_string());
    m.hedge_kind = kind.to_string();
    m.low = low;
    m.high = high;
    m.high_open = high_open;
    m
}

/// Add a qualifier found in the text.
fn qualified(mut m: Mention, text: &str, kind: QualifierKind, phrase: &str) -> Mention {
    let start = text.find(phrase).expect("qualifier in text");
    m.qualifiers.push(Qualifier {
        kind,
        text: phrase.to_string(),
        start,
        end: start + phrase.len(),
        start_utf16: 0,
        end_utf16: 0,
    });
    m
}

/// A text with some unrelated background sentences after it, as real articles have:
/// word weights come from the texts, and in a two-sentence text every word is common.
fn bg(text: &str) -> String {
    format!(
        "{text}\nThe mayor visited the area. Schools reopened later. Trains ran late. \
         Officials met at noon. Volunteers handed out food. The weather cleared by evening."
    )
}

fn group_of<'a>(gs: &'a [Group], m: &Mention) -> &'a Group {
    gs.iter()
        .find(|g| g.mentions.contains(&m.id))
        .expect("every mention is in a group")
}

fn same(gs: &[Group], a: &Mention, b: &Mention) -> bool {
    group_of(gs, a).id == group_of(gs, b).id
}

const HERALD: &str =
    "Nine people died in Velmora when the Lessa burst its banks on Tuesday night. \
The river peaked at 6.2 metres shortly after midnight. Nearly 4,000 homes were flooded. \
Six bridges remain closed. About 800 people gathered outside the provincial hall, police said.";
const WIRE: &str = "At least 14 people were killed across Castrel province after the storm. \
The Lessa rose to 7.8 metres, inundating 3,700 homes. Some 40 schools stayed closed. \
Organisers said 3,000 protesters joined the march to the provincial hall.";

fn velmora() -> (Vec<Source>, Vec<Mention>) {
    use Dimension::*;
    let h = |p: &str, d, u: &str, v| mention("herald", HERALD, p, d, u, v);
    let w = |p: &str, d, u: &str, v| mention("wire", WIRE, p, d, u, v);
    let ms = vec![
        qualified(
            h("Nine", Count, "count", 9.0),
            HERALD,
            QualifierKind::Place,
            "in Velmora",
        ),
        h("6.2 metres", Length, "m", 6.2),
        hedged(
            h("Nearly 4,000", Count, "count", 4000.0),
            "Nearly",
            "nearly",
            Some(3600.0),
            Some(4000.0),
            true,
        ),
        h("Six", Count, "count", 6.0),
        qualified(
            hedged(
                h("About 800", Count, "count", 800.0),
                "About",
                "approx",
                Some(720.0),
                Some(880.0),
                false,
            ),
            HERALD,
            QualifierKind::Attribution,
            "police said",
        ),
        qualified(
            hedged(
                w("At least 14", Count, "count", 14.0),
                "At least",
                "at_least",
                Some(14.0),
                None,
                false,
            ),
            WIRE,
            QualifierKind::Place,
            "across Castrel province",
        ),
        w("7.8 metres", Length, "m", 7.8),
        w("3,700", Count, "count", 3700.0),
        hedged(
            w("Some 40", Count, "count", 40.0),
            "Some",
            "approx",
            Some(36.0),
            Some(44.0),
            false,
        ),
        qualified(
            w("3,000", Count, "count", 3000.0),
            WIRE,
            QualifierKind::Attribution,
            "Organisers said",
        ),
    ];
    (
        vec![Source::new("herald", HERALD), Source::new("wire", WIRE)],
        ms,
    )
}

#[test]
fn figures_group_by_what_they_measure() {
    let (sources, ms) = velmora();
    let gs = groups(&sources, &ms, &Options::default());
    let by = |t: &str| ms.iter().find(|m| m.text == t).unwrap();
    assert!(same(&gs, by("Nine"), by("At least 14")), "deaths: {gs:#?}");
    assert!(same(&gs, by("6.2 metres"), by("7.8 metres")), "river level");
    assert!(same(&gs, by("Nearly 4,000"), by("3,700")), "homes");
    assert!(same(&gs, by("About 800"), by("3,000")), "crowd");
    assert!(
        !same(&gs, by("Nine"), by("About 800")),
        "deaths are not the crowd"
    );
    assert!(!same(&gs, by("Nine"), by("3,700")), "deaths are not homes");
    assert!(
        !same(&gs, by("Six"), by("Some 40")),
        "bridges are not schools"
    );
    assert_eq!(
        gs.iter().map(|g| g.mentions.len()).sum::<usize>(),
        ms.len(),
        "each mention once"
    );
}

#[test]
fn verdicts_of_the_velmora_groups() {
    let (sources, ms) = velmora();
    let gs = groups(&sources, &ms, &Options::default());
    let by = |t: &str| ms.iter().find(|m| m.text == t).unwrap();
    let v = |t: &str| group_of(&gs, by(t)).verdict;
    assert_eq!(
        v("Nine"),
        Verdict::Scope,
        "a city's toll inside a province's"
    );
    assert_eq!(v("6.2 metres"), Verdict::Conflict);
    assert_eq!(v("Nearly 4,000"), Verdict::Differ);
    assert_eq!(v("About 800"), Verdict::Scope, "police vs organisers");
    assert_eq!(v("Six"), Verdict::Single);
    let crowd = group_of(&gs, by("About 800"));
    assert!(
        crowd.explanation.contains("police said"),
        "{}",
        crowd.explanation
    );
    assert!(
        crowd.explanation.contains("Organisers said"),
        "{}",
        crowd.explanation
    );
    let homes = group_of(&gs, by("3,700"));
    assert!(!homes.tied_by.is_empty());
    assert!(
        homes.tied_by.iter().any(|w| w.contains("homes")),
        "{:?}",
        homes.tied_by
    );
    assert!(
        homes.explanation.contains("'Nearly'"),
        "{}",
        homes.explanation
    );
    assert!((homes.spread - (4000.0 / 3700.0 - 1.0)).abs() < 1e-9);
}

#[test]
fn synonyms_tie_across_wordings() {
    let a = "Russian drone strikes killed seven civilians in Kharkiv during the meeting. \
             Leaders met in Washington.";
    let b = "The death toll in the region stands at 11, the governor said. The talks went on.";
    let c = "Officials said 250 buildings were damaged. The region braced for more strikes.";
    let ms = vec![
        mention("a", a, "seven", Dimension::Count, "count", 7.0),
        mention("b", b, "11", Dimension::Count, "count", 11.0),
        mention("c", c, "250", Dimension::Count, "count", 250.0),
    ];
    let sources = [
        Source::new("a", bg(a)),
        Source::new("b", bg(b)),
        Source::new("c", bg(c)),
    ];
    let gs = groups(&sources, &ms, &Options::default());
    assert!(same(&gs, &ms[0], &ms[1]), "{gs:#?}");
    assert!(!same(&gs, &ms[0], &ms[2]));
    let g = group_of(&gs, &ms[0]);
    assert!(
        g.tied_by
            .iter()
            .any(|w| w.contains("killed") && w.contains("death")),
        "{:?}",
        g.tied_by
    );
}

#[test]
fn units_and_dimensions_keep_apart() {
    let a = "The aid package is worth €48 million.";
    let b = "The aid package is worth $48 million.";
    let ms = vec![
        mention("a", a, "€48 million", Dimension::Money, "EUR", 48e6),
        mention("b", b, "$48 million", Dimension::Money, "USD", 48e6),
    ];
    let gs = groups(
        &[Source::new("a", a), Source::new("b", b)],
        &ms,
        &Options::default(),
    );
    assert!(!same(&gs, &ms[0], &ms[1]));
    assert!(gs.iter().all(|g| g.verdict == Verdict::Single));
}

#[test]
fn headline_and_body_of_one_source_may_share_a_group() {
    let a =
        "Floods kill at least 14 in Castrel\nAt least 14 people were killed across the province.";
    let b = "Fourteen people have died in the floods.";
    let ms = vec![
        mention("a", a, "at least 14", Dimension::Count, "count", 14.0),
        mention("a", a, "At least 14", Dimension::Count, "count", 14.0),
        mention("b", b, "Fourteen", Dimension::Count, "count", 14.0),
    ];
    let gs = groups(
        &[Source::new("a", bg(a)), Source::new("b", bg(b))],
        &ms,
        &Options::default(),
    );
    assert!(
        same(&gs, &ms[0], &ms[1]) && same(&gs, &ms[1], &ms[2]),
        "{gs:#?}"
    );
    assert_eq!(group_of(&gs, &ms[0]).verdict, Verdict::Agree);
}

#[test]
fn a_derived_duration_meets_a_stated_one() {
    // Other sentences give the words their weights: "barrier" is not in every sentence.
    let a = "The barrier has protected the city since 1987. The river rose overnight. \
             Residents of the city were told to boil water. The city council met.";
    let b = "The three-mile barrier has stood for 30 years. Rain fell for 12 hours. \
             Schools in the city stayed shut.";
    let c = "The barrier has stood for 38 years. The mayor spoke for 20 minutes.";
    let mut sa = Source::new("a", bg(a));
    sa.date = Some("2025-03-12".into());
    let mut warnings = Vec::new();
    let mut d = derived(&sa, &[], &Options::default(), &mut warnings);
    assert_eq!(d.len(), 1);
    d[0].id = "a:1".into();
    d[0].source = "a".into();
    let year = 365.25 * 86400.0;
    let ms = vec![
        d.remove(0),
        mention("b", b, "30 years", Dimension::Duration, "s", 30.0 * year),
        mention("c", c, "38 years", Dimension::Duration, "s", 38.0 * year),
    ];
    let o = Options::default();
    assert_eq!(judge(&[&ms[0], &ms[1]], &o).verdict, Verdict::Conflict);
    assert_eq!(judge(&[&ms[0], &ms[2]], &o).verdict, Verdict::Agree);
    let gs = groups(
        &[sa, Source::new("b", bg(b)), Source::new("c", bg(c))],
        &ms,
        &o,
    );
    assert!(same(&gs, &ms[0], &ms[1]), "{gs:#?}");
    let g = group_of(&gs, &ms[0]);
    assert!(
        g.explanation.contains("since 1987 (= 38 years)"),
        "{}",
        g.explanation
    );
}

#[test]
fn verdict_table() {
    use Dimension::*;
    let o = Options::default();
    let t = "x";
    let m = |src: &str, text: &str, d, u: &str, v| {
        let mut m = mention(src, t, "x", d, u, v);
        m.text = text.to_string();
        m
    };
    // Agree in other words: a fifth and 20%.
    let fifth = hedged(
        m("a", "roughly one-fifth", Percent, "fraction", 0.2),
        "roughly",
        "approx",
        Some(0.18),
        Some(0.22),
        false,
    );
    let pct = hedged(
        m("b", "around 20%", Percent, "fraction", 0.2),
        "around",
        "approx",
        Some(0.18),
        Some(0.22),
        false,
    );
    assert_eq!(judge(&[&fifth, &pct], &o).verdict, Verdict::Agree);
    // Rounded vs precise money agree; 112 mm vs 11 cm agree.
    let a = m("a", "€47.6 million", Money, "EUR", 47.6e6);
    let b = m("b", "€48 million", Money, "EUR", 48e6);
    assert_eq!(judge(&[&a, &b], &o).verdict, Verdict::Agree);
    let mm = m("a", "112 millimetres", Length, "m", 0.112);
    let cm = m("b", "11 centimetres", Length, "m", 0.11);
    assert_eq!(judge(&[&mm, &cm], &o).verdict, Verdict::Agree);
    // Three miles vs 4.8 km agree; vs 5 km they do not.
    let miles = m("a", "three-mile", Length, "m", 4828.032);
    let km48 = m("b", "4.8-kilometre", Length, "m", 4800.0);
    let km5 = m("c", "5-kilometre", Length, "m", 5000.0);
    assert_eq!(judge(&[&miles, &km48], &o).verdict, Verdict::Agree);
    assert_eq!(
        judge(&[&miles, &km5], &o).verdict,
        Verdict::Differ,
        "3.5% apart, tolerances touch"
    );
    // Differ under a hedge.
    let up_to = hedged(
        m("a", "up to $100 billion", Money, "USD", 100e9),
        "up to",
        "up_to",
        Some(0.0),
        Some(100e9),
        false,
    );
    let ninety = m("b", "$90 billion", Money, "USD", 90e9);
    let j = judge(&[&up_to, &ninety], &o);
    assert_eq!(j.verdict, Verdict::Differ);
    assert!(
        j.explanation
            .starts_with("$90 billion (b) vs up to $100 billion (a)"),
        "{}",
        j.explanation
    );
    assert!(
        j.explanation.contains("only because of 'up to'"),
        "{}",
        j.explanation
    );
    // Conflict: nearly four years vs nearly three and a half; more than three fits both.
    let y = 365.25 * 86400.0;
    let four = hedged(
        m("a", "nearly four-year", Duration, "s", 4.0 * y),
        "nearly",
        "nearly",
        Some(3.6 * y),
        Some(4.0 * y),
        true,
    );
    let three_half = hedged(
        m("b", "nearly three and a half years", Duration, "s", 3.5 * y),
        "nearly",
        "nearly",
        Some(3.15 * y),
        Some(3.5 * y),
        true,
    );
    let three = hedged(
        m("c", "more than three years", Duration, "s", 3.0 * y),
        "more than",
        "more_than",
        Some(3.0 * y),
        None,
        false,
    );
    let j = judge(&[&four, &three_half, &three], &o);
    assert_eq!(j.verdict, Verdict::Conflict);
    assert!(
        j.explanation.contains("cannot both be true"),
        "{}",
        j.explanation
    );
    assert!((j.spread - (4.0 / 3.0 - 1.0)).abs() < 1e-9);
    // "More than three years" is a round floor (3 to 4 years): "nearly four" fits it.
    assert_eq!(judge(&[&four, &three], &o).verdict, Verdict::Agree);
    // Unhedged figures a digit apart in the last place conflict.
    assert_eq!(
        judge(
            &[
                &m("a", "14", Count, "count", 14.0),
                &m("b", "15", Count, "count", 15.0)
            ],
            &o
        )
        .verdict,
        Verdict::Conflict
    );
    // Vague magnitudes overlap a figure inside them.
    let tens = hedged(
        m("a", "tens of thousands", Count, "count", f64::NAN),
        "tens of thousands",
        "vague",
        Some(20_000.0),
        Some(100_000.0),
        true,
    );
    let tens = Mention {
        value: None,
        ..tens
    };
    assert_eq!(
        judge(&[&tens, &m("b", "30,000", Count, "count", 30_000.0)], &o).verdict,
        Verdict::Differ
    );
    // One source only.
    assert_eq!(judge(&[&a], &o).verdict, Verdict::Single);
    assert_eq!(judge(&[&a, &a.clone()], &o).verdict, Verdict::Single);
}

#[test]
fn scope_needs_a_qualifier_difference() {
    let o = Options::default();
    let text = "Police said 800 people came; organisers said 3,000 people came; net value $2bn; gross $3bn.";
    let m = |p: &str, src: &str, v: f64| mention(src, text, p, Dimension::Count, "count", v);
    let police = qualified(
        m("800", "a", 800.0),
        text,
        QualifierKind::Attribution,
        "Police said",
    );
    let organisers = qualified(
        m("3,000", "b", 3000.0),
        text,
        QualifierKind::Attribution,
        "organisers said",
    );
    assert_eq!(judge(&[&police, &organisers], &o).verdict, Verdict::Scope);
    let bare = m("3,000", "b", 3000.0);
    assert_eq!(
        judge(&[&police, &bare], &o).verdict,
        Verdict::Conflict,
        "one attribution alone is no scope"
    );
    let net = qualified(
        mention("a", text, "$2bn", Dimension::Money, "USD", 2e9),
        text,
        QualifierKind::Scope,
        "net",
    );
    let gross = qualified(
        mention("b", text, "$3bn", Dimension::Money, "USD", 3e9),
        text,
        QualifierKind::Scope,
        "gross",
    );
    assert_eq!(judge(&[&net, &gross], &o).verdict, Verdict::Scope);
}

#[test]
fn many_sources_compare_quickly() {
    // 100 sources of about 4 KB each, 30 figures each, hand-built mentions.
    let sentences = [
        "At least {} people were killed in the floods, officials said.",
        "The storm destroyed {} homes across the region.",
        "Rescuers saved {} residents from rooftops overnight.",
        "The government approved {} in emergency aid for farmers.",
        "About {} soldiers were deployed to clear the roads.",
        "Some {} schools remained closed on Thursday.",
    ];
    let mut sources = Vec::new();
    let mut ms = Vec::new();
    for s in 0..100 {
        let mut text = String::new();
        let mut spans = Vec::new();
        while text.len() < 4000 {
            let k = (s * 7 + spans.len() * 5) % sentences.len();
            let num = format!("{}", 10 + (s * 13 + spans.len() * 31) % 900);
            let (before, after) = sentences[k].split_once("{}").unwrap();
            text.push_str(before);
            spans.push((
                text.len(),
                text.len() + num.len(),
                num.parse::<f64>().unwrap(),
            ));
            text.push_str(&num);
            text.push_str(after);
            text.push_str(
                " Filler words describe the weather and the roads near the river bank today. ",
            );
        }
        let id = format!("s{s}");
        for (k, (a, b, v)) in spans.into_iter().enumerate() {
            let mut m = mention(
                &id,
                &text,
                &text[a..b].to_string(),
                Dimension::Count,
                "count",
                v,
            );
            m.start = a;
            m.end = b;
            m.text = text[a..b].to_string();
            let (ss, se) = sentence(&text, a);
            m.sentence_start = ss;
            m.sentence_end = se;
            m.id = format!("{id}:{k}");
            ms.push(m);
        }
        sources.push(Source::new(id, text));
    }
    // The best of five runs: the machine may be shared.
    let mut took = std::time::Duration::MAX;
    let mut gs = Vec::new();
    for _ in 0..5 {
        let t = std::time::Instant::now();
        gs = groups(&sources, &ms, &Options::default());
        took = took.min(t.elapsed());
    }
    assert_eq!(gs.iter().map(|g| g.mentions.len()).sum::<usize>(), ms.len());
    // Each kind of sentence makes large groups, and no group mixes two kinds (the
    // kind is the sentence's counted noun: "people", "homes", ...). A source states
    // each kind several times with different figures and no time or attribution to
    // tell them apart, so each becomes a quantity of its own (one figure per source).
    let kind_of = |id: &str| {
        let m = ms.iter().find(|m| m.id == id).unwrap();
        let src = sources.iter().find(|s| s.id == m.source).unwrap();
        sentences
            .iter()
            .position(|k| {
                let (before, _) = k.split_once("{}").unwrap();
                src.text[..m.start].ends_with(before)
            })
            .unwrap()
    };
    let big: Vec<&Group> = gs.iter().filter(|g| g.mentions.len() >= 50).collect();
    assert!(big.len() >= 6, "{} large groups", big.len());
    for g in &big {
        let k = kind_of(&g.mentions[0]);
        assert!(
            g.mentions.iter().all(|id| kind_of(id) == k),
            "{} mixes kinds",
            g.id
        );
    }
    // Speed is measured by scripts/bench.sh; this bound only catches a blow-up
    // (release takes a few milliseconds; debug builds are ~20x slower; CI may be loaded).
    let limit = if cfg!(debug_assertions) {
        20_000
    } else {
        2_000
    };
    assert!(
        took.as_millis() < limit,
        "alignment of {} mentions took {took:?}",
        ms.len()
    );
    eprintln!("aligned {} mentions in {took:?}", ms.len());
}

/// The group holding the mention whose text is `text` in source `src`.
fn group_with<'a>(r: &'a fact_compare::Report, src: &str, text: &str) -> &'a Group {
    let m = r
        .mentions
        .iter()
        .find(|m| m.source == src && m.text == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {src}: {:#?}", r.mentions));
    group_of(&r.groups, m)
}

#[test]
fn killed_and_injured_never_share_a_group() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "At least 12 people were killed and 40 were injured when the bridge collapsed on Sunday.",
            ),
            Source::new(
                "b",
                "The collapse of the bridge killed 12 people. Another 45 people were injured, hospital officials said.",
            ),
            Source::new("c", "Twelve people died and dozens were hurt in the bridge collapse."),
        ],
        &Options::default(),
    )
    .unwrap();
    let killed = group_with(&r, "a", "At least 12");
    let injured = group_with(&r, "a", "40");
    assert_ne!(killed.id, injured.id);
    assert_eq!(group_with(&r, "b", "12").id, killed.id);
    assert_eq!(group_with(&r, "c", "Twelve").id, killed.id);
    assert_eq!(group_with(&r, "b", "45").id, injured.id);
    assert_eq!(group_with(&r, "c", "dozens").id, injured.id);
    // Labels say what is counted and what happened to it.
    assert_eq!(killed.label, "people killed");
    assert_eq!(injured.label, "people injured");
}

#[test]
fn elapsed_durations_meet_but_deadlines_do_not() {
    let r = fact_compare::compare(
        &[
            Source::new("a", "After nearly two weeks on strike, drivers held another rally. Talks could end within 10 days."),
            Source::new("b", "Commuters have now faced 11 days of disruption. In a week or two, we will know more."),
        ],
        &Options::default(),
    )
    .unwrap();
    let strike = group_with(&r, "a", "nearly two weeks");
    assert_eq!(group_with(&r, "b", "11 days").id, strike.id);
    assert_eq!(strike.verdict, Verdict::Conflict, "{}", strike.explanation);
    let deadline = group_with(&r, "a", "within 10 days");
    assert_eq!(deadline.verdict, Verdict::Single, "{deadline:#?}");
}

#[test]
fn a_count_dated_as_of_a_later_time_is_scope() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "By Tuesday evening, police said 21 people had been arrested over the riot.",
            ),
            Source::new("b", "Police made 14 arrests after the riot, officers said."),
        ],
        &Options::default(),
    )
    .unwrap();
    let g = group_with(&r, "a", "21");
    assert_eq!(group_with(&r, "b", "14").id, g.id);
    assert_eq!(g.verdict, Verdict::Scope, "{}", g.explanation);
}

#[test]
fn rounding_and_hedges_can_agree() {
    use Dimension::*;
    let o = Options::default();
    let m = |src: &str, text: &str, d, u: &str, v| {
        let mut m = mention(src, "x", "x", d, u, v);
        m.text = text.to_string();
        m
    };
    let v = |ms: &[&Mention]| judge(ms, &o).verdict;
    let approx = |src: &str, text: &str, d, u: &str, x: f64| {
        hedged(
            m(src, text, d, u, x),
            "about",
            "approx",
            Some(0.9 * x),
            Some(1.1 * x),
            false,
        )
    };
    // Miles and kilometres, converted and rounded.
    let a = approx("a", "about 9 miles", Length, "m", 14_484.1);
    let b = m("b", "14 kilometers", Length, "m", 14_000.0);
    let c = approx("c", "about 15km", Length, "m", 15_000.0);
    assert_eq!(v(&[&a, &b, &c]), Verdict::Agree);
    // "Nearly" a figure just below it.
    let nearly = hedged(
        m("a", "nearly 70 percent", Percent, "fraction", 0.7),
        "nearly",
        "nearly",
        Some(0.63),
        Some(0.7),
        true,
    );
    let exact = m("b", "68.4%", Percent, "fraction", 0.684);
    assert_eq!(v(&[&nearly, &exact]), Verdict::Agree);
    // Floors met by the count: the lower floor is implied by the higher one.
    let f46 = hedged(
        m("a", "at least 46", Count, "count", 46.0),
        "at least",
        "at_least",
        Some(46.0),
        None,
        false,
    );
    let f50 = hedged(
        m("b", "at least 50", Count, "count", 50.0),
        "at least",
        "at_least",
        Some(50.0),
        None,
        false,
    );
    let n51 = m("c", "51", Count, "count", 51.0);
    assert_eq!(v(&[&f46, &f50, &n51]), Verdict::Agree);
    // Still differences: a ceiling, a wide "about", a floor well below.
    let up_to = hedged(
        m("a", "up to $100 billion", Money, "USD", 1e11),
        "up to",
        "up_to",
        Some(0.0),
        Some(1e11),
        false,
    );
    let ninety = m("b", "$90 billion", Money, "USD", 9e10);
    assert_eq!(v(&[&up_to, &ninety]), Verdict::Differ);
    let about = approx("a", "About 4,000", Count, "count", 4000.0);
    let n4300 = m("b", "4,300", Count, "count", 4300.0);
    assert_eq!(v(&[&about, &n4300]), Verdict::Differ);
    let over = hedged(
        m("a", "More than 120", Count, "count", 120.0),
        "More than",
        "more_than",
        Some(120.0),
        None,
        false,
    );
    let n134 = m("b", "134", Count, "count", 134.0);
    assert_eq!(v(&[&over, &n134]), Verdict::Differ);
}

/// A results table of `rows` lines, "District 12: Leave 41,203 votes (52.1%), Remain
/// 37,877 votes (47.9%)", with figures that differ from row to row.
fn results_table(rows: usize) -> String {
    let mut t = String::from("Results by district, as declared overnight.\n");
    for r in 1..=rows {
        let leave = 20_000 + (r * 7_919) % 30_000;
        let remain = 18_000 + (r * 6_143) % 30_000;
        let share = leave as f64 * 100.0 / (leave + remain) as f64;
        t.push_str(&format!(
            "District {r}: Leave {} votes ({share:.1}%), Remain {} votes ({:.1}%)\n",
            thousands(leave),
            thousands(remain),
            100.0 - share
        ));
    }
    t
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (k, c) in s.chars().enumerate() {
        if k > 0 && (s.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// This thread's CPU time (user + system) on Linux, in clock ticks of 10 ms.
fn thread_cpu() -> Option<std::time::Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name in brackets: state is field 3, utime 14, stime 15.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(std::time::Duration::from_millis(ticks * 10))
}

#[test]
fn two_copies_of_a_results_table_pair_each_figure_with_its_twin() {
    let table = results_table(3_000);
    assert!(table.len() > 200_000, "{} bytes", table.len());
    let sources = [
        Source::new("wire", table.clone()),
        Source::new("paper", table),
    ];
    // The best of three runs, in this thread's CPU time where the system says it (the
    // machine may be shared: wall time then measures the neighbours).
    let mut took = std::time::Duration::MAX;
    let mut r = None;
    for _ in 0..3 {
        let (t, cpu) = (std::time::Instant::now(), thread_cpu());
        r = Some(fact_compare::compare(&sources, &Options::default()).unwrap());
        let spent = match (cpu, thread_cpu()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => t.elapsed(),
        };
        took = took.min(spent);
    }
    let r = r.unwrap();
    let by_id: std::collections::HashMap<&str, &fact_compare::Mention> =
        r.mentions.iter().map(|m| (m.id.as_str(), m)).collect();
    let stated = r.mentions.iter().filter(|m| m.source == "wire").count();
    assert!(stated >= 4 * 3_000, "{stated} figures per copy");
    let mut twins = 0;
    for g in &r.groups {
        if g.mentions.len() < 2 {
            continue;
        }
        let ms: Vec<&fact_compare::Mention> =
            g.mentions.iter().map(|id| by_id[id.as_str()]).collect();
        assert_eq!(
            ms.len(),
            2,
            "{} holds {} figures: {}",
            g.id,
            ms.len(),
            g.explanation
        );
        assert_ne!(ms[0].source, ms[1].source, "{}", g.explanation);
        assert_eq!(
            ms[0].start, ms[1].start,
            "{} ties figures of two rows",
            g.id
        );
        assert_eq!(g.verdict, Verdict::Agree, "{}", g.explanation);
        twins += 1;
    }
    // Every figure meets its twin (a few may stay alone; none may meet another row).
    assert!(
        twins * 100 >= stated * 99,
        "{twins} twins of {stated} figures"
    );
    let limit = if cfg!(debug_assertions) {
        30_000
    } else {
        1_000
    };
    assert!(
        took.as_millis() < limit,
        "compare of two 240 KB tables took {took:?}"
    );
    eprintln!("two tables of {stated} figures each compared in {took:?}");
}

#[test]
fn frames_say_what_sets_figures_apart() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The quake killed 912 people in Turkey and 810 in Syria. Analysts expected earnings of $4.54 a share; the company reported $4.99. A second quake of magnitude 7.5 followed.",
            ),
            Source::new(
                "b",
                "At least 900 people died in Turkey, while 800 were killed in Syria. Earnings came in at $4.99 a share against estimates of $4.55. Hours later a second tremor of magnitude 7.6 struck.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let m = |src: &str, text: &str| {
        r.mentions
            .iter()
            .find(|m| m.source == src && m.text == text)
            .unwrap_or_else(|| panic!("no {text:?} in {src}"))
    };
    assert!(
        m("a", "912").frame.entities.iter().any(|e| e == "Turkey"),
        "{:?}",
        m("a", "912").frame
    );
    assert!(
        m("a", "810").frame.entities.iter().any(|e| e == "Syria"),
        "{:?}",
        m("a", "810").frame
    );
    assert!(m("a", "$4.54")
        .frame
        .entities
        .iter()
        .any(|e| e == "expected"));
    assert!(!m("a", "$4.99")
        .frame
        .entities
        .iter()
        .any(|e| e == "expected"));
    assert_eq!(m("a", "912").frame.predicate.as_deref(), Some("killed"));
    assert!(m("b", "magnitude 7.6")
        .frame
        .event
        .as_deref()
        .is_some_and(|e| e.starts_with("second")));
    let same = |x: &fact_compare::Mention, y: &fact_compare::Mention| {
        group_of(&r.groups, x).id == group_of(&r.groups, y).id
    };
    // Turkey's toll never meets Syria's; the expectation never meets the result.
    assert!(!same(m("a", "912"), m("b", "800")));
    assert!(!same(m("a", "810"), m("b", "At least 900")));
    assert!(same(m("a", "912"), m("b", "At least 900")));
    assert!(same(m("a", "810"), m("b", "800")));
    assert!(!same(m("a", "$4.54"), m("b", "$4.99")));
    assert!(same(m("a", "$4.99"), m("b", "$4.99")));
    assert!(same(m("a", "$4.54"), m("b", "$4.55")));
}

#[test]
fn competing_counters_are_one_quantity_with_facets() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Organizers said nearly 80,000 people joined the march on Saturday.",
            ),
            Source::new(
                "b",
                "Police said 12,000 people joined the march at its peak.",
            ),
            Source::new(
                "c",
                "About 80,000 people joined the march, according to organizers.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let g = group_of(
        &r.groups,
        r.mentions.iter().find(|m| m.text == "12,000").unwrap(),
    );
    assert_eq!(g.mentions.len(), 3, "{g:#?}");
    assert_eq!(g.facets.len(), 2, "{:#?}", g.facets);
    assert!(g
        .facets
        .iter()
        .all(|f| f.kind == QualifierKind::Attribution));
    let police = g
        .facets
        .iter()
        .find(|f| f.label == "police")
        .expect("a police facet");
    assert_eq!(police.mentions.len(), 1);
    let organizers = g
        .facets
        .iter()
        .find(|f| f.label == "organizers")
        .expect("an organizers facet");
    assert_eq!(organizers.mentions.len(), 2);
    assert_ne!(organizers.verdict, Verdict::Conflict);
    // Different counters: flagged, but never a conflict between two facets.
    assert_eq!(g.verdict, Verdict::Scope, "{}", g.explanation);
}

#[test]
fn a_place_that_opens_the_sentence_scopes_its_figures() {
    let r = fact_compare::extract(
        &[Source::new(
            "a",
            "In Varnholm alone, 640 homes were flooded, the council said.",
        )],
        &Options::default(),
    )
    .unwrap();
    let homes = r.mentions.iter().find(|m| m.text == "640").unwrap();
    assert!(
        homes.qualifiers.iter().any(|q| q.text == "In Varnholm"),
        "{:?}",
        homes.qualifiers
    );
    assert_eq!(homes.frame.entities, ["Varnholm"]);
}

#[test]
fn a_headline_figure_may_lag_its_own_body() {
    // The headline was written before the toll was updated in the body: one quantity
    // under two figures of one source, and a conflict across the sources.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Storm leaves more than 40 dead along the coast\nThe storm has killed more than 55 people along the coast, officials said.",
            ),
            Source::new("b", "The storm has killed at least 61 people along the coast."),
        ],
        &Options::default(),
    )
    .unwrap();
    let id = |src: &str, text: &str| {
        r.mentions
            .iter()
            .find(|m| m.source == src && m.text == text)
            .unwrap_or_else(|| panic!("no {text:?} in {src}"))
            .id
            .clone()
    };
    let group = |id: &str| {
        r.groups
            .iter()
            .position(|g| g.mentions.iter().any(|m| m == id))
    };
    let (head, body, other) = (
        id("a", "more than 40"),
        id("a", "more than 55"),
        id("b", "at least 61"),
    );
    assert!(group(&head).is_some(), "{:#?}", r.groups);
    assert_eq!(group(&head), group(&body), "{:#?}", r.groups);
    assert_eq!(group(&body), group(&other), "{:#?}", r.groups);
}

#[test]
fn a_year_ago_level_is_not_this_periods_level() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The chain reported quarterly sales of $8.4 billion, up from $7.9 billion a year ago.",
            ),
            Source::new(
                "b",
                "Quarterly sales reached $8.4 billion. In the same quarter last year, the chain had sales of $7.9 billion.",
            ),
            Source::new("c", "Sales for the quarter came to $8.1 billion."),
        ],
        &Options::default(),
    )
    .unwrap();
    let m = |src: &str, text: &str| {
        r.mentions
            .iter()
            .find(|m| m.source == src && m.text == text)
            .unwrap_or_else(|| panic!("no {text:?} in {src}"))
    };
    let group = |src: &str, text: &str| {
        let id = &m(src, text).id;
        r.groups
            .iter()
            .position(|g| g.mentions.iter().any(|x| x == id))
    };
    assert!(m("a", "$7.9 billion")
        .frame
        .entities
        .iter()
        .any(|e| e == "a year before"));
    assert!(m("b", "$7.9 billion")
        .frame
        .entities
        .iter()
        .any(|e| e == "a year before"));
    assert!(!m("a", "$8.4 billion")
        .frame
        .entities
        .iter()
        .any(|e| e == "a year before"));
    // The year-ago levels agree with each other and never meet this quarter's figures.
    assert_eq!(
        group("a", "$7.9 billion"),
        group("b", "$7.9 billion"),
        "{:#?}",
        r.groups
    );
    assert_ne!(
        group("a", "$7.9 billion"),
        group("c", "$8.1 billion"),
        "{:#?}",
        r.groups
    );
    assert_ne!(
        group("b", "$7.9 billion"),
        group("b", "$8.4 billion"),
        "{:#?}",
        r.groups
    );
    assert_eq!(
        group("a", "$8.4 billion"),
        group("c", "$8.1 billion"),
        "{:#?}",
        r.groups
    );
}

#[test]
fn far_apart_counts_of_different_things_stay_apart() {
    // Pupils and teachers evacuated share every word of the story but not the count:
    // tying them would show a false conflict.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "At the Elm Road school fire, firefighters evacuated about 600 pupils before noon.",
            ),
            Source::new(
                "b",
                "At the Elm Road school fire, firefighters evacuated 44 teachers before noon.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    assert!(
        r.groups.iter().all(|g| g.mentions.len() == 1),
        "{:#?}",
        r.groups
    );
}

#[test]
fn an_increment_is_not_the_level() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The number of people killed in the floods increased by 7 on Sunday.",
            ),
            Source::new(
                "b",
                "The number of people killed in the floods stands at 31.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let m = |src: &str, text: &str| {
        r.mentions
            .iter()
            .find(|m| m.source == src && m.text == text)
            .unwrap_or_else(|| panic!("no {text:?} in {src}"))
    };
    assert!(
        m("a", "7").frame.entities.iter().any(|e| e == "change"),
        "{:?}",
        m("a", "7").frame
    );
    assert!(
        r.groups.iter().all(|g| g.verdict != Verdict::Conflict),
        "{:#?}",
        r.groups
    );
}

#[test]
fn party_aliases_key_results_in_prose_and_lists() {
    // One party named four ways (full name, plural, nickname, list abbreviation); its
    // seats never share a row with another party's.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The Conservatives won 312 seats, while Labour won 241 seats in the count.",
            ),
            Source::new("b", "Results so far:\nCon 312\nLab 241\n"),
            Source::new(
                "c",
                "The Tories ended the night on 312 seats and the Labour Party took 239 seats.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let con = group_with(&r, "a", "312");
    let lab = group_with(&r, "a", "241");
    assert_ne!(con.id, lab.id, "{:#?}", r.groups);
    assert_eq!(group_with(&r, "b", "312").id, con.id);
    assert_eq!(group_with(&r, "c", "312").id, con.id);
    assert_eq!(group_with(&r, "b", "241").id, lab.id);
    assert_eq!(group_with(&r, "c", "239").id, lab.id);
    // The frame names the party as written.
    let m = r
        .mentions
        .iter()
        .find(|m| m.source == "c" && m.text == "312")
        .unwrap();
    assert!(
        m.frame.entities.iter().any(|e| e == "Tories"),
        "{:?}",
        m.frame
    );
}

#[test]
fn analysts_expectations_reach_every_figure_after_them() {
    // "expected ... of $2.10 a share, on sales of $40.1 billion": both are the
    // analysts' figures, not the results beside them.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Halvard Foods reported sales of $41.3 billion for the quarter. Analysts had expected earnings of $2.10 a share, on sales of $40.1 billion.",
            ),
            Source::new(
                "b",
                "Quarterly sales came to $41.3 billion. The company had been expected to post sales of about $40.2 billion, according to consensus figures.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let actual = group_with(&r, "a", "$41.3 billion");
    let expected = group_with(&r, "a", "$40.1 billion");
    assert_ne!(actual.id, expected.id, "{:#?}", r.groups);
    assert_eq!(group_with(&r, "b", "$41.3 billion").id, actual.id);
    assert_eq!(group_with(&r, "b", "about $40.2 billion").id, expected.id);
    assert_eq!(actual.verdict, Verdict::Agree, "{}", actual.explanation);
}

#[test]
fn competing_forecasts_of_one_quantity_stay_one_quantity() {
    // A forecast is not an analysts' expectation of a result: when the quantity lies
    // ahead, every figure of it is a forecast, and they dispute one quantity.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "In its forecast, the treasury said spending would rise and that next year's deficit would fall to 2.4% of output.",
            ),
            Source::new(
                "b",
                "Next year's deficit will fall to 2.9% of output, the budget office said.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let g = group_with(&r, "a", "2.4%");
    assert_eq!(group_with(&r, "b", "2.9%").id, g.id, "{:#?}", r.groups);
}

#[test]
fn crowd_figures_in_a_running_list_keep_their_cities() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The biggest rally was in Porto, with 90,000 marchers, followed by Braga, with 40,000 marchers.",
            ),
            Source::new(
                "b",
                "Organizers counted 90,000 marchers in Porto. In Braga, 42,000 marchers took part.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let porto = group_with(&r, "a", "90,000");
    let braga = group_with(&r, "a", "40,000");
    assert_ne!(porto.id, braga.id, "{:#?}", r.groups);
    assert_eq!(group_with(&r, "b", "90,000").id, porto.id);
}

#[test]
fn figures_far_apart_with_nothing_to_explain_it_stay_apart() {
    // 12 and 96 "members" of one story: a board's size and a party's caucus, not one
    // count that outlets disagree on.
    let r = fact_compare::compare(
        &[
            Source::new("a", "The board has 12 members and meets monthly."),
            Source::new("b", "The caucus counts 96 members after the merger."),
        ],
        &Options::default(),
    )
    .unwrap();
    assert_ne!(
        group_with(&r, "a", "12").id,
        group_with(&r, "b", "96").id,
        "{:#?}",
        r.groups
    );
}

#[test]
fn a_partys_figure_never_meets_the_chambers_total() {
    // The chamber's 120 seats and the Liberals' 61 share words ("seats", "won"), but
    // only the party's figures are said of a party.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The Liberals won 61 seats, a narrow majority in the chamber.",
            ),
            Source::new(
                "b",
                "All 120 seats were declared by dawn, and the Liberals won 61.",
            ),
            Source::new(
                "c",
                "The Liberals have 62 seats after a recount, officials said on Friday.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let party = group_with(&r, "a", "61");
    assert_ne!(group_with(&r, "b", "120").id, party.id, "{:#?}", r.groups);
    assert_eq!(group_with(&r, "b", "61").id, party.id);
}

#[test]
fn a_countrys_toll_never_meets_the_combined_one() {
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "In Verland, 230 people died in the floods. In Ostria, 95 people died. The combined toll stood at 325.",
            ),
            Source::new("b", "At least 230 people died in Verland, officials said."),
            Source::new("c", "Across the region, the floods have killed 340 people."),
        ],
        &Options::default(),
    )
    .unwrap();
    let verland = group_with(&r, "a", "230");
    assert_eq!(
        group_with(&r, "b", "At least 230").id,
        verland.id,
        "{:#?}",
        r.groups
    );
    assert_ne!(group_with(&r, "c", "340").id, verland.id, "{:#?}", r.groups);
    assert_ne!(group_with(&r, "a", "95").id, verland.id);
    // The combined tolls meet each other.
    assert_eq!(group_with(&r, "c", "340").id, group_with(&r, "a", "325").id);
}

#[test]
fn a_toll_across_every_contrasted_place_is_the_combined_toll() {
    // "across Verland and Ostria" names both places the sources give apart: it is the
    // total, the same quantity as a toll said of no place, not a third place.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "In Verland, 230 people died in the floods. In Ostria, 95 people died.",
            ),
            Source::new(
                "b",
                "The death toll across Verland and Ostria has risen to 330, officials said.",
            ),
            Source::new("c", "The floods have killed 325 people, officials said."),
        ],
        &Options::default(),
    )
    .unwrap();
    let total = group_with(&r, "c", "325");
    assert_eq!(group_with(&r, "b", "330").id, total.id, "{:#?}", r.groups);
    assert_ne!(group_with(&r, "a", "230").id, total.id);
    assert_ne!(group_with(&r, "a", "95").id, total.id);
}

#[test]
fn a_name_before_a_verb_is_no_list_label() {
    // "Ostria passed 330": the name is the verb's subject (here the tail of "Verland
    // and Ostria"), not a list line's label ("Ostria: 95"), so it keys nothing.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "In Verland, 230 people died. In Ostria, 95 people died.",
            ),
            Source::new("b", "The toll for Verland and Ostria passed 330 on Sunday."),
            Source::new("c", "The floods have killed 325 people in all."),
        ],
        &Options::default(),
    )
    .unwrap();
    let m = r
        .mentions
        .iter()
        .find(|m| m.source == "b" && m.text.contains("330"))
        .unwrap();
    assert!(
        !m.frame.entities.iter().any(|e| e == "Ostria"),
        "{:?}",
        m.frame
    );
    assert_eq!(
        group_with(&r, "b", "passed 330").id,
        group_with(&r, "c", "325").id,
        "{:#?}",
        r.groups
    );
}

#[test]
fn an_expected_figure_is_a_hedged_result_not_a_forecast() {
    // "leaving an expected 41 people dead": the reporter's estimate of the toll, the
    // same quantity as the tolls stated plainly, unlike "analysts expected 41".
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The blaze swept through the depot on Monday, leaving an expected 41 people dead.",
            ),
            Source::new("b", "Police said 38 people died in the depot fire."),
        ],
        &Options::default(),
    )
    .unwrap();
    let m = r
        .mentions
        .iter()
        .find(|m| m.source == "a" && m.text.contains("41"))
        .unwrap();
    assert!(
        !m.frame.entities.iter().any(|e| e == "expected"),
        "{:?}",
        m.frame
    );
    assert_eq!(
        group_with(&r, "a", &m.text).id,
        group_with(&r, "b", "38").id,
        "{:#?}",
        r.groups
    );
}

#[test]
fn storeys_and_stories_count_one_thing() {
    let r = fact_compare::compare(
        &[
            Source::new("a", "Flames climbed the 31-storey block within minutes."),
            Source::new("b", "Crews reached the top of the 31-story tower by dawn."),
        ],
        &Options::default(),
    )
    .unwrap();
    let a = r.mentions.iter().find(|m| m.source == "a").unwrap();
    let b = r.mentions.iter().find(|m| m.source == "b").unwrap();
    assert_eq!(
        group_of(&r.groups, a).id,
        group_of(&r.groups, b).id,
        "{:#?}",
        r.groups
    );
}

#[test]
fn a_figure_of_a_past_year_is_another_event() {
    // The story is of 2031 (its texts say so most often); "In 2004, ... it killed 900
    // people" is an older disaster, not a low count of this one. "since it was founded
    // in 1998" dates something else, and leaves its figure alone.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "March 3, 2031. The floods have killed 1,020 people, officials said. In 2004, when a storm of similar strength hit the coast, it killed 900 people.",
            ),
            Source::new(
                "b",
                "March 4, 2031. At least 1,100 people died in the floods, the ministry said.",
            ),
            Source::new(
                "c",
                "Updated March 4, 2031. Relief agency Tamsa, the largest since it was founded in 1998, said 1,050 people had died in the floods.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let now = group_with(&r, "a", "1,020");
    assert_eq!(
        group_with(&r, "b", "At least 1,100").id,
        now.id,
        "{:#?}",
        r.groups
    );
    assert_eq!(group_with(&r, "c", "1,050").id, now.id, "{:#?}", r.groups);
    let past = r
        .mentions
        .iter()
        .find(|m| m.source == "a" && m.text == "900")
        .unwrap();
    assert_eq!(
        past.frame.event.as_deref(),
        Some("in 2004"),
        "{:?}",
        past.frame
    );
    assert_ne!(group_of(&r.groups, past).id, now.id, "{:#?}", r.groups);
}

#[test]
fn a_dated_past_figure_meets_the_same_figure_stated_bare() {
    // One outlet dates the old record fee ("a year before"), another states it bare:
    // the same value, so one quantity. A different value with the mark stays apart
    // from this year's fee.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Norden paid a record 140 million euros for the striker. Halvik had paid 96 million euros a year earlier for a winger.",
            ),
            Source::new(
                "b",
                "The fee of 140 million euros beats the 96 million euros Halvik paid for a winger.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let old = group_with(&r, "a", "96 million euros");
    let dated = r
        .mentions
        .iter()
        .find(|m| m.source == "a" && m.text == "96 million euros")
        .unwrap();
    assert!(
        dated.frame.entities.iter().any(|e| e == "a year before"),
        "{:?}",
        dated.frame
    );
    assert_eq!(
        group_with(&r, "b", "96 million euros").id,
        old.id,
        "{:#?}",
        r.groups
    );
    assert_ne!(group_with(&r, "a", "140 million euros").id, old.id);
}

#[test]
fn a_source_that_counts_a_toll_keeps_its_other_count_of_people_apart() {
    // Source b gives the toll ("killed 41 people") and, apart, how many people were in
    // the hall at the time: with no predicate of its own, the second figure counts
    // other people, although its time qualifier would explain a rising toll.
    let r = fact_compare::compare(
        &[
            Source::new("a", "A fire at the Denholm market hall killed 38 people."),
            Source::new(
                "b",
                "The fire at the Denholm market hall killed 41 people, the mayor said. About 180 people were in the hall at the time of the fire.",
            ),
            Source::new("c", "The police said 40 people were killed in the fire at the Denholm market hall."),
        ],
        &Options::default(),
    )
    .unwrap();
    let toll = group_with(&r, "a", "38");
    assert_eq!(group_with(&r, "b", "41").id, toll.id, "{:#?}", r.groups);
    assert_eq!(group_with(&r, "c", "40").id, toll.id, "{:#?}", r.groups);
    assert_ne!(
        group_with(&r, "b", "About 180").id,
        toll.id,
        "{:#?}",
        r.groups
    );
}

#[test]
fn one_counter_named_against_an_unattributed_toll_far_from_it_is_another_count() {
    // Source a gives the floods' toll and, apart, a relief agency's much smaller
    // figure: an attribution on one of them alone does not make two figures this far
    // apart one quantity told twice (the agency counts its own area).
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The floods have killed more than 400 people. The Kessa Relief Corps said 95 people had died.",
            ),
            Source::new("b", "At least 410 people have died in the floods."),
        ],
        &Options::default(),
    )
    .unwrap();
    let toll = group_with(&r, "a", "more than 400");
    assert_eq!(
        group_with(&r, "b", "At least 410").id,
        toll.id,
        "{:#?}",
        r.groups
    );
    assert_ne!(group_with(&r, "a", "95").id, toll.id, "{:#?}", r.groups);
}

#[test]
fn two_counters_of_one_source_stay_one_quantity_however_far_apart() {
    // Organizers' and police's figures in one article, in two sentences: one quantity
    // with two attributions, whatever the ratio.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Organizers said 60,000 people joined the march in Tarrow. The police said 15,000 people joined the march.",
            ),
            Source::new("b", "About 60,000 people joined the march in Tarrow, organizers said."),
        ],
        &Options::default(),
    )
    .unwrap();
    let march = group_with(&r, "b", "About 60,000");
    assert_eq!(
        group_with(&r, "a", "60,000").id,
        march.id,
        "{:#?}",
        r.groups
    );
    assert_eq!(
        group_with(&r, "a", "15,000").id,
        march.id,
        "{:#?}",
        r.groups
    );
}

#[test]
fn a_nationality_adjective_of_the_counter_or_the_land_places_a_figure() {
    // "Chilean officials said" speaks for Chile, as "in Chile" does; "on the Peruvian
    // side" is a part of Peru; "Bolivia's civil defence said" speaks for Bolivia. Each figure meets the
    // figure of its own country, not the other's.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "In Peru, 230 people died in the floods. In Chile, 95 people died.",
            ),
            Source::new(
                "b",
                "Chilean officials said 97 people had died in the floods. On the Peruvian side, 228 people died. Bolivia's civil defence said 12 people had died there.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let entities = |text: &str| {
        r.mentions
            .iter()
            .find(|m| m.source == "b" && m.text == text)
            .map(|m| m.frame.entities.clone())
            .unwrap_or_default()
    };
    assert_eq!(entities("97"), ["Chilean"]);
    assert_eq!(entities("228"), ["Peruvian"]);
    assert_eq!(entities("12"), ["Bolivia"]);
    assert_eq!(
        group_with(&r, "b", "97").id,
        group_with(&r, "a", "95").id,
        "{:#?}",
        r.groups
    );
    assert_eq!(
        group_with(&r, "b", "228").id,
        group_with(&r, "a", "230").id,
        "{:#?}",
        r.groups
    );
    assert_ne!(group_with(&r, "b", "12").id, group_with(&r, "a", "95").id);
}

#[test]
fn a_nationality_adjective_of_the_counted_people_places_nothing() {
    // "Chilean and Peruvian villagers" says who was counted, not where: the figure is
    // the floods' whole toll, with the total said of no place, apart from each
    // country's own.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "In Peru, 230 people died in the floods. In Chile, 95 people died.",
            ),
            Source::new("b", "The floods have killed 325 people in total."),
            Source::new(
                "c",
                "The floods have killed 327 Chilean and Peruvian villagers.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let m = r
        .mentions
        .iter()
        .find(|m| m.source == "c" && m.text == "327")
        .unwrap();
    assert!(m.frame.entities.is_empty(), "{:?}", m.frame);
    let total = group_with(&r, "b", "325");
    assert_eq!(group_with(&r, "c", "327").id, total.id, "{:#?}", r.groups);
    assert_ne!(group_with(&r, "a", "95").id, total.id);
    assert_ne!(group_with(&r, "a", "230").id, total.id);
}

/// The groups of a report as (verdict, ["source:text", ...]), for asserting on rows.
fn rows(r: &fact_compare::Report) -> Vec<(Verdict, Vec<String>)> {
    r.groups
        .iter()
        .map(|g| {
            let texts = g
                .mentions
                .iter()
                .filter_map(|id| r.mentions.iter().find(|m| &m.id == id))
                .map(|m| format!("{}:{}", m.source, m.text))
                .collect();
            (g.verdict, texts)
        })
        .collect()
}

#[test]
fn one_sources_second_far_figure_leaves_the_agreeing_row() {
    // Every outlet gives the same consensus for this quarter; one also gives the
    // consensus for the next quarter in a sentence that reads alike, with the same
    // counter. Tied together, the row would show "$1.32 vs $0.87", a conflict no one
    // reported.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The consensus estimates called for $1.32 in EPS and $8.1 billion in revenue. The consensus estimates call for $0.87 in EPS on $6.2 billion in revenue for the coming quarter.",
            ),
            Source::new("b", "Analysts had expected $1.32 in EPS, according to consensus estimates."),
            Source::new("c", "Consensus estimates called for EPS of $1.32."),
        ],
        &Options::default(),
    )
    .unwrap();
    let row = group_with(&r, "b", "$1.32");
    assert_eq!(group_with(&r, "a", "$1.32").id, row.id, "{:#?}", rows(&r));
    assert_eq!(group_with(&r, "c", "$1.32").id, row.id, "{:#?}", rows(&r));
    assert_ne!(group_with(&r, "a", "$0.87").id, row.id, "{:#?}", rows(&r));
    assert_eq!(row.verdict, Verdict::Agree, "{}", row.explanation);
}

#[test]
fn a_year_ago_figure_of_one_source_is_not_a_second_count() {
    // "a year ago" names the period compared with: the source's $5.6 billion, a
    // region's level beside its year-ago one, is not a second report of the services
    // revenue both sources give.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Services revenue rose to $3.1 billion in the quarter. Greater Asia revenue totaled $5.6 billion, up from $5.2 billion a year ago.",
            ),
            Source::new("b", "Services revenue was $3.1 billion."),
        ],
        &Options::default(),
    )
    .unwrap();
    let row = group_with(&r, "b", "$3.1 billion");
    assert_eq!(
        group_with(&r, "a", "$3.1 billion").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
    assert_ne!(
        group_with(&r, "a", "$5.6 billion").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
    assert_eq!(row.verdict, Verdict::Agree, "{}", row.explanation);
}

#[test]
fn a_lone_far_figure_leaves_a_row_three_sources_agree_on() {
    // Three outlets agree on the operating income; a fourth's only figure in the row is
    // twice it and backed by no one: another quantity, not a dispute.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Operating income came in at $4.2 billion, the company said.",
            ),
            Source::new(
                "b",
                "The company reported operating income of $4.2 billion.",
            ),
            Source::new(
                "c",
                "The company reported operating income of $4.21 billion.",
            ),
            Source::new(
                "d",
                "Operating income of $8.9 billion was a 7% climb from $8.3 billion.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let row = group_with(&r, "a", "$4.2 billion");
    assert_eq!(
        group_with(&r, "b", "$4.2 billion").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
    assert_eq!(
        group_with(&r, "c", "$4.21 billion").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
    assert_ne!(
        group_with(&r, "d", "$8.9 billion").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
    assert_eq!(row.verdict, Verdict::Agree, "{}", row.explanation);
}

#[test]
fn two_sources_against_one_stay_a_conflict() {
    // Only two outlets agree: the third's figure may be the one that is right, and the
    // reader must see the disagreement.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The company reported operating income of $4.2 billion.",
            ),
            Source::new(
                "b",
                "The company reported operating income of $4.21 billion.",
            ),
            Source::new(
                "c",
                "The company reported operating income of $6.3 billion.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let row = group_with(&r, "a", "$4.2 billion");
    assert_eq!(
        group_with(&r, "c", "$6.3 billion").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
    assert_eq!(row.verdict, Verdict::Conflict, "{}", row.explanation);
}

#[test]
fn a_source_straddling_two_agreeing_figures_splits_the_row() {
    // One source gives the parade's crowd and the march's in sentences that read alike;
    // each figure is backed by other outlets. The row holds two quantities: each agrees,
    // and no conflict of 160,000 against 520,000 is shown.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Around 160,000 people were in the crowd for the parade on Friday, city officials said. Around 520,000 people were in the crowd for the march on Saturday, city officials said.",
            ),
            Source::new("b", "Around 160,000 people were in the crowd for the parade, city officials said."),
            Source::new("c", "Around 520,000 people were in the crowd for the march, city officials said."),
            Source::new("d", "City officials said 160,000 people were in the crowd."),
        ],
        &Options::default(),
    )
    .unwrap();
    let parade = group_with(&r, "b", "Around 160,000");
    let march = group_with(&r, "c", "Around 520,000");
    assert_ne!(parade.id, march.id, "{:#?}", rows(&r));
    assert_eq!(
        group_with(&r, "a", "Around 160,000").id,
        parade.id,
        "{:#?}",
        rows(&r)
    );
    assert_eq!(
        group_with(&r, "d", "160,000").id,
        parade.id,
        "{:#?}",
        rows(&r)
    );
    assert_eq!(
        group_with(&r, "a", "Around 520,000").id,
        march.id,
        "{:#?}",
        rows(&r)
    );
    assert_eq!(parade.verdict, Verdict::Agree, "{}", parade.explanation);
    assert_eq!(march.verdict, Verdict::Agree, "{}", march.explanation);
}

#[test]
fn a_far_figure_that_says_nothing_happened_is_not_the_others_count() {
    // One outlet counts buildings the fire destroyed; the other counts buildings in its
    // path. Only shared words tie them: shown as one row they are a false conflict.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "The wildfire has destroyed 6,200 buildings in the county.",
            ),
            Source::new(
                "b",
                "Nearly 25,000 buildings in the county lie in the path of the wildfire.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    assert_ne!(
        group_with(&r, "a", "6,200").id,
        group_with(&r, "b", "Nearly 25,000").id,
        "{:#?}",
        rows(&r)
    );
    // Two tolls that both say what happened stay one row, however far apart.
    let r = fact_compare::compare(
        &[
            Source::new("a", "The earthquake killed 430 people in the province."),
            Source::new(
                "b",
                "The earthquake killed more than 1,200 people in the province.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let row = group_with(&r, "a", "430");
    assert_eq!(
        group_with(&r, "b", "more than 1,200").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
    // Two open figures that may both hold stay one row.
    let r = fact_compare::compare(
        &[
            Source::new(
                "a",
                "Marches were held in more than 300 cities across the country.",
            ),
            Source::new(
                "b",
                "Marches were held in more than 650 cities around the world.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let row = group_with(&r, "a", "more than 300");
    assert_eq!(
        group_with(&r, "b", "more than 650").id,
        row.id,
        "{:#?}",
        rows(&r)
    );
}

#[test]
fn a_far_rate_against_two_that_agree_is_another_rate() {
    // Every other outlet says revenue rose 9%; the third's only figure in the row is
    // another rate (earnings per share), more than twice it.
    let r = fact_compare::compare(
        &[
            Source::new("a", "Quarterly revenue rose 9% from a year earlier."),
            Source::new("b", "Revenue for the quarter was up 9% from a year ago."),
            Source::new(
                "c",
                "Quarterly earnings per share rose 21.4% from a year earlier.",
            ),
        ],
        &Options::default(),
    )
    .unwrap();
    let row = group_with(&r, "a", "9%");
    assert_eq!(group_with(&r, "b", "9%").id, row.id, "{:#?}", rows(&r));
    assert_ne!(group_with(&r, "c", "21.4%").id, row.id, "{:#?}", rows(&r));
    assert_eq!(row.verdict, Verdict::Agree, "{}", row.explanation);
}
