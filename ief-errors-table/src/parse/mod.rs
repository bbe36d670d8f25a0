//! TOML text into [`ParsedRow`]s: the document's shape here, each row's
//! keys and their types in [`reader`], what each type must look like in
//! [`expected`].
//!
//! Unknown, missing and mistyped keys are reported here; every value that is
//! present and well typed is kept, so `validate` can check it too.

mod expected;
mod reader;

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostics, Problem};
use crate::model::ParsedRow;
use crate::source::FileId;
use reader::Reader;

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

/// The `[[error]]` header line of a row, where a missing key is reported.
pub(crate) fn row_header(text: &str, row_span: Range<usize>) -> Range<usize> {
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
    fn the_help_for_a_missing_name_or_status_comes_from_the_row() {
        let help = |text: &str| {
            let (_, problems) = parse(text);
            problems[0].help.clone().unwrap_or_default()
        };
        // The name `import` would give the row, from its English message;
        // not an example that names another code.
        let without_name = ROW.replace("name = \"InvalidOffset\"\n", "");
        assert_eq!(
            help(&without_name),
            "add `name = \"RequestOffsetDoesNotComplyWith\"` (from `message.en`) to the row"
        );
        let without_name_and_message = without_name.replace(
            "message.en = \"The request offset does not comply with specifications.\"\n",
            "",
        );
        assert!(help(&without_name_and_message).starts_with(
            "add `name = \"...\"` (an UpperCamelCase identifier), `message.en = \"...\"`"
        ));
        // No status is invented.
        assert_eq!(
            help(&ROW.replace("status = 400\n", "")),
            "add `status = ...` (the HTTP status the service answers it with) to the row"
        );
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
}
