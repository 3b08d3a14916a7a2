//! One `compare` of one of the heavy shapes of tests/hostile.rs (issue 13), for
//! profilers: its time and mention count.
//!
//! ```text
//! cargo run --release --example bench_cases -- NAME
//! ```
//!
//! NAME: `killed` (two sources of "1 killed, ..." of 500 KB), `emoji` (1 MB of emoji,
//! CJK and combining marks around figures), `glued` ("GBP5 Rs5 ...", 400 KB), `list`
//! ("about 0 km, up to 0% ; ...", 1 MB), `prose` (1 MB of one paragraph repeated).

use std::time::Instant;

use fact_compare::{compare, Options, Source};

const PARAGRAPH: &str = "Officials said at least 14 civilians were killed in Kharkiv on Monday, \
    and nearly 3,000 homes lost power. The $90 billion package — roughly one-fifth of the \
    budget — was agreed after a 40-minute meeting; about 20% of it goes to air defence. ";

fn main() {
    let name = std::env::args().nth(1).unwrap_or_else(|| "killed".into());
    let sources = match name.as_str() {
        "killed" => {
            let text = "1 killed, ".repeat(50_000);
            vec![Source::new("a", text.clone()), Source::new("b", text)]
        }
        "emoji" => vec![Source::new(
            "a",
            "🙂👍🏽🇺🇦 北京 3 人 e\u{301}\u{301}\u{301} ½ 2½ ".repeat(30_000),
        )],
        "glued" => vec![Source::new("a", "GBP5 Rs5 ".repeat(44_000))],
        "list" => {
            let mut s = String::new();
            let mut i = 0u64;
            while s.len() < 1_000_000 {
                s.push_str(&format!("about {i} km, up to {i}% ; "));
                i += 1;
            }
            vec![Source::new("a", s)]
        }
        "prose" => vec![Source::new(
            "a",
            PARAGRAPH.repeat(1_000_000 / PARAGRAPH.len() + 1),
        )],
        other => panic!("unknown case {other}"),
    };
    let t = Instant::now();
    let r = compare(&sources, &Options::default()).expect("compare failed");
    println!(
        "{name}: {:.1} ms, {} mentions, {} groups",
        t.elapsed().as_secs_f64() * 1e3,
        r.mentions.len(),
        r.groups.len()
    );
}
