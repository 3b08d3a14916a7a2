//! The measures of `../shared/tools/score-gold`, in Rust: run `compare` on the articles
//! a gold file names (ids = file stems, no dates, as the CLI does) and score grouping
//! and verdicts. One difference: a group mention's value is converted with its group's
//! unit when the mention carries none (the script leaves durations in years and so never
//! matches them inside groups).

use std::path::Path;

use fact_compare::{compare, Options, Report, Source};
use serde_json::Value;

const YEAR_S: f64 = 365.25 * 86400.0;

/// The scores of one cluster (each user of this module reads some of them).
#[derive(Debug, Default)]
#[allow(dead_code)]
pub struct Scores {
    pub items: usize,
    pub located: usize,
    pub valued: usize,
    pub pair_recall: f64,
    pub pair_precision: f64,
    pub groups: usize,
    pub verdict_ok: usize,
    pub verdict_exact: usize,
    /// Gold groups not marked borderline, and how many of them got the right verdict.
    pub groups_nb: usize,
    pub verdict_ok_nb: usize,
    /// Discrepancies shown to a reader (a conflict, differ or scope group across two or
    /// more sources with a gold-matched figure) and how many are real: all their
    /// gold-matched figures belong to one gold group that is itself flagged.
    pub flags_shown: usize,
    pub flags_true: usize,
    /// Gold groups (label) whose verdict was wrong or not found.
    pub missed: Vec<String>,
}

/// A gold file with its articles read as sources.
#[allow(dead_code)]
pub struct Cluster {
    /// The gold file.
    pub gold: Value,
    /// The articles (ids = file stems).
    pub sources: Vec<Source>,
    stem_of: std::collections::HashMap<String, String>,
}

/// Read the cluster described by `gold` with articles in `dir`.
pub fn load(gold: &Path, dir: &Path) -> Cluster {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let mut sources = Vec::new();
    let mut stem_of = std::collections::HashMap::new();
    for a in gold["articles"].as_array().unwrap() {
        let file = a["file"].as_str().unwrap();
        let stem = Path::new(file)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        stem_of.insert(a["id"].as_str().unwrap().to_string(), stem.clone());
        sources.push(Source::new(stem, text));
    }
    Cluster {
        gold,
        sources,
        stem_of,
    }
}

impl Cluster {
    /// The source of a gold article id.
    #[allow(dead_code)]
    pub fn source_of(&self, article: &str) -> &Source {
        let stem = &self.stem_of[article];
        self.sources.iter().find(|s| &s.id == stem).unwrap()
    }
}

/// Score `compare` on the cluster described by `gold` with articles in `dir`.
pub fn score(gold: &Path, dir: &Path) -> Scores {
    let c = load(gold, dir);
    let report = compare(&c.sources, &Options::default()).unwrap();
    score_report(&c, &report)
}

/// Score a Report of the cluster's sources.
pub fn score_report(c: &Cluster, report: &Report) -> Scores {
    let (gold, sources, stem_of) = (&c.gold, &c.sources, &c.stem_of);
    let text_of = |article: &str| -> &str {
        let stem = &stem_of[article];
        &sources.iter().find(|s| &s.id == stem).unwrap().text
    };
    let group_of = |id: &str| {
        report
            .groups
            .iter()
            .find(|g| g.mentions.iter().any(|m| m == id))
    };

    // (gold group index or None, article, matched mention id or None)
    let mut items: Vec<(Option<usize>, String, Option<String>, bool)> = Vec::new();
    let gold_groups = gold["groups"].as_array().unwrap();
    for (gi, g) in gold_groups.iter().enumerate() {
        for m in g["mentions"].as_array().unwrap() {
            let unit = m
                .get("unit")
                .or(g.get("unit"))
                .and_then(Value::as_str)
                .unwrap_or("");
            let (loc, id) = find(report, text_of, stem_of, m, unit);
            items.push((
                Some(gi),
                m["article"].as_str().unwrap().to_string(),
                id,
                loc,
            ));
        }
    }
    for s in gold["singles"].as_array().into_iter().flatten() {
        let unit = s["unit"].as_str().unwrap_or("");
        let (loc, id) = find(report, text_of, stem_of, s, unit);
        items.push((None, s["article"].as_str().unwrap().to_string(), id, loc));
    }
    let mut sc = Scores {
        items: items.len(),
        located: items.iter().filter(|i| i.3).count(),
        valued: items.iter().filter(|i| i.2.is_some()).count(),
        groups: gold_groups.len(),
        ..Scores::default()
    };
    let same = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => {
            matches!((group_of(a), group_of(b)), (Some(x), Some(y)) if x.id == y.id)
        }
        _ => false,
    };
    let (mut tp_r, mut n_r, mut tp_p, mut n_p) = (0, 0, 0, 0);
    for (x, a) in items.iter().enumerate() {
        for b in &items[x + 1..] {
            if a.1 == b.1 {
                continue;
            }
            if a.0.is_some() && a.0 == b.0 {
                n_r += 1;
                tp_r += usize::from(same(&a.2, &b.2));
            }
            if a.2.is_some() && b.2.is_some() && a.2 != b.2 && same(&a.2, &b.2) {
                n_p += 1;
                tp_p += usize::from(a.0.is_some() && a.0 == b.0);
            }
        }
    }
    sc.pair_recall = if n_r > 0 {
        tp_r as f64 / n_r as f64
    } else {
        0.0
    };
    sc.pair_precision = if n_p > 0 {
        tp_p as f64 / n_p as f64
    } else {
        0.0
    };
    for (gi, g) in gold_groups.iter().enumerate() {
        let found: Vec<(&str, &String)> = items
            .iter()
            .filter(|i| i.0 == Some(gi))
            .filter_map(|i| i.2.as_ref().map(|id| (i.1.as_str(), id)))
            .collect();
        let mut arts: Vec<&str> = found.iter().map(|f| f.0).collect();
        arts.sort_unstable();
        arts.dedup();
        let mut gids: Vec<&str> = found
            .iter()
            .filter_map(|f| group_of(f.1))
            .map(|g| g.id.as_str())
            .collect();
        gids.sort_unstable();
        // the first of the most frequent ids in sorted order: ties resolve as in `score-gold`
        let count = |g: &&str| gids.iter().filter(|h| *h == g).count();
        let top = gids
            .iter()
            .fold(None::<&&str>, |best, g| match best {
                Some(b) if count(b) >= count(g) => Some(b),
                _ => Some(g),
            })
            .and_then(|t| report.groups.iter().find(|g| g.id == *t));
        let verdict = top.filter(|_| arts.len() >= 2).map(|g| g.verdict.as_str());
        let gold_v = g["verdict"].as_str().unwrap();
        let ok =
            matches!(verdict, Some(v) if v != "single" && ((v != "agree") == (gold_v != "agree")));
        sc.verdict_ok += usize::from(ok);
        if !g["borderline"].as_bool().unwrap_or(false) {
            sc.groups_nb += 1;
            sc.verdict_ok_nb += usize::from(ok);
        }
        sc.verdict_exact +=
            usize::from(ok && (verdict == Some("scope")) == (gold_v == "scope-differs"));
        if !ok {
            sc.missed.push(format!(
                "{} (gold {gold_v}, got {verdict:?})",
                g["label"].as_str().unwrap()
            ));
        }
    }
    flags(report, gold_groups, &items, &mut sc);
    sc
}

/// The flags a reader sees, judged as `score-gold` does: each matched mention belongs to
/// the gold group of its first matching item (a single's group is none).
fn flags(
    report: &Report,
    gold_groups: &[Value],
    items: &[(Option<usize>, String, Option<String>, bool)],
    sc: &mut Scores,
) {
    let mut gold_of: std::collections::HashMap<&str, Option<usize>> = Default::default();
    for (gi, _, id, _) in items {
        if let Some(id) = id {
            gold_of.entry(id.as_str()).or_insert(*gi);
        }
    }
    let source_of: std::collections::HashMap<&str, &str> = report
        .mentions
        .iter()
        .map(|m| (m.id.as_str(), m.source.as_str()))
        .collect();
    for g in &report.groups {
        if !matches!(g.verdict.as_str(), "conflict" | "differ" | "scope") {
            continue;
        }
        let mut sources: Vec<&str> = g
            .mentions
            .iter()
            .filter_map(|m| source_of.get(m.as_str()).copied())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        if sources.len() < 2 {
            continue;
        }
        let gis: Vec<Option<usize>> = g
            .mentions
            .iter()
            .filter_map(|m| gold_of.get(m.as_str()).copied())
            .collect();
        let Some(&first) = gis.first() else { continue };
        sc.flags_shown += 1;
        let real = first.is_some_and(|f| gold_groups[f]["verdict"].as_str() != Some("agree"));
        sc.flags_true += usize::from(real && gis.iter().all(|x| *x == first));
    }
}

/// Whether a gold item is located, and the id of the mention with its value.
fn find<'a>(
    report: &Report,
    text_of: impl Fn(&str) -> &'a str,
    stem_of: &std::collections::HashMap<String, String>,
    item: &Value,
    unit: &str,
) -> (bool, Option<String>) {
    let article = item["article"].as_str().unwrap();
    let text = text_of(article);
    let phrase = item["phrase"].as_str().unwrap();
    let spans: Vec<(usize, usize)> = text
        .match_indices(phrase)
        .map(|(s, p)| (s, s + p.len()))
        .collect();
    // the conversions of `score-gold` (gold unit -> the project's unit)
    let (factor, offset) = match unit {
        "years" => (YEAR_S, 0.0),
        "km" | "tonnes" => (1000.0, 0.0),
        "acres" => (4046.8564224, 0.0),
        "knots" => (1852.0 / 3600.0, 0.0),
        "degC" => (1.0, 273.15),
        _ => (1.0, 0.0),
    };
    let cands: Vec<_> = report
        .mentions
        .iter()
        .filter(|m| {
            m.source == stem_of[article] && spans.iter().any(|&(s, e)| m.start < e && s < m.end)
        })
        .collect();
    let close = |a: f64, b: f64| (a - b).abs() <= 0.01 * a.abs().max(b.abs()).max(1e-12);
    for m in &cands {
        let Some(mv) = m.value else { continue };
        let ok = match item["value"].as_f64() {
            // a change signed on one side only compares magnitudes, as `score-gold` does
            Some(gv) => {
                close(mv, gv * factor + offset) || close(mv.abs(), (gv * factor + offset).abs())
            }
            None => {
                let lo = item["low"].as_f64().map(|v| (v * factor + offset) * 0.99);
                let hi = item["high"].as_f64().map(|v| (v * factor + offset) * 1.01);
                lo.is_none_or(|l| mv >= l) && hi.is_none_or(|h| mv <= h)
            }
        };
        if ok {
            return (true, Some(m.id.clone()));
        }
    }
    (!cands.is_empty(), None)
}
