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

/// A word table kept as one string, each entry followed by a newline (issue 13, the
/// wasm size): the module holds the table's text only, where a `&[&str]` also holds a
/// pointer and a length per entry (about 2.7 bytes gzipped each). Written with
/// [`words_table!`], one entry per line as before; read with [`Words::iter`] and
/// [`Words::contains`], the slice methods the tables' users call.
#[derive(Clone, Copy, Debug)]
pub struct Words(&'static str);

/// A [`Words`] table from its entries: `words_table!["a", "an"]`.
macro_rules! words_table {
    ($($w:literal),* $(,)?) => {
        $crate::lexicon::Words::new(concat!($($w, "\n"),*))
    };
}
pub(crate) use words_table;

/// A table of (word, value) pairs packed into one string, one `word\tvalue` line each:
/// one pointer for the table, not two per entry (issue 13, the wasm size).
#[derive(Clone, Copy, Debug)]
pub struct Pairs(&'static str);

/// A [`Pairs`] table from `(word, value)` literals, one pair per line.
macro_rules! pairs_table {
    ($(($a:literal, $b:literal)),* $(,)?) => {
        $crate::lexicon::Pairs::new(concat!($($a, "\t", $b, "\n"),*))
    };
}
pub(crate) use pairs_table;

impl Pairs {
    /// The table of the lines in `packed`, each `word\tvalue\n`.
    pub const fn new(packed: &'static str) -> Pairs {
        Pairs(packed)
    }

    /// The pairs, in table order.
    pub fn iter(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        Words(self.0)
            .iter()
            .map(|line| line.split_once('\t').unwrap_or((line, "")))
    }
}

impl Words {
    /// The table of the entries in `packed`, each followed by a newline.
    pub const fn new(packed: &'static str) -> Words {
        Words(packed)
    }

    /// The number of entries (a const fn: a table's length can be checked at compile time).
    pub const fn len(self) -> usize {
        let bytes = self.0.as_bytes();
        let (mut i, mut n) = (0, 0);
        while i < bytes.len() {
            if bytes[i] == b'\n' {
                n += 1;
            }
            i += 1;
        }
        n
    }

    /// Whether the table has no entry.
    pub const fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The entries, in table order.
    pub fn iter(self) -> WordsIter {
        WordsIter(self.0)
    }

    /// Whether `w` is an entry (compared exactly, as `<[&str]>::contains`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn contains(&self, w: &&str) -> bool {
        self.iter().any(|e| e == *w)
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = WordsIter;
    fn into_iter(self) -> WordsIter {
        self.iter()
    }
}

/// The entries of a [`Words`] table.
#[derive(Clone, Debug)]
pub struct WordsIter(&'static str);

impl Iterator for WordsIter {
    type Item = &'static str;
    // One copy for every table and caller in the wasm module.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next(&mut self) -> Option<&'static str> {
        let rest = self.0;
        let end = rest.bytes().position(|b| b == b'\n')?;
        let (entry, tail) = rest.split_at(end);
        self.0 = &tail[1..];
        Some(entry)
    }
}

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
    fn a_packed_table_reads_back_its_entries() {
        const T: super::Words = words_table!["a", "per cent", "U.S.$", "’s"];
        assert_eq!(
            T.iter().collect::<Vec<_>>(),
            ["a", "per cent", "U.S.$", "’s"]
        );
        assert_eq!(T.len(), 4);
        assert!(T.contains(&"per cent") && !T.contains(&"per") && !T.contains(&""));
        const E: super::Words = words_table![];
        assert_eq!((E.len(), E.is_empty(), E.iter().next()), (0, true, None));
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
