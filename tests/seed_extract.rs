//! Extraction against the hand-made gold of the demo seeds (`../shared/seeds/gold.json`):
//! every gold mention (in groups and singles) is found — a mention overlapping the
//! gold phrase — with the right value and interval (1% tolerance; gold durations are
//! in years, ours in seconds), and no gold non-claim produces a mention.
//! Skips with a notice when the seeds are not there (the articles are third-party text
//! and are not part of this repository).

use std::fs;
use std::path::Path;

use fact_compare::{extract_text, Mention, Options};
use serde_json::Value;

const YEAR: f64 = 365.25 * 86_400.0;

fn close(gold: Option<f64>, ours: Option<f64>) -> bool {
    match (gold, ours) {
        (None, None) => true,
        (Some(g), Some(o)) => (g - o).abs() <= 0.01 * g.abs().max(o.abs()) + 1e-9,
        _ => false,
    }
}

struct Article {
    text: String,
    mentions: Vec<Mention>,
}

#[test]
fn seed_gold_extraction() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(gold) = fs::read_to_string(dir.join("gold.json")) else {
        println!("SKIP: ../shared/seeds not found");
        return;
    };
    let gold: Value = serde_json::from_str(&gold).unwrap();
    let mut articles = std::collections::HashMap::new();
    for a in gold["articles"].as_array().unwrap() {
        let text = fs::read_to_string(dir.join(a["file"].as_str().unwrap())).unwrap();
        let mentions = extract_text(&text, &Options::default());
        articles.insert(
            a["id"].as_str().unwrap().to_string(),
            Article { text, mentions },
        );
    }
    let mut claims: Vec<(&Value, &str)> = Vec::new();
    for g in gold["groups"].as_array().unwrap() {
        for m in g["mentions"].as_array().unwrap() {
            claims.push((m, g["unit"].as_str().unwrap()));
        }
    }
    for s in gold["singles"].as_array().unwrap() {
        claims.push((s, s["unit"].as_str().unwrap()));
    }
    let (mut located, mut valued, mut bounded) = (0, 0, 0);
    let mut problems = Vec::new();
    for (c, unit) in &claims {
        let a = &articles[c["article"].as_str().unwrap()];
        let phrase = c["phrase"].as_str().unwrap();
        let Some(at) = a.text.find(phrase) else {
            problems.push(format!("phrase {phrase:?} not in article"));
            continue;
        };
        let (s, e) = (at, at + phrase.len());
        let scale = if *unit == "years" { YEAR } else { 1.0 };
        let num = |k: &str| c[k].as_f64().map(|v| v * scale);
        let Some(m) = a.mentions.iter().find(|m| m.start < e && s < m.end) else {
            problems.push(format!("{phrase:?}: not located"));
            continue;
        };
        located += 1;
        let value_ok = c["value"].is_null() || close(num("value"), m.value);
        let bounds_ok = close(num("low"), m.low) && close(num("high"), m.high);
        valued += value_ok as usize;
        bounded += bounds_ok as usize;
        if !value_ok || !bounds_ok {
            problems.push(format!(
                "{phrase:?}: got {:?} value {:?} [{:?}, {:?}] {}",
                m.text, m.value, m.low, m.high, m.hedge_kind
            ));
        }
    }
    let non_claims = gold["non_claims"].as_array().unwrap();
    let mut reported = 0;
    for n in non_claims {
        let a = &articles[n["article"].as_str().unwrap()];
        let phrase = n["phrase"].as_str().unwrap();
        let hits: Vec<&Mention> = a
            .text
            .match_indices(phrase)
            .flat_map(|(at, _)| {
                a.mentions
                    .iter()
                    .filter(move |m| m.start < at + phrase.len() && at < m.end)
            })
            .collect();
        if !hits.is_empty() {
            reported += 1;
            problems.push(format!(
                "non-claim {phrase:?} reported as {:?}",
                hits[0].text
            ));
        }
    }
    for p in &problems {
        println!("  {p}");
    }
    let n = claims.len();
    println!(
        "seed extraction: located {located}/{n}, valued {valued}/{n}, bounded {bounded}/{n}; non-claims reported {reported}/{}",
        non_claims.len()
    );
    assert!(problems.is_empty(), "{} seed problems", problems.len());
}
