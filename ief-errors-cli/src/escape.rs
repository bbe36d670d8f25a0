//! Text this program did not write (response bodies, pages, tables, the
//! codes a user types) is shown with its control characters escaped, so no
//! byte of it can move the cursor, clear the screen, retitle the terminal,
//! leak colour or reorder what follows.

use std::borrow::Cow;
use std::fmt::Write;

/// `text` with every control character written as an escape: `\n`, `\r`
/// and `\t` by name, anything else as `\u{1b}`. Other text is unchanged.
///
/// Escaped: C0 (U+0000–U+001F, so ESC and BEL), DEL, C1 (U+0080–U+009F,
/// which some terminals take as CSI or OSC), the bidirectional controls
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which reorder
/// what a line shows, and the line and paragraph separators U+2028/U+2029.
pub(crate) fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for character in text.chars() {
        match character {
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            character if is_escaped(character) => {
                let _ = write!(escaped, "\\u{{{:x}}}", u32::from(character));
            }
            character => escaped.push(character),
        }
    }
    Cow::Owned(escaped)
}

/// `text` in double quotes, its quotes and backslashes escaped as well, for
/// naming a value inside a sentence.
pub(crate) fn quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            character => quoted.push_str(&escape_controls(character.encode_utf8(&mut [0; 4]))),
        }
    }
    quoted.push('"');
    quoted
}

/// Whether `escape_controls` escapes `character`.
pub(crate) fn is_escaped(character: char) -> bool {
    character.is_control()
        || matches!(
            character,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csi_osc_bel_and_c1_are_escaped() {
        assert_eq!(
            escape_controls("a\u{1b}[2J\u{1b}]0;title\u{7}b\u{9b}31mc\u{7f}"),
            "a\\u{1b}[2J\\u{1b}]0;title\\u{7}b\\u{9b}31mc\\u{7f}"
        );
    }

    #[test]
    fn line_breaks_and_tabs_are_named() {
        assert_eq!(escape_controls("a\nb\r\nc\td"), "a\\nb\\r\\nc\\td");
    }

    #[test]
    fn bidirectional_controls_are_escaped() {
        assert_eq!(
            escape_controls("x\u{202E}y\u{2066}z\u{200F}"),
            "x\\u{202e}y\\u{2066}z\\u{200f}"
        );
    }

    #[test]
    fn printable_text_is_borrowed_unchanged() {
        let text = "请求offset不符合规范 \\ \"quoted\" é";
        assert!(matches!(escape_controls(text), Cow::Borrowed(same) if same == text));
    }

    #[test]
    fn quoted_text_escapes_its_quotes() {
        assert_eq!(
            quoted("say \"hi\" \\ \u{1b}"),
            "\"say \\\"hi\\\" \\\\ \\u{1b}\""
        );
    }
}
