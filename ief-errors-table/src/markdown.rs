//! Table text in Markdown, shown as text: the generated rustdoc and the
//! command's `list --format markdown` write a table's values with these,
//! so a code or a message can neither break a table nor add links, markup
//! or invisible characters.

use std::fmt::Write as _;

/// Table text as literal Markdown: no links, emphasis, HTML, cell breaks or
/// typographic replacements (rustdoc turns `--` into a dash and straight
/// quotes into curly ones unless they are escaped). A line break becomes
/// `line_break`: a space on the summary line, `<br>` in a table cell.
#[must_use]
pub fn text(text: &str, line_break: &str) -> String {
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
#[must_use]
pub fn code(text: &str, in_table: bool) -> String {
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
            text("[Service Grid] a|b *x*", " "),
            "\\[Service Grid\\] a\\|b \\*x\\*"
        );
        assert_eq!(text("请求offset不符合规范", " "), "请求offset不符合规范");
        assert_eq!(text("<b>&amp;</b>", " "), "\\<b\\>\\&amp;\\</b\\>");
    }

    #[test]
    fn markdown_text_keeps_dashes_dots_and_straight_quotes() {
        assert_eq!(
            text("Don't pass \"--force\"...", " "),
            "Don\\'t pass \\\"\\-\\-force\\\"\\.\\.\\."
        );
    }

    #[test]
    fn invisible_characters_are_shown_as_escapes() {
        assert_eq!(
            text("a\u{1b}[2J\u{7}\u{0}\u{202e}b\u{200d}\u{feff}\u{85}", " "),
            "a\\\\u{1b}\\[2J\\\\u{7}\\\\u{0}\\\\u{202e}b\\\\u{200d}\\\\u{feff}\\\\u{85}"
        );
        assert_eq!(code("A\u{0}B\u{202e}", true), "`A\\u{0}B\\u{202e}`");
    }

    #[test]
    fn line_breaks_become_the_given_break_once() {
        assert_eq!(text("a\nb\r\nc\rd", " "), "a b c d");
        assert_eq!(text("a\n\nb", "<br>"), "a<br><br>b");
    }

    #[test]
    fn codes_are_code_spans_whatever_backticks_they_hold() {
        assert_eq!(code("IEF.100004", false), "`IEF.100004`");
        assert_eq!(code("A`B", false), "``A`B``");
        assert_eq!(code("`A``", false), "``` `A`` ```");
        assert_eq!(code("A|B<c>", false), "`A|B<c>`");
        assert_eq!(code("A|B", true), "`A\\|B`");
    }
}
