//! The parsed table. Every value remembers the file and byte range it came
//! from, so later stages can point at it without reading the file again.

use std::ops::Range;

/// Which table file of the invocation: its index in the order listed.
pub(crate) type FileId = usize;

/// A byte range of one table file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) file: FileId,
    pub(crate) bytes: Range<usize>,
}

/// A value and where in the tables it was read from.
#[derive(Debug, Clone)]
pub(crate) struct Located<T> {
    pub(crate) value: T,
    pub(crate) span: Span,
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
pub(crate) struct Row {
    pub(crate) code: Located<String>,
    pub(crate) name: Located<String>,
    pub(crate) status: Located<i64>,
    /// Absent means "internal when the status is 5xx".
    pub(crate) internal: Option<Located<bool>>,
    /// Absent means the default of [`Row::retry_kind`].
    pub(crate) retry: Option<Located<RetryKind>>,
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

/// What a client should do after the error: the facade's `RetryKind`, as
/// the table's `retry` key spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryKind {
    Throttled,
    Server,
    Auth,
    Caller,
}

impl RetryKind {
    /// Every kind, in the facade's order.
    pub(crate) const ALL: [RetryKind; 4] = [
        RetryKind::Throttled,
        RetryKind::Server,
        RetryKind::Auth,
        RetryKind::Caller,
    ];

    /// The value of the `retry` key that names this kind.
    pub(crate) const fn key_value(self) -> &'static str {
        match self {
            RetryKind::Throttled => "throttled",
            RetryKind::Server => "server",
            RetryKind::Auth => "auth",
            RetryKind::Caller => "caller",
        }
    }

    /// The kind a `retry` value names, exactly as the schema spells it.
    pub(crate) fn from_key_value(value: &str) -> Option<RetryKind> {
        RetryKind::ALL
            .into_iter()
            .find(|kind| kind.key_value() == value)
    }

    /// How the generated `RETRY` column writes the kind: the facade's
    /// `__private::retry_kind` reads it back, in the same order as `ALL`.
    pub(crate) const fn column_index(self) -> u8 {
        match self {
            RetryKind::Throttled => 0,
            RetryKind::Server => 1,
            RetryKind::Auth => 2,
            RetryKind::Caller => 3,
        }
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
            status: self.status?,
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

impl Row {
    pub(crate) fn is_internal(&self) -> bool {
        self.internal
            .as_ref()
            .map_or(self.status.value >= 500, |internal| internal.value)
    }

    /// The table's `retry`, or without one: `server` when the row is
    /// internal, `throttled` for status 429, `auth` for 401, `caller`
    /// otherwise (the facade's `RetryKind::table_default` is the same rule).
    pub(crate) fn retry_kind(&self) -> RetryKind {
        if let Some(retry) = &self.retry {
            return retry.value;
        }
        match (self.is_internal(), self.status.value) {
            (true, _) => RetryKind::Server,
            (false, 429) => RetryKind::Throttled,
            (false, 401) => RetryKind::Auth,
            (false, _) => RetryKind::Caller,
        }
    }
}
