//! Lexicons: the word tables the recognizers read, one entry per line.
//!
//! | table | used by |
//! |---|---|
//! | [`hedges`] | hedge words before/after a figure, range words |
//! | [`index`] | one index over the tables asked about every word: a word's roles in one lookup |
//! | [`money`] | currency signs, codes and names |
//! | [`ratios`] | multiplier words ("double", "eightfold"), rank words ("-highest") |
//! | [`units`] | units with their SI conversion, scale words |
//! | [`words`] | stopwords, time and place words, scope words (subject, qualifiers) |
//!
//! Matching is longest-first (see [`crate::quantities::scan`]); a test checks that no
//! entry is a duplicate, so that the table order never decides a match.

pub mod hedges;
pub mod index;
pub mod money;
pub mod ratios;
pub mod units;
pub mod words;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    fn unique<'a>(name: &str, it: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for w in it {
            assert!(seen.insert(w), "{name}: duplicate entry {w:?}");
        }
    }

    #[test]
    fn no_duplicate_entries() {
        unique("hedges::BEFORE", super::hedges::BEFORE.iter().map(|e| e.0));
        unique("hedges::AFTER", super::hedges::AFTER.iter().map(|e| e.0));
        unique("units::AFTER", super::units::AFTER.iter().map(|e| e.0));
        unique("money::BEFORE", super::money::BEFORE.iter().map(|e| e.0));
        unique("money::AFTER", super::money::AFTER.iter().map(|e| e.0));
        unique(
            "ratios::MULTIPLES",
            super::ratios::MULTIPLES.iter().map(|e| e.0),
        );
        unique(
            "words::TIME_PHRASES",
            super::words::TIME_PHRASES.iter().copied(),
        );
        unique(
            "words::SCOPE_PHRASES",
            super::words::SCOPE_PHRASES.iter().copied(),
        );
    }
}
