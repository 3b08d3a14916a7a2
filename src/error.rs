//! The one public error type. Text never causes an error; bad input and bad options do.

use std::fmt;

/// Why a call was refused. Messages are full sentences naming the source or field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// The category of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No sources were given.
    NoSources,
    /// A source id is empty or repeated.
    BadId,
    /// A source text is empty or blank.
    EmptyText,
    /// The input exceeds `Options::max_input_bytes` or `Options::max_sources`.
    TooLarge,
    /// The input is not text (binary junk, lone surrogates, wrong types).
    NotText,
    /// An option is out of range or unknown.
    BadOptions,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }
    /// The category.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    /// The message, a sentence.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
