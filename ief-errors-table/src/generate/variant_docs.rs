//! Each variant's rustdoc: a summary line, a table of everything its row
//! says, and the aliases rustdoc's search box finds it by.
//!
//! Table text is shown as text: Markdown and HTML in it are escaped, so a
//! code or message can neither break the table nor add links or markup.

use std::fmt::Write as _;

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

/// Table text as literal Markdown: no links, emphasis, HTML, cell breaks or
/// typographic replacements (rustdoc turns `--` into a dash and straight
/// quotes into curly ones unless they are escaped). A line break becomes
/// `line_break`: a space on the summary line, `<br>` in a table cell.
fn markdown_text(text: &str, line_break: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' | '$'
            | '-' | '.' | '\'' | '"' => {
                out.push('\\');
                out.push(character);
            }
            '\r' if characters.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str(line_break),
            // `\u{1b}` in Markdown: an escaped backslash, then the rest as text.
            _ if is_invisible(character) => {
                let _ = write!(out, "\\\\u{{{:x}}}", u32::from(character));
            }
            _ => out.push(character),
        }
    }
    out
}

/// Characters that would reach the page unseen or act on it: those
/// `ief_errors_core::text` says are shown escaped everywhere.
fn is_invisible(character: char) -> bool {
    ief_errors_core::text::must_escape(character)
}

/// `text` as a Markdown code span, whatever backticks it holds: fenced by
/// one more backtick than its longest run, and padded where it starts or
/// ends with one. In a table cell a `|` still ends the cell, even in a code
/// span, unless escaped.
pub(crate) fn markdown_code(text: &str, in_table: bool) -> String {
    let mut longest_run = 0;
    let mut run = 0;
    for character in text.chars() {
        run = if character == '`' { run + 1 } else { 0 };
        longest_run = longest_run.max(run);
    }
    let fence = "`".repeat(longest_run + 1);
    let padding = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    let mut body = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '|' if in_table => body.push_str("\\|"),
            _ if is_invisible(character) => {
                let _ = write!(body, "\\u{{{:x}}}", u32::from(character));
            }
            _ => body.push(character),
        }
    }
    format!("{fence}{padding}{body}{padding}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_escapes_link_and_emphasis_syntax() {
        assert_eq!(
            markdown_text("[Service Grid] a|b *x*", " "),
            "\\[Service Grid\\] a\\|b \\*x\\*"
        );
        assert_eq!(
            markdown_text("请求offset不符合规范", " "),
            "请求offset不符合规范"
        );
        assert_eq!(markdown_text("<b>&amp;</b>", " "), "\\<b\\>\\&amp;\\</b\\>");
    }

    #[test]
    fn markdown_text_keeps_dashes_dots_and_straight_quotes() {
        assert_eq!(
            markdown_text("Don't pass \"--force\"...", " "),
            "Don\\'t pass \\\"\\-\\-force\\\"\\.\\.\\."
        );
    }

    #[test]
    fn invisible_characters_are_shown_as_escapes() {
        assert_eq!(
            markdown_text("a\u{1b}[2J\u{7}\u{0}\u{202e}b\u{200d}\u{feff}\u{85}", " "),
            "a\\\\u{1b}\\[2J\\\\u{7}\\\\u{0}\\\\u{202e}b\\\\u{200d}\\\\u{feff}\\\\u{85}"
        );
        assert_eq!(
            markdown_code("A\u{0}B\u{202e}", true),
            "`A\\u{0}B\\u{202e}`"
        );
    }

    #[test]
    fn line_breaks_become_the_given_break_once() {
        assert_eq!(markdown_text("a\nb\r\nc\rd", " "), "a b c d");
        assert_eq!(markdown_text("a\n\nb", "<br>"), "a<br><br>b");
    }

    #[test]
    fn codes_are_code_spans_whatever_backticks_they_hold() {
        assert_eq!(markdown_code("IEF.100004", false), "`IEF.100004`");
        assert_eq!(markdown_code("A`B", false), "``A`B``");
        assert_eq!(markdown_code("`A``", false), "``` `A`` ```");
        assert_eq!(markdown_code("A|B<c>", false), "`A|B<c>`");
        assert_eq!(markdown_code("A|B", true), "`A\\|B`");
    }

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
