//! Repair of a body that `serde_json` refuses but an official SDK's JSON
//! reader reads: what is inside a string, values JSON has no word for, and
//! what follows the object.

use alloc::borrow::Cow;
use alloc::string::String;

use serde::de::IgnoredAny;

use super::BodyFields;

impl BodyFields {
    /// A JSON object that `serde_json` refuses, read again repaired, so
    /// that one bad character does not cost the code:
    ///
    /// - bytes that are not UTF-8 (replaced with U+FFFD);
    /// - control characters written raw inside a string (escaped), which
    ///   Java's and .NET's readers accept;
    /// - `NaN`, `Infinity` and `-Infinity` as values (read as `null`), which
    ///   Python's and .NET's readers accept.
    ///
    /// Only a body that starts like an object and failed to read is
    /// checked, and only one that needed a repair is read again.
    pub(super) fn read_lossy_json_object(body: &[u8]) -> Option<BodyFields> {
        if body.first() != Some(&b'{') {
            return None;
        }
        let text = String::from_utf8_lossy(body);
        let repaired = with_lenient_tokens_written_strictly(&text);
        if matches!((&repaired, &text), (Cow::Borrowed(_), Cow::Borrowed(_))) {
            return None;
        }
        let fields = Self::read_json_object(repaired.as_bytes()).fields()?;
        Some(Self::with_the_body_as_it_came(
            fields,
            repaired.as_bytes(),
            body,
        ))
    }

    /// A JSON object followed by something else (a second document, a
    /// stray line): Java's reader reads the object and ignores the rest.
    pub(super) fn read_json_object_before_trailing_data(body: &[u8]) -> Option<BodyFields> {
        if body.first() != Some(&b'{') {
            return None;
        }
        let mut values = serde_json::Deserializer::from_slice(body).into_iter::<IgnoredAny>();
        values.next()?.ok()?;
        let end = values.byte_offset();
        if body[end..].trim_ascii().is_empty() {
            return None;
        }
        let fields = Self::read_json_object(&body[..end]).fields()?;
        Some(Self::with_the_body_as_it_came(fields, &body[..end], body))
    }
}

/// `text`, valid UTF-8, with a raw control character inside a string
/// written as its `\u00XX` escape, and `NaN`, `Infinity` and `-Infinity`
/// outside strings as `null`. Strings are followed by their quotes and
/// escapes; nothing else is changed.
fn with_lenient_tokens_written_strictly(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut in_string = false;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let replacement: Option<(usize, Cow<'_, str>)> = match byte {
            b'"' => {
                in_string = !in_string;
                None
            }
            b'\\' if in_string => {
                at += 2;
                continue;
            }
            byte if in_string && byte < 0x20 => {
                Some((1, Cow::Owned(alloc::format!("\\u{byte:04x}"))))
            }
            b'N' | b'I' | b'-' if !in_string => ["NaN", "Infinity", "-Infinity"]
                .into_iter()
                .find(|token| bytes[at..].starts_with(token.as_bytes()))
                .map(|token| (token.len(), Cow::Borrowed("null"))),
            _ => None,
        };
        match replacement {
            Some((width, written)) => {
                let repaired = out.get_or_insert_with(|| String::with_capacity(text.len()));
                repaired.push_str(&text[copied..at]);
                repaired.push_str(&written);
                at += width;
                copied = at;
            }
            None => at += 1,
        }
    }
    let text = match out {
        Some(mut repaired) => {
            repaired.push_str(&text[copied..]);
            Cow::Owned(repaired)
        }
        None => Cow::Borrowed(text),
    };
    match without_lone_surrogates(&text) {
        Cow::Owned(repaired) => Cow::Owned(repaired),
        Cow::Borrowed(_) => text,
    }
}

/// `text` with every `\uXXXX` escape of a lone surrogate (one not part of
/// a high-low pair) written as `\uFFFD` instead. An escaped backslash
/// (`\\uD800`) is text, not an escape, and is left alone.
pub(super) fn without_lone_surrogates(text: &str) -> Cow<'_, str> {
    fn code_unit(escape: &[u8]) -> Option<u16> {
        let hex = escape.strip_prefix(b"\\u")?.get(..4)?;
        u16::from_str_radix(core::str::from_utf8(hex).ok()?, 16).ok()
    }
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut index = 0;
    while let Some(offset) = bytes[index..].iter().position(|&byte| byte == b'\\') {
        let at = index + offset;
        let Some(unit) = code_unit(&bytes[at..]) else {
            // Any other escape: skip the backslash and the character it escapes.
            index = (at + 2).min(bytes.len());
            continue;
        };
        let is_high = (0xD800..0xDC00).contains(&unit);
        let is_low = (0xDC00..0xE000).contains(&unit);
        let paired = is_high
            && code_unit(bytes.get(at + 6..).unwrap_or_default())
                .is_some_and(|next| (0xDC00..0xE000).contains(&next));
        if paired {
            index = at + 12;
        } else if is_high || is_low {
            let repaired = out.get_or_insert_with(|| String::with_capacity(text.len()));
            repaired.push_str(&text[copied..at]);
            repaired.push_str("\\uFFFD");
            copied = at + 6;
            index = copied;
        } else {
            index = at + 6;
        }
    }
    match out {
        Some(mut repaired) => {
            repaired.push_str(&text[copied..]);
            Cow::Owned(repaired)
        }
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogate_escapes_are_replaced_and_pairs_kept() {
        let repaired = |text: &str| without_lone_surrogates(text).into_owned();
        assert_eq!(repaired(r"x\ud800y\udfffz"), r"x\uFFFDy\uFFFDz");
        assert_eq!(repaired(r"\ud83d\ude00"), r"\ud83d\ude00");
        assert_eq!(repaired(r"\ud83d\u0041"), r"\uFFFD\u0041");
        assert_eq!(
            repaired(r"\\ud800"),
            r"\\ud800",
            "an escaped backslash is text"
        );
        assert_eq!(repaired(r"\\\ud800"), r"\\\uFFFD");
        assert_eq!(repaired(r"\ud8"), r"\ud8", "not an escape");
        assert_eq!(repaired("ends with \\"), "ends with \\");
        assert_eq!(repaired("请求\\ud800请"), "请求\\uFFFD请");
        assert!(matches!(without_lone_surrogates("plain"), Cow::Borrowed(_)));
    }
}
