//! The weights of the pair decision that are fitted from gold, not chosen by hand:
//! read from the data table `weights.tsv`, which `examples/fit.rs` writes (a grid
//! search of grouping pair F1 over every gold cluster the project has, with
//! leave-one-cluster-out scores printed). The constants of `align` that are still
//! chosen by hand say why in their docs.

/// The fitted table, one `name<TAB>value` a line; `#` starts a comment.
pub const TABLE: &str = include_str!("weights.tsv");

/// Fitted weights of the pair decision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Minimum score for two mentions to share a group (the default of
    /// [`crate::Options::min_tie_score`]).
    pub min_tie_score: f64,
    /// Two groups join only if the mean score between their members is at least this
    /// share of the threshold (average linkage: chains of weak links do not snowball).
    pub link_factor: f32,
    /// Score factor for two different figures of one source (a headline and its body
    /// usually repeat the same figure; different ones are usually different things).
    pub same_source: f32,
    /// Score factor when two figures count different things ("40 schools" / "6 bridges").
    pub noun_mismatch: f32,
    /// Score factor for figures more than [`super::FAR_RATIO`] apart.
    pub far_apart: f32,
}

impl Weights {
    /// The committed fitted weights.
    ///
    /// ```
    /// let w = fact_compare::align::Weights::fitted();
    /// assert!(w.min_tie_score > 0.0 && w.min_tie_score < 1.0);
    /// ```
    pub fn fitted() -> Weights {
        Weights::parse(TABLE).unwrap_or(Weights::FALLBACK)
    }

    /// The values before any fit (used only if the table were unreadable).
    pub const FALLBACK: Weights = Weights {
        min_tie_score: 0.3,
        link_factor: 0.6,
        same_source: 0.7,
        noun_mismatch: 0.5,
        far_apart: 0.4,
    };

    /// Read a table in the format of `weights.tsv`; `None` if a line is malformed.
    /// Names not given keep their [`Weights::FALLBACK`] value.
    pub fn parse(table: &str) -> Option<Weights> {
        let mut w = Weights::FALLBACK;
        for line in table.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line.split_once('\t')?;
            let v = crate::fmt::parse_f64(value.trim())?;
            match name.trim() {
                "min_tie_score" => w.min_tie_score = v,
                "link_factor" => w.link_factor = v as f32,
                "same_source" => w.same_source = v as f32,
                "noun_mismatch" => w.noun_mismatch = v as f32,
                "far_apart" => w.far_apart = v as f32,
                _ => return None,
            }
        }
        Some(w)
    }

    /// The table text for these weights (what `examples/fit.rs --write` commits).
    pub fn to_table(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&format!(
            "min_tie_score\t{}\nlink_factor\t{}\nsame_source\t{}\nnoun_mismatch\t{}\nfar_apart\t{}\n",
            self.min_tie_score, self.link_factor, self.same_source, self.noun_mismatch, self.far_apart
        ));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_table_reads() {
        assert!(Weights::parse(TABLE).is_some());
        let w = Weights::fitted();
        assert_eq!(Weights::parse(&w.to_table("x")), Some(w));
    }
}
