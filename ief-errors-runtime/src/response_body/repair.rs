//! Repair of a body that `serde_json` refuses for what is inside a string.

use alloc::borrow::Cow;
use alloc::string::String;

use super::BodyFields;

impl BodyFields {
    /// A JSON object that `serde_json` refuses for what is inside a string,
    /// read again with that repaired, so that one bad character in a
    /// message does not cost the code: bytes that are not UTF-8, and a
    /// `\uD800`-style escape of half a surrogate pair (which servers in
    /// languages with UTF-16 strings do send), each replaced with U+FFFD.
    /// Only a body that starts like an object and failed to read is
    /// checked, and only one that needed a repair is read again.
    pub(super) fn read_lossy_json_object(body: &[u8]) -> Option<BodyFields> {
        if body.first() != Some(&b'{') {
            return None;
        }
        let text = String::from_utf8_lossy(body);
        let repaired = without_lone_surrogates(&text);
        if matches!((&repaired, &text), (Cow::Borrowed(_), Cow::Borrowed(_))) {
            return None;
        }
        Self::read_json_object(repaired.as_bytes())
    }
}

/// `text` with every `\uXXXX` escape of a lone surrogate (one not part of
/// a high-low pair) written as `\uFFFD` instead. An escaped backslash
/// (`\\uD800`) is text, not an escape, and is left alone.
fn without_lone_surrogates(text: &str) -> Cow<'_, str> {
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
