//! The authorization message below the objects the pass reads: a scan of
//! the body's bytes that follows its brackets and strings, cheaper than a
//! second parse.

use alloc::string::String;

use serde::de::DeserializeSeed;

use super::shape::{AUTHORIZATION_KEY, Ranked, keep_better};
use super::visit::{Scanned, ValueSeed, Want};

/// The authorization message nearest the top of the body: breadth first, as
/// the key can be anywhere IAM's caller chose to put it.
#[derive(Default)]
pub(super) struct ShallowestText {
    pub(super) found: Ranked,
}

impl ShallowestText {
    pub(super) fn offer(&mut self, depth: usize, text: Option<String>) {
        keep_better(&mut self.found, depth, || text);
    }

    /// Scans `body`, valid JSON, for the shallowest authorization key that
    /// holds a string. The scan goes in the body's order, so what it finds
    /// wins a tie with what the pass found.
    ///
    /// A key spelt with escapes (`encoded\u005fauthorization...`) is found at
    /// the top and in the `error` object only, where the pass reads keys.
    pub(super) fn scan_deeper(&mut self, body: &[u8]) {
        let found_by_pass = self.found.take();
        let deepest = found_by_pass
            .as_ref()
            .map_or(usize::MAX, |(depth, _)| *depth);
        self.found = shallowest_authorization(body, deepest);
        // Offered after the scan's find, the pass's is kept only if it is
        // shallower: that is the tie the scan wins.
        if let Some((depth, text)) = found_by_pass {
            keep_better(&mut self.found, depth, || Some(text));
        }
    }
}

/// The first of the shallowest authorization keys in `body` that hold a
/// string, none deeper than `deepest` (what the pass found, which nothing
/// deeper beats).
fn shallowest_authorization(body: &[u8], deepest: usize) -> Ranked {
    let key = AUTHORIZATION_KEY.as_bytes();
    // The pass has read the top; nothing below it beats level 1.
    let good_enough = 1;
    let mut open_containers = 0usize;
    let mut found: Ranked = None;
    let mut at = 0;
    while let Some(&byte) = body.get(at) {
        match byte {
            b'{' | b'[' => open_containers += 1,
            b'}' | b']' => open_containers = open_containers.saturating_sub(1),
            b'"' => {
                let Some(end) = string_end(body, at + 1) else {
                    return found;
                };
                let depth = open_containers.saturating_sub(1);
                if body.get(at + 1..end) == Some(key)
                    && depth <= deepest
                    && keep_better(&mut found, depth, || {
                        string_after_colon(body.get(end + 1..).unwrap_or_default())
                    })
                    && depth <= good_enough
                {
                    return found;
                }
                at = end;
            }
            _ => {}
        }
        at += 1;
    }
    found
}

/// The index of the quote that closes a string whose text starts at `at`.
fn string_end(body: &[u8], mut at: usize) -> Option<usize> {
    loop {
        at += memchr::memchr2(b'"', b'\\', body.get(at..)?)?;
        if body[at] == b'"' {
            return Some(at);
        }
        // An escape: the next byte cannot close the string.
        at += 2;
    }
}

/// The string value after a key, from the bytes that follow the key's
/// closing quote: `None` unless they are a colon and a string.
fn string_after_colon(rest: &[u8]) -> Option<String> {
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b":")?
        .trim_ascii_start();
    if !rest.starts_with(b"\"") {
        return None;
    }
    let mut unused = ShallowestText::default();
    let seed = ValueSeed {
        want: Want::StringIdentifier,
        depth: 0,
        authorization: &mut unused,
    };
    match seed.deserialize(&mut serde_json::Deserializer::from_slice(rest)) {
        Ok(Scanned::Text(text)) => text,
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
    fn authorization_message_is_found_at_any_depth() {
        let body = |depth: usize| {
            let mut body = format!(r#"{{"{AUTHORIZATION_KEY}":"deep"}}"#);
            for level in 0..depth {
                body = if level % 2 == 0 {
                    format!(r#"{{"a":{body}}}"#)
                } else {
                    format!("[1,{body}]")
                };
            }
            format!(r#"{{"error_code":"X","a":{body}}}"#)
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
    fn the_scan_follows_strings_and_escapes() {
        let cases = [
            (
                r#"{"error_code":"X","s":"\"encoded_authorization_message\":\"no\"","a":{"encoded_authorization_message":"yes"}}"#,
                Some("yes"),
            ),
            (
                r#"{"error_code":"X","s":"{{{{[[[","a":{"encoded_authorization_message":"one"},"b":{"c":{"encoded_authorization_message":"two"}}}"#,
                Some("one"),
            ),
            (
                r#"{"error_code":"X","a":{"b":{"encoded_authorization_message":"two"}},"c":{"encoded_authorization_message" : "one"}}"#,
                Some("one"),
            ),
            (
                r#"{"error_code":"X","a":{"encoded_authorization_message":null,"b":{"encoded_authorization_message":"two"}}}"#,
                Some("two"),
            ),
            (
                r#"{"error_code":"X","a":["encoded_authorization_message"]}"#,
                None,
            ),
            (
                r#"{"error_code":"X","a":{"encoded_authorization_message":"\u0041\n"}}"#,
                Some("A"),
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(authorization(body).as_deref(), expected, "{body}");
        }
    }
}
