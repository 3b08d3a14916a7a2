//! Numerals: numbers written in digits. (First slice; words, fractions, scales: issue 3.)

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The value.
    pub value: f64,
}

/// Every run of digits (with `,` grouping and `.` decimals) in the text.
pub fn numerals(text: &str) -> Vec<Numeral> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_digit()
                    || (matches!(b[i], b',' | b'.')
                        && b.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                i += 1;
            }
            let digits: String = text[start..i].chars().filter(|c| *c != ',').collect();
            if let Ok(value) = digits.parse::<f64>() {
                out.push(Numeral {
                    start,
                    end: i,
                    value,
                });
            }
        } else {
            i += 1;
        }
    }
    out
}
