//! TOML text into [`ParsedRow`]s: the document's shape and each key's type.
//!
//! Unknown, missing and mistyped keys are reported here; every value that is
//! present and well typed is kept, so `validate` can check it too.

use std::fmt::Write as _;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::diagnostic::{Diagnostics, Problem};
use crate::model::{FileId, Located, ParsedRow, RetryKind, Span};

const ROW_KEYS: &[&str] = &[
    "code",
    "name",
    "status",
    "internal",
    "retry",
    "message",
    "remediation",
    "deprecated",
];
const LANGUAGE_KEYS: &[&str] = &["en", "zh"];

/// Every `[[error]]` table of one file; problems go to `diagnostics`.
///
/// `rows_required` is false for a table layered after another: a fork's own
/// table may have no rows yet.
pub(crate) fn parse_table(
    file: FileId,
    text: &str,
    rows_required: bool,
    diagnostics: &mut Diagnostics,
) -> Vec<ParsedRow> {
    let mut reader = Reader { file, diagnostics };
    let (document, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        // A recovered document would only add follow-on noise to the real errors.
        for error in syntax_errors {
            reader.syntax_error(text, &error);
        }
        return Vec::new();
    }
    let document = document.into_inner();

    let mut unknown_top_level = false;
    for (key, _) in document.iter().filter(|(key, _)| key.get_ref() != "error") {
        let (problem, _) = reader.unknown_key(key, &["error"], "at the top level", |_| true);
        reader.push(problem);
        unknown_top_level = true;
    }
    let no_rows_help = "add one `[[error]]` table per error code";
    let Some(rows) = value_of(&document, "error") else {
        // After `[[errors]]` and the like, "no rows" would only repeat the problem.
        if rows_required && !unknown_top_level {
            reader.push(
                Problem::whole_file(file, "the table has no `[[error]]` rows").help(no_rows_help),
            );
        }
        return Vec::new();
    };
    let Some(array) = rows.get_ref().as_array() else {
        reader.push(
            Problem::at(
                reader.span(rows.span()),
                "`error` must be an array of tables",
            )
            .help("write each row as an `[[error]]` table"),
        );
        return Vec::new();
    };
    if array.is_empty() && rows_required {
        reader.push(
            Problem::at(
                reader.span(rows.span()),
                "the table has no `[[error]]` rows",
            )
            .help(no_rows_help),
        );
    }
    array
        .iter()
        .filter_map(|row| reader.read_row(row, text))
        .collect()
}

/// Reading one file: the file every span is in, and where problems go.
struct Reader<'d> {
    file: FileId,
    diagnostics: &'d mut Diagnostics,
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

/// The type a key's value must have. Each knows how to name itself and how
/// to fix the common mistakes.
#[derive(Clone, Copy)]
enum Expected {
    Text,
    Status,
    Flag,
    /// `message` and `remediation`: a table of texts by language.
    Texts,
    /// `retry`: a string that `validate` holds to the kinds.
    RetryKind,
}

impl Expected {
    fn matches(self, value: &DeValue<'_>) -> bool {
        match self {
            Expected::Text | Expected::RetryKind => value.as_str().is_some(),
            Expected::Status => value.as_integer().is_some(),
            Expected::Flag => value.as_bool().is_some(),
            Expected::Texts => value.as_table().is_some(),
        }
    }

    fn description(self) -> &'static str {
        match self {
            Expected::Text => "a string",
            Expected::Status => "an integer",
            Expected::Flag => "a boolean (`true` or `false`)",
            Expected::Texts => "a table of texts by language",
            Expected::RetryKind => "a string naming a retry kind",
        }
    }

    /// How to write `key` right, given what was written.
    fn help(self, key: &str, found: &DeValue<'_>) -> String {
        match (self, found) {
            (Expected::Status, DeValue::String(text)) if text.trim().parse::<u16>().is_ok() => {
                format!("write the number without quotes: `{key} = {}`", text.trim())
            }
            (Expected::Status, DeValue::Float(float)) if whole_number(float.as_str()).is_some() => {
                let number = whole_number(float.as_str()).unwrap_or_default();
                format!("write a whole number: `{key} = {number}`")
            }
            (Expected::Status, _) => {
                format!("write a number from 100 to 599, such as `{key} = 400`")
            }
            (Expected::Flag, DeValue::String(text))
                if matches!(text.as_ref(), "true" | "false") =>
            {
                format!("write the boolean without quotes: `{key} = {text}`")
            }
            (Expected::Flag, _) => format!("write `{key} = true` or `{key} = false`"),
            (Expected::Text, DeValue::Integer(integer)) => {
                format!(
                    "put the value in quotes: `{key} = \"{}\"`",
                    integer.as_str()
                )
            }
            (Expected::Text, _) => format!(
                "write the value as a string in quotes, such as `{key} = {}`",
                example_value(key)
            ),
            (Expected::Texts, _) => {
                format!("write `{key}.en = \"...\"` and `{key}.zh = \"...\"`")
            }
            (Expected::RetryKind, _) => format!("write {}", retry_kind_choices(key)),
        }
    }
}

impl Reader<'_> {
    fn span(&self, bytes: Range<usize>) -> Span {
        Span {
            file: self.file,
            bytes,
        }
    }

    fn push(&mut self, problem: Problem) {
        self.diagnostics.push(problem);
    }

    fn syntax_error(&mut self, text: &str, error: &toml::de::Error) {
        let bytes = error.span().unwrap_or(0..0);
        let message = error.message().trim_end();
        let key = text.get(bytes.clone()).filter(|key| !key.is_empty());
        let problem = match key {
            Some(key) if message == "duplicate key" => {
                Problem::at(self.span(bytes), format!("duplicate key `{key}`"))
                    .help("each key may appear once in a table; remove one of them")
            }
            _ => Problem::at(self.span(bytes), format!("invalid TOML: {message}"))
                .help("see https://toml.io for the syntax"),
        };
        self.push(problem);
    }

    fn read_row(&mut self, row: &Spanned<DeValue<'_>>, text: &str) -> Option<ParsedRow> {
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
        self.report_missing(&check, row_header(text, row.span()));
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
    fn unknown_key<'k>(
        &self,
        key: &Spanned<DeString<'_>>,
        known: &[&'k str],
        place: &str,
        is_absent: impl Fn(&str) -> bool,
    ) -> (Problem, Option<&'k str>) {
        let name = key.get_ref();
        let problem = Problem::at(
            self.span(key.span()),
            format!("unknown key `{name}` {place}"),
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
    /// keys that a misspelt key already accounts for are left out.
    fn report_missing(&mut self, check: &RowCheck, header: Range<usize>) {
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
                (
                    format!("`{key}`"),
                    format!("`{key} = {}`", example_value(key)),
                )
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

/// The `[[error]]` header line of a row, where a missing key is reported.
fn row_header(text: &str, row_span: Range<usize>) -> Range<usize> {
    let start = row_span.start.min(text.len());
    let line_end = text
        .get(start..)
        .and_then(|rest| rest.find(['\n', '\r']))
        .map_or(text.len(), |offset| start + offset);
    start..line_end
}

/// The value of `key` in `table`, with its span.
pub(crate) fn value_of<'t, 'i>(
    table: &'t DeTable<'i>,
    key: &str,
) -> Option<&'t Spanned<DeValue<'i>>> {
    table
        .iter()
        .find_map(|(name, value)| (name.get_ref() == key).then_some(value))
}

fn example_value(key: &str) -> &'static str {
    match key {
        "status" => "400",
        "code" => "\"IEF.100004\"",
        "name" => "\"InvalidOffset\"",
        "deprecated" => "\"replaced by IEF.100005\"",
        "retry" => "\"server\"",
        _ => "\"...\"",
    }
}

/// `400.0` as `400`: a float that holds a whole number in `u16`'s range.
fn whole_number(float: &str) -> Option<u16> {
    let number: f64 = float.parse().ok()?;
    let whole = (number.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&number))
        .then_some(number)?;
    format!("{whole:.0}").parse().ok()
}

/// `key = "throttled"`, `"server"`, `"auth"` or `"caller"`: how to write a
/// retry kind, for help texts.
pub(crate) fn retry_kind_choices(key: &str) -> String {
    let [first, middle @ .., last] = RetryKind::ALL.map(RetryKind::key_value);
    let mut choices = format!("`{key} = \"{first}\"`");
    for value in middle {
        let _ = write!(choices, ", `\"{value}\"`");
    }
    format!("{choices} or `\"{last}\"`")
}

/// The known key a misspelling most likely meant: within a third of its
/// length in edits, the closest, and among those an absent one first.
fn closest<'k>(name: &str, known: &[&'k str], is_absent: impl Fn(&str) -> bool) -> Option<&'k str> {
    known
        .iter()
        .map(|candidate| {
            (
                edit_distance(name, candidate),
                !is_absent(candidate),
                *candidate,
            )
        })
        .filter(|(distance, _, candidate)| *distance <= candidate.len().div_ceil(3))
        .min_by_key(|(distance, present, _)| (*distance, *present))
        .map(|(_, _, candidate)| candidate)
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, a_char) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, b_char) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_char != *b_char);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Row;

    fn parse(text: &str) -> (Vec<Row>, Vec<Problem>) {
        let mut diagnostics = Diagnostics::default();
        let rows = parse_table(0, text, true, &mut diagnostics);
        let complete = rows.into_iter().filter_map(ParsedRow::into_row).collect();
        (complete, diagnostics.problems().to_vec())
    }

    const ROW: &str = r#"[[error]]
code = "IEF.100004"
name = "InvalidOffset"
status = 400
message.en = "The request offset does not comply with specifications."
message.zh = "请求offset不符合规范"
remediation.en = "Fix the offset."
remediation.zh = "修改参数值后重试"
"#;

    #[test]
    fn complete_row_is_read_with_every_value() {
        let (rows, problems) = parse(ROW);
        assert_eq!(problems, []);
        let row = &rows[0];
        assert_eq!(row.code.value, "IEF.100004");
        assert_eq!(&ROW[row.code.span.bytes.clone()], "\"IEF.100004\"");
        assert_eq!(row.status.value, 400);
        assert_eq!(row.message.zh.value, "请求offset不符合规范");
        assert!(row.internal.is_none());
    }

    #[test]
    fn missing_key_is_reported_at_the_row_header() {
        let text = ROW.replace("status = 400\n", "");
        let (rows, problems) = parse(&text);
        assert!(rows.is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].message,
            "this row is missing the required key `status`"
        );
        assert_eq!(problems[0].bytes, Some(0..9));
    }

    #[test]
    fn missing_text_names_the_dotted_key() {
        let text = ROW.replace("remediation.zh = \"修改参数值后重试\"\n", "");
        let (_, problems) = parse(&text);
        assert_eq!(
            problems[0].message,
            "this row is missing the required key `remediation.zh`"
        );
    }

    #[test]
    fn misspelt_key_gets_a_suggestion() {
        let text = ROW.replace("remediation.en", "remedation.en");
        let (_, problems) = parse(&text);
        let unknown = problems
            .iter()
            .find(|problem| problem.message.starts_with("unknown key"))
            .unwrap();
        assert_eq!(
            unknown.message,
            "unknown key `remedation` in an `[[error]]` row"
        );
        assert_eq!(unknown.help.as_deref(), Some("did you mean `remediation`?"));
    }

    #[test]
    fn several_missing_keys_are_one_problem_at_the_header() {
        let (_, problems) = parse("[[error]]\ncode = \"X.1\"\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].message,
            "this row is missing the required keys `name`, `status`, `message.en`, `message.zh`, `remediation.en`, `remediation.zh`"
        );
        assert_eq!(problems[0].bytes, Some(0..9));
    }

    #[test]
    fn a_misspelt_key_is_not_also_reported_missing() {
        let text = ROW
            .replace("remediation.en", "remedation.en")
            .replace("message.zh", "message.zn");
        let (rows, problems) = parse(&text);
        assert!(rows.is_empty());
        let messages: Vec<_> = problems
            .iter()
            .map(|problem| problem.message.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "unknown key `remedation` in an `[[error]]` row",
                "unknown key `zn` in `message`"
            ]
        );
    }

    #[test]
    fn values_of_an_incomplete_row_are_kept_for_validation() {
        let (_, problems) = {
            let mut diagnostics = Diagnostics::default();
            let rows = parse_table(
                0,
                &ROW.replace("status = 400\n", ""),
                true,
                &mut diagnostics,
            );
            assert_eq!(
                rows[0].code.as_ref().map(|code| code.value.as_str()),
                Some("IEF.100004")
            );
            assert!(!rows[0].well_formed);
            (rows, diagnostics.problems().to_vec())
        };
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn wrong_types_get_a_fix_when_one_is_clear() {
        let help = |from: &str, to: &str| {
            let (_, problems) = parse(&ROW.replace(from, to));
            problems[0].help.clone().unwrap_or_default()
        };
        assert_eq!(
            help("status = 400", "status = \"400\""),
            "write the number without quotes: `status = 400`"
        );
        assert_eq!(
            help("status = 400", "status = 400.0"),
            "write a whole number: `status = 400`"
        );
        assert_eq!(
            help("status = 400", "status = true"),
            "write a number from 100 to 599, such as `status = 400`"
        );
        assert_eq!(
            help("status = 400", "status = 400\ninternal = \"yes\""),
            "write `internal = true` or `internal = false`"
        );
        assert_eq!(
            help("status = 400", "status = 400\ninternal = \"true\""),
            "write the boolean without quotes: `internal = true`"
        );
        assert_eq!(
            help("name = \"InvalidOffset\"", "name = true"),
            "write the value as a string in quotes, such as `name = \"InvalidOffset\"`"
        );
        assert_eq!(
            help("code = \"IEF.100004\"", "code = 100004"),
            "put the value in quotes: `code = \"100004\"`"
        );
    }

    #[test]
    fn duplicate_toml_keys_are_named() {
        let (_, problems) = parse(&ROW.replace("status = 400\n", "status = 400\nstatus = 404\n"));
        assert_eq!(problems[0].message, "duplicate key `status`");
    }

    #[test]
    fn every_problem_in_a_row_is_reported() {
        let text = ROW
            .replace("status = 400", "status = \"400\"")
            .replace("name = \"InvalidOffset\"", "name = 7");
        let (_, problems) = parse(&text);
        let messages: Vec<_> = problems
            .iter()
            .map(|problem| problem.message.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "`name` must be a string, found integer",
                "`status` must be an integer, found string"
            ]
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let (rows, problems) = parse("[[error]]\ncode = \n");
        assert!(rows.is_empty());
        assert!(problems[0].message.starts_with("invalid TOML"));
        assert!(problems[0].bytes.as_ref().unwrap().start >= 10);
    }

    #[test]
    fn unknown_top_level_key_is_reported_alone() {
        let text = ROW.replace("[[error]]", "[[errors]]");
        let (_, problems) = parse(&text);
        assert_eq!(problems.len(), 1, "no follow-on \"no rows\" problem");
        assert_eq!(problems[0].message, "unknown key `errors` at the top level");
        assert_eq!(problems[0].help.as_deref(), Some("did you mean `error`?"));
    }

    #[test]
    fn a_lone_table_needs_rows_but_a_layered_one_may_have_none() {
        for text in ["# no codes yet\n", "", "error = []\n"] {
            let mut diagnostics = Diagnostics::default();
            assert!(parse_table(1, text, false, &mut diagnostics).is_empty());
            assert_eq!(diagnostics.problems(), [], "{text:?}");
            let (_, problems) = parse(text);
            assert_eq!(problems.len(), 1, "{text:?}");
            assert_eq!(problems[0].message, "the table has no `[[error]]` rows");
        }
    }

    #[test]
    fn problems_are_in_the_file_they_were_read_from() {
        let mut diagnostics = Diagnostics::default();
        let _ = parse_table(
            3,
            &ROW.replace("status = 400", "status = \"400\""),
            false,
            &mut diagnostics,
        );
        assert_eq!(diagnostics.problems()[0].file, 3);
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("remedation", "remediation"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("status", "status"), 0);
    }
}
