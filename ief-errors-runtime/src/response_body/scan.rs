//! The authorization message below the objects the pass reads: a scan of
//! the body's bytes that follows its brackets and strings, cheaper than a
//! second parse.

use alloc::string::String;

use super::nested::DEEPEST;
use super::shape::{AUTHORIZATION_KEY, Key, Role};
use super::visit::{Want, decode};

/// The last of the shallowest authorization keys in `body` that hold a
/// string: breadth first, as the key can be anywhere IAM's caller chose to
/// put it, and the last as of a key repeated. For a body where the SDKs' own
/// search finds none.
pub(super) fn shallowest_authorization(body: &[u8]) -> Option<String> {
    let key = AUTHORIZATION_KEY.as_bytes();
    let mut open_containers = 0usize;
    // The depth and the value (from its opening quote) of the one kept so
    // far, decoded only at the end.
    let mut found: Option<(usize, usize)> = None;
    let mut at = 0;
    while let Some(&byte) = body.get(at) {
        match byte {
            b'{' | b'[' => open_containers += 1,
            b'}' | b']' => open_containers = open_containers.saturating_sub(1),
            b'"' => {
                let Some(end) = string_end(body, at + 1) else {
                    break;
                };
                let depth = open_containers.saturating_sub(1);
                let written = body.get(at + 1..end).unwrap_or_default();
                let is_key = written == key
                    || (written.contains(&b'\\')
                        && matches!(
                            Key::of_written(written, Role::ErrorObject),
                            Key::Authorization
                        ));
                // No deeper than the search below the top goes.
                if depth < DEEPEST && found.is_none_or(|(kept, _)| depth <= kept) && is_key {
                    if let Some(value) = value_after_colon(body, end + 1) {
                        found = Some((depth, value));
                    }
                }
                at = end;
            }
            _ => {}
        }
        at += 1;
    }
    let (_, value) = found?;
    let end = if body[value] == b'"' {
        string_end(body, value + 1)? + 1
    } else {
        value
            + body[value..]
                .iter()
                .position(|byte| matches!(byte, b',' | b'}' | b']') || byte.is_ascii_whitespace())
                .unwrap_or(body.len() - value)
    };
    decode(body.get(value..end)?, Want::Identifier)
}

/// The index of the quote that closes a string whose text starts at `at`.
pub(super) fn string_end(body: &[u8], mut at: usize) -> Option<usize> {
    // Most strings of a body are short keys and values, which a plain loop
    // gets through faster than `memchr` sets out; a long one goes to it.
    let short_end = body.len().min(at + 32);
    while at < short_end {
        match body[at] {
            b'"' => return Some(at),
            b'\\' => at += 2,
            _ => at += 1,
        }
    }
    loop {
        at += memchr::memchr2(b'"', b'\\', body.get(at..)?)?;
        if body[at] == b'"' {
            return Some(at);
        }
        // An escape: the next byte cannot close the string.
        at += 2;
    }
}

/// Where the value of a key starts, from just past the key's closing quote:
/// `None` unless a colon and a string (not empty) or a number follow.
fn value_after_colon(body: &[u8], mut at: usize) -> Option<usize> {
    let skip_whitespace = |mut at: usize| {
        while body.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        at
    };
    at = skip_whitespace(at);
    if body.get(at) != Some(&b':') {
        return None;
    }
    at = skip_whitespace(at + 1);
    match body.get(at..at + 2)? {
        // An empty string is no message, and does not hide one.
        b"\"\"" => None,
        [b'"' | b'-' | b'0'..=b'9', _] => Some(at),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response_body::BodyFields;

    fn authorization(body: &str) -> Option<String> {
        BodyFields::read(body.as_bytes()).encoded_authorization_message
    }

    #[test]
    fn beyond_the_sdks_the_authorization_message_is_found_at_any_depth() {
        let body = |depth: usize| {
            let mut body = format!(r#"{{"{AUTHORIZATION_KEY}":"deep"}}"#);
            for level in 0..depth {
                body = if level % 2 == 0 {
                    format!(r#"{{"a":{body}}}"#)
                } else {
                    format!("[1,{body}]")
                };
            }
            format!(r#"{{"error_code":"X","error_msg":"m","a":{body}}}"#)
        };
        for depth in [0, 1, 2, 31, 32, 33, 200, 5000] {
            assert_eq!(
                authorization(&body(depth)).as_deref(),
                Some("deep"),
                "{depth}"
            );
        }
    }

    #[test]
    fn the_scan_takes_the_last_of_the_shallowest_following_strings_and_escapes() {
        let cases = [
            (
                r#"{"error_code":"X","error_msg":"m","s":"\"encoded_authorization_message\":\"no\"","a":{"encoded_authorization_message":"yes"}}"#,
                Some("yes"),
            ),
            (
                r#"{"error_code":"X","error_msg":"m","s":"{{{{[[[","a":{"encoded_authorization_message":"one"},"b":{"c":{"encoded_authorization_message":"two"}}}"#,
                Some("one"),
            ),
            (
                r#"{"error_code":"X","error_msg":"m","a":{"b":{"encoded_authorization_message":"two"}},"c":{"encoded_authorization_message" : "one"}}"#,
                Some("one"),
            ),
            (
                r#"{"error_code":"X","error_msg":"m","a":{"encoded_authorization_message":null,"b":{"encoded_authorization_message":"two"}}}"#,
                Some("two"),
            ),
            (
                r#"{"error_code":"X","error_msg":"m","a":["encoded_authorization_message"]}"#,
                None,
            ),
            (
                r#"{"error_code":"X","error_msg":"m","a":{"encoded_authorization_message":"\u0041\n"}}"#,
                Some("A"),
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(authorization(body).as_deref(), expected, "{body}");
        }
    }
}
