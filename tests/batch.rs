//! `fact-compare batch` (issue 13): JSON Lines in, one line out per cluster in input
//! order, each the library's own Report (or the cluster's error), the same on one
//! thread as on many.

use std::io::Write;
use std::process::{Command, Stdio};

use fact_compare::{compare, extract, Options, Source};
use serde_json::{json, Value};

/// Runs `fact-compare batch ARGS` on `input` with `threads` rayon threads.
fn batch(input: &str, args: &[&str], threads: usize) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fact-compare"))
        .arg("batch")
        .args(args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run fact-compare batch");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        out.status.success(),
        "batch failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Cluster `k`: two or three sources whose figures depend on `k`.
fn cluster(k: usize) -> Vec<Source> {
    let mut s = vec![
        Source::new(
            "wire",
            format!("At least {} people died in the floods on Monday.", k + 3),
        ),
        Source::new(
            "daily",
            format!("The floods killed {} people, officials said.", k + 4),
        ),
    ];
    if k % 3 == 0 {
        s.push(Source {
            date: Some("2025-03-12".into()),
            ..Source::new(
                "radio",
                format!("Since 2019 about {k}% of homes were lost."),
            )
        });
    }
    s
}

fn line(id: Value, sources: &[Source]) -> String {
    json!({ "id": id, "sources": sources }).to_string()
}

#[test]
fn every_cluster_gets_its_report_in_input_order() {
    // More lines than one parallel block (256), so that blocks are joined in order.
    let n = 600;
    let mut input = String::new();
    for k in 0..n {
        input.push_str(&line(json!(format!("c{k}")), &cluster(k)));
        input.push('\n');
        if k % 100 == 7 {
            input.push('\n'); // blank lines are skipped
        }
    }
    let out = batch(&input, &[], 2);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), n);
    let options = Options::default();
    for (k, l) in lines.iter().enumerate() {
        // byte for byte: the library's Report, serialized
        let report = serde_json::to_string(&compare(&cluster(k), &options).unwrap()).unwrap();
        assert_eq!(
            *l,
            format!(r#"{{"id":"c{k}","report":{report}}}"#),
            "line {k}"
        );
    }
    assert_eq!(batch(&input, &[], 1), out, "one thread and two differ");
}

#[test]
fn a_bad_cluster_is_an_error_line_with_its_id() {
    let good = line(json!("ok"), &cluster(1));
    let input = [
        good.clone(),
        line(json!(7), &[]),
        line(json!("empty"), &[Source::new("a", "  ")]),
        line(
            json!("twice"),
            &[Source::new("a", "1 m"), Source::new("a", "2 m")],
        ),
        r#"{"id": "typo", "source": []}"#.to_string(),
        "not json at all".to_string(),
        good,
    ]
    .join("\n");
    let out = batch(&input, &[], 2);
    let v: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v.len(), 7);
    let kind = |i: usize| v[i]["error"]["kind"].as_str().unwrap_or("").to_string();
    assert!(v[0]["report"].is_object() && v[6]["report"].is_object());
    assert_eq!(
        (v[1]["id"].clone(), kind(1)),
        (json!(7), "NoSources".into())
    );
    assert_eq!(
        (v[2]["id"].clone(), kind(2)),
        (json!("empty"), "EmptyText".into())
    );
    assert_eq!(
        (v[3]["id"].clone(), kind(3)),
        (json!("twice"), "BadId".into())
    );
    assert!(v[3]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("used twice"));
    // JSON but not a cluster: its id is kept; not JSON: the line number is given.
    assert_eq!(
        (v[4]["id"].clone(), kind(4)),
        (json!("typo"), "BadInput".into())
    );
    assert_eq!(
        (v[5]["id"].clone(), v[5]["line"].clone()),
        (Value::Null, json!(6))
    );
    assert_eq!(kind(5), "BadInput");
}

#[test]
fn extract_and_options_apply_per_run_and_per_line() {
    let sources = cluster(3); // "about 3%": an approximate figure
    let custom = Options {
        approx_low: 0.5,
        ..Options::default()
    };
    let input = format!(
        "{}\n{}\n",
        line(json!("a"), &sources),
        json!({ "id": "b", "sources": sources, "options": { "approx_low": 0.5 } })
    );
    let out = batch(&input, &["--extract"], 2);
    let lines: Vec<&str> = out.lines().collect();
    let want_a = serde_json::to_string(&extract(&sources, &Options::default()).unwrap()).unwrap();
    let want_b = serde_json::to_string(&extract(&sources, &custom).unwrap()).unwrap();
    assert_ne!(want_a, want_b, "the test's options change nothing");
    assert_eq!(lines[0], format!(r#"{{"id":"a","report":{want_a}}}"#));
    assert_eq!(lines[1], format!(r#"{{"id":"b","report":{want_b}}}"#));
    assert!(want_a.contains(r#""groups":[]"#));
}
