//! Our own multi-source clusters (`tests/clusters/<name>/`: fictional articles written
//! for this project, and `gold.json` in the seeds' format), scored with the measures of
//! `score-gold`. The demo's example set (`www/examples/`) is the cluster `velmora`.
//!
//! The floors below are the scores reached when each cluster was written; they guard
//! against regressions. The targets (pair precision and recall 0.9, every group
//! flagged right) are printed next to them, and the gaps are listed in the notes.

#[path = "gold_score/mod.rs"]
mod gold_score;

use std::path::{Path, PathBuf};

/// (cluster, article folder, least pair recall, least pair precision, least verdicts right)
const FLOORS: &[(&str, &str, f64, f64, usize)] = &[
    ("velmora", "www/examples", 1.0, 1.0, 10),
    ("harbor-fire", "tests/clusters/harbor-fire", 1.0, 1.0, 5),
    (
        "transit-strike",
        "tests/clusters/transit-strike",
        1.0,
        1.0,
        6,
    ),
    ("quake", "tests/clusters/quake", 1.0, 1.0, 6),
    (
        "pension-march",
        "tests/clusters/pension-march",
        0.54,
        1.0,
        5,
    ),
    // Two of its groups mix pounds and euros: the engine does not convert currencies.
    ("transfer", "tests/clusters/transfer", 0.53, 1.0, 3),
    // Issue 11: tolls per country and for both, two quakes, a fund split by purpose.
    ("twin-quakes", "tests/clusters/twin-quakes", 1.0, 1.0, 8),
    // Issue 11: seats per party in prose and a results list, a tally, an expectation.
    ("council-vote", "tests/clusters/council-vote", 1.0, 1.0, 7),
    // Issue 11, the patterns of its item 4 (floors at the scores reached):
    // a takeover bid's offer vs the stock's closes, premiums, a rejected earlier offer;
    // (recall 0.88 -> 0.86 with the pruning of far second figures, `src/align/prune.rs`:
    // one source's "up 22%" on Monday leaves the Friday-premium row it was wrongly in,
    // parting it from its twin "more than a fifth"; precision rose 0.63 -> 0.77 and
    // verdicts 9 -> 12.)
    ("merrow-bid", "tests/clusters/merrow-bid", 0.88, 0.86, 15),
    // quarterly results vs two analysts' consensus panels, guidance, a table in millions;
    (
        "ostrel-results",
        "tests/clusters/ostrel-results",
        0.83,
        0.86,
        20,
    ),
    // seats per party in prose, an abbreviated results list and a table; partial counts;
    (
        "estmark-election",
        "tests/clusters/estmark-election",
        0.59,
        0.88,
        17,
    ),
    // a cyclone's tolls per country and combined, rising over three days;
    (
        "cyclone-tamsin",
        "tests/clusters/cyclone-tamsin",
        0.36,
        0.5,
        9,
    ),
    // a budget's funds for schools, hospitals and roads; two readings' vote tallies;
    (
        "calder-budget",
        "tests/clusters/calder-budget",
        0.84,
        1.0,
        13,
    ),
    // police vs union crowd figures per city and nationwide, arrests.
    // (Session of 2026-12-03: two sources' equal precise figures meet (`PRECISE_PRIOR`)
    // and a rival counter stays beside them (`prune::explained`): merrow-bid recall
    // .84 -> .88, ostrel .77 -> .83, estmark .56 -> .59, calder .75 -> .84, teachers
    // .27 -> .43, precision up on each; the floors are the new scores.)
    (
        "teachers-marches",
        "tests/clusters/teachers-marches",
        0.43,
        0.78,
        6,
    ),
];

/// (cluster, least discrepancies shown that are real, most shown that are not): the flags
/// a reader sees (`score-gold`'s `flags_true` and `flags_shown`), at the scores reached.
/// A false flag is the worst the table can show (issue 11), so both bounds are kept: more
/// real flags may not come with more false ones.
const FLAG_FLOORS: &[(&str, usize, usize)] = &[
    ("velmora", 6, 0),
    ("harbor-fire", 3, 0),
    ("transit-strike", 4, 0),
    ("quake", 4, 0),
    ("pension-march", 3, 0),
    ("transfer", 1, 0),
    ("twin-quakes", 4, 0),
    ("council-vote", 1, 0),
    ("merrow-bid", 3, 0),
    ("ostrel-results", 2, 3),
    ("estmark-election", 1, 3),
    ("cyclone-tamsin", 2, 5),
    ("calder-budget", 1, 0),
    ("teachers-marches", 2, 4),
    ("brannock-quarter", 3, 0),
    ("01_womens_march_2017", 4, 1),
    ("02_grenfell_fire_2017", 5, 3),
    ("03_musk_twitter_deal_2022", 4, 0),
    ("04_notre_dame_fire_2019", 4, 1),
    // (10, 4) -> (9, 5) (2026-12-03): "a magnitude of 7.9" now carries its unit and
    // joins the first quake's row, which rightly says conflict (7.9 vs 7.8) but also
    // holds a 2015 quake's "magnitude-7.8" (its year is named once: no story year to
    // tell it is past), so score-gold counts that flag as not real; recall .693 -> .729.
    ("05_turkey_syria_quake_2023", 9, 5),
    // 3 -> 2 (2026-12-03): "since 1987" in undated sources is now counted to the story's
    // year and joins "32 years"; "for 30 years" (gold: a borderline conflict), whose
    // clash with "32 years" was the third real flag, stays alone beside them.
    // -> (3, 1) the same day: "registered" and "cast" are predicates (the electorate
    // never meets the ballots cast for one party).
    ("06_uk_election_2019", 3, 1),
    ("07_neymar_transfer_2017", 6, 0),
    // 8 -> 7 (2026-12-04): one source's "scorched 149,000 acres" and "146,000 acres"
    // are one area told twice (`one_source_twice`, RESTATED_MEASURE_RATIO), so the
    // headline's 140,000, which joined 146,000 alone (a real conflict), is now in the one
    // area row with the rest (also a real conflict): one real flag fewer, none false.
    ("08_camp_fire_2018", 7, 0),
    ("09_quarterly_earnings", 2, 1),
];

/// Whether a cluster's flags hold their floor (a cluster not listed has none).
fn flags_hold(name: &str, s: &gold_score::Scores) -> bool {
    FLAG_FLOORS
        .iter()
        .find(|f| f.0 == name)
        .is_none_or(|&(_, least_true, most_false)| {
            s.flags_true >= least_true && s.flags_shown - s.flags_true <= most_false
        })
}

#[test]
fn clusters_score_at_least_their_floors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    for &(name, dir, recall, precision, verdicts) in FLOORS {
        let gold = root.join("tests/clusters").join(name).join("gold.json");
        let s = gold_score::score(&gold, &root.join(Path::new(dir)));
        println!(
            "{name}: pair recall {:.3}, precision {:.3}, verdicts {}/{} ({} exact), flags {}/{} true, valued {}/{}; missed {:?}",
            s.pair_recall, s.pair_precision, s.verdict_ok, s.groups, s.verdict_exact, s.flags_true, s.flags_shown, s.valued, s.items, s.missed
        );
        if s.pair_recall < recall
            || s.pair_precision < precision
            || s.verdict_ok < verdicts
            || !flags_hold(name, &s)
        {
            failures.push(format!("{name}: {s:?}"));
        }
    }
    assert!(failures.is_empty(), "below floor: {failures:#?}");
}

/// (dev-news cluster, least pair recall, least pair precision, least verdicts right):
/// the scores reached by the aligner of issue 11 (measured with this module, which
/// follows `score-gold`), rounded down. Since 2026-12-02 the module matches the tool
/// exactly (its unit conversions, magnitudes of signed changes, and its tie-break of a
/// gold group's project group: the first id in sorted order); floors measured with the
/// earlier tie-break were lowered to the same engine's scores under the tool's rules
/// (01 verdicts 7 -> 6, 06 precision .67 -> .65; own clusters estmark 10 -> 9,
/// cyclone-tamsin 11 -> 9, teachers-marches 7 -> 6): a change of measure, not of engine. Two recall floors went down one step with
/// precision up several (01 .33 -> .44, 05 .46 -> .55): one counter named against a
/// source's unattributed figure far from it no longer explains two figures of one
/// source, and 05's combined toll now splits where two of its figures first met the
/// regional tolls. 05's precision floor rose (.55 -> .63) with place keys from
/// nationality adjectives and country possessives in the attribution ("Syrian state
/// media said"), and the events and places a figure's sentence carries from the one
/// before. With the pruning of rows (`src/align/prune.rs`: a source's far second
/// figure, a lone far figure, a source straddling two value clusters) precision rose
/// (01 .44 -> .66, 06 .65 -> .81, 09 .62 -> .86) and 01's verdicts fell 6 -> 5: its
/// D.C. crowd row (485,000 vs about 500,000) was flagged only while a wrong figure
/// (160,000) sat in it; alone, the verdict finds its figures consistent. 08's verdicts
/// fell 7 -> 6 for precision .93 -> .95: its "structures destroyed" row was flagged
/// only while a far count that says nothing was destroyed (a gold single) was tied to
/// its one figure; split off (`prune::half_told`), the figure stands alone.
/// All floors restated on 2026-12-02 (evening) after the weights were refitted on the
/// engine with pruned rows and the new frame keys (`cargo run --example fit -- --write`:
/// the tie threshold 0.15 -> 0.2): the fit's objective trades pair recall for precision
/// (dev-news means R .732 -> .704, P .844 -> .893; real flags 38/60 -> 39/56); recall
/// floors that went down with it: pension-march .69 -> .54, merrow-bid .86 -> .84,
/// calder-budget .81 -> .75, 01 .46 -> .41, 02 .77 -> .73, 03 .93 -> .91, 07 .91 -> .88,
/// 08 .75 -> .72, 09 .80 -> .78; every precision and flag floor rose or held.
const DEV_NEWS_FLOORS: &[(&str, f64, f64, usize)] = &[
    ("01_womens_march_2017", 0.42, 0.95, 9),
    ("02_grenfell_fire_2017", 0.76, 0.85, 12),
    ("03_musk_twitter_deal_2022", 0.93, 0.94, 10),
    ("04_notre_dame_fire_2019", 0.71, 0.83, 8),
    ("05_turkey_syria_quake_2023", 0.72, 0.85, 17),
    // verdicts 22 -> 21 (2026-12-03): the borderline "since 1987" row now says agree
    // (see FLAG_FLOORS); recall 0.69 -> 0.70.
    // Then 0.70 / 0.97 / 22 with "registered" and "cast" as predicates.
    // Then recall 0.70 -> 0.75 (2026-12-04): one source's close figures of one named
    // entity ("Labour's lowly 202" / "Lab 203") are one quantity told twice.
    ("06_uk_election_2019", 0.75, 0.97, 22),
    ("07_neymar_transfer_2017", 0.88, 1.0, 15),
    // 0.76 -> 0.85 (2026-12-04): close areas of one source are one area (see FLAG_FLOORS).
    ("08_camp_fire_2018", 0.85, 1.0, 7),
    ("09_quarterly_earnings", 0.84, 0.93, 17),
];

#[test]
fn dev_news_scores_at_least_their_floors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/dev-news");
    if !root.exists() {
        eprintln!("SKIPPED: ../shared/dev-news is absent (it is not in the repository); dev-news floors not checked");
        return;
    }
    let mut failures = Vec::new();
    let (mut sr, mut sp) = (0.0, 0.0);
    let (mut shown, mut real, mut nb, mut nb_ok) = (0, 0, 0, 0);
    for &(name, recall, precision, verdicts) in DEV_NEWS_FLOORS {
        let dir = root.join(name);
        let s = gold_score::score(&dir.join("gold.json"), &dir);
        println!(
            "{name}: pair recall {:.3}, precision {:.3}, verdicts {}/{} (non-borderline {}/{}), flags {}/{} true",
            s.pair_recall, s.pair_precision, s.verdict_ok, s.groups, s.verdict_ok_nb, s.groups_nb, s.flags_true, s.flags_shown
        );
        sr += s.pair_recall;
        sp += s.pair_precision;
        (shown, real) = (shown + s.flags_shown, real + s.flags_true);
        (nb, nb_ok) = (nb + s.groups_nb, nb_ok + s.verdict_ok_nb);
        if s.pair_recall < recall
            || s.pair_precision < precision
            || s.verdict_ok < verdicts
            || !flags_hold(name, &s)
        {
            failures.push(format!("{name}: {s:?}"));
        }
    }
    let n = DEV_NEWS_FLOORS.len() as f64;
    println!(
        "dev-news means: pair recall {:.3}, precision {:.3}; verdicts {nb_ok}/{nb} non-borderline; flags {real}/{shown} real (issue 11 targets: 0.85 / 0.85, 85%, 85%)",
        sr / n,
        sp / n
    );
    assert!(failures.is_empty(), "below floor: {failures:#?}");
}

// ---- Engineer B (issue 11, what a figure measures): clusters of its own, with their
// floors at the scores reached, kept apart from the table above for a clean merge.

/// (cluster, least pair recall, least pair precision, least verdicts right)
const FRAME_FLOORS: &[(&str, f64, f64, usize)] = &[
    // a quarter's whole revenue beside its segments, the analysts' expectation beside
    // the company's own guidance, the closing share price
    ("brannock-quarter", 1.0, 1.0, 7),
];

#[test]
fn frame_clusters_score_at_least_their_floors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/clusters");
    let mut failures = Vec::new();
    for &(name, recall, precision, verdicts) in FRAME_FLOORS {
        let s = gold_score::score(&root.join(name).join("gold.json"), &root.join(name));
        println!(
            "{name}: pair recall {:.3}, precision {:.3}, verdicts {}/{}, flags {}/{} true",
            s.pair_recall, s.pair_precision, s.verdict_ok, s.groups, s.flags_true, s.flags_shown
        );
        if s.pair_recall < recall
            || s.pair_precision < precision
            || s.verdict_ok < verdicts
            || !flags_hold(name, &s)
        {
            failures.push(format!("{name}: {s:?}"));
        }
    }
    assert!(failures.is_empty(), "below floor: {failures:#?}");
}
