//! Text this program did not write (response bodies, pages, tables, the
//! codes a user types) is shown with its control characters escaped, so no
//! byte of it can move the cursor, clear the screen, retitle the terminal,
//! leak colour or reorder what follows.

use std::borrow::Cow;

/// `text` with every control character written as an escape: `\n`, `\r`
/// and `\t` by name, anything else as `\u{1b}`; a backslash is written
/// `\\`, so an escape in the output always stands for a character that
/// was escaped. Other text is unchanged.
///
/// Escaped: C0 (U+0000–U+001F, so ESC and BEL), DEL, C1 (U+0080–U+009F,
/// which some terminals take as CSI or OSC), the invisible format
/// characters (Unicode category Cf: zero-width spaces and joiners, the soft
/// hyphen, the byte-order mark, the bidirectional controls that reorder
/// what a line shows, tags), the other characters Unicode says to show as
/// nothing (the Hangul fillers, variation selectors, the combining grapheme
/// joiner), and the line and paragraph separators U+2028/U+2029.
pub(crate) fn escape_controls(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// As [`escape_controls`], but backslashes stay as they are: for text that
/// already holds escapes (a message quoting escaped values), whose live
/// characters this catches without escaping the escapes again.
pub(crate) fn escape_live(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

fn escape(text: &str, backslashes: bool) -> Cow<'_, str> {
    let escaped_here =
        |character: char| is_escaped(character) || (backslashes && character == '\\');
    if !text.chars().any(escaped_here) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for character in text.chars() {
        match character {
            '\\' if backslashes => escaped.push_str("\\\\"),
            character if is_escaped(character) => {
                let _ = ief_errors_core::text::write_escape(&mut escaped, character);
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
            character => quoted.push_str(&escape_controls(character.encode_utf8(&mut [0; 4]))),
        }
    }
    quoted.push('"');
    quoted
}

/// Whether `escape_controls` escapes `character` (backslashes aside): the
/// one list of `ief_errors_core::text`, which the generated docs and
/// `ApiError`'s `Display` use too.
pub(crate) fn is_escaped(character: char) -> bool {
    ief_errors_core::text::must_escape(character)
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
    fn invisible_format_characters_are_escaped() {
        assert_eq!(
            escape_controls("a\u{200b}b\u{200d}c\u{2060}d\u{feff}e\u{ad}f\u{e0001}"),
            "a\\u{200b}b\\u{200d}c\\u{2060}d\\u{feff}e\\u{ad}f\\u{e0001}"
        );
    }

    #[test]
    fn hangul_fillers_and_variation_selectors_are_escaped() {
        assert_eq!(
            escape_controls("a\u{3164}b\u{115f}c\u{1160}d\u{ffa0}e"),
            "a\\u{3164}b\\u{115f}c\\u{1160}d\\u{ffa0}e"
        );
        assert_eq!(
            escape_controls("x\u{fe00}y\u{fe0f}z\u{e0100}w\u{e01ef}v\u{34f}"),
            "x\\u{fe00}y\\u{fe0f}z\\u{e0100}w\\u{e01ef}v\\u{34f}"
        );
        // Neighbours that are visible stay as they are.
        let visible = "\u{3163}\u{3165}\u{fdff}\u{fe10}\u{ff9f}\u{ffa1}\u{1161}";
        assert!(matches!(escape_controls(visible), Cow::Borrowed(_)));
    }

    #[test]
    fn a_backslash_is_escaped_so_escapes_are_unambiguous() {
        assert_eq!(escape_controls("a\\u{1b}b\u{1b}"), "a\\\\u{1b}b\\u{1b}");
        assert_eq!(escape_live("a\\u{1b}b\u{1b}"), "a\\u{1b}b\\u{1b}");
    }

    #[test]
    fn printable_text_is_borrowed_unchanged() {
        let text = "请求offset不符合规范 \"quoted\" é";
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
