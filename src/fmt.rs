//! Number formatting with a small code footprint: fixed decimals through integer
//! arithmetic, so the wasm module does not carry core's float-to-decimal machinery
//! (Grisu/Dragon, ~15 KB) for the few figures that explanations print.

/// Append `n` in decimal (without `format!`: ids are written once per figure and per
/// group, and a figure-dense text has a figure every two bytes).
pub(crate) fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// The id of the `n`-th group of a Report (from 1): "g1", "g2", ...
pub(crate) fn group_id(n: usize) -> String {
    let mut id = String::with_capacity(8);
    id.push('g');
    push_decimal(&mut id, n);
    id
}

/// The words of `s` on one line, one space between each ("a\n  b " -> "a b"), as
/// `s.split_whitespace().collect::<Vec<_>>().join(" ")` gives, without the vector.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

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
    fn one_line_is_the_words_joined_by_one_space() {
        for s in [
            "",
            " ",
            "one",
            "  two\twords ",
            "a\n\n b\u{a0}c",
            "up to\r\n$5 bn",
        ] {
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(super::one_line(s), joined, "{s:?}");
        }
    }

    #[test]
    fn group_ids_are_g_and_the_number() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(super::group_id(n), format!("g{n}"));
        }
    }

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

/// `s.parse::<f64>().ok()`, correctly rounded, with a small code footprint (issue 13):
/// core's parser carries ~7 KB of power-of-five tables into the wasm module, for the
/// figures of news text, which are short. The same grammar as `f64::from_str`
/// (an optional sign, digits with an optional `.`, an optional exponent, `inf`,
/// `infinity`, `nan`), and the same value for every input: the common case (up to 15
/// significant digits and a small exponent) in one float operation, the rest exactly
/// through a small big integer ([`big`]).
///
/// ```
/// use fact_compare::fmt::parse_f64;
/// assert_eq!(parse_f64("1.25"), Some(1.25));
/// assert_eq!(parse_f64("0.1"), "0.1".parse().ok());
/// assert_eq!(parse_f64("1,000"), None);
/// ```
pub fn parse_f64(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = match Decimal::read(body.as_bytes()) {
        Some(d) => d.to_f64(),
        None => special(body)?,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `inf`, `infinity` and `nan` in any case, as `f64::from_str` reads them.
fn special(s: &str) -> Option<f64> {
    if s.eq_ignore_ascii_case("inf") || s.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if s.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

/// The significant digits kept of a decimal: 768 are enough to decide the rounding of
/// any f64 (its halfway points have at most 767), the rest only count as "more".
const MAX_DIGITS: usize = 800;

/// A decimal number `digits × 10^exp` read from text (no sign).
struct Decimal {
    /// Significant digits (no leading zeros), each 0..=9; a nonzero digit after
    /// [`MAX_DIGITS`] is kept as a final 1 (only "more than the digits" matters then).
    digits: Vec<u8>,
    exp: i64,
}

impl Decimal {
    /// `digits [. digits] [(e|E) [sign] digits]`, with at least one digit before the
    /// exponent; `None` for anything else.
    fn read(s: &[u8]) -> Option<Decimal> {
        let mut d = Decimal {
            digits: Vec::new(),
            exp: 0,
        };
        let mut i = 0;
        let mut seen = false;
        let mut dropped = false;
        let mut fraction = false;
        while i < s.len() {
            match s[i] {
                c @ b'0'..=b'9' => {
                    seen = true;
                    if c == b'0' && d.digits.is_empty() {
                        // a leading zero: only the exponent moves, for a fraction's
                    } else if d.digits.len() < MAX_DIGITS {
                        d.digits.push(c - b'0');
                    } else {
                        dropped |= c != b'0';
                        if !fraction {
                            d.exp += 1;
                        }
                        i += 1;
                        continue;
                    }
                    if fraction {
                        d.exp -= 1;
                    }
                }
                b'.' if !fraction => fraction = true,
                _ => break,
            }
            i += 1;
        }
        if !seen {
            return None;
        }
        if i < s.len() {
            if !matches!(s[i], b'e' | b'E') {
                return None;
            }
            i += 1;
            let negative = s.get(i) == Some(&b'-');
            if matches!(s.get(i), Some(b'-' | b'+')) {
                i += 1;
            }
            let digits = &s[i..];
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            // Saturated: beyond this the value is 0 or infinite whatever the digits.
            let n = digits
                .iter()
                .fold(0i64, |n, &c| (n * 10 + i64::from(c - b'0')).min(1 << 40));
            d.exp += if negative { -n } else { n };
        }
        if dropped {
            d.digits.push(1);
            d.exp -= 1;
        }
        Some(d)
    }

    fn to_f64(&self) -> f64 {
        let n = self.digits.len() as i64;
        if n == 0 {
            return 0.0;
        }
        // The leading digit's power of ten bounds the value: 10^(lead) <= v < 10^(lead+1).
        let lead = n - 1 + self.exp;
        if lead > 309 {
            return f64::INFINITY;
        }
        if lead < -325 {
            return 0.0;
        }
        if n <= 19 {
            let m = self.digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d));
            if let Some(x) = small(m, self.exp) {
                return x;
            }
        }
        big::to_f64(&self.digits, self.exp)
    }
}

/// `m × 10^exp` by Clinger's fast path, where it holds: both operands exact in an
/// f64, so one correctly rounded operation.
fn small(m: u64, exp: i64) -> Option<f64> {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let p = *EXACT.get(exp.unsigned_abs() as usize)?;
    (m < 1 << 53).then(|| if exp < 0 { m as f64 / p } else { m as f64 * p })
}

/// The f64 nearest to `(top + ε) × 2^exp2`, ties to even, where ε is 0 when `!sticky`
/// and strictly between 0 and 1 otherwise: `top` must then carry at least 55
/// significant bits, so that ε only breaks ties.
fn round(top: u128, exp2: i64, sticky: bool) -> f64 {
    if top == 0 {
        return 0.0;
    }
    let bits = 128 - i64::from(top.leading_zeros());
    let e = bits - 1 + exp2; // value in [2^e, 2^(e+1))
    if e > 1023 {
        return f64::INFINITY;
    }
    // The weight of the last bit kept: 2^-1074 for subnormals.
    let lsb = (e - 52).max(-1074);
    let drop = lsb - exp2;
    let mut mant = if drop <= 0 {
        top << -drop
    } else if drop >= 128 {
        // below half the smallest subnormal (callers never come here: they pass values
        // of at least 1e-325 with 55 bits or more, so `drop` stays below 80)
        0
    } else {
        let kept = top >> drop;
        let rest = top & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
        kept + u128::from(up)
    };
    let mut lsb = lsb;
    if mant == 1 << 53 {
        mant >>= 1;
        lsb += 1;
    }
    if mant < 1 << 52 {
        // subnormal (lsb is -1074) or zero
        return f64::from_bits(mant as u64);
    }
    let biased = lsb + 52 + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (mant as u64 - (1 << 52)))
}

/// The exact conversion, for what [`small`] leaves: many digits or a large exponent.
mod big {
    /// An unsigned integer, 32-bit limbs, least significant first, no trailing zeros.
    struct Big(Vec<u32>);

    impl Big {
        fn from_digits(digits: &[u8]) -> Big {
            let mut b = Big(Vec::new());
            for &d in digits {
                b.mul_add(10, u32::from(d));
            }
            b
        }

        /// `self = self × k + add`.
        fn mul_add(&mut self, k: u32, add: u32) {
            let mut carry = u64::from(add);
            for limb in &mut self.0 {
                let x = u64::from(*limb) * u64::from(k) + carry;
                *limb = x as u32;
                carry = x >> 32;
            }
            if carry > 0 {
                self.0.push(carry as u32);
            }
        }

        fn pow10(mut self, n: u64) -> Big {
            for _ in 0..n / 9 {
                self.mul_add(1_000_000_000, 0);
            }
            for _ in 0..n % 9 {
                self.mul_add(10, 0);
            }
            self
        }

        fn bits(&self) -> u64 {
            self.0.last().map_or(0, |&l| {
                32 * self.0.len() as u64 - u64::from(l.leading_zeros())
            })
        }

        fn bit(&self, i: u64) -> bool {
            self.0
                .get((i / 32) as usize)
                .is_some_and(|&l| l >> (i % 32) & 1 == 1)
        }

        /// The bits from `from` up (at most 128 of them), and whether any below are set.
        fn top(&self, from: u64) -> (u128, bool) {
            let mut top = 0u128;
            for i in (from..self.bits()).rev() {
                top = top << 1 | u128::from(self.bit(i));
            }
            let sticky = (0..from).any(|i| self.bit(i));
            (top, sticky)
        }

        /// `self = 2 × self + bit`.
        fn double_add(&mut self, bit: bool) {
            self.mul_add(2, u32::from(bit));
        }

        fn ge(&self, other: &Big) -> bool {
            if self.0.len() != other.0.len() {
                return self.0.len() > other.0.len();
            }
            for (a, b) in self.0.iter().rev().zip(other.0.iter().rev()) {
                if a != b {
                    return a > b;
                }
            }
            true
        }

        /// `self -= other` (`self >= other`).
        fn sub(&mut self, other: &Big) {
            let mut borrow = 0i64;
            for (i, limb) in self.0.iter_mut().enumerate() {
                let x = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
                *limb = x.rem_euclid(1 << 32) as u32;
                borrow = i64::from(x < 0);
            }
            while self.0.last() == Some(&0) {
                self.0.pop();
            }
        }
    }

    /// `digits × 10^exp` rounded to the nearest f64 (ties to even); the caller has
    /// bounded `exp` (the value lies within f64's range, give or take a power of ten).
    pub(super) fn to_f64(digits: &[u8], exp: i64) -> f64 {
        let d = Big::from_digits(digits);
        if exp >= 0 {
            let n = d.pow10(exp as u64);
            let from = n.bits().saturating_sub(66);
            let (top, sticky) = n.top(from);
            return super::round(top, from as i64, sticky);
        }
        // d / 10^k: long division of d · 2^s, with s such that the quotient has at
        // least 66 bits.
        let p = Big(vec![1]).pow10(exp.unsigned_abs());
        let s = (66 + p.bits()).saturating_sub(d.bits());
        let mut rem = Big(Vec::new());
        let mut q = Big(Vec::new());
        for i in (0..d.bits() + s).rev() {
            rem.double_add(i >= s && d.bit(i - s));
            let fits = rem.ge(&p);
            if fits {
                rem.sub(&p);
            }
            q.double_add(fits);
        }
        let from = q.bits().saturating_sub(66);
        let (top, sticky) = q.top(from);
        super::round(top, from as i64 - s as i64, sticky || !rem.0.is_empty())
    }
}

#[cfg(test)]
mod parse_tests {
    use super::parse_f64;

    fn same(s: &str) {
        let std = s.parse::<f64>().ok();
        let ours = parse_f64(s);
        assert_eq!(
            std.map(f64::to_bits),
            ours.map(f64::to_bits),
            "{s:?}: std {std:?}, ours {ours:?}"
        );
    }

    /// The hard cases of decimal-to-binary conversion: halfway points, the ends of the
    /// range, subnormals, long digit strings.
    #[test]
    fn agrees_with_std_on_hard_cases() {
        for s in [
            "0",
            "-0",
            "+0",
            "0.0",
            "00012",
            "1",
            "1.",
            ".5",
            ".",
            "",
            "-",
            "+",
            "e5",
            "1e",
            "1e+",
            "1e5",
            "1E-5",
            "1.5e+3",
            "+-1",
            "--1",
            "1_000",
            "1,000",
            "12a",
            " 1",
            "1 ",
            "inf",
            "-Infinity",
            "NaN",
            "+nan",
            "infinit",
            "0.1",
            "0.2",
            "0.3",
            "1.1",
            "3.14159",
            "14000",
            "1.2",
            "99.95",
            "123456789012345678",
            "1234567890123456789",
            "12345678901234567890",
            "123456789012345678901234567890",
            "9007199254740992",
            "9007199254740993",
            "9007199254740994",
            "9007199254740995",
            "18014398509481985",
            "1e22",
            "1e23",
            "1e-22",
            "1e-23",
            "8.988465674311579e307",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e308",
            "1e309",
            "2e308",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "5e-324",
            "3e-324",
            "2e-324",
            "1e-324",
            "1e-325",
            "1e-400",
            "1e400",
            "0.000000000000000000000000000000000001",
            "7.2057594037927933e16",
            "2.0000000000000004",
            "2.00000000000000011102230246251565404236316680908203125",
            "2.00000000000000011102230246251565404236316680908203124",
            "2.00000000000000011102230246251565404236316680908203126",
            "0.1000000000000000055511151231257827021181583404541015625",
            "1e1000000000000",
            "1e-1000000000000",
            "0e99999",
            "0.00000e-99999",
            "1.00000000000000000000000000000000000000000000000000000000000000000000000001",
            "4503599627370496.5",
            "4503599627370497.5",
            "123.456e-2",
            "1e-19",
            "123e-20",
        ] {
            same(s);
        }
        let long = format!("{}1", "0.".to_string() + &"0".repeat(330));
        same(&long);
        same(&"9".repeat(400));
        same(&"9".repeat(308));
        same(&("1".to_string() + &"0".repeat(900) + "1e-900"));
        same(&("0.".to_string() + &"3".repeat(1000)));
        same(&("2.4703282292062327".to_string() + &"0".repeat(900) + "1e-324"));
    }

    /// Many pseudo-random decimals: digit counts, points and exponents across the range.
    #[test]
    fn agrees_with_std_on_random_decimals() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..200_000 {
            let n = 1 + (next() % 40) as usize;
            let mut s: String = (0..n)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            if next() % 2 == 0 {
                let at = (next() as usize) % (n + 1);
                s.insert(at, '.');
            }
            match next() % 4 {
                0 => s.push_str(&format!("e{}", (next() % 700) as i64 - 350)),
                1 => s.push_str(&format!("e{}", (next() % 50) as i64 - 25)),
                _ => {}
            }
            same(&s);
        }
    }

    /// Every kind of f64 printed back, shortest, with 25 and with 60 digits.
    #[test]
    fn agrees_with_std_on_printed_doubles() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..50_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x >> 1);
            if v.is_finite() {
                same(&format!("{v:e}"));
                same(&format!("{v:.25e}"));
                same(&format!("{v:.60e}"));
                same(&format!("{v}"));
            }
        }
    }

    /// Exact ties: a 54-bit odd integer times 2^q lies halfway between two f64s; it,
    /// and the decimals just above and below it, written out exactly.
    #[test]
    fn agrees_with_std_on_exact_ties() {
        let mut x = 0x1234_5678_9abc_def1u64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let m = u128::from((x >> 10) | 1 | (1 << 53));
            let q = (x % 100) as i32 - 30;
            let digits = if q >= 0 {
                (m << q.min(70)).to_string()
            } else {
                // m / 2^k = m · 5^k / 10^k
                let k = (-q) as u32;
                let n = (m * 5u128.pow(k)).to_string();
                let n = format!("{n:0>width$}", width = k as usize + 1);
                let (int, frac) = n.split_at(n.len() - k as usize);
                format!("{int}.{frac}")
            };
            same(&digits);
            same(&format!("{digits}1"));
            if !digits.contains('.') {
                same(&format!("{digits}.000000000000000000001"));
                same(&format!("{}", (m << q.min(70)) - 1));
            }
        }
    }
}
