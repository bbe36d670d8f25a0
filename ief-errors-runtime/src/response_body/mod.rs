//! Reading an error body: a pass over the JSON that keeps only the keys
//! `ApiError` uses and skips everything else without building it, then,
//! only when the top holds no error, the official SDKs' search below it.
//!
//! A `serde_json::Value` of the whole body would allocate a node for every
//! value of a body that can be megabytes of details; the visitors (`visit`)
//! allocate only for the few strings they keep, each cut to `TEXT_LIMIT`.
//!
//! The pass reads the top object and its `error` object, and skips every
//! other value with `IgnoredAny`, as cheap as `serde_json` gets and
//! indifferent to what it skips (a `1e400` that no `f64` holds, nesting past
//! `serde_json`'s recursion limit). A value under a key it wants is taken as
//! a `RawValue`, the same skip that also hands over the text it skipped: a
//! number keeps its digits as written, and only a string (up to what the
//! limit keeps) or the `error` object is read a second time.
//!
//! A top with a code and a message of one pair is the error, as it is for
//! every SDK; most bodies end there. Otherwise `nested` walks the body (by
//! then known to be valid JSON) the way the SDKs do, following brackets and
//! strings, which costs less than a second parse. The authorization message is the SDKs' when
//! they find one, else the shallowest anywhere (`scan`), searched for only
//! when its key's bytes appear in the body (`memchr::memmem`).

mod nested;
mod repair;
mod scan;
mod shape;
mod text;
mod visit;
mod xml;

use alloc::string::String;

use serde::de::{DeserializeSeed, IgnoredAny};

use self::scan::shallowest_authorization;
pub(crate) use self::shape::AUTHORIZATION_KEY;
use self::shape::Role;
use self::text::raw_message;
pub(crate) use self::text::trimmed_identifier;
use self::visit::{ObjectSeed, Scanned, Want, decode};

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
        let fields = match Self::read_json_object(body) {
            JsonObject::Fields(fields) => Some(fields),
            JsonObject::Unreadable(error) if !error.is_eof() => Self::read_lossy_json_object(body)
                .or_else(|| Self::read_json_object_before_trailing_data(body)),
            // JSON read whole with nothing in it, or a body cut short:
            // nothing else would find more.
            JsonObject::OfNoKnownShape | JsonObject::Unreadable(_) => None,
            JsonObject::NotAnObject => {
                Self::read_json_array(body).or_else(|| Self::read_xml_error(body))
            }
        };
        fields.unwrap_or_else(|| BodyFields {
            message: Some(raw_message(body)),
            ..BodyFields::default()
        })
    }

    /// `fields` read from `read`, a repaired or shortened `body`, with the
    /// body as it came as the message where the message stands for the body.
    fn with_the_body_as_it_came(mut fields: BodyFields, read: &[u8], body: &[u8]) -> BodyFields {
        if fields.message.as_deref() == Some(raw_message(read).as_str()) {
            fields.message = Some(raw_message(body));
        }
        fields
    }

    /// `None` unless the body is a JSON array with an object of a pair in
    /// it: checked as JSON by a skip, then scanned as `nested` scans.
    fn read_json_array(body: &[u8]) -> Option<BodyFields> {
        if body.first() != Some(&b'[') {
            return None;
        }
        serde_json::from_slice::<IgnoredAny>(body).ok()?;
        let (code, message) = nested::search_array(body)?;
        Some(BodyFields {
            code: decode(body.get(code)?, Want::Identifier),
            message: Some(decode(body.get(message)?, Want::Text)?),
            ..BodyFields::default()
        })
    }

    /// `None` unless the body is one JSON object with a code, a message, a
    /// request id or an authorization message.
    fn read_json_object(body: &[u8]) -> JsonObject {
        if body.first() != Some(&b'{') {
            return JsonObject::NotAnObject;
        }
        // Strings taken as bytes first; if a wanted value is no string, read
        // again taking each as written.
        let read = |strings_only| {
            let mut deserializer = serde_json::Deserializer::from_slice(body);
            let top = ObjectSeed {
                role: Role::Top,
                strings_only,
            }
            .deserialize(&mut deserializer)?;
            deserializer.end()?;
            Ok::<_, serde_json::Error>(top)
        };
        let top = match read(true) {
            Ok(top) => top,
            // A value of another type where a string was wanted (a number
            // too large for a float is described as a syntax error): the
            // JSON itself may be fine. A body cut short is not.
            Err(error) if !error.is_eof() => match read(false) {
                Ok(top) => top,
                Err(error) => return JsonObject::Unreadable(error),
            },
            Err(error) => return JsonObject::Unreadable(error),
        };
        let Scanned::Object(mut top) = top else {
            return JsonObject::NotAnObject;
        };
        let nested = top.nested.take().unwrap_or_default();
        let text = |range: Option<core::ops::Range<usize>>, want| decode(body.get(range?)?, want);
        let pair_text = |pair: Option<nested::Pair>| {
            let (code, message) = pair?;
            Some((
                text(Some(code), Want::Identifier),
                text(Some(message), Want::Text)?,
            ))
        };
        // What the SDKs find: the top's pair, else the last pair below it.
        let (pair, sdk_authorization, below) = if let Some((code, message)) = top.pair() {
            let authorization = top.authorization.clone();
            (
                Some((Some(code), message)),
                authorization.or(top.authorization_in_any_case.clone()),
                nested::Found::default(),
            )
        } else {
            let below = nested::search(body);
            let pair = pair_text(below.pair.clone())
                .or_else(|| pair_text(below.first_in_array_pair.clone()));
            let authorization = text(below.authorization.clone(), Want::Identifier);
            (pair, authorization, below)
        };
        // Without a pair: a code or a message alone, at the top, in `error`,
        // or in any object under the top.
        let (code, message) = match pair {
            Some((code, message)) => (code, Some(message)),
            None => (
                top.lone_code()
                    .or_else(|| nested.lone_code())
                    .or_else(|| text(below.code_one_level_down.clone(), Want::Identifier)),
                top.lone_message()
                    .or_else(|| nested.lone_message())
                    .or(top.error_string)
                    .or_else(|| text(below.message_one_level_down.clone(), Want::Text)),
            ),
        };
        let request_id = top.request_id.or(nested.request_id).map(|(_, id)| id);
        let encoded_authorization_message = sdk_authorization
            .or(top.authorization)
            .or(top.authorization_in_any_case)
            .or_else(|| {
                memchr::memmem::find(body, AUTHORIZATION_KEY.as_bytes())
                    .and_then(|_| shallowest_authorization(body))
            })
            .or(nested.authorization);
        if code.is_none()
            && message.is_none()
            && request_id.is_none()
            && encoded_authorization_message.is_none()
        {
            return JsonObject::OfNoKnownShape;
        }
        JsonObject::Fields(BodyFields {
            code,
            // As every SDK does, a body whose message is missing or empty is
            // its own message; an object of no known shape too, with the ids
            // it carries kept all the same.
            message: Some(message.unwrap_or_else(|| raw_message(body))),
            request_id,
            encoded_authorization_message,
        })
    }
}

/// What reading a body as a JSON object gave.
enum JsonObject {
    Fields(BodyFields),
    /// A JSON object with nothing of an error in it.
    OfNoKnownShape,
    /// Not JSON as `serde_json` reads it, for this reason.
    Unreadable(serde_json::Error),
    /// Something other than an object, or not starting like one.
    NotAnObject,
}

impl JsonObject {
    fn fields(self) -> Option<BodyFields> {
        match self {
            JsonObject::Fields(fields) => Some(fields),
            _ => None,
        }
    }
}
