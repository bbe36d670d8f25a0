//! String literals of the invocation, read as the compiler reads them.

use proc_macro2::{Literal, Span};

/// A string literal (`"..."` or `r#"..."#`) and what it means.
#[derive(Debug, Clone)]
pub(crate) struct StringLiteral {
    /// The text it stands for, escapes resolved.
    pub(crate) value: String,
    /// What follows the closing quote, such as `suffix` in `"a"suffix`.
    pub(crate) suffix: String,
    pub(crate) span: Span,
}

impl StringLiteral {
    /// The literal as a string, or `None` for any other literal (a number,
    /// a character, a byte or C string).
    pub(crate) fn of(literal: &Literal) -> Option<StringLiteral> {
        let written = literal.to_string();
        let (value, suffix) = if let Some(raw) = written.strip_prefix('r') {
            raw_string(raw)?
        } else {
            cooked_string(written.strip_prefix('"')?)?
        };
        Some(StringLiteral {
            value,
            suffix: suffix.to_owned(),
            span: literal.span(),
        })
    }
}

/// `#"text"#suffix` (after the `r`): the text and the suffix.
fn raw_string(raw: &str) -> Option<(String, &str)> {
    let hashes = raw.bytes().take_while(|&byte| byte == b'#').count();
    let body = raw[hashes..].strip_prefix('"')?;
    let closing = format!("\"{}", "#".repeat(hashes));
    let end = body.find(&closing)?;
    Some((body[..end].to_owned(), &body[end + closing.len()..]))
}

/// `text"suffix` (after the opening quote), escapes resolved: the text and
/// the suffix. The compiler has already refused malformed escapes.
fn cooked_string(body: &str) -> Option<(String, &str)> {
    let mut value = String::with_capacity(body.len());
    let mut characters = body.char_indices().peekable();
    while let Some((index, character)) = characters.next() {
        match character {
            '"' => return Some((value, &body[index + 1..])),
            '\\' => {
                let (_, escape) = characters.next()?;
                match escape {
                    'n' => value.push('\n'),
                    'r' => value.push('\r'),
                    't' => value.push('\t'),
                    '0' => value.push('\0'),
                    '\\' | '\'' | '"' => value.push(escape),
                    'x' => {
                        let high = characters.next()?.1.to_digit(16)?;
                        let low = characters.next()?.1.to_digit(16)?;
                        value.push(char::from_u32(high * 16 + low)?);
                    }
                    'u' => {
                        characters.next().filter(|(_, open)| *open == '{')?;
                        let mut code = 0u32;
                        loop {
                            let (_, digit) = characters.next()?;
                            match digit {
                                '}' => break,
                                '_' => {}
                                digit => code = code.checked_mul(16)? + digit.to_digit(16)?,
                            }
                        }
                        value.push(char::from_u32(code)?);
                    }
                    // A line continuation: the line break and the
                    // whitespace that starts the next line are no part of
                    // the text.
                    '\n' | '\r' => {
                        while characters
                            .peek()
                            .is_some_and(|(_, next)| matches!(next, ' ' | '\t' | '\n' | '\r'))
                        {
                            let _ = characters.next();
                        }
                    }
                    _ => return None,
                }
            }
            character => value.push(character),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(written: &str) -> Option<(String, String)> {
        let literal: Literal = written.parse().ok()?;
        StringLiteral::of(&literal).map(|string| (string.value, string.suffix))
    }

    #[test]
    fn escapes_are_resolved_as_the_compiler_resolves_them() {
        let cases = [
            (r#""plain""#, "plain"),
            (r#""a\nb\tc\r\0""#, "a\nb\tc\r\0"),
            (r#""\\ \" \'""#, "\\ \" '"),
            (r#""\x41\x7f""#, "A\u{7f}"),
            (r#""\u{1F600}\u{4e2d}\u{1_F6_00}""#, "😀中😀"),
            ("\"one \\\n    two\"", "one two"),
            ("\"line\nbreak\"", "line\nbreak"),
            (r#""数据/codes.toml""#, "数据/codes.toml"),
        ];
        for (written, value) in cases {
            assert_eq!(
                read(written),
                Some((value.to_owned(), String::new())),
                "{written}"
            );
        }
    }

    #[test]
    fn raw_strings_are_taken_as_written() {
        assert_eq!(
            read(r#"r"a\nb""#),
            Some(("a\\nb".to_owned(), String::new()))
        );
        assert_eq!(
            read(r###"r##"a "# b"##"###),
            Some(("a \"# b".to_owned(), String::new()))
        );
    }

    #[test]
    fn a_suffix_is_kept_apart() {
        assert_eq!(
            read(r#""a.toml"suffix"#),
            Some(("a.toml".to_owned(), "suffix".to_owned()))
        );
        assert_eq!(read(r##"r#"a"#x"##), Some(("a".to_owned(), "x".to_owned())));
    }

    #[test]
    fn other_literals_are_not_strings() {
        for written in ["b\"a\"", "br\"a\"", "c\"a\"", "'a'", "1", "1.5", "b'a'"] {
            assert_eq!(read(written), None, "{written}");
        }
    }
}
