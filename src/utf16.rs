//! UTF-8 byte offsets to UTF-16 code-unit offsets, computed once at the boundary.

/// Maps UTF-8 byte offsets of one text to UTF-16 offsets.
///
/// Built in one pass; lookups are `O(log n)` over the text's non-ASCII characters.
///
/// ```
/// use fact_compare::utf16::Utf16Map;
/// let text = "’20%";
/// let map = Utf16Map::new(text);
/// assert_eq!(map.to_utf16(3), 1); // the curly quote is 3 bytes, 1 UTF-16 unit
/// assert_eq!(map.to_utf16(text.len()), 4);
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Map {
    /// For each non-ASCII char: (byte offset just after it, utf16 offset just after it).
    marks: Vec<(usize, usize)>,
}

impl Utf16Map {
    /// Index a text.
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        let mut u16_pos = 0usize;
        let bytes = text.as_bytes();
        let mut b = 0;
        // (issue 13) ASCII eight bytes at a time: one unit per byte, no mark (natively:
        // in the wasm module it would cost more bytes than it saves time).
        while let Some(&x) = bytes.get(b) {
            if let Some(chunk) = bytes
                .get(b..b + 8)
                .filter(|_| !cfg!(target_arch = "wasm32"))
            {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                if u64::from_le_bytes(w) & u64::from_le_bytes([0x80; 8]) == 0 {
                    b += 8;
                    u16_pos += 8;
                    continue;
                }
            }
            if x < 0x80 {
                b += 1;
                u16_pos += 1;
                continue;
            }
            let Some(ch) = text.get(b..).and_then(|t| t.chars().next()) else {
                break;
            };
            let n8 = ch.len_utf8();
            u16_pos += ch.len_utf16();
            b += n8;
            marks.push((b, u16_pos));
        }
        Utf16Map { marks }
    }

    /// The UTF-16 offset of a UTF-8 byte offset (which should be a char boundary).
    pub fn to_utf16(&self, byte: usize) -> usize {
        // last mark at or before `byte`
        let i = self.marks.partition_point(|&(b, _)| b <= byte);
        if i == 0 {
            byte
        } else {
            let (b, u) = self.marks[i - 1];
            u + (byte - b)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn multibyte_table() {
        for text in [
            "$100",
            "€90bn",
            "war—the",
            "Russia’s 20%",
            "a\u{a0}b\u{2009}c",
            "🙂 7 killed",
            "北京 3 人",
            "e\u{301}1",
            "",
            "plain ascii 12",
            "a longer line of plain ascii, then — and ’ then 🙂🙂 and more ascii text é",
        ] {
            let map = Utf16Map::new(text);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(map.to_utf16(b), naive(text, b), "{text:?} at byte {b}");
            }
        }
    }
}
