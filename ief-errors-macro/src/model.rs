//! The parsed table. Every value remembers the byte range it came from, so
//! later stages can point at it without reading the file again.

use std::ops::Range;

/// A value and the byte range of the TOML text it was read from.
#[derive(Debug, Clone)]
pub(crate) struct Located<T> {
    pub(crate) value: T,
    pub(crate) span: Range<usize>,
}

/// One `[[error]]` table as read: the keys that identify it, checked for
/// duplicates even when the row is otherwise broken, and the whole row when
/// every key is present and of the right type.
#[derive(Debug, Clone)]
pub(crate) struct ParsedRow {
    pub(crate) code: Option<Located<String>>,
    pub(crate) name: Option<Located<String>>,
    pub(crate) complete: Option<Row>,
}

/// One `[[error]]` row with every key present and of the right type.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) code: Located<String>,
    pub(crate) name: Located<String>,
    pub(crate) status: Located<i64>,
    /// Absent means "internal when the status is 5xx".
    pub(crate) internal: Option<Located<bool>>,
    pub(crate) message: Bilingual,
    pub(crate) remediation: Bilingual,
}

/// A text in each language the table carries.
#[derive(Debug, Clone)]
pub(crate) struct Bilingual {
    pub(crate) en: Located<String>,
    pub(crate) zh: Located<String>,
}

impl Row {
    pub(crate) fn is_internal(&self) -> bool {
        self.internal
            .as_ref()
            .map_or(self.status.value >= 500, |internal| internal.value)
    }

    /// The four texts with the key that holds each, for checks that treat them alike.
    pub(crate) fn texts(&self) -> [(&'static str, &Located<String>); 4] {
        [
            ("message.en", &self.message.en),
            ("message.zh", &self.message.zh),
            ("remediation.en", &self.remediation.en),
            ("remediation.zh", &self.remediation.zh),
        ]
    }
}
