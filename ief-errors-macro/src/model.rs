//! The parsed table. Every value remembers the byte range it came from, so
//! later stages can point at it without reading the file again.

use std::ops::Range;

/// A value and the byte range of the TOML text it was read from.
#[derive(Debug, Clone)]
pub(crate) struct Located<T> {
    pub(crate) value: T,
    pub(crate) span: Range<usize>,
}

/// One `[[error]]` table as read: every value that is present and of the
/// right type, so that each can be checked even when the row is incomplete.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParsedRow {
    /// No key of the row was unknown, missing or of the wrong type.
    pub(crate) well_formed: bool,
    pub(crate) code: Option<Located<String>>,
    pub(crate) name: Option<Located<String>>,
    pub(crate) status: Option<Located<i64>>,
    pub(crate) internal: Option<Located<bool>>,
    pub(crate) message_en: Option<Located<String>>,
    pub(crate) message_zh: Option<Located<String>>,
    pub(crate) remediation_en: Option<Located<String>>,
    pub(crate) remediation_zh: Option<Located<String>>,
    pub(crate) deprecated: Option<Located<String>>,
}

/// One `[[error]]` row with every key present, of the right type and valid.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) code: Located<String>,
    pub(crate) name: Located<String>,
    pub(crate) status: Located<i64>,
    /// Absent means "internal when the status is 5xx".
    pub(crate) internal: Option<Located<bool>>,
    pub(crate) message: Bilingual,
    pub(crate) remediation: Bilingual,
    /// Why the code should no longer be used; published codes are never removed.
    pub(crate) deprecated: Option<Located<String>>,
}

/// A text in each language the table carries.
#[derive(Debug, Clone)]
pub(crate) struct Bilingual {
    pub(crate) en: Located<String>,
    pub(crate) zh: Located<String>,
}

impl ParsedRow {
    /// The texts that are present, with the key that holds each (the
    /// deprecation reason counts as one: it is shown to users too).
    pub(crate) fn texts(&self) -> impl Iterator<Item = (&'static str, &Located<String>)> {
        [
            ("message.en", &self.message_en),
            ("message.zh", &self.message_zh),
            ("remediation.en", &self.remediation_en),
            ("remediation.zh", &self.remediation_zh),
            ("deprecated", &self.deprecated),
        ]
        .into_iter()
        .filter_map(|(key, text)| Some((key, text.as_ref()?)))
    }

    /// The row, if it is well formed.
    pub(crate) fn into_row(self) -> Option<Row> {
        if !self.well_formed {
            return None;
        }
        Some(Row {
            code: self.code?,
            name: self.name?,
            status: self.status?,
            internal: self.internal,
            message: Bilingual {
                en: self.message_en?,
                zh: self.message_zh?,
            },
            remediation: Bilingual {
                en: self.remediation_en?,
                zh: self.remediation_zh?,
            },
            deprecated: self.deprecated,
        })
    }

    /// The row with every span moved by `base`, for a file laid after others.
    pub(crate) fn shifted(self, base: usize) -> Self {
        fn shift<T>(located: Option<Located<T>>, base: usize) -> Option<Located<T>> {
            located.map(|Located { value, span }| Located {
                value,
                span: span.start + base..span.end + base,
            })
        }
        ParsedRow {
            well_formed: self.well_formed,
            code: shift(self.code, base),
            name: shift(self.name, base),
            status: shift(self.status, base),
            internal: shift(self.internal, base),
            message_en: shift(self.message_en, base),
            message_zh: shift(self.message_zh, base),
            remediation_en: shift(self.remediation_en, base),
            remediation_zh: shift(self.remediation_zh, base),
            deprecated: shift(self.deprecated, base),
        }
    }
}

#[cfg(test)]
impl From<Row> for ParsedRow {
    fn from(row: Row) -> Self {
        ParsedRow {
            well_formed: true,
            code: Some(row.code),
            name: Some(row.name),
            status: Some(row.status),
            internal: row.internal,
            message_en: Some(row.message.en),
            message_zh: Some(row.message.zh),
            remediation_en: Some(row.remediation.en),
            remediation_zh: Some(row.remediation.zh),
            deprecated: row.deprecated,
        }
    }
}

impl Row {
    pub(crate) fn is_internal(&self) -> bool {
        self.internal
            .as_ref()
            .map_or(self.status.value >= 500, |internal| internal.value)
    }
}
