//! Golden output: the Report of every cluster and corpus the project has, byte for byte,
//! so that a refactor can prove that it changes nothing (issue 13).
//!
//! Each run writes the current output to `target/golden/` and compares it with a saved
//! copy:
//!
//! - the project's own clusters and corpora: `tests/golden/reports/` (committed);
//! - `../shared/dev-news`, `../shared/seeds` and a few large synthetic texts:
//!   `target/golden-saved/` (third-party text, and its output, never enters the
//!   repository). The first run on a machine saves them; later runs compare.
//!
//! A change of output on purpose (a better engine) is accepted with one command, which
//! rewrites both saved copies from the current engine:
//!
//! ```text
//! scripts/golden.sh            # = GOLDEN_UPDATE=1 cargo test --release --test golden
//! ```
//!
//! A cluster's Report is exactly what `fact-compare compare --json FILE...` prints for
//! the articles its `gold.json` names (in that order; ids are file stems). A corpus file
//! (`tests/data/**/*.tsv`) gives one line per row: the compact JSON Report of the row's
//! text as one source.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use fact_compare::{compare, Options, Source};

/// One golden output: its file name and its current text.
struct Golden {
    name: String,
    text: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `fact-compare compare --json` on the articles that `gold` names, found in `dir`.
fn cli_report(gold: &Path, dir: &Path) -> String {
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(gold).expect("gold.json")).unwrap();
    let files: Vec<PathBuf> = gold["articles"]
        .as_array()
        .expect("gold.json has articles")
        .iter()
        .map(|a| dir.join(a["file"].as_str().expect("article file")))
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_fact-compare"))
        .arg("compare")
        .arg("--json")
        .args(&files)
        .output()
        .expect("run fact-compare");
    assert!(
        out.status.success(),
        "fact-compare failed on {dir:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Subfolders of `dir` that hold a `gold.json`, sorted.
fn clusters_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn dir_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// The project's own clusters (committed goldens).
fn own_clusters() -> Vec<Golden> {
    let root = root();
    let mut out = Vec::new();
    for kind in ["clusters", "generalization"] {
        for dir in clusters_in(&root.join("tests").join(kind)) {
            let name = dir_name(&dir);
            // The demo's cluster keeps its articles with the page.
            let articles = if name == "velmora" {
                root.join("www/examples")
            } else {
                dir.clone()
            };
            out.push(Golden {
                name: format!("{kind}-{name}.json"),
                text: cli_report(&dir.join("gold.json"), &articles),
            });
        }
    }
    out.push(Golden {
        name: "velmora-page.json".into(),
        text: velmora_as_the_page_sends_it(),
    });
    out
}

/// The demo's example set with the ids, titles and dates that the page sends (dates
/// make derived figures).
fn velmora_as_the_page_sends_it() -> String {
    let dir = root().join("www/examples");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let sources: Vec<Source> = index
        .as_array()
        .unwrap()
        .iter()
        .map(|e| Source {
            title: e["title"].as_str().map(str::to_string),
            date: e["date"].as_str().map(str::to_string),
            ..Source::new(
                e["id"].as_str().unwrap(),
                std::fs::read_to_string(dir.join(e["file"].as_str().unwrap())).unwrap(),
            )
        })
        .collect();
    let report = compare(&sources, &Options::default()).expect("velmora compares");
    serde_json::to_string_pretty(&report).unwrap() + "\n"
}

/// Every corpus table: one compact Report per row's text.
fn corpora() -> Vec<Golden> {
    let mut out = Vec::new();
    for sub in ["corpus", "numerals"] {
        let dir = root().join("tests/data").join(sub);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("tests/data")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        for file in files {
            let mut text = String::new();
            for line in std::fs::read_to_string(&file).unwrap().lines() {
                let input = line.split('\t').next().unwrap_or("");
                if line.starts_with('#') || input.trim().is_empty() {
                    continue;
                }
                let report = compare(&[Source::new("row", input)], &Options::default());
                match report {
                    Ok(r) => text.push_str(&serde_json::to_string(&r).unwrap()),
                    Err(e) => write!(text, "error: {e}").unwrap(),
                }
                text.push('\n');
            }
            if text.is_empty() {
                continue; // a table of comments only (gaps.tsv)
            }
            out.push(Golden {
                name: format!(
                    "data-{sub}-{}.jsonl",
                    file.file_stem().unwrap().to_string_lossy()
                ),
                text,
            });
        }
    }
    out
}

/// Reports kept out of the repository: shared clusters and large synthetic texts.
fn local_only() -> Vec<Golden> {
    let shared = root().join("../shared");
    let mut out = Vec::new();
    let dev_news = clusters_in(&shared.join("dev-news"));
    if dev_news.is_empty() {
        println!("SKIP: ../shared/dev-news is absent (as in CI): its goldens are not checked");
    }
    for dir in dev_news {
        out.push(Golden {
            name: format!("dev-news-{}.json", dir_name(&dir)),
            text: cli_report(&dir.join("gold.json"), &dir),
        });
    }
    let seeds = shared.join("seeds");
    if seeds.join("gold.json").is_file() {
        out.push(Golden {
            name: "seeds.json".into(),
            text: cli_report(&seeds.join("gold.json"), &seeds),
        });
    } else {
        println!("SKIP: ../shared/seeds is absent (as in CI): its golden is not checked");
    }
    for (name, text) in synthetic() {
        let report = compare(&[Source::new("a", text)], &Options::default()).unwrap();
        out.push(Golden {
            name: format!("synthetic-{name}.json"),
            text: serde_json::to_string(&report).unwrap() + "\n",
        });
    }
    out
}

/// Figure-dense and long texts (the shapes of tests/hostile.rs, smaller): the inputs
/// on which a change for speed is most likely to change output.
fn synthetic() -> Vec<(&'static str, String)> {
    let mut list = String::new();
    let mut i = 0u64;
    while list.len() < 32_000 {
        write!(list, "about {i} km, up to {i}% ; ").unwrap();
        i += 1;
    }
    let paragraph = "Officials said at least 14 civilians were killed in Kharkiv on Monday, \
        and nearly 3,000 homes lost power. The $90 billion package, roughly one-fifth of the \
        budget, was agreed after a 40-minute meeting; about 20% of it goes to air defence. ";
    let mut mixed = String::new();
    for n in 0..400 {
        write!(
            mixed,
            "In {} the toll rose to {} from {} and {} people fled, up {}% since March. ",
            1990 + n % 30,
            n * 7 + 3,
            n * 5,
            n * 1000 + 250,
            n % 90
        )
        .unwrap();
    }
    vec![
        ("ones-32k", "1 ".repeat(16_000)),
        ("ones-full-stops", "1 1 1. ".repeat(3_000)),
        ("hedged-list-32k", list),
        (
            "paragraph-64k",
            paragraph.repeat(64_000 / paragraph.len() + 1),
        ),
        ("mixed-figures", mixed),
        (
            "number-words",
            "one hundred and twenty-seven thousand ".repeat(800),
        ),
    ]
}

/// Writes `goldens` to `target/golden/`, compares them with `saved` (or rewrites `saved`
/// with GOLDEN_UPDATE=1, or fills it where `save_missing` and a file is absent).
/// Returns the names that differ.
fn check(goldens: &[Golden], saved: &Path, save_missing: bool) -> Vec<String> {
    let update = std::env::var_os("GOLDEN_UPDATE").is_some_and(|v| v != "0");
    let current = root().join("target/golden");
    std::fs::create_dir_all(&current).unwrap();
    std::fs::create_dir_all(saved).unwrap();
    let mut differ = Vec::new();
    for g in goldens {
        std::fs::write(current.join(&g.name), &g.text).unwrap();
        let path = saved.join(&g.name);
        match std::fs::read_to_string(&path) {
            Ok(old) if !update => {
                if old != g.text {
                    differ.push(format!(
                        "{}: differs (diff {} {})",
                        g.name,
                        path.display(),
                        current.join(&g.name).display()
                    ));
                }
            }
            Err(_) if !update && !save_missing => {
                differ.push(format!("{}: no saved copy at {}", g.name, path.display()));
            }
            _ => {
                std::fs::write(&path, &g.text).unwrap();
                println!("saved {}", path.display());
            }
        }
    }
    println!(
        "{} goldens checked against {}",
        goldens.len(),
        saved.display()
    );
    differ
}

#[test]
fn every_report_is_byte_identical_to_its_golden_copy() {
    let mut committed = own_clusters();
    committed.extend(corpora());
    let mut differ = check(&committed, &root().join("tests/golden/reports"), false);
    differ.extend(check(
        &local_only(),
        &root().join("target/golden-saved"),
        true,
    ));
    assert!(
        differ.is_empty(),
        "output changed (run scripts/golden.sh to accept a change made on purpose):\n{}",
        differ.join("\n")
    );
}
