//! Each variant's rustdoc: a summary line, a table of everything its row
//! says, and the aliases rustdoc's search box finds it by.
//!
//! Table text is shown as text: Markdown and HTML in it are escaped, so a
//! code or message can neither break the table nor add links or markup.

use crate::markdown::{code as markdown_code, text as markdown_text};
use crate::model::Row;

/// A line break inside a table cell, which Markdown cannot hold as such.
const CELL_BREAK: &str = "<br>";

/// A summary line for the enum's variant list, then a two-column table whose
/// first row (the code) is its header.
pub(crate) fn variant_doc(row: &Row) -> String {
    let kind = if row.is_internal() {
        "internal error"
    } else {
        "caller error"
    };
    let mut lines = vec![
        format!(
            " {} · HTTP {} · {}",
            markdown_code(&row.code.value, false),
            row.status.value,
            markdown_text(&row.message.en.value, " ")
        ),
        String::new(),
        format!(" | Code | {} |", markdown_code(&row.code.value, true)),
        " |---|---|".to_owned(),
        format!(" | HTTP status | {} ({kind}) |", row.status.value),
        // The facade's `RetryKind` documents what each kind asks of a client.
        format!(" | Retry | {} |", row.retry_kind().key_value()),
        format!(
            " | Message | {} |",
            markdown_text(&row.message.en.value, CELL_BREAK)
        ),
        format!(
            " | 描述 | {} |",
            markdown_text(&row.message.zh.value, CELL_BREAK)
        ),
        format!(
            " | Remediation | {} |",
            markdown_text(&row.remediation.en.value, CELL_BREAK)
        ),
        format!(
            " | 处理措施 | {} |",
            markdown_text(&row.remediation.zh.value, CELL_BREAK)
        ),
    ];
    if let Some(reason) = &row.deprecated {
        lines.push(format!(
            " | Deprecated | {} |",
            markdown_text(&reason.value, CELL_BREAK)
        ));
    }
    lines.join("\n")
}

/// What people type into rustdoc's search box for a code: the code itself
/// and its trailing number (`100004` for `IEF.100004`). Characters rustdoc
/// refuses in an alias are left out, and so is an alias equal to the
/// variant's name, which rustc rejects.
pub(crate) fn search_aliases(code: &str, variant_name: &str) -> Vec<String> {
    let searchable: String = code
        .chars()
        .filter(|character| !matches!(character, '"' | '\'') && !character.is_whitespace())
        .collect();
    let number_start = searchable
        .rfind(|character: char| !character.is_ascii_digit())
        .map_or(0, |index| {
            index + searchable[index..].chars().next().map_or(1, char::len_utf8)
        });
    let number = &searchable[number_start..];
    let mut aliases: Vec<String> = Vec::with_capacity(2);
    for alias in [searchable.as_str(), number] {
        if !alias.is_empty() && alias != variant_name && !aliases.iter().any(|seen| seen == alias) {
            aliases.push(alias.to_owned());
        }
    }
    aliases
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_the_code_and_its_number() {
        assert_eq!(
            search_aliases("IEF.100004", "InvalidOffset"),
            ["IEF.100004", "100004"]
        );
        assert_eq!(search_aliases("IIC.400", "Bad"), ["IIC.400", "400"]);
        assert_eq!(
            search_aliases("common.param.checkError", "Check"),
            ["common.param.checkError"]
        );
        assert_eq!(search_aliases("100004", "Numeric"), ["100004"]);
        assert_eq!(search_aliases("请求.7", "Wide"), ["请求.7", "7"]);
    }

    #[test]
    fn aliases_leave_out_what_rustdoc_refuses() {
        assert_eq!(search_aliases("A\"B'C.1", "X"), ["ABC.1", "1"]);
        assert_eq!(search_aliases("\"'", "X"), Vec::<String>::new());
        assert_eq!(search_aliases("E100", "E100"), ["100"]);
    }
}
