//! One word index over the word tables (issue 13).
//!
//! The tables that are asked about every word of a text (number words, stopwords,
//! prepositions, saying verbs, ...) compile, on first use, into one hash table from a
//! word, ASCII case folded, to the set of tables that hold it: its [`Roles`]. A word is
//! looked up once and carries all its roles, where a stage used to compare it with
//! every row of each table in turn. The tables stay the data, one entry per line; the
//! index is only their inverse.
//!
//! A lookup folds ASCII case only, as the tables' own comparisons do
//! (`eq_ignore_ascii_case`); a table compared with case-sensitive `==` against a word
//! that is already lowercase holds lowercase entries only (a test checks it), so that
//! folding changes nothing there either.
//!
//! ```
//! use fact_compare::lexicon::index::{roles, NUMBER_START, STOP};
//! assert!(roles("Seventy").has(NUMBER_START));
//! assert!(roles("the").has(STOP));
//! assert!(!roles("flood").has(NUMBER_START | STOP));
//! ```

use std::sync::OnceLock;

use super::ratios::MULTIPLES;
use super::words::{PLACE_PREPS, SAYING, STOPWORDS, TIME_PREPS};
use crate::context::tables::{FIGURE_NOUNS, WEAK_SAYING};
use crate::numerals::lexicon::{
    CARDINALS, NAME_BEFORE as NAMES_BEFORE, ORDINALS, QUANTIFIERS, VAGUE,
};

/// The set of tables that hold a word (a bit per table).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles(u32);

impl Roles {
    /// Whether the word is in any of the tables of `set`.
    pub fn has(self, set: Roles) -> bool {
        self.0 & set.0 != 0
    }
}

impl std::ops::BitOr for Roles {
    type Output = Roles;
    fn bitor(self, other: Roles) -> Roles {
        Roles(self.0 | other.0)
    }
}

/// A word a number written in words may start with: in `numerals::lexicon`'s
/// `CARDINALS`, `ORDINALS`, `VAGUE` or first in `QUANTIFIERS`, in
/// [`MULTIPLES`], or "a", "an", "half", "quarter" (the numeral reader's word forms).
pub const NUMBER_START: Roles = Roles(1);
/// In [`STOPWORDS`].
pub const STOP: Roles = Roles(1 << 1);
/// In [`TIME_PREPS`].
pub const TIME_PREP: Roles = Roles(1 << 2);
/// In [`PLACE_PREPS`].
pub const PLACE_PREP: Roles = Roles(1 << 3);
/// In [`SAYING`].
pub const SAYS: Roles = Roles(1 << 4);
/// In `context::tables`' `WEAK_SAYING`.
pub const WEAK_SAYS: Roles = Roles(1 << 5);
/// In `context::tables`' `FIGURE_NOUNS`.
pub const FIGURE_NOUN: Roles = Roles(1 << 6);

/// In `numerals::lexicon`'s `NAME_BEFORE` (ASCII case folded, as every role: that
/// table is compared exactly, so this role only rules words out before it).
pub const NAME_BEFORE: Roles = Roles(1 << 7);

/// The longest entry of any indexed table, in bytes: a longer word has no role.
const MAX_WORD: usize = 31;

/// A folded word as the index keeps it: its bytes, zero-padded to 31, and its length
/// as the 32nd byte, in 8-byte words.
type Key = [u64; 4];

/// The roles of a word (ASCII case folded; see the module docs).
pub fn roles(word: &str) -> Roles {
    let b = word.as_bytes();
    let index = index();
    // (issue 13: most words of a text are in no table; a bit of the filter tells them
    // apart before their key is built)
    match (b.first(), b.last()) {
        (Some(&first), Some(&last))
            if b.len() <= MAX_WORD && index.may_hold(first, last, b.len()) =>
        {
            key(b).map_or(Roles::default(), |k| index.get(&k))
        }
        _ => Roles::default(),
    }
}

/// Whether a word is in the tables of [`NUMBER_START`]: `roles(word).has(NUMBER_START)`,
/// with a filter of those words alone first (issue 13: the numeral reader asks it of
/// every word of a text, and few are number words; stopwords pass the filter of all
/// roles).
pub fn starts_number(word: &str) -> bool {
    let b = word.as_bytes();
    let index = index();
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) if b.len() <= MAX_WORD => {
            let bit = filter_bit(first, last, b.len());
            index.numbers[bit / 64] >> (bit % 64) & 1 != 0
                && key(b).is_some_and(|k| index.get(&k).has(NUMBER_START))
        }
        _ => false,
    }
}

/// Bits of the filter of [`Index::may_hold`] (a power of two).
const FILTER_BITS: usize = 1 << 14;

/// The filter bit of a word of `len` bytes from its first and last bytes (ASCII case
/// folded, as [`key`] folds them): equal keys, equal bits.
#[inline]
fn filter_bit(first: u8, last: u8, len: usize) -> usize {
    let x = u32::from(first.to_ascii_lowercase())
        | u32::from(last.to_ascii_lowercase()) << 8
        | (len as u32) << 16;
    (x.wrapping_mul(0x9e37_79b1) >> (32 - FILTER_BITS.trailing_zeros())) as usize
}

/// The key of a word (`None` when it is empty or longer than [`MAX_WORD`]).
#[inline]
fn key(bytes: &[u8]) -> Option<Key> {
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return None;
    }
    // (issue 13: eight bytes at a time, and only the 8-byte words that hold bytes of
    // the word; this runs for most words of a text)
    let mut key = [0u64; 4];
    let mut chunks = bytes.chunks_exact(8);
    for (k, chunk) in key.iter_mut().zip(&mut chunks) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        *k = ascii_lower(u64::from_le_bytes(w));
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let w = tail.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
        key[bytes.len() / 8] = ascii_lower(w);
    }
    // the length as the 32nd byte (below b'A': no fold changes it)
    key[3] |= (bytes.len() as u64) << 56;
    Some(key)
}

/// The eight bytes of `x` with ASCII capitals made lower case, all others kept: as
/// `u8::to_ascii_lowercase` on each byte, at once.
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & !HIGH;
    // bit 7 of a byte: set where its low seven bits are >= b'A', resp. > b'Z' (no
    // carry crosses a byte: 0x7f + 0x3f < 0x100)
    let from_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let past_z = low7 + ONES * (0x7f - u64::from(b'Z'));
    let upper = (from_a & !past_z) & !x & HIGH;
    x | (upper >> 2)
}

/// The tables and the role each gives its words.
fn tables() -> Vec<(Roles, Vec<&'static str>)> {
    let mut numbers: Vec<&'static str> = vec!["a", "an", "half", "quarter"];
    numbers.extend(CARDINALS.iter().map(|e| e.0));
    numbers.extend(ORDINALS.iter().map(|e| e.0));
    numbers.extend(VAGUE.iter().map(|e| e.0));
    numbers.extend(QUANTIFIERS.iter().filter_map(|e| e.0.first().copied()));
    numbers.extend(MULTIPLES.iter().map(|e| e.0));
    vec![
        (NUMBER_START, numbers),
        (STOP, STOPWORDS.iter().collect()),
        (TIME_PREP, TIME_PREPS.iter().collect()),
        (PLACE_PREP, PLACE_PREPS.iter().collect()),
        (SAYS, SAYING.iter().collect()),
        (WEAK_SAYS, WEAK_SAYING.to_vec()),
        (FIGURE_NOUN, FIGURE_NOUNS.to_vec()),
        (NAME_BEFORE, NAMES_BEFORE.iter().collect()),
    ]
}

/// An open-addressing hash table from folded words to roles, built once.
struct Index {
    /// (hash, 1 + the entry's index), or (0, 0) for an empty slot.
    slots: Vec<(u64, u32)>,
    keys: Vec<Key>,
    roles: Vec<Roles>,
    /// One bit per [`filter_bit`] of a key (a one-hash Bloom filter): clear for most
    /// words of no table.
    filter: Vec<u64>,
    /// The same filter of the keys of [`NUMBER_START`] alone.
    numbers: Vec<u64>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(&tables()))
}

impl Index {
    fn new(tables: &[(Roles, Vec<&'static str>)]) -> Index {
        let n: usize = tables.iter().map(|(_, t)| t.len()).sum();
        let mut index = Index {
            slots: vec![(0, 0); (n * 2).next_power_of_two()],
            keys: Vec::with_capacity(n),
            roles: Vec::with_capacity(n),
            filter: vec![0; FILTER_BITS / 64],
            numbers: vec![0; FILTER_BITS / 64],
        };
        for (role, table) in tables {
            for word in table {
                let b = word.as_bytes();
                if let Some(k) = key(b) {
                    index.insert(&k, *role);
                    let bit = filter_bit(b[0], b[b.len() - 1], b.len());
                    index.filter[bit / 64] |= 1 << (bit % 64);
                    if *role == NUMBER_START {
                        index.numbers[bit / 64] |= 1 << (bit % 64);
                    }
                }
            }
        }
        index
    }

    /// Whether a word of `len` bytes that opens with `first` and ends with `last` may be
    /// a key (false: it is none).
    #[inline]
    fn may_hold(&self, first: u8, last: u8, len: usize) -> bool {
        let bit = filter_bit(first, last, len);
        self.filter[bit / 64] >> (bit % 64) & 1 != 0
    }

    /// The slot of `key`: its own, or the empty one where it belongs.
    fn find(&self, key: &Key, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut h = hash as usize & mask;
        loop {
            let (sh, entry) = self.slots[h];
            if entry == 0 || (sh == hash && self.keys[entry as usize - 1] == *key) {
                return h;
            }
            h = (h + 1) & mask;
        }
    }

    fn insert(&mut self, key: &Key, role: Roles) {
        let hash = hash(key);
        let h = self.find(key, hash);
        match self.slots[h].1 {
            0 => {
                self.keys.push(*key);
                self.roles.push(role);
                self.slots[h] = (hash, self.keys.len() as u32);
            }
            e => self.roles[e as usize - 1] = self.roles[e as usize - 1] | role,
        }
    }

    fn get(&self, key: &Key) -> Roles {
        match self.slots[self.find(key, hash(key))].1 {
            0 => Roles::default(),
            e => self.roles[e as usize - 1],
        }
    }
}

/// A multiply-rotate hash over the key's 8-byte words that hold its bytes (most
/// words: one), and its length.
fn hash(key: &Key) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let len = (key[3] >> 56) as usize;
    let mut h = len as u64;
    for &w in &key[..len.div_ceil(8).min(3)] {
        h = (h.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
    h ^ (h >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry of every indexed table has exactly the roles of the tables that
    /// hold it (folded), and a word of no table has none.
    #[test]
    fn roles_are_the_tables_membership() {
        let tables = tables();
        for (role, table) in &tables {
            for word in table {
                assert!(word.len() <= MAX_WORD, "{word:?} is longer than MAX_WORD");
                let want = tables
                    .iter()
                    .filter(|(_, t)| t.iter().any(|w| w.eq_ignore_ascii_case(word)))
                    .fold(Roles::default(), |acc, (r, _)| acc | *r);
                assert_eq!(roles(word), want, "{word:?}");
                assert!(roles(&word.to_ascii_uppercase()).has(*role), "{word:?}");
            }
        }
        for word in [
            "",
            "flood",
            "killed",
            "thousands2",
            "é",
            "x".repeat(40).as_str(),
        ] {
            assert!(!roles(word).has(NUMBER_START), "{word:?}");
        }
        // `starts_number` is `roles(..).has(NUMBER_START)`
        for (_, table) in &tables {
            for word in table {
                for w in [
                    word.to_string(),
                    word.to_ascii_uppercase(),
                    format!("{word}s"),
                ] {
                    assert_eq!(starts_number(&w), roles(&w).has(NUMBER_START), "{w:?}");
                }
            }
        }
        for w in ["", "the", "a", "An", "flood", "x".repeat(40).as_str(), "é"] {
            assert_eq!(starts_number(w), roles(w).has(NUMBER_START), "{w:?}");
        }
        // a NUL byte is a byte of the word, not the end of it
        assert_eq!(roles("the\0"), Roles::default());
        assert_eq!(roles("\0"), Roles::default());
    }

    /// [`key`] is the word's bytes folded, zero-padded to 31, with its length as the
    /// 32nd byte, in 8-byte words.
    #[test]
    fn key_is_the_padded_folded_word() {
        for len in 0..=40usize {
            let word: Vec<u8> = (0..len).map(|i| b"AbZz@[`{\xc3\xa9\x00"[i % 11]).collect();
            let want = (1..=MAX_WORD).contains(&len).then(|| {
                let mut buf = [0u8; 32];
                for (d, s) in buf.iter_mut().zip(&word) {
                    *d = s.to_ascii_lowercase();
                }
                buf[31] = len as u8;
                let mut k = [0u64; 4];
                for (k, c) in k.iter_mut().zip(buf.chunks_exact(8)) {
                    *k = u64::from_le_bytes(c.try_into().unwrap());
                }
                k
            });
            assert_eq!(key(&word), want, "{len}");
        }
    }

    /// The eight-at-once fold is `to_ascii_lowercase` on every byte.
    #[test]
    fn ascii_lower_folds_each_byte() {
        for b in 0..=255u8 {
            for pad in [0u8, b'A', b'z', 0xff] {
                let bytes = [pad, b, pad, b, b, 0x80, b'Z', b'@'];
                let want = bytes.map(|x| x.to_ascii_lowercase());
                assert_eq!(
                    ascii_lower(u64::from_le_bytes(bytes)),
                    u64::from_le_bytes(want)
                );
            }
        }
    }

    /// The tables that the context reader compares with `==` against a lowercased
    /// word hold lowercase entries only: folding them in the index changes nothing.
    #[test]
    fn case_sensitive_tables_are_lowercase() {
        for (role, table) in tables() {
            if role == NUMBER_START || role == NAME_BEFORE {
                continue; // compared without case (`same_word`), resp. exactly
            }
            for word in table {
                assert_eq!(word, word.to_ascii_lowercase(), "{word:?}");
            }
        }
    }
}
