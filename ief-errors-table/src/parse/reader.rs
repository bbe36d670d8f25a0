//! Reading one file's rows: each key of a row, its type, and what is
//! missing, unknown or mistyped.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use super::expected::Expected;
use super::{row_header, value_of};
use crate::diagnostic::{Diagnostics, Problem};
use crate::identifier::name_from_message;
use crate::model::{Located, ParsedRow, Span};
use crate::schema::{LANGUAGE_KEYS, ROW_KEYS, example_value};
use crate::source::FileId;
use crate::suggest::closest;
use crate::text::shown;

/// Reading one file: the file every span is in, and where problems go.
pub(super) struct Reader<'d> {
    pub(super) file: FileId,
    pub(super) diagnostics: &'d mut Diagnostics,
}

/// What reading one row found wrong with its shape, reported once per row.
#[derive(Default)]
struct RowCheck {
    /// Dotted names of required keys that are absent.
    missing: Vec<String>,
    /// Dotted names that an unknown key probably meant, such as `remediation`:
    /// not reported as missing too.
    misspelt: Vec<String>,
    /// A key was unknown or of the wrong type.
    malformed: bool,
}

impl Reader<'_> {
    pub(super) fn span(&self, bytes: Range<usize>) -> Span {
        Span {
            file: self.file,
            bytes,
        }
    }

    pub(super) fn push(&mut self, problem: Problem) {
        self.diagnostics.push(problem);
    }

    pub(super) fn syntax_error(&mut self, text: &str, error: &toml::de::Error) {
        let bytes = error.span().unwrap_or(0..0);
        let message = error.message().trim_end();
        let key = text.get(bytes.clone()).filter(|key| !key.is_empty());
        let problem = match key {
            Some(key) if message == "duplicate key" => {
                Problem::at(self.span(bytes), format!("duplicate key `{}`", shown(key)))
                    .help("each key may appear once in a table; remove one of them")
            }
            _ => Problem::at(self.span(bytes), format!("invalid TOML: {message}"))
                .help("see https://toml.io for the syntax"),
        };
        self.push(problem);
    }

    pub(super) fn read_row(&mut self, row: &Spanned<DeValue<'_>>, text: &str) -> Option<ParsedRow> {
        let Some(table) = row.get_ref().as_table() else {
            let found = row.get_ref().type_str();
            self.push(
                Problem::at(
                    self.span(row.span()),
                    format!("each `error` must be a table, found {found}"),
                )
                .help("write each row as an `[[error]]` table"),
            );
            return None;
        };
        let mut check = RowCheck::default();
        self.unknown_keys(&mut check, table, ROW_KEYS, "in an `[[error]]` row", "");
        let code = self.required_text(&mut check, table, "code", "code");
        let name = self.required_text(&mut check, table, "name", "name");
        let status = self.status(&mut check, table);
        let internal = self.flag(&mut check, table, "internal");
        let retry = value_of(table, "retry")
            .and_then(|value| self.string(&mut check, "retry", value, Expected::RetryKind));
        let (message_en, message_zh) = self.texts(&mut check, table, "message");
        let (remediation_en, remediation_zh) = self.texts(&mut check, table, "remediation");
        let deprecated = value_of(table, "deprecated")
            .and_then(|value| self.text(&mut check, "deprecated", value));
        let message = message_en.as_ref().map(|message| message.value.as_str());
        self.report_missing(&check, row_header(text, row.span()), message);
        Some(ParsedRow {
            well_formed: !check.malformed && check.missing.is_empty(),
            code,
            name,
            status,
            internal,
            retry,
            message_en,
            message_zh,
            remediation_en,
            remediation_zh,
            deprecated,
        })
    }

    /// `key` of `table`, noted as missing (under the dotted name `shown`) when absent.
    fn required<'t, 'i>(
        check: &mut RowCheck,
        table: &'t DeTable<'i>,
        key: &str,
        shown: &str,
    ) -> Option<&'t Spanned<DeValue<'i>>> {
        let found = value_of(table, key);
        if found.is_none() {
            check.missing.push(shown.to_owned());
        }
        found
    }

    /// `value` if it is of the `expected` type; otherwise a problem, and the
    /// row is malformed.
    fn of_type<'v, 'i>(
        &mut self,
        check: &mut RowCheck,
        shown: &str,
        value: &'v Spanned<DeValue<'i>>,
        expected: Expected,
    ) -> Option<&'v DeValue<'i>> {
        if expected.matches(value.get_ref()) {
            return Some(value.get_ref());
        }
        let found = value.get_ref().type_str();
        self.push(
            Problem::at(
                self.span(value.span()),
                format!(
                    "`{shown}` must be {}, found {found}",
                    expected.description()
                ),
            )
            .help(expected.help(shown, value.get_ref())),
        );
        check.malformed = true;
        None
    }

    fn text(
        &mut self,
        check: &mut RowCheck,
        shown: &str,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Located<String>> {
        self.string(check, shown, value, Expected::Text)
    }

    /// `value` as a string, when `expected` is a string type.
    fn string(
        &mut self,
        check: &mut RowCheck,
        shown: &str,
        value: &Spanned<DeValue<'_>>,
        expected: Expected,
    ) -> Option<Located<String>> {
        let text = self.of_type(check, shown, value, expected)?.as_str()?;
        Some(Located {
            value: text.to_owned(),
            span: self.span(value.span()),
        })
    }

    fn required_text(
        &mut self,
        check: &mut RowCheck,
        table: &DeTable<'_>,
        key: &str,
        shown: &str,
    ) -> Option<Located<String>> {
        let value = Self::required(check, table, key, shown)?;
        self.text(check, shown, value)
    }

    fn status(&mut self, check: &mut RowCheck, table: &DeTable<'_>) -> Option<Located<i64>> {
        let value = Self::required(check, table, "status", "status")?;
        let integer = self
            .of_type(check, "status", value, Expected::Status)?
            .as_integer()?;
        if let Ok(number) = i64::from_str_radix(integer.as_str(), integer.radix()) {
            return Some(Located {
                value: number,
                span: self.span(value.span()),
            });
        }
        self.push(
            Problem::at(self.span(value.span()), "`status` is too large")
                .help("an HTTP status is a number from 100 to 599"),
        );
        check.malformed = true;
        None
    }

    fn flag(
        &mut self,
        check: &mut RowCheck,
        table: &DeTable<'_>,
        key: &str,
    ) -> Option<Located<bool>> {
        let value = value_of(table, key)?;
        let flag = self.of_type(check, key, value, Expected::Flag)?.as_bool()?;
        Some(Located {
            value: flag,
            span: self.span(value.span()),
        })
    }

    /// The `en` and `zh` texts of the `key` table (`message` or `remediation`).
    fn texts(
        &mut self,
        check: &mut RowCheck,
        table: &DeTable<'_>,
        key: &str,
    ) -> (Option<Located<String>>, Option<Located<String>>) {
        let Some(value) = value_of(table, key) else {
            for language in LANGUAGE_KEYS {
                check.missing.push(format!("{key}.{language}"));
            }
            return (None, None);
        };
        let Some(texts) = self
            .of_type(check, key, value, Expected::Texts)
            .and_then(DeValue::as_table)
        else {
            return (None, None);
        };
        let place = format!("in `{key}`");
        self.unknown_keys(check, texts, LANGUAGE_KEYS, &place, &format!("{key}."));
        let [en, zh] = ["en", "zh"].map(|language| {
            let shown = format!("{key}.{language}");
            self.required_text(check, texts, language, &shown)
        });
        (en, zh)
    }

    /// Reports each key of `table` not in `known`, noting what it probably
    /// meant (as `prefix` + the key) so that is not also reported missing.
    fn unknown_keys(
        &mut self,
        check: &mut RowCheck,
        table: &DeTable<'_>,
        known: &[&str],
        place: &str,
        prefix: &str,
    ) {
        for (key, _) in table {
            if known.contains(&key.get_ref().as_ref()) {
                continue;
            }
            // `zn` beside an existing `en` can only mean `zh`: among equally
            // close keys, suggest one not yet written.
            let is_absent = |candidate: &str| value_of(table, candidate).is_none();
            let (problem, suggestion) = self.unknown_key(key, known, place, is_absent);
            self.push(problem);
            check
                .misspelt
                .extend(suggestion.map(|meant| format!("{prefix}{meant}")));
            check.malformed = true;
        }
    }

    /// The problem, and the known key it probably meant.
    pub(super) fn unknown_key<'k>(
        &self,
        key: &Spanned<DeString<'_>>,
        known: &[&'k str],
        place: &str,
        is_absent: impl Fn(&str) -> bool,
    ) -> (Problem, Option<&'k str>) {
        let name = key.get_ref();
        let problem = Problem::at(
            self.span(key.span()),
            format!("unknown key `{}` {place}", shown(name)),
        );
        let suggestion = closest(name, known, is_absent);
        let problem = match suggestion {
            Some(suggestion) => problem.help(format!("did you mean `{suggestion}`?")),
            None => problem.help(format!(
                "the keys allowed here are {}",
                known
                    .iter()
                    .map(|known| format!("`{known}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
        (problem, suggestion)
    }

    /// One problem for all the row's missing keys, at its `[[error]]` line;
    /// keys that a misspelt key already accounts for are left out. The help
    /// is the row's own: a name derived from its English message, as
    /// `import` would name it, and no status invented.
    fn report_missing(&mut self, check: &RowCheck, header: Range<usize>, message_en: Option<&str>) {
        let missing: Vec<&String> = check
            .missing
            .iter()
            .filter(|key| {
                !check
                    .misspelt
                    .iter()
                    .any(|meant| *key == meant || key.starts_with(&format!("{meant}.")))
            })
            .collect();
        let (names, additions): (Vec<String>, Vec<String>) = missing
            .iter()
            .map(|key| {
                let addition = match key.as_str() {
                    "name" => match message_en.map(name_from_message) {
                        Some(derived) => format!("`name = \"{derived}\"` (from `message.en`)"),
                        None => "`name = \"...\"` (an UpperCamelCase identifier)".to_owned(),
                    },
                    "status" => {
                        "`status = ...` (the HTTP status the service answers it with)".to_owned()
                    }
                    key => format!("`{key} = {}`", example_value(key)),
                };
                (format!("`{key}`"), addition)
            })
            .unzip();
        let message = match names.as_slice() {
            [] => return,
            [name] => format!("this row is missing the required key {name}"),
            names => format!("this row is missing the required keys {}", names.join(", ")),
        };
        self.push(
            Problem::at(self.span(header), message)
                .help(format!("add {} to the row", additions.join(", "))),
        );
    }
}
