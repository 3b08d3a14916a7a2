//! Numerals: the table-driven corpus in tests/data/numerals/, invariants, odd input.

use fact_compare::numerals::{numerals, Form, Numeral, Role};

fn show(text: &str) -> String {
    numerals(text)
        .iter()
        .map(|n| {
            format!(
                "[{}]={} {:?} {:?} s={} v={:?}",
                &text[n.start..n.end],
                n.value,
                n.role,
                n.form,
                n.scale,
                n.vague
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `FC_PROBE="text" cargo test --test numerals probe -- --ignored --nocapture`
#[test]
#[ignore]
fn probe() {
    for line in std::env::var("FC_PROBE").unwrap_or_default().split('|') {
        println!("{line}\n  -> {}", show(line));
    }
}
