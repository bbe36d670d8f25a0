//! Table text quoted inside a message: it reaches a terminal or a log line,
//! through the compiler or the command, so nothing in it may act there or
//! pass for other text.

use ief_errors_core::text::must_escape;

use crate::identifier::merges_under_nfc;

/// The most characters of one table value a message quotes: a value of
/// megabytes would otherwise be printed whole, by the compiler too.
const MAX_QUOTED_CHARS: usize = 120;

/// `text` as it is shown in a message: every character that
/// `ief_errors_core::text` says is shown escaped, and every mark the
/// compiler would merge with the character before it, written as an escape
/// (`\n`, `\r` and `\t` by name, any other as `\u{1b}`), everything else as
/// it is; past [`MAX_QUOTED_CHARS`] characters, `…`.
pub(crate) fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * MAX_QUOTED_CHARS));
    for (index, character) in text.chars().enumerate() {
        if index == MAX_QUOTED_CHARS {
            out.push('…');
            break;
        }
        push_shown(&mut out, character);
    }
    out
}

/// Whether [`push_shown`] writes `character` as an escape.
pub(crate) fn is_shown_escaped(character: char) -> bool {
    must_escape(character) || merges_under_nfc(character)
}

/// `text` in double quotes, shown as [`shown`] shows it, with its quotes
/// and backslashes escaped as well.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * MAX_QUOTED_CHARS) + 2);
    out.push('"');
    for (index, character) in text.chars().enumerate() {
        if index == MAX_QUOTED_CHARS {
            out.push('…');
            break;
        }
        match character {
            '"' | '\\' => {
                out.push('\\');
                out.push(character);
            }
            character => push_shown(&mut out, character),
        }
    }
    out.push('"');
    out
}

/// One character as it is shown.
pub(crate) fn push_shown(out: &mut String, character: char) {
    if is_shown_escaped(character) {
        let _ = ief_errors_core::text::write_escape(out, character);
    } else {
        out.push(character);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_quoted_can_break_a_line_or_act_on_a_terminal() {
        assert_eq!(
            shown("a\nb\u{1b}[2J\u{3164}\u{202e}c\td"),
            "a\\nb\\u{1b}[2J\\u{3164}\\u{202e}c\\td"
        );
        assert_eq!(quoted("say \"hi\" \\ 中"), "\"say \\\"hi\\\" \\\\ 中\"");
        // A combining mark would draw on the quote or the letter before it.
        assert_eq!(quoted("Cafe\u{301}"), "\"Cafe\\u{301}\"");
        assert_eq!(shown("\u{212a}ey"), "\\u{212a}ey");
    }

    #[test]
    fn a_long_value_is_quoted_in_part() {
        let long = "x".repeat(10_000);
        assert_eq!(quoted(&long), format!("\"{}…\"", "x".repeat(120)));
        assert_eq!(shown(&long).chars().count(), 121);
    }

    #[test]
    fn quoting_matches_debug_for_ordinary_text() {
        for text in [
            "IEF. 1",
            "Invalid Offset",
            "never",
            "请求 x",
            "a\"b",
            "tab\there",
        ] {
            assert_eq!(quoted(text), format!("{text:?}"), "{text}");
        }
    }
}
