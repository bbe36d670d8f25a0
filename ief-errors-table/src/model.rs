//! The parsed table. Every value remembers the file and byte range it came
//! from, so later stages can point at it without reading the file again.

use std::ops::Range;

use ief_errors_core::retry;

use crate::source::FileId;

/// A byte range of one table file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// The bytes of its text.
    pub bytes: Range<usize>,
}

/// A value and where in the tables it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
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
    /// As written: `validate` checks that it names a [`RetryKind`].
    pub(crate) retry: Option<Located<String>>,
    pub(crate) message_en: Option<Located<String>>,
    pub(crate) message_zh: Option<Located<String>>,
    pub(crate) remediation_en: Option<Located<String>>,
    pub(crate) remediation_zh: Option<Located<String>>,
    pub(crate) deprecated: Option<Located<String>>,
}

/// One `[[error]]` row with every key present, of the right type and valid.
#[derive(Debug, Clone)]
pub struct Row {
    /// The code the service sends, unique in the tables.
    pub code: Located<String>,
    /// The variant's name, an `UpperCamelCase` identifier unique in the tables.
    pub name: Located<String>,
    /// The HTTP status, 100 to 599.
    pub status: Located<u16>,
    /// Absent means "internal when the status is 5xx".
    pub internal: Option<Located<bool>>,
    /// Absent means the default of [`Row::retry_kind`].
    pub retry: Option<Located<RetryKind>>,
    /// The error message.
    pub message: Bilingual,
    /// What the caller can do about it.
    pub remediation: Bilingual,
    /// Why the code should no longer be used; published codes are never removed.
    pub deprecated: Option<Located<String>>,
}

/// A text in each language the table carries.
#[derive(Debug, Clone)]
pub struct Bilingual {
    /// English.
    pub en: Located<String>,
    /// Chinese.
    pub zh: Located<String>,
}

/// What a client should do after the error, as the facade's `RetryKind`:
/// its number in `ief_errors_core::retry`, which fixes the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryKind(u8);

impl RetryKind {
    /// Every kind, in the facade's order.
    pub fn all() -> impl Iterator<Item = RetryKind> {
        (0..retry::KEYS.len()).filter_map(|number| u8::try_from(number).ok().map(RetryKind))
    }

    /// The value of the `retry` key that names this kind, such as `"server"`.
    #[must_use]
    pub fn key_value(self) -> &'static str {
        retry::KEYS[usize::from(self.0)]
    }

    /// The kind a `retry` value names, exactly as the schema spells it.
    #[must_use]
    pub fn from_key_value(value: &str) -> Option<RetryKind> {
        retry::kind_of_key(value).map(RetryKind)
    }

    /// The kind's number, as the generated `RETRY` column writes it and the
    /// facade's `__private::retry_kind` reads it back.
    #[must_use]
    pub const fn number(self) -> u8 {
        self.0
    }
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
            status: status_of(self.status?)?,
            internal: self.internal,
            retry: match self.retry {
                Some(retry) => Some(Located {
                    value: RetryKind::from_key_value(&retry.value)?,
                    span: retry.span,
                }),
                None => None,
            },
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
}

/// A status as a `u16`: validation lets through only 100 to 599.
fn status_of(status: Located<i64>) -> Option<Located<u16>> {
    Some(Located {
        value: u16::try_from(status.value).ok()?,
        span: status.span,
    })
}

impl Row {
    /// The table's `internal`, or without one, whether the status is 5xx.
    #[must_use]
    pub fn is_internal(&self) -> bool {
        self.internal.as_ref().map_or(
            retry::is_internal_by_default(self.status.value),
            |internal| internal.value,
        )
    }

    /// The table's `retry`, or without one the default of
    /// `ief_errors_core::retry::default_kind`.
    #[must_use]
    pub fn retry_kind(&self) -> RetryKind {
        match &self.retry {
            Some(retry) => retry.value,
            None => RetryKind(retry::default_kind(self.status.value, self.is_internal())),
        }
    }
}
