//! The serde visitors of the pass: they read the top object and its `error`
//! object, keep the few values wanted, and skip everything else unread.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::repair::without_lone_surrogates;
use super::shape::{
    CODE_SLOTS, Key, LONE_SLOTS, MESSAGE_SLOTS, PAIRS, REQUEST_ID_RANKS, Ranked, Role,
};
use super::text::{TEXT_LIMIT, capped, trimmed_identifier};

/// What one object of the body holds. Of a key repeated, the last counts,
/// `null` included.
#[derive(Default)]
pub(super) struct ObjectFields {
    /// By slot (`shape::CODE_KEYS`): trimmed, never empty.
    pub(super) codes: [Option<String>; CODE_SLOTS],
    /// By slot (`shape::MESSAGE_KEYS`): never empty.
    pub(super) messages: [Option<String>; MESSAGE_SLOTS],
    pub(super) request_id: Ranked,
    /// Trimmed, never empty.
    pub(super) authorization: Option<String>,
    /// The same under the key in another case.
    pub(super) authorization_in_any_case: Option<String>,
    /// `{"error": "Unauthorized"}`: a message of the last resort.
    pub(super) error_string: Option<String>,
    /// `{"error": {...}}` at the top.
    pub(super) nested: Option<Box<ObjectFields>>,
}

impl ObjectFields {
    /// The code and message of the first pair (`shape::PAIRS`) it holds:
    /// what the official SDKs call an error.
    pub(super) fn pair(&self) -> Option<(String, String)> {
        PAIRS.iter().find_map(|&(code, message)| {
            Some((self.codes[code].clone()?, self.messages[message].clone()?))
        })
    }

    /// A code without its message, the preferred key first.
    pub(super) fn lone_code(&self) -> Option<String> {
        self.codes[LONE_SLOTS].iter().flatten().next().cloned()
    }

    /// A message without its code, the preferred key first.
    pub(super) fn lone_message(&self) -> Option<String> {
        self.messages[LONE_SLOTS].iter().flatten().next().cloned()
    }
}

/// What a value turned out to be, as far as the reader cares.
pub(super) enum Scanned {
    Text(Option<String>),
    Object(Box<ObjectFields>),
    Skipped,
}

struct KeySeed {
    role: Role,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    /// A key as its bytes, escapes read: every known key is ASCII, so no
    /// key needs checking as UTF-8 to be told.
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_bytes(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(Key::of_bytes(key.as_bytes(), self.role))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key, E> {
        Ok(Key::of_bytes(key, self.role))
    }
}

/// What to make of a value.
#[derive(Clone, Copy)]
pub(super) enum Want {
    /// A string as it is, or a number as its digits (the message).
    Text,
    /// The same, trimmed (the code, the request id, the authorization
    /// message).
    Identifier,
    /// An object read as the nested error, or a string as a message.
    ErrorField,
}

/// Reads one value: keeps what `want` asks for and skips what it does not.
pub(super) struct ValueSeed {
    pub(super) want: Want,
}

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Scanned;

    /// A wanted value is taken as the raw text the body wrote, one pass
    /// that checks its syntax without converting it: a number keeps its
    /// digits (`1e2`, `-0`, thirty digits, `1e400`, none of which an `f64`
    /// holds as written), and only a string or the `error` object is read
    /// further.
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scanned, D::Error> {
        let raw = <&'de RawValue as de::Deserialize<'de>>::deserialize(deserializer)?;
        self.read_raw(raw.get()).map_err(de::Error::custom)
    }
}

impl ValueSeed {
    /// Reads `raw`, one JSON value as the body wrote it.
    fn read_raw(self, raw: &str) -> Result<Scanned, serde_json::Error> {
        match raw.as_bytes().first() {
            Some(b'"') => self.read_string(raw),
            Some(b'-' | b'0'..=b'9') => Ok(match self.want {
                Want::Text => Scanned::Text(Some(capped(raw))),
                Want::Identifier => Scanned::Text(trimmed_identifier(raw)),
                // A number where `error` holds an object or a message.
                Want::ErrorField => Scanned::Skipped,
            }),
            Some(b'{') if matches!(self.want, Want::ErrorField) => {
                let seed = ObjectSeed {
                    role: Role::ErrorObject,
                    strings_only: false,
                };
                seed.deserialize(&mut serde_json::Deserializer::from_str(raw))
            }
            // `null`, a boolean, an array, or an object where text is wanted:
            // nothing to keep (what is inside an object is the search's).
            _ => Ok(Scanned::Skipped),
        }
    }

    fn text(&self, text: &str) -> Scanned {
        Scanned::Text(match self.want {
            Want::Text | Want::ErrorField => Some(capped(text)),
            Want::Identifier => trimmed_identifier(text),
        })
    }

    /// Decodes `raw`, a JSON string the pass has checked. A message needs
    /// only its first `TEXT_LIMIT` bytes, so a long one is decoded from a
    /// prefix long enough to hold them; an identifier is trimmed first, so it
    /// is decoded whole.
    fn read_string(self, raw: &str) -> Result<Scanned, serde_json::Error> {
        let prefix = match self.want {
            Want::Text | Want::ErrorField => string_prefix(raw),
            Want::Identifier => None,
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

/// The text of `raw`, one JSON value as the body wrote it (a byte that is
/// not UTF-8 replaced), as `want` keeps it.
pub(super) fn decode(raw: &[u8], want: Want) -> Option<String> {
    // Neither a string nor a number: no text, and no need to look further.
    if !matches!(raw.first(), Some(b'"' | b'-' | b'0'..=b'9')) {
        return None;
    }
    decode_str(&String::from_utf8_lossy(raw), want)
}

/// The same for a value already known to be UTF-8.
pub(super) fn decode_str(raw: &str, want: Want) -> Option<String> {
    let read = |raw: &str| match (ValueSeed { want }).read_raw(raw) {
        Ok(Scanned::Text(text)) => Some(text),
        Ok(_) => Some(None),
        Err(_) => None,
    };
    // An escape of half a surrogate pair is written as U+FFFD, as a byte
    // that is not UTF-8 is.
    read(raw)
        .or_else(|| read(&without_lone_surrogates(raw)))
        .flatten()
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

impl Visitor<'_> for ValueSeed {
    type Value = Scanned;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Scanned, E> {
        Ok(self.text(text))
    }
}

/// Reads an object as `role`.
pub(super) struct ObjectSeed {
    pub(super) role: Role,
    /// Whether every wanted value is a string (or `null`, or a list), so
    /// that they can be taken as bytes: a long message is then neither
    /// checked as UTF-8 whole nor decoded whole. A number, an object or a
    /// boolean under a wanted key fails the read, which is then made again
    /// without this.
    pub(super) strings_only: bool,
}

/// A wanted value as the pass takes it.
pub(super) enum Taken<'de> {
    /// As the body wrote it (any value, already checked as UTF-8).
    Written(&'de str),
    /// A string's bytes, escapes read, not checked as UTF-8: borrowed from
    /// the body when it has no escape, else its first `COPIED` bytes.
    Bytes(alloc::borrow::Cow<'de, [u8]>),
    /// `null` or a list: no text.
    Nothing,
}

/// The most bytes kept of a string with escapes: far more than any text
/// keeps, so that an identifier's surrounding whitespace is trimmed first.
const COPIED: usize = 16 * TEXT_LIMIT;

impl Taken<'_> {
    fn text(self, want: Want) -> Option<String> {
        match self {
            Taken::Written(written) => decode_str(written, want),
            Taken::Bytes(bytes) => {
                // A message needs no more than this of its bytes; an
                // identifier is trimmed first.
                let enough = match want {
                    Want::Text | Want::ErrorField => TEXT_LIMIT + 4,
                    Want::Identifier => COPIED,
                };
                let text = lossy(&bytes[..bytes.len().min(enough)]);
                match want {
                    Want::Text | Want::ErrorField => Some(capped(&text)),
                    Want::Identifier => trimmed_identifier(&text),
                }
            }
            Taken::Nothing => None,
        }
    }
}

/// `bytes` as text, each sequence that is not UTF-8 replaced with U+FFFD,
/// and so is an escape of half a surrogate pair, which `serde_json` writes
/// as the three bytes it would have in UTF-8 (WTF-8).
fn lossy(bytes: &[u8]) -> alloc::borrow::Cow<'_, str> {
    if let Ok(text) = core::str::from_utf8(bytes) {
        return alloc::borrow::Cow::Borrowed(text);
    }
    let mut text = String::with_capacity(bytes.len() + 2);
    let mut rest = bytes;
    while !rest.is_empty() {
        match core::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                text.push_str(core::str::from_utf8(valid).unwrap_or_default());
                text.push('\u{fffd}');
                let surrogate = matches!(after, [0xed, 0xa0..=0xbf, 0x80..=0xbf, ..]);
                let skipped = if surrogate {
                    3
                } else {
                    error.error_len().unwrap_or(after.len())
                };
                rest = &after[skipped.min(after.len())..];
            }
        }
    }
    alloc::borrow::Cow::Owned(text)
}

/// Takes a wanted value as `Taken::Bytes` or `Taken::Nothing`, and fails on
/// anything else.
struct StringBytes;

impl<'de> DeserializeSeed<'de> for StringBytes {
    type Value = Taken<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Taken<'de>, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for StringBytes {
    type Value = Taken<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a string, null or a list")
    }

    fn visit_none<E: de::Error>(self) -> Result<Taken<'de>, E> {
        Ok(Taken::Nothing)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Taken<'de>, D::Error> {
        deserializer.deserialize_bytes(self)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, bytes: &'de [u8]) -> Result<Taken<'de>, E> {
        Ok(Taken::Bytes(alloc::borrow::Cow::Borrowed(bytes)))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Taken<'de>, E> {
        let kept = &bytes[..bytes.len().min(COPIED)];
        Ok(Taken::Bytes(alloc::borrow::Cow::Owned(kept.to_vec())))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Taken<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Taken::Nothing)
    }
}

impl<'de> DeserializeSeed<'de> for ObjectSeed {
    type Value = Scanned;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scanned, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed {
    type Value = Scanned;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON object")
    }

    /// Takes each wanted value as the body wrote it and decodes it once the
    /// object is read: of a key repeated, only the last counts, so only the
    /// last is decoded.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scanned, A::Error> {
        let mut fields = ObjectFields::default();
        let mut codes: [Option<Taken<'de>>; CODE_SLOTS] = Default::default();
        let mut messages: [Option<Taken<'de>>; MESSAGE_SLOTS] = Default::default();
        let mut request_ids: [Option<Taken<'de>>; REQUEST_ID_RANKS] = Default::default();
        let mut authorizations: [Option<Taken<'de>>; 2] = Default::default();
        let mut error: Option<&'de str> = None;
        while let Some(key) = map.next_key_seed(KeySeed { role: self.role })? {
            let slot = match key {
                Key::Code(slot) => &mut codes[slot],
                Key::Message(slot) => &mut messages[slot],
                Key::RequestId(rank) => &mut request_ids[rank],
                Key::Authorization => &mut authorizations[0],
                Key::AuthorizationInAnyCase => &mut authorizations[1],
                Key::Error => {
                    error = Some(map.next_value::<&'de RawValue>()?.get());
                    continue;
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(if self.strings_only {
                map.next_value_seed(StringBytes)?
            } else {
                Taken::Written(map.next_value::<&'de RawValue>()?.get())
            });
        }
        let text = |taken: Option<Taken<'_>>, want| taken?.text(want);
        fields.codes = codes.map(|taken| text(taken, Want::Identifier));
        fields.messages =
            messages.map(|taken| text(taken, Want::Text).filter(|text| !text.is_empty()));
        fields.request_id = request_ids
            .into_iter()
            .enumerate()
            .find_map(|(rank, taken)| Some((rank, text(taken, Want::Identifier)?)));
        let [authorization, in_any_case] =
            authorizations.map(|taken| text(taken, Want::Identifier));
        fields.authorization = authorization;
        fields.authorization_in_any_case = in_any_case;
        let error = error.map(|raw| {
            ValueSeed {
                want: Want::ErrorField,
            }
            .read_raw(raw)
        });
        match error.transpose().map_err(de::Error::custom)? {
            Some(Scanned::Text(text)) => {
                fields.error_string = text.filter(|text| !text.is_empty());
            }
            Some(Scanned::Object(nested)) => fields.nested = Some(nested),
            Some(Scanned::Skipped) | None => {}
        }
        Ok(Scanned::Object(Box::new(fields)))
    }
}
