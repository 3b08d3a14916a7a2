//! Options: every constant of the hedge table and the limits, with documented defaults.
//!
//! | wording | interval for stated value v | option |
//! |---|---|---|
//! | none | [v, v], compared with a rounding tolerance | `rounding_cap` |
//! | about, around, roughly, approximately, some, ~, c. | [a·v, b·v] | `approx_low`, `approx_high` |
//! | nearly, almost, close to, just under | [n·v, v) | `nearly_low` |
//! | more than, over, above, upwards of | (v, ∞) | — |
//! | at least, no fewer than, a minimum of | [v, ∞) | — |
//! | less than, under, below, fewer than | [0, v) | — |
//! | up to, as many as, at most, no more than | [0, v] | — |
//! | between a and b, a to b, a–b | [a, b] | — |
//! | tens of thousands, hundreds, millions, dozens | [2·10^k, 10^(k+1)) | `vague_low_factor` |

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// Settings for `compare` and `extract`. Every field has a default; unknown fields
/// are rejected so that a typo is an error, not a silent default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Lower factor for "about v": default 0.9.
    pub approx_low: f64,
    /// Upper factor for "about v": default 1.1.
    pub approx_high: f64,
    /// Lower factor for "nearly v": default 0.9 (upper bound is v, excluded).
    pub nearly_low: f64,
    /// Cap of the rounding tolerance of an unhedged figure, as a fraction of it:
    /// default 0.02. The tolerance is half a unit of the last non-zero digit.
    pub rounding_cap: f64,
    /// Low end of a vague magnitude, as a multiple of its order: "tens of thousands"
    /// is [2·10^4, 10^5) with the default 2.0; "dozens" is [24, 100).
    pub vague_low_factor: f64,
    /// Largest total input in UTF-8 bytes: default 16 MiB.
    pub max_input_bytes: usize,
    /// Largest number of sources: default 10,000.
    pub max_sources: usize,
    /// Reference date `YYYY-MM-DD` for sources without a `date` (derived durations).
    /// Without either (and without a dateline), durations are counted to the year the
    /// sources name most, as a whole year, with a warning.
    pub reference_date: Option<String>,
    /// Minimum alignment score (0..1) for two mentions to share a group: default fitted
    /// from gold (`src/align/weights.tsv`, written by `examples/fit.rs`).
    pub min_tie_score: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            approx_low: 0.9,
            approx_high: 1.1,
            nearly_low: 0.9,
            rounding_cap: 0.02,
            vague_low_factor: 2.0,
            max_input_bytes: 16 * 1024 * 1024,
            max_sources: 10_000,
            reference_date: None,
            min_tie_score: crate::align::Weights::fitted().min_tie_score,
        }
    }
}

/// A value given for one option by name (the wasm boundary reads JS objects this way,
/// so that the module needs no deserializer).
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    /// A JS number.
    Number(f64),
    /// A JS string.
    Text(String),
    /// `null` or `undefined`: the default.
    Null,
}

impl Options {
    /// Set one option by its field name; the error names the field and what it needs.
    ///
    /// ```
    /// use fact_compare::options::{Options, OptionValue};
    /// let mut o = Options::default();
    /// o.set("approx_low", OptionValue::Number(0.85)).unwrap();
    /// assert_eq!(o.approx_low, 0.85);
    /// assert!(o.set("aprox_low", OptionValue::Number(0.85)).is_err());
    /// ```
    pub fn set(&mut self, name: &str, value: OptionValue) -> Result<(), Error> {
        let defaults = Options::default();
        let err = |what: &str| {
            Err(Error::new(
                ErrorKind::BadOptions,
                format!("Option `{name}` must be {what}."),
            ))
        };
        let number = |v: &OptionValue, d: f64| match v {
            OptionValue::Number(x) => Some(*x),
            OptionValue::Null => Some(d),
            OptionValue::Text(_) => None,
        };
        let count = |v: &OptionValue, d: usize| match v {
            OptionValue::Number(x) if x.fract() == 0.0 && *x >= 0.0 && *x <= 9.0e15 => {
                Some(*x as usize)
            }
            OptionValue::Null => Some(d),
            _ => None,
        };
        macro_rules! float {
            ($field:ident) => {
                match number(&value, defaults.$field) {
                    Some(x) => self.$field = x,
                    None => return err("a number"),
                }
            };
        }
        macro_rules! whole {
            ($field:ident) => {
                match count(&value, defaults.$field) {
                    Some(x) => self.$field = x,
                    None => return err("a whole number"),
                }
            };
        }
        match name {
            "approx_low" => float!(approx_low),
            "approx_high" => float!(approx_high),
            "nearly_low" => float!(nearly_low),
            "rounding_cap" => float!(rounding_cap),
            "vague_low_factor" => float!(vague_low_factor),
            "min_tie_score" => float!(min_tie_score),
            "max_input_bytes" => whole!(max_input_bytes),
            "max_sources" => whole!(max_sources),
            "reference_date" => match value {
                OptionValue::Text(t) => self.reference_date = Some(t),
                OptionValue::Null => self.reference_date = None,
                OptionValue::Number(_) => return err("a date written YYYY-MM-DD"),
            },
            _ => {
                return Err(Error::new(
                    ErrorKind::BadOptions,
                    format!(
                        "Unknown option \"{name}\" (see the Options type for the accepted fields)."
                    ),
                ))
            }
        }
        Ok(())
    }

    /// Check ranges; the error names the field.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |field: &str, why: &str| {
            Err(Error::new(
                ErrorKind::BadOptions,
                format!("Option `{field}` {why}."),
            ))
        };
        let finite = |x: f64| x.is_finite();
        if !finite(self.approx_low) || !(0.0..=1.0).contains(&self.approx_low) {
            return bad("approx_low", "must be a number between 0 and 1");
        }
        if !finite(self.approx_high) || self.approx_high < 1.0 {
            return bad("approx_high", "must be a number of at least 1");
        }
        if !finite(self.nearly_low) || !(0.0..=1.0).contains(&self.nearly_low) {
            return bad("nearly_low", "must be a number between 0 and 1");
        }
        if !finite(self.rounding_cap) || !(0.0..=0.5).contains(&self.rounding_cap) {
            return bad("rounding_cap", "must be a number between 0 and 0.5");
        }
        if !finite(self.vague_low_factor) || !(1.0..=10.0).contains(&self.vague_low_factor) {
            return bad("vague_low_factor", "must be a number between 1 and 10");
        }
        if self.max_input_bytes == 0 {
            return bad("max_input_bytes", "must be positive");
        }
        if self.max_sources == 0 {
            return bad("max_sources", "must be positive");
        }
        if !finite(self.min_tie_score) || !(0.0..=1.0).contains(&self.min_tie_score) {
            return bad("min_tie_score", "must be a number between 0 and 1");
        }
        if let Some(d) = &self.reference_date {
            if crate::dates::parse_iso_date(d).is_none() {
                return bad("reference_date", "must be a date written YYYY-MM-DD");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every serialized field can be set by name, so the wasm boundary accepts them all.
    #[test]
    fn every_field_is_settable_by_name() {
        let json = serde_json::to_value(Options::default()).unwrap();
        for (name, v) in json.as_object().unwrap() {
            let value = match v {
                serde_json::Value::Number(n) => OptionValue::Number(n.as_f64().unwrap()),
                serde_json::Value::String(s) => OptionValue::Text(s.clone()),
                _ => OptionValue::Null,
            };
            let mut o = Options::default();
            o.set(name, value).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(o, Options::default(), "{name} round-trips");
        }
        let mut o = Options::default();
        assert!(o
            .set("approx_low", OptionValue::Text("x".into()))
            .unwrap_err()
            .to_string()
            .contains("approx_low"));
        assert!(o.set("max_sources", OptionValue::Number(1.5)).is_err());
    }
}
