//! The search the official SDKs make for an error below the top of a body,
//! for a body whose top object holds no code and message of one family.
//!
//! Go, Python, Java and .NET look at an object's own keys first, and only
//! when it holds no pair go into each of its values that is an object, under
//! whatever key, at whatever depth; arrays are not entered. Of several
//! objects with a pair, the last in the body counts (Go's order is random:
//! the others agree), and an object with a pair hides what is inside it. The
//! authorization message is taken in the same walk from every object it
//! visits, the last one counting.
//!
//! This is a scan of the body's bytes, which the pass has already found to
//! be valid JSON: it follows brackets and strings without recursion and
//! keeps byte ranges, and only the texts that win are decoded.

use alloc::vec::Vec;
use core::ops::Range;

use super::scan::string_end;
use super::shape::{FAMILIES, Key, Role};

/// The deepest object the search enters: as deep as the deepest-reaching SDK
/// (Go's JSON reader stops at 10,000 levels; Python's recursion limit at
/// about 1,000). Anything below is skipped, which keeps the search's memory
/// bounded whatever the body.
pub(super) const DEEPEST: usize = 10_000;

/// What an object and what is inside it hold, as ranges of the body: a
/// string's with its quotes, a number's digits.
#[derive(Default)]
pub(super) struct Found {
    pub(super) pair: Option<(Range<usize>, Range<usize>)>,
    pub(super) authorization: Option<Range<usize>>,
}

/// An object being read.
#[derive(Default)]
struct Frame {
    codes: [Option<Range<usize>>; FAMILIES],
    messages: [Option<Range<usize>>; FAMILIES],
    authorization: Option<Range<usize>>,
    /// The last found inside it so far.
    inside: Found,
}

impl Frame {
    fn close(self) -> Found {
        let own_pair = self
            .codes
            .into_iter()
            .zip(self.messages)
            .find_map(|(code, message)| Some((code?, message?)));
        match own_pair {
            Some(pair) => Found {
                pair: Some(pair),
                authorization: self.authorization,
            },
            None => Found {
                pair: self.inside.pair,
                authorization: self.inside.authorization.or(self.authorization),
            },
        }
    }

    fn take_in(&mut self, found: Found) {
        if found.pair.is_some() {
            self.inside.pair = found.pair;
        }
        if found.authorization.is_some() {
            self.inside.authorization = found.authorization;
        }
    }

    fn keep(&mut self, key: Key, value: Range<usize>, is_empty: bool) {
        match key {
            Key::Code(family) => self.codes[family] = (!is_empty).then_some(value),
            Key::Message(family) => self.messages[family] = (!is_empty).then_some(value),
            Key::Authorization => self.authorization = (!is_empty).then_some(value),
            _ => {}
        }
    }

    fn forget(&mut self, key: Key) {
        match key {
            Key::Code(family) => self.codes[family] = None,
            Key::Message(family) => self.messages[family] = None,
            Key::Authorization => self.authorization = None,
            _ => {}
        }
    }
}

/// Searches `body`, a valid JSON object (after any whitespace), as the SDKs
/// do. A body that is not one gives whatever was found before the bytes
/// stopped making sense; the search never panics.
pub(super) fn search(body: &[u8]) -> Found {
    let mut at = skip_whitespace(body, 0);
    if body.get(at) != Some(&b'{') {
        return Found::default();
    }
    at += 1;
    let mut frames = Vec::from([Frame::default()]);
    loop {
        at = skip_whitespace(body, at);
        match body.get(at) {
            Some(b',') => at += 1,
            Some(b'}') => {
                at += 1;
                let Some(frame) = frames.pop() else {
                    return Found::default();
                };
                let found = frame.close();
                match frames.last_mut() {
                    Some(parent) => parent.take_in(found),
                    None => return found,
                }
            }
            Some(b'"') => {
                let Some(key_end) = string_end(body, at + 1) else {
                    return Found::default();
                };
                // A key written with escapes is not one the SDKs compare equal
                // without decoding it, and none of theirs needs one.
                let key = Key::of_bytes(&body[at + 1..key_end], Role::ErrorObject);
                at = skip_whitespace(body, key_end + 1);
                if body.get(at) != Some(&b':') {
                    return Found::default();
                }
                at = skip_whitespace(body, at + 1);
                let deeper_allowed = frames.len() < DEEPEST;
                let Some(frame) = frames.last_mut() else {
                    return Found::default();
                };
                match body.get(at) {
                    Some(b'{') if deeper_allowed => {
                        frame.forget(key);
                        frames.push(Frame::default());
                        at += 1;
                    }
                    Some(b'{' | b'[') => {
                        frame.forget(key);
                        at = skip_container(body, at);
                    }
                    Some(b'"') => {
                        let Some(end) = string_end(body, at + 1) else {
                            return Found::default();
                        };
                        frame.keep(key, at..end + 1, end == at + 1);
                        at = end + 1;
                    }
                    Some(byte) if *byte == b'-' || byte.is_ascii_digit() => {
                        let end = scalar_end(body, at);
                        frame.keep(key, at..end, false);
                        at = end;
                    }
                    Some(_) => {
                        // `true`, `false` or `null`: no text.
                        frame.forget(key);
                        at = scalar_end(body, at);
                    }
                    None => return Found::default(),
                }
            }
            _ => return Found::default(),
        }
    }
}

fn skip_whitespace(body: &[u8], mut at: usize) -> usize {
    while body.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The end of a number or literal starting at `at`.
fn scalar_end(body: &[u8], mut at: usize) -> usize {
    while body
        .get(at)
        .is_some_and(|byte| !matches!(byte, b',' | b'}' | b']') && !byte.is_ascii_whitespace())
    {
        at += 1;
    }
    at
}

/// Just past the bracket that closes the object or array opening at `at`
/// (or the end of the body).
fn skip_container(body: &[u8], mut at: usize) -> usize {
    let mut open = 0usize;
    while let Some(&byte) = body.get(at) {
        match byte {
            b'{' | b'[' => open += 1,
            b'}' | b']' => {
                open -= 1;
                if open == 0 {
                    return at + 1;
                }
            }
            b'"' => match string_end(body, at + 1) {
                Some(end) => at = end,
                None => return body.len(),
            },
            _ => {}
        }
        at += 1;
    }
    body.len()
}
