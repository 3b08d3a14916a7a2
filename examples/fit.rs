//! Fit the weights of the pair decision from gold, reproducibly, and print the honest
//! (leave-one-cluster-out) scores.
//!
//! ```text
//! cargo run --release --example fit            # print the fit and the held-out scores
//! cargo run --release --example fit -- --write # also write src/align/weights.tsv
//! ```
//!
//! Every gold file the project can read is used: its own clusters (`tests/clusters/`,
//! `tests/generalization/`), the seeds and the real clusters of `../shared/dev-news`
//! (when present). For each point of a small grid of weights, each cluster is grouped
//! (extraction is done once) and scored with the measures of `score-gold`; the
//! objective is the mean over clusters of grouping pair F1 (recall and precision
//! weighed alike). The fit is the best point on all clusters; the leave-one-cluster-out
//! score of a cluster is its score under the best point on all the *other* clusters.
//! Ties go to the earlier grid point, so a run gives the same table every time. The
//! project's own clusters (and the seeds) are a constraint as well as data: a point
//! under which one of them scores worse than under the hand-set weights
//! ([`Weights::FALLBACK`]) by more than `OWN_SLACK` of pair F1 is not chosen.

#[path = "../tests/gold_score/mod.rs"]
mod gold_score;

use std::path::{Path, PathBuf};

use fact_compare::align::{groups_weighted, Weights};
use fact_compare::{extract, Options, Report};

/// The grid searched: (min_tie_score, link_factor, same_source, noun_mismatch, far_apart).
const MIN_TIE: &[f64] = &[0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const LINK: &[f32] = &[0.2, 0.3, 0.4, 0.5, 0.6, 0.8];
const SAME_SOURCE: &[f32] = &[0.5, 0.7, 0.9];
const NOUN: &[f32] = &[0.3, 0.5, 0.7];
const FAR: &[f32] = &[0.1, 0.2, 0.4];
/// How much pair F1 an own cluster may lose against the hand-set weights.
const OWN_SLACK: f64 = 0.02;

struct Loaded {
    name: String,
    real: bool,
    cluster: gold_score::Cluster,
    extracted: Report,
}

fn main() {
    let write = std::env::args().any(|a| a == "--write");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let clusters = load_all(&root);
    let grid = grid();
    eprintln!("{} clusters, {} grid points", clusters.len(), grid.len());
    // scores[point][cluster] = (recall, precision)
    let scores: Vec<Vec<(f64, f64)>> = grid
        .iter()
        .map(|w| clusters.iter().map(|c| pair_scores(c, w)).collect())
        .collect();
    let f1 = |(r, p): (f64, f64)| {
        if r + p > 0.0 {
            2.0 * r * p / (r + p)
        } else {
            0.0
        }
    };
    // The project's own clusters and the seeds may not get worse than under the
    // hand-set weights (by more than OWN_SLACK of pair F1): a point that trades them
    // away is not a candidate.
    let base: Vec<(f64, f64)> = clusters
        .iter()
        .map(|c| pair_scores(c, &Weights::FALLBACK))
        .collect();
    let allowed = |k: usize, skip: Option<usize>| {
        clusters.iter().enumerate().all(|(c, cl)| {
            cl.real || Some(c) == skip || f1(scores[k][c]) >= f1(base[c]) - OWN_SLACK
        })
    };
    let best_without = |skip: Option<usize>| -> usize {
        let mut best = (f64::MIN, 0);
        for (k, row) in scores.iter().enumerate() {
            if !allowed(k, skip) {
                continue;
            }
            let (sum, n) = row
                .iter()
                .enumerate()
                .filter(|(c, _)| Some(*c) != skip)
                .fold((0.0, 0), |(s, n), (_, &x)| (s + f1(x), n + 1));
            let mean = sum / n.max(1) as f64;
            if mean > best.0 + 1e-12 {
                best = (mean, k);
            }
        }
        best.1
    };
    let all = best_without(None);
    let w = grid[all];
    println!("fitted on all clusters: {w:?}");
    println!(
        "{:28} {:>7} {:>7}   {:>7} {:>7}   held-out weights",
        "cluster", "R(all)", "P(all)", "R(loco)", "P(loco)"
    );
    let (mut sr, mut sp, mut n) = (0.0, 0.0, 0);
    for (c, cl) in clusters.iter().enumerate() {
        let k = best_without(Some(c));
        let (r, p) = scores[k][c];
        let (ra, pa) = scores[all][c];
        let g = grid[k];
        println!(
            "{:28} {ra:7.3} {pa:7.3}   {r:7.3} {p:7.3}   tie {} link {} same {} noun {} far {}",
            cl.name, g.min_tie_score, g.link_factor, g.same_source, g.noun_mismatch, g.far_apart
        );
        if cl.real {
            sr += r;
            sp += p;
            n += 1;
        }
    }
    if n > 0 {
        println!(
            "dev-news leave-one-cluster-out means over {n} clusters: pair recall {:.3}, precision {:.3}",
            sr / n as f64,
            sp / n as f64
        );
    }
    if write {
        let header = format!(
            "Fitted weights of the pair decision: name<TAB>value. Written by `cargo run --release --example fit -- --write`\n\
             (grid search of mean pair F1 over {} gold clusters; see examples/fit.rs). Do not edit by hand.",
            clusters.len()
        );
        let path = root.join("src/align/weights.tsv");
        std::fs::write(&path, w.to_table(&header)).expect("write weights.tsv");
        println!("wrote {}", path.display());
    }
}

/// Every grid point, in a fixed order.
fn grid() -> Vec<Weights> {
    let mut out = Vec::new();
    for &min_tie_score in MIN_TIE {
        for &link_factor in LINK {
            for &same_source in SAME_SOURCE {
                for &noun_mismatch in NOUN {
                    for &far_apart in FAR {
                        out.push(Weights {
                            min_tie_score,
                            link_factor,
                            same_source,
                            noun_mismatch,
                            far_apart,
                        });
                    }
                }
            }
        }
    }
    out
}

/// Pair recall and precision of one cluster grouped with `w`.
fn pair_scores(c: &Loaded, w: &Weights) -> (f64, f64) {
    let mut report = c.extracted.clone();
    report.groups = groups_weighted(&c.cluster.sources, &report.mentions, &Options::default(), w);
    let s = gold_score::score_report(&c.cluster, &report);
    (s.pair_recall, s.pair_precision)
}

/// The project's clusters, the seeds and dev-news (when present), sorted by name.
fn load_all(root: &Path) -> Vec<Loaded> {
    let mut found: Vec<(String, bool, PathBuf, PathBuf)> = Vec::new();
    for (folder, real) in [("tests/clusters", false), ("tests/generalization", false)] {
        for d in dirs(&root.join(folder)) {
            let gold = d.join("gold.json");
            if !gold.exists() {
                continue;
            }
            let name = d.file_name().unwrap().to_string_lossy().into_owned();
            // The demo's cluster keeps its articles in www/examples.
            let articles = if name == "velmora" {
                root.join("www/examples")
            } else {
                d.clone()
            };
            found.push((name, real, gold, articles));
        }
    }
    let shared = root.join("../shared");
    let seeds = shared.join("seeds");
    if seeds.join("gold.json").exists() {
        found.push((
            "seeds".into(),
            false,
            seeds.join("gold.json"),
            seeds.clone(),
        ));
    }
    let dev = shared.join("dev-news");
    if dev.exists() {
        for d in dirs(&dev) {
            if d.join("gold.json").exists() {
                let name = d.file_name().unwrap().to_string_lossy().into_owned();
                found.push((name, true, d.join("gold.json"), d));
            }
        }
    } else {
        eprintln!("note: ../shared/dev-news is absent: fitting on the project's own clusters only");
    }
    found
        .into_iter()
        .map(|(name, real, gold, dir)| {
            let cluster = gold_score::load(&gold, &dir);
            let extracted = extract(&cluster.sources, &Options::default()).expect("extract");
            Loaded {
                name,
                real,
                cluster,
                extracted,
            }
        })
        .collect()
}

/// Sub-folders, sorted.
fn dirs(p: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(p)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}
