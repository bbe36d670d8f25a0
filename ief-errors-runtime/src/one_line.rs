//! Text from a response, written so that it stays on one line of a log and
//! cannot drive a terminal.

use core::fmt;

/// Displays text with every character that could break a line, move the
/// cursor, ring the bell or reorder what a reader sees written as a visible
/// escape (`\n`, `\t`, `\u{1b}`, `\u{202e}`...), a backslash as `\\` so that
/// every escape shown stands for one character (a real line break shows as
/// `\n`, the two characters backslash and `n` as `\\n`), and everything else
/// as it is.
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
                '\\' => formatter.write_str("\\\\")?,
                other => ief_errors_core::text::write_escape(formatter, other)?,
            }
            rest = &rest[at + unsafe_char.len_utf8()..];
        }
        formatter.write_str(rest)
    }
}

/// The backslash that starts every escape, and every character that
/// `ief_errors_core::text` says is shown escaped: controls (C0, DEL and C1,
/// which include NEL), the line and paragraph separators, the format
/// characters (bidirectional controls, zero-width characters, the
/// byte-order mark, tags) and the other invisible ones (the Hangul fillers,
/// variation selectors), any of which could make a code look like another.
fn must_escape(c: char) -> bool {
    c == '\\' || ief_errors_core::text::must_escape(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn printable_text_is_written_as_it_is() {
        for text in ["", "plain", "请求offset不符合规范", "{\"json\": 1}"] {
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
            ("a\\nb", "a\\\\nb"),
            ("C:\\temp", "C:\\\\temp"),
            ("\\u{1b}", "\\\\u{1b}"),
            ("\\\n", "\\\\\\n"),
            // Shown as nothing, so `IEF.100004` with one in it would read as the real code.
            ("IEF.1000\u{3164}04", "IEF.1000\\u{3164}04"),
            ("IEF\u{115f}.100004\u{ffa0}", "IEF\\u{115f}.100004\\u{ffa0}"),
            (
                "a\u{fe0f}b\u{34f}c\u{e0100}",
                "a\\u{fe0f}b\\u{34f}c\\u{e0100}",
            ),
            ("\u{600}\u{605}", "\\u{600}\\u{605}"),
        ];
        for (text, shown) in cases {
            assert_eq!(OneLine(text).to_string(), shown, "{text:?}");
        }
    }

    #[test]
    fn every_format_character_is_escaped() {
        let format_characters = [
            '\u{ad}',
            '\u{600}',
            '\u{605}',
            '\u{61c}',
            '\u{6dd}',
            '\u{70f}',
            '\u{890}',
            '\u{8e2}',
            '\u{180e}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{200e}',
            '\u{200f}',
            '\u{202a}',
            '\u{2060}',
            '\u{2064}',
            '\u{2066}',
            '\u{206f}',
            '\u{feff}',
            '\u{fff9}',
            '\u{fffb}',
            '\u{110bd}',
            '\u{110cd}',
            '\u{13430}',
            '\u{1343f}',
            '\u{1bca0}',
            '\u{1bca3}',
            '\u{1d173}',
            '\u{1d17a}',
            '\u{e0001}',
            '\u{e0020}',
            '\u{e007f}',
        ];
        for c in format_characters {
            let text = alloc::format!("IEF.1000{c}04");
            let shown = alloc::format!("IEF.1000\\u{{{:x}}}04", u32::from(c));
            assert_eq!(OneLine(&text).to_string(), shown, "{c:?}");
        }
        // Their visible neighbours stay as they are.
        for c in [
            '\u{ac}', '\u{ae}', '\u{2010}', '\u{2027}', '\u{fff8}', '\u{fffc}',
        ] {
            let text = alloc::format!("a{c}b");
            assert_eq!(OneLine(&text).to_string(), text, "{c:?}");
        }
    }
}
