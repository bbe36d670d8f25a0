//! Reading an error body: a pass over the JSON that keeps only the keys
//! `ApiError` uses and skips everything else without building it.
//!
//! A `serde_json::Value` of the whole body would allocate a node for every
//! value of a body that can be megabytes of details; the visitors below
//! allocate only for the few strings they keep, each cut to `TEXT_LIMIT`.
//!
//! The pass reads the top object and its `error` object, and skips every
//! other value with `IgnoredAny`, as cheap as `serde_json` gets and
//! indifferent to what it skips (a `1e400` that no `f64` holds, nesting past
//! `serde_json`'s recursion limit). A value under a key it wants is taken as
//! a `RawValue`, the same skip that also hands over the text it skipped: a
//! number keeps its digits as written, and only a string (up to what the
//! limit keeps) or the `error` object is read a second time. Only when the
//! authorization key's bytes appear in the body, and not at the top, the body (by then known to be
//! valid JSON) is scanned for the shallowest such key by following its
//! brackets and strings, which costs less than a second parse.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

/// The most bytes of any text kept from a body (the message, the code, the
/// request id, the authorization message, or a body of no known shape).
/// Error bodies are small; a gateway's HTML page or a runaway field is cut
/// here so that logs stay readable.
pub(crate) const TEXT_LIMIT: usize = 4096;

/// Keys that hold the code, the message and the request id, in order of
/// preference: IEF's documented form first, then the shapes other Huawei
/// Cloud services and the API gateway use.
const CODE_KEYS: [&str; 3] = ["error_code", "errorCode", "code"];
const MESSAGE_KEYS: [&str; 3] = ["error_msg", "errorMsg", "message"];
const REQUEST_ID_KEYS: [&str; 2] = ["request_id", "requestId"];
const ERROR_KEY: &str = "error";
pub(crate) const AUTHORIZATION_KEY: &str = "encoded_authorization_message";

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// What a body says, before the code is looked up.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct BodyFields {
    /// Trimmed, never empty, cut to the limit.
    pub(crate) code: Option<String>,
    /// Cut to the limit.
    pub(crate) message: Option<String>,
    /// Trimmed, never empty, cut to the limit.
    pub(crate) request_id: Option<String>,
    /// Trimmed, never empty, cut to the limit.
    pub(crate) encoded_authorization_message: Option<String>,
}

impl BodyFields {
    /// Reads any body: the fields of a JSON object of a known shape, or else
    /// the body's text as the message.
    pub(crate) fn read(body: &[u8]) -> BodyFields {
        let mut body = body.trim_ascii_start();
        // Some servers write one per layer that re-encodes the text, and
        // some a line break before or between them.
        while let Some(rest) = body.strip_prefix(UTF8_BOM) {
            body = rest.trim_ascii_start();
        }
        Self::read_json_object(body)
            .or_else(|| Self::read_lossy_json_object(body))
            .unwrap_or_else(|| BodyFields {
                message: Some(raw_message(body)),
                ..BodyFields::default()
            })
    }

    /// A JSON object that `serde_json` refuses for what is inside a string,
    /// read again with that repaired, so that one bad character in a
    /// message does not cost the code: bytes that are not UTF-8, and a
    /// `\uD800`-style escape of half a surrogate pair (which servers in
    /// languages with UTF-16 strings do send), each replaced with U+FFFD.
    /// Only a body that starts like an object and failed to read is
    /// checked, and only one that needed a repair is read again.
    fn read_lossy_json_object(body: &[u8]) -> Option<BodyFields> {
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

    /// `None` unless the body is one JSON object with a code, a message, a
    /// request id or an authorization message.
    fn read_json_object(body: &[u8]) -> Option<BodyFields> {
        // Only an object can be an error of a known shape: anything else is
        // the message as it is, without reading it through.
        if body.iter().find(|byte| !byte.is_ascii_whitespace()) != Some(&b'{') {
            return None;
        }
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let mut authorization = ShallowestText::default();
        let top = ObjectSeed {
            role: Role::Top,
            depth: 0,
            authorization: &mut authorization,
        }
        .deserialize(&mut deserializer)
        .ok()?;
        deserializer.end().ok()?;
        let Scanned::Object(top) = top else {
            return None;
        };
        let nested = top.nested.unwrap_or_default();
        let message = top
            .message
            .or(nested.message)
            .or(top.error_string)
            .map(|(_, message)| message);
        let code = top.code.or(nested.code).map(|(_, code)| code);
        let request_id = top.request_id.or(nested.request_id).map(|(_, id)| id);
        if authorization
            .found
            .as_ref()
            .is_none_or(|(depth, _)| *depth > 0)
            && memchr::memmem::find(body, AUTHORIZATION_KEY.as_bytes()).is_some()
        {
            authorization.scan_deeper(body);
        }
        let encoded_authorization_message = authorization.found.map(|(_, text)| text);
        if code.is_none() && message.is_none() {
            if request_id.is_none() && encoded_authorization_message.is_none() {
                return None;
            }
            // An object of no known shape is still the message; the ids it
            // carries are kept all the same.
            return Some(BodyFields {
                message: Some(raw_message(body)),
                request_id,
                encoded_authorization_message,
                ..BodyFields::default()
            });
        }
        Some(BodyFields {
            code,
            message,
            request_id,
            encoded_authorization_message,
        })
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

/// A body that is not a known shape, as text: invalid UTF-8 replaced,
/// surrounding whitespace dropped, cut to the limit.
fn raw_message(body: &[u8]) -> String {
    let mut head = &body[..body.len().min(TEXT_LIMIT)];
    // A character that straddles the cut is left out whole, not decoded from
    // its first bytes as a replacement character.
    let invalid_end = head
        .utf8_chunks()
        .last()
        .map_or(0, |chunk| chunk.invalid().len());
    if invalid_end > 0 && body.len() > head.len() {
        let start = head.len() - invalid_end;
        let width = match body[start] {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        if width > invalid_end
            && body
                .get(start..start + width)
                .is_some_and(|whole| core::str::from_utf8(whole).is_ok())
        {
            head = &head[..start];
        }
    }
    let text = String::from_utf8_lossy(head);
    let mut message = capped(text.trim());
    if body.len() > TEXT_LIMIT && !message.ends_with('…') {
        message.push('…');
    }
    message
}

/// `text`, or its first `TEXT_LIMIT` bytes (at a character boundary) and `…`.
pub(crate) fn capped(text: &str) -> String {
    if text.len() <= TEXT_LIMIT {
        return text.to_string();
    }
    let mut end = TEXT_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut cut = String::with_capacity(end + '…'.len_utf8());
    cut.push_str(&text[..end]);
    cut.push('…');
    cut
}

/// An identifier-like text (code, request id, authorization message):
/// surrounding whitespace, byte order marks and zero-width spaces dropped,
/// `None` if nothing is left.
pub(crate) fn trimmed_identifier(text: &str) -> Option<String> {
    let text =
        text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'));
    (!text.is_empty()).then(|| capped(text))
}

/// The text found under a key with the rank of that key (lower is preferred).
type Ranked = Option<(usize, String)>;

/// Keeps `text` of `rank` if nothing of the same or a better rank was kept:
/// the preferred key wins whatever the order of keys, and of one key
/// repeated, the first, as for the authorization message (the first of the
/// shallowest), so one rule holds for every field.
fn keep_ranked(slot: &mut Ranked, rank: usize, text: Option<String>) {
    let Some(text) = text else { return };
    if slot.as_ref().is_none_or(|(kept, _)| rank < *kept) {
        *slot = Some((rank, text));
    }
}

/// The authorization message nearest the top of the body: breadth first, as
/// the key can be anywhere IAM's caller chose to put it.
#[derive(Default)]
struct ShallowestText {
    found: Option<(usize, String)>,
}

impl ShallowestText {
    fn offer(&mut self, depth: usize, text: Option<String>) {
        let Some(text) = text else { return };
        if self.found.as_ref().is_none_or(|(kept, _)| depth < *kept) {
            self.found = Some((depth, text));
        }
    }

    /// Scans `body`, valid JSON, for the shallowest authorization key that
    /// holds a string. The scan goes in the body's order, so what it finds
    /// wins a tie with what the pass found.
    ///
    /// A key spelt with escapes (`encoded\u005fauthorization...`) is found at
    /// the top and in the `error` object only, where the pass reads keys.
    fn scan_deeper(&mut self, body: &[u8]) {
        let key = AUTHORIZATION_KEY.as_bytes();
        // The pass has read the top; nothing below it beats level 1.
        let good_enough = 1;
        let mut open_containers = 0usize;
        let mut scan_found: Option<usize> = None;
        let mut at = 0;
        while let Some(&byte) = body.get(at) {
            match byte {
                b'{' | b'[' => open_containers += 1,
                b'}' | b']' => open_containers = open_containers.saturating_sub(1),
                b'"' => {
                    let Some(end) = string_end(body, at + 1) else {
                        return;
                    };
                    let depth = open_containers.saturating_sub(1);
                    // Shallower than what the scan found, as shallow as what the pass found.
                    if body.get(at + 1..end) == Some(key)
                        && scan_found.is_none_or(|found| depth < found)
                        && self.found.as_ref().is_none_or(|(kept, _)| depth <= *kept)
                    {
                        if let Some(text) =
                            string_after_colon(body.get(end + 1..).unwrap_or_default())
                        {
                            self.found = Some((depth, text));
                            scan_found = Some(depth);
                            if depth <= good_enough {
                                return;
                            }
                        }
                    }
                    at = end;
                }
                _ => {}
            }
            at += 1;
        }
    }
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

/// Which object a map is: the pass reads only the top and the `error`
/// object there (every other object is skipped unread).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Top,
    ErrorObject,
}

/// What one object of the body holds.
#[derive(Default)]
struct ObjectFields {
    code: Ranked,
    message: Ranked,
    request_id: Ranked,
    /// `{"error": "Unauthorized"}`: a message of the last resort.
    error_string: Ranked,
    /// `{"error": {...}}` at the top.
    nested: Option<Box<ObjectFields>>,
}

/// What a value turned out to be, as far as the reader cares.
enum Scanned {
    Text(Option<String>),
    Object(Box<ObjectFields>),
    Skipped,
}

/// A key of an object, read without allocating.
#[derive(Clone, Copy)]
enum Key {
    Code(usize),
    Message(usize),
    RequestId(usize),
    Error,
    Authorization,
    Other,
}

struct KeySeed {
    role: Role,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        if key == AUTHORIZATION_KEY {
            return Ok(Key::Authorization);
        }
        let rank = |keys: &[&str]| keys.iter().position(|known| *known == key);
        Ok(if let Some(rank) = rank(&CODE_KEYS) {
            Key::Code(rank)
        } else if let Some(rank) = rank(&MESSAGE_KEYS) {
            Key::Message(rank)
        } else if let Some(rank) = rank(&REQUEST_ID_KEYS) {
            Key::RequestId(rank)
        } else if key == ERROR_KEY && self.role == Role::Top {
            Key::Error
        } else {
            Key::Other
        })
    }
}

/// What to make of a value.
#[derive(Clone, Copy)]
enum Want {
    /// A string as it is, or a number as its digits (the message).
    Text,
    /// The same, trimmed (the code and the request id).
    Identifier,
    /// A string, trimmed (the authorization message).
    StringIdentifier,
    /// An object read as the nested error, or a string as a message.
    ErrorField,
    /// Nothing: skipped unread.
    Nothing,
}

/// Reads one value: keeps what `want` asks for and skips what it does not.
struct ValueSeed<'a> {
    want: Want,
    /// Objects and arrays around the value.
    depth: usize,
    authorization: &'a mut ShallowestText,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Scanned;

    /// A wanted value is taken as the raw text the body wrote, one pass
    /// that checks its syntax without converting it: a number keeps its
    /// digits (`1e2`, `-0`, thirty digits, `1e400`, none of which an `f64`
    /// holds as written), and only a string or the `error` object is read
    /// further.
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scanned, D::Error> {
        if matches!(self.want, Want::Nothing) {
            deserializer.deserialize_ignored_any(IgnoredAny)?;
            return Ok(Scanned::Skipped);
        }
        let raw = <&'de RawValue as de::Deserialize<'de>>::deserialize(deserializer)?;
        let raw = raw.get();
        match raw.as_bytes().first() {
            Some(b'"') => self.read_string(raw).map_err(de::Error::custom),
            Some(b'-' | b'0'..=b'9') => Ok(match self.want {
                Want::Text => Scanned::Text(Some(capped(raw))),
                Want::Identifier => Scanned::Text(trimmed_identifier(raw)),
                _ => Scanned::Skipped,
            }),
            Some(b'{') if matches!(self.want, Want::ErrorField) => {
                let seed = ObjectSeed {
                    role: Role::ErrorObject,
                    depth: self.depth + 1,
                    authorization: self.authorization,
                };
                seed.deserialize(&mut serde_json::Deserializer::from_str(raw))
                    .map_err(de::Error::custom)
            }
            // `null`, a boolean, an array, or an object where text is wanted:
            // nothing to keep (an authorization key inside an object is found
            // by the scan).
            _ => Ok(Scanned::Skipped),
        }
    }
}

impl ValueSeed<'_> {
    fn text(&self, text: &str) -> Scanned {
        Scanned::Text(match self.want {
            Want::Text | Want::ErrorField => Some(capped(text)),
            Want::Identifier | Want::StringIdentifier => trimmed_identifier(text),
            Want::Nothing => return Scanned::Skipped,
        })
    }

    /// Decodes `raw`, a JSON string the pass has checked. A message needs
    /// only its first `TEXT_LIMIT` bytes, so a long one is decoded from a
    /// prefix long enough to hold them; an identifier is trimmed first, so it
    /// is decoded whole.
    fn read_string(self, raw: &str) -> Result<Scanned, serde_json::Error> {
        let prefix = match self.want {
            Want::Text | Want::ErrorField => string_prefix(raw),
            _ => None,
        };
        let mut closed = String::new();
        let raw = match prefix {
            Some(prefix) => {
                closed.reserve(prefix.len() + 1);
                closed.push_str(prefix);
                closed.push('"');
                &closed
            }
            None => raw,
        };
        serde_json::Deserializer::from_str(raw).deserialize_str(self)
    }
}

/// The start of `raw`, a valid JSON string with its quotes, that decodes to
/// more than `TEXT_LIMIT` bytes, cut between two characters or escapes (a
/// surrogate pair kept whole) and without its closing quote; `None` when
/// `raw` is short enough to decode whole. No escape writes fewer than one
/// byte for six of the body's, which bounds the prefix.
fn string_prefix(raw: &str) -> Option<&str> {
    const ENOUGH: usize = 6 * (TEXT_LIMIT + 1) + 1;
    if raw.len() <= ENOUGH + 1 {
        return None;
    }
    let bytes = raw.as_bytes();
    let mut at = 1;
    while at < ENOUGH {
        at += match bytes.get(at)? {
            b'\\' if bytes.get(at + 1) == Some(&b'u') => {
                // `\uD800` to `\uDBFF` and the low half that must follow it.
                let high_surrogate = raw.get(at + 2..at + 4).is_some_and(|hex| {
                    hex.eq_ignore_ascii_case("d8")
                        || hex.eq_ignore_ascii_case("d9")
                        || hex.eq_ignore_ascii_case("da")
                        || hex.eq_ignore_ascii_case("db")
                });
                if high_surrogate && raw.get(at + 6..at + 8) == Some("\\u") {
                    12
                } else {
                    6
                }
            }
            b'\\' => 2,
            byte if *byte < 0x80 => 1,
            byte if *byte >= 0xf0 => 4,
            byte if *byte >= 0xe0 => 3,
            _ => 2,
        };
    }
    raw.get(..at)
}

impl Visitor<'_> for ValueSeed<'_> {
    type Value = Scanned;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Scanned, E> {
        Ok(self.text(text))
    }
}

/// Reads an object at `depth` (the top is 0) as `role`.
struct ObjectSeed<'a> {
    role: Role,
    depth: usize,
    authorization: &'a mut ShallowestText,
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = Scanned;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scanned, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = Scanned;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scanned, A::Error> {
        let mut fields = ObjectFields::default();
        while let Some(key) = map.next_key_seed(KeySeed { role: self.role })? {
            let want = match key {
                Key::Code(_) | Key::RequestId(_) => Want::Identifier,
                Key::Message(_) => Want::Text,
                Key::Error => Want::ErrorField,
                Key::Authorization => Want::StringIdentifier,
                Key::Other => Want::Nothing,
            };
            let value = map.next_value_seed(ValueSeed {
                want,
                depth: self.depth,
                authorization: &mut *self.authorization,
            })?;
            match (key, value) {
                (Key::Code(rank), Scanned::Text(text)) => keep_ranked(&mut fields.code, rank, text),
                (Key::Message(rank), Scanned::Text(text)) => {
                    keep_ranked(&mut fields.message, rank, text);
                }
                (Key::RequestId(rank), Scanned::Text(text)) => {
                    keep_ranked(&mut fields.request_id, rank, text);
                }
                (Key::Error, Scanned::Text(text)) => keep_ranked(&mut fields.error_string, 0, text),
                (Key::Error, Scanned::Object(nested)) => {
                    fields.nested.get_or_insert(nested);
                }
                (Key::Authorization, Scanned::Text(text)) => {
                    self.authorization.offer(self.depth, text);
                }
                _ => {}
            }
        }
        Ok(Scanned::Object(Box::new(fields)))
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

    fn authorization(body: &str) -> Option<String> {
        BodyFields::read(body.as_bytes()).encoded_authorization_message
    }

    #[test]
    fn texts_are_cut_at_a_character_boundary() {
        let long = "错".repeat(2000);
        let cut = capped(&long);
        assert!(cut.ends_with('…'));
        assert!(cut.len() <= TEXT_LIMIT + '…'.len_utf8());
        assert_eq!(capped("short"), "short");
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
