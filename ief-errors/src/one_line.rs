//! Text from a response, written so that it stays on one line of a log and
//! cannot drive a terminal.

use core::fmt;

/// Displays text with every character that could break a line, move the
/// cursor, ring the bell or reorder what a reader sees written as a visible
/// escape (`\n`, `\t`, `\u{1b}`, `\u{202e}`...), and everything else as it is.
///
/// A server chooses the bytes of its error body; this keeps a forged second
/// log line, a terminal escape sequence or a right-to-left override from
/// reaching a log or terminal live.
pub(crate) struct OneLine<'a>(pub(crate) &'a str);

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some((at, unsafe_char)) = rest.char_indices().find(|&(_, c)| must_escape(c)) {
            formatter.write_str(&rest[..at])?;
            match unsafe_char {
                '\n' => formatter.write_str("\\n")?,
                '\r' => formatter.write_str("\\r")?,
                '\t' => formatter.write_str("\\t")?,
                other => write!(formatter, "\\u{{{:x}}}", u32::from(other))?,
            }
            rest = &rest[at + unsafe_char.len_utf8()..];
        }
        formatter.write_str(rest)
    }
}

/// Control characters (C0, DEL and C1, which include NEL), the Unicode line
/// and paragraph separators, the bidirectional formatting characters, and
/// the invisible ones that could make a code look like another (zero-width
/// space, word joiner and its kin, byte order mark).
fn must_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}'
                | '\u{2029}'
                | '\u{061c}'
                | '\u{200b}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn printable_text_is_written_as_it_is() {
        for text in [
            "",
            "plain",
            "请求offset不符合规范",
            "a \\n b",
            "{\"json\": 1}",
        ] {
            assert_eq!(OneLine(text).to_string(), text);
        }
    }

    #[test]
    fn line_breaks_and_controls_become_visible_escapes() {
        let cases = [
            ("a\nb", "a\\nb"),
            ("a\r\nb", "a\\r\\nb"),
            ("\ttab", "\\ttab"),
            ("\u{1b}[31mred", "\\u{1b}[31mred"),
            ("bell\u{7}", "bell\\u{7}"),
            ("nul\0", "nul\\u{0}"),
            ("del\u{7f}", "del\\u{7f}"),
            ("nel\u{85}csi\u{9b}", "nel\\u{85}csi\\u{9b}"),
            ("ls\u{2028}ps\u{2029}", "ls\\u{2028}ps\\u{2029}"),
            ("\u{202e}txt.exe", "\\u{202e}txt.exe"),
            ("IEF.100004\u{200b}", "IEF.100004\\u{200b}"),
            ("\u{feff}bom\u{2060}", "\\u{feff}bom\\u{2060}"),
            ("错\n误", "错\\n误"),
        ];
        for (text, shown) in cases {
            assert_eq!(OneLine(text).to_string(), shown, "{text:?}");
        }
    }
}
