//! Reading an error body: a pass over the JSON that keeps only the keys
//! `ApiError` uses and skips everything else without building it.
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
//! limit keeps) or the `error` object is read a second time. Only when the
//! authorization key's bytes appear in the body, and not at the top, the body (by then known to be
//! valid JSON) is scanned for the shallowest such key by following its
//! brackets and strings (`scan`), which costs less than a second parse.

mod repair;
mod scan;
mod shape;
mod text;
mod visit;

use alloc::string::String;

use serde::de::DeserializeSeed;

use self::scan::ShallowestText;
pub(crate) use self::shape::AUTHORIZATION_KEY;
use self::shape::Role;
use self::text::raw_message;
pub(crate) use self::text::trimmed_identifier;
use self::visit::{ObjectSeed, Scanned};

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
