//! TOML text into [`ParsedRow`]s: the document's shape and each key's type.
//!
//! Unknown, missing and mistyped keys are reported here; every value that is
//! present and well typed is kept, so `validate` can check it too.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostics, Problem};
use crate::model::{Located, ParsedRow};

const ROW_KEYS: &[&str] = &[
    "code",
    "name",
    "status",
    "internal",
    "message",
    "remediation",
    "deprecated",
];
const LANGUAGE_KEYS: &[&str] = &["en", "zh"];

/// Every `[[error]]` table of the document; problems go to `diagnostics`.
pub(crate) fn parse_table(text: &str, diagnostics: &mut Diagnostics) -> Vec<ParsedRow> {
    let (document, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        // A recovered document would only add follow-on noise to the real errors.
        for error in syntax_errors {
            diagnostics.push(syntax_problem(text, &error));
        }
        return Vec::new();
    }
    let document = document.into_inner();

    let mut unknown_top_level = false;
    for (key, _) in document.iter().filter(|(key, _)| key.get_ref() != "error") {
        diagnostics.push(unknown_key(key, &["error"], "at the top level", |_| true).0);
        unknown_top_level = true;
    }
    let Some(rows) = lookup(&document, "error") else {
        // After `[[errors]]` and the like, "no rows" would only repeat the problem.
        if !unknown_top_level {
            diagnostics.push(
                Problem::whole_file("the table has no `[[error]]` rows")
                    .help("add one `[[error]]` table per error code"),
            );
        }
        return Vec::new();
    };
    let Some(array) = rows.get_ref().as_array() else {
        diagnostics.push(
            Problem::at(rows.span(), "`error` must be an array of tables")
                .help("write each row as an `[[error]]` table"),
        );
        return Vec::new();
    };
    if array.is_empty() {
        diagnostics.push(
            Problem::at(rows.span(), "the table has no `[[error]]` rows")
                .help("add one `[[error]]` table per error code"),
        );
    }
    array
        .iter()
        .filter_map(|row| parse_row(row, text, diagnostics))
        .collect()
}

fn syntax_problem(text: &str, error: &toml::de::Error) -> Problem {
    let span = error.span().unwrap_or(0..0);
    let message = error.message().trim_end();
    if message == "duplicate key" {
        if let Some(key) = text.get(span.clone()).filter(|key| !key.is_empty()) {
            return Problem::at(span, format!("duplicate key `{key}`"))
                .help("each key may appear once in a table; remove one of them");
        }
    }
    Problem::at(span, format!("invalid TOML: {message}")).help("see https://toml.io for the syntax")
}

fn parse_row(
    row: &Spanned<DeValue<'_>>,
    text: &str,
    diagnostics: &mut Diagnostics,
) -> Option<ParsedRow> {
    let Some(table) = row.get_ref().as_table() else {
        diagnostics.push(
            Problem::at(
                row.span(),
                format!(
                    "each `error` must be a table, found {}",
                    row.get_ref().type_str()
                ),
            )
            .help("write each row as an `[[error]]` table"),
        );
        return None;
    };
    let mut reader = RowReader {
        table,
        missing: Vec::new(),
        misspelt: Vec::new(),
        well_formed: true,
    };
    for (key, _) in table {
        if !ROW_KEYS.contains(&key.get_ref().as_ref()) {
            reader.unknown(key, ROW_KEYS, "in an `[[error]]` row", "", diagnostics);
        }
    }
    let code = reader.string(table, "code", "code", diagnostics);
    let name = reader.string(table, "name", "name", diagnostics);
    let status = reader.status(diagnostics);
    let internal = reader.internal(diagnostics);
    let (message_en, message_zh) = reader.texts("message", diagnostics);
    let (remediation_en, remediation_zh) = reader.texts("remediation", diagnostics);
    let deprecated = reader.optional_string("deprecated", diagnostics);
    let mut parsed = ParsedRow {
        well_formed: true,
        code,
        name,
        status,
        internal,
        message_en,
        message_zh,
        remediation_en,
        remediation_zh,
        deprecated,
    };
    reader.report_missing(row_header(text, row.span()), diagnostics);
    parsed.well_formed = reader.well_formed;
    Some(parsed)
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

/// Reads one row's keys, remembering what is missing so it can be reported
/// once per row, and what looks misspelt so it is not reported twice.
struct RowReader<'t, 'i> {
    table: &'t DeTable<'i>,
    /// Dotted names of required keys that are absent.
    missing: Vec<String>,
    /// Dotted names that an unknown key probably meant, such as `remediation`.
    misspelt: Vec<String>,
    well_formed: bool,
}

impl<'t, 'i> RowReader<'t, 'i> {
    fn unknown(
        &mut self,
        key: &Spanned<toml::de::DeString<'_>>,
        known: &[&str],
        place: &str,
        parent: &str,
        diagnostics: &mut Diagnostics,
    ) {
        // `zn` beside an existing `en` can only mean `zh`: among equally close
        // keys, suggest one not yet written.
        let table = if parent.is_empty() {
            Some(self.table)
        } else {
            lookup(self.table, parent.trim_end_matches('.'))
                .and_then(|value| value.get_ref().as_table())
        };
        let is_absent =
            |candidate: &str| table.is_none_or(|table| lookup(table, candidate).is_none());
        let (problem, suggestion) = unknown_key(key, known, place, is_absent);
        diagnostics.push(problem);
        if let Some(suggestion) = suggestion {
            self.misspelt.push(format!("{parent}{suggestion}"));
        }
        self.well_formed = false;
    }

    /// `key` of `table`, noted as missing (under the dotted name `shown`) when absent.
    fn required(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
        shown: &str,
    ) -> Option<&'t Spanned<DeValue<'i>>> {
        let found = lookup(table, key);
        if found.is_none() {
            self.missing.push(shown.to_owned());
            self.well_formed = false;
        }
        found
    }

    fn string(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
        shown: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<Located<String>> {
        let value = self.required(table, key, shown)?;
        if let DeValue::String(text) = value.get_ref() {
            Some(Located {
                value: text.to_string(),
                span: value.span(),
            })
        } else {
            diagnostics.push(wrong_type(shown, "a string", value));
            self.well_formed = false;
            None
        }
    }

    fn optional_string(
        &mut self,
        key: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<Located<String>> {
        lookup(self.table, key)?;
        self.string(self.table, key, key, diagnostics)
    }

    fn status(&mut self, diagnostics: &mut Diagnostics) -> Option<Located<i64>> {
        let value = self.required(self.table, "status", "status")?;
        let Some(integer) = value.get_ref().as_integer() else {
            diagnostics.push(wrong_type("status", "an integer", value));
            self.well_formed = false;
            return None;
        };
        if let Ok(number) = i64::from_str_radix(integer.as_str(), integer.radix()) {
            Some(Located {
                value: number,
                span: value.span(),
            })
        } else {
            diagnostics.push(
                Problem::at(value.span(), "`status` is too large")
                    .help("an HTTP status is a number from 100 to 599"),
            );
            self.well_formed = false;
            None
        }
    }

    fn internal(&mut self, diagnostics: &mut Diagnostics) -> Option<Located<bool>> {
        let value = lookup(self.table, "internal")?;
        if let Some(flag) = value.get_ref().as_bool() {
            Some(Located {
                value: flag,
                span: value.span(),
            })
        } else {
            diagnostics.push(wrong_type(
                "internal",
                "a boolean (`true` or `false`)",
                value,
            ));
            self.well_formed = false;
            None
        }
    }

    /// The `en` and `zh` texts of the `key` table (`message` or `remediation`).
    fn texts(
        &mut self,
        key: &str,
        diagnostics: &mut Diagnostics,
    ) -> (Option<Located<String>>, Option<Located<String>>) {
        let Some(value) = lookup(self.table, key) else {
            for language in LANGUAGE_KEYS {
                self.missing.push(format!("{key}.{language}"));
            }
            self.well_formed = false;
            return (None, None);
        };
        let Some(texts) = value.get_ref().as_table() else {
            diagnostics.push(
                Problem::at(
                    value.span(),
                    format!(
                        "`{key}` must be a table of texts by language, found {}",
                        value.get_ref().type_str()
                    ),
                )
                .help(format!(
                    "write `{key}.en = \"...\"` and `{key}.zh = \"...\"`"
                )),
            );
            self.well_formed = false;
            return (None, None);
        };
        for (language, _) in texts {
            if !LANGUAGE_KEYS.contains(&language.get_ref().as_ref()) {
                let place = format!("in `{key}`");
                self.unknown(
                    language,
                    LANGUAGE_KEYS,
                    &place,
                    &format!("{key}."),
                    diagnostics,
                );
            }
        }
        let en = self.string(texts, "en", &format!("{key}.en"), diagnostics);
        let zh = self.string(texts, "zh", &format!("{key}.zh"), diagnostics);
        (en, zh)
    }

    /// One problem for all the row's missing keys, at its `[[error]]` line;
    /// keys that a misspelt key already accounts for are left out.
    fn report_missing(&self, header: Range<usize>, diagnostics: &mut Diagnostics) {
        let missing: Vec<&String> = self
            .missing
            .iter()
            .filter(|key| {
                !self
                    .misspelt
                    .iter()
                    .any(|meant| *key == meant || key.starts_with(&format!("{meant}.")))
            })
            .collect();
        let additions: Vec<String> = missing
            .iter()
            .map(|key| format!("`{key} = {}`", example_value(key)))
            .collect();
        let problem = match missing.as_slice() {
            [] => return,
            [key] => Problem::at(
                header,
                format!("this row is missing the required key `{key}`"),
            )
            .help(format!("add {} to the row", additions[0])),
            keys => Problem::at(
                header,
                format!(
                    "this row is missing the required keys {}",
                    keys.iter()
                        .map(|key| format!("`{key}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
            .help(format!("add {} to the row", additions.join(", "))),
        };
        diagnostics.push(problem);
    }
}

fn lookup<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
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
        _ => "\"...\"",
    }
}

fn wrong_type(key: &str, expected: &str, value: &Spanned<DeValue<'_>>) -> Problem {
    let found = value.get_ref().type_str();
    let problem = Problem::at(
        value.span(),
        format!("`{key}` must be {expected}, found {found}"),
    );
    match (key, value.get_ref()) {
        ("status", DeValue::String(text)) if text.trim().parse::<u16>().is_ok() => {
            problem.help(format!(
                "write the number without quotes: `status = {}`",
                text.trim()
            ))
        }
        ("status", DeValue::Float(float)) => match whole_number(float.as_str()) {
            Some(number) => problem.help(format!("write a whole number: `status = {number}`")),
            None => problem.help("write a number from 100 to 599, such as `status = 400`"),
        },
        ("status", _) => problem.help("write a number from 100 to 599, such as `status = 400`"),
        ("internal", DeValue::String(text)) if matches!(text.as_ref(), "true" | "false") => problem
            .help(format!(
                "write the boolean without quotes: `internal = {text}`"
            )),
        ("internal", _) => problem.help("write `internal = true` or `internal = false`"),
        (_, DeValue::Integer(integer)) if expected == "a string" => problem.help(format!(
            "put the value in quotes: `{key} = \"{}\"`",
            integer.as_str()
        )),
        _ if expected == "a string" => problem.help(format!(
            "write the value as a string in quotes, such as `{key} = {}`",
            example_value(key)
        )),
        _ => problem,
    }
}

/// `400.0` as `400`: a float that holds a whole number in `u16`'s range.
fn whole_number(float: &str) -> Option<u16> {
    let number: f64 = float.parse().ok()?;
    let whole = (number.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&number))
        .then_some(number)?;
    format!("{whole:.0}").parse().ok()
}

/// The problem, and the known key it probably meant.
fn unknown_key<'k>(
    key: &Spanned<toml::de::DeString<'_>>,
    known: &[&'k str],
    place: &str,
    is_absent: impl Fn(&str) -> bool,
) -> (Problem, Option<&'k str>) {
    let name = key.get_ref();
    let problem = Problem::at(key.span(), format!("unknown key `{name}` {place}"));
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

fn edit_distance(a: &str, b: &str) -> usize {
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
        let rows = parse_table(text, &mut diagnostics);
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
        assert_eq!(&ROW[row.code.span.clone()], "\"IEF.100004\"");
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
        assert_eq!(problems[0].span, Some(0..9));
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
        assert_eq!(problems[0].span, Some(0..9));
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
            let rows = parse_table(&ROW.replace("status = 400\n", ""), &mut diagnostics);
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
        assert!(problems[0].span.as_ref().unwrap().start >= 10);
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
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("remedation", "remediation"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("status", "status"), 0);
    }
}
