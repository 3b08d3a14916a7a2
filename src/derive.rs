//! Derived figures: durations computed from dates and the source's publication date.
//! (Implemented with the alignment issue.)

use crate::options::Options;
use crate::report::{Mention, Source, Warning};

/// Figures derived from what the text states; none yet.
pub fn derived(
    _source: &Source,
    _found: &[Mention],
    _options: &Options,
    _warnings: &mut Vec<Warning>,
) -> Vec<Mention> {
    Vec::new()
}
