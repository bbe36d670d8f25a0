//! TOML text into [`Row`]s: the document's shape and each key's type.
//!
//! Rows with a missing, unknown or mistyped key are reported and left out;
//! the value rules (ranges, identifiers, duplicates) are `validate`'s job.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostics, Problem};
use crate::model::{Bilingual, Located, ParsedRow, Row};

const ROW_KEYS: &[&str] = &[
    "code",
    "name",
    "status",
    "internal",
    "message",
    "remediation",
];
const LANGUAGE_KEYS: &[&str] = &["en", "zh"];

/// Every `[[error]]` table of the document; problems go to `diagnostics`.
pub(crate) fn parse_table(text: &str, diagnostics: &mut Diagnostics) -> Vec<ParsedRow> {
    let (document, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        // A recovered document would only add follow-on noise to the real errors.
        for error in syntax_errors {
            let span = error.span().unwrap_or(0..0);
            diagnostics.push(
                Problem::at(
                    span,
                    format!("invalid TOML: {}", error.message().trim_end()),
                )
                .help("see https://toml.io for the syntax"),
            );
        }
        return Vec::new();
    }
    let document = document.into_inner();

    for (key, _) in document.iter().filter(|(key, _)| key.get_ref() != "error") {
        diagnostics.push(unknown_key(key, &["error"], "at the top level"));
    }
    let Some(rows) = document.get("error") else {
        diagnostics.push(
            Problem::whole_file("the table has no `[[error]]` rows")
                .help("add one `[[error]]` table per error code"),
        );
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
    let row = RowContext {
        table,
        header: row_header(text, row.span()),
    };
    let problems_before = diagnostics.problems().len();

    for (key, _) in table {
        if !ROW_KEYS.contains(&key.get_ref().as_ref()) {
            diagnostics.push(unknown_key(key, ROW_KEYS, "in an `[[error]]` row"));
        }
    }
    let code = row.string("code", diagnostics);
    let name = row.string("name", diagnostics);
    let status = row.integer("status", diagnostics);
    let internal = row.optional_bool("internal", diagnostics);
    let message = row.bilingual("message", diagnostics);
    let remediation = row.bilingual("remediation", diagnostics);

    let complete = (diagnostics.problems().len() == problems_before)
        .then(|| {
            Some(Row {
                code: code.clone()?,
                name: name.clone()?,
                status: status?,
                internal,
                message: message?,
                remediation: remediation?,
            })
        })
        .flatten();
    Some(ParsedRow {
        code,
        name,
        complete,
    })
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

/// One row being read: its table and where it starts.
struct RowContext<'t, 'i> {
    table: &'t DeTable<'i>,
    header: Range<usize>,
}

impl<'t, 'i> RowContext<'t, 'i> {
    /// `key` of `table` (the row or one of its sub-tables), reported as `shown` when missing.
    fn required(
        &self,
        table: &'t DeTable<'i>,
        key: &str,
        shown: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<&'t Spanned<DeValue<'i>>> {
        let found = lookup(table, key);
        if found.is_none() {
            diagnostics.push(
                Problem::at(
                    self.header.clone(),
                    format!("this row is missing the required key `{shown}`"),
                )
                .help(format!(
                    "add `{shown} = {}` to the row",
                    example_value(shown)
                )),
            );
        }
        found
    }

    fn string(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<Located<String>> {
        self.string_at(self.table, key, key, diagnostics)
    }

    fn string_at(
        &self,
        table: &'t DeTable<'i>,
        key: &str,
        shown: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<Located<String>> {
        let value = self.required(table, key, shown, diagnostics)?;
        if let DeValue::String(text) = value.get_ref() {
            Some(Located {
                value: text.to_string(),
                span: value.span(),
            })
        } else {
            diagnostics.push(wrong_type(shown, "a string", value));
            None
        }
    }

    fn integer(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<Located<i64>> {
        let value = self.required(self.table, key, key, diagnostics)?;
        let Some(integer) = value.get_ref().as_integer() else {
            diagnostics.push(wrong_type(key, "an integer", value));
            return None;
        };
        if let Ok(number) = i64::from_str_radix(integer.as_str(), integer.radix()) {
            Some(Located {
                value: number,
                span: value.span(),
            })
        } else {
            diagnostics.push(
                Problem::at(value.span(), format!("`{key}` is too large"))
                    .help("an HTTP status is a number from 100 to 599"),
            );
            None
        }
    }

    fn optional_bool(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<Located<bool>> {
        let value = lookup(self.table, key)?;
        if let Some(flag) = value.get_ref().as_bool() {
            Some(Located {
                value: flag,
                span: value.span(),
            })
        } else {
            diagnostics.push(wrong_type(key, "a boolean (`true` or `false`)", value));
            None
        }
    }

    fn bilingual(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<Bilingual> {
        let value = lookup(self.table, key);
        let Some(value) = value else {
            // Report the texts themselves as missing: that is what the user must add.
            for language in LANGUAGE_KEYS {
                let _ = self.required(self.table, key, &format!("{key}.{language}"), diagnostics);
            }
            return None;
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
            return None;
        };
        for (language, _) in texts {
            if !LANGUAGE_KEYS.contains(&language.get_ref().as_ref()) {
                diagnostics.push(unknown_key(language, LANGUAGE_KEYS, &format!("in `{key}`")));
            }
        }
        let en = self.string_at(texts, "en", &format!("{key}.en"), diagnostics);
        let zh = self.string_at(texts, "zh", &format!("{key}.zh"), diagnostics);
        Some(Bilingual { en: en?, zh: zh? })
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
        ("status", DeValue::String(text)) => problem.help(format!(
            "write the number without quotes: `status = {text}`"
        )),
        ("internal", DeValue::String(text)) => problem.help(format!(
            "write the boolean without quotes: `internal = {text}`"
        )),
        (_, DeValue::Integer(integer)) if expected == "a string" => problem.help(format!(
            "put the value in quotes: `{key} = \"{}\"`",
            integer.as_str()
        )),
        _ => problem,
    }
}

fn unknown_key(key: &Spanned<toml::de::DeString<'_>>, known: &[&str], place: &str) -> Problem {
    let name = key.get_ref();
    let problem = Problem::at(key.span(), format!("unknown key `{name}` {place}"));
    match closest(name, known) {
        Some(suggestion) => problem.help(format!("did you mean `{suggestion}`?")),
        None => problem.help(format!(
            "the keys allowed here are {}",
            known
                .iter()
                .map(|known| format!("`{known}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// The known key a misspelling most likely meant: within a third of its length in edits.
fn closest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|candidate| (edit_distance(name, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= candidate.len().div_ceil(3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
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

    fn parse(text: &str) -> (Vec<Row>, Vec<Problem>) {
        let mut diagnostics = Diagnostics::default();
        let rows = parse_table(text, &mut diagnostics);
        let complete = rows.into_iter().filter_map(|row| row.complete).collect();
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
    fn unknown_top_level_key_is_reported() {
        let text = ROW.replace("[[error]]", "[[errors]]");
        let (_, problems) = parse(&text);
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
