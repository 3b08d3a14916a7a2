//! Number formatting with a small code footprint: fixed decimals through integer
//! arithmetic, so the wasm module does not carry core's float-to-decimal machinery
//! (Grisu/Dragon, ~15 KB) for the few figures that explanations print.

/// `x` rounded to `decimals` places (0..=6), like `format!("{x:.decimals$}")` for
/// finite values of magnitude below 9e15 (larger ones print in exponent-free integers
/// as far as f64 allows; non-finite ones as "∞", "-∞", "NaN").
///
/// ```
/// use fact_compare::fmt::fixed;
/// assert_eq!(fixed(11.111, 0), "11");
/// assert_eq!(fixed(0.45, 1), "0.5");
/// assert_eq!(fixed(-2.0, 1), "-2.0");
/// ```
pub fn fixed(x: f64, decimals: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals);
    let scaled = (x.abs() * scale as f64).round();
    let n = if scaled >= 1.8e19 {
        u64::MAX
    } else {
        scaled as u64
    };
    let mut out = String::new();
    if x < 0.0 && n != 0 {
        out.push('-');
    }
    out.push_str(&(n / scale).to_string());
    if decimals > 0 {
        let frac = (n % scale).to_string();
        out.push('.');
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn agrees_with_std_formatting() {
        for x in [
            0.0, 0.04, 0.05, 0.5, 1.0, 1.25, 9.99, 10.0, 33.333, 99.95, 123456.789, 1e12, -0.3,
            -7.77,
        ] {
            for d in 0..=3u32 {
                let std = format!("{x:.*}", d as usize);
                let ours = fixed(x, d);
                // std rounds half to even on exact ties; accept a difference in the last digit there
                assert!(
                    ours == std
                        || std == format!("-{ours}")
                        || (x * 10f64.powi(d as i32)).fract().abs() == 0.5,
                    "{x} {d}: {ours} vs {std}"
                );
            }
        }
    }
}
