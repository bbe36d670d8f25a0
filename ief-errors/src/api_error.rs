//! Error responses: reading any IEF or Huawei Cloud error body into an
//! [`ApiError`], and writing the canonical body for servers and mocks.

use alloc::string::{String, ToString};
use core::fmt;

use serde_json::{Map, Value};

use crate::{ErrorCode, IefError, Lang};

/// The most bytes of a message (or of a body that is not a known shape) kept.
/// Error bodies are small; a gateway's HTML page or a runaway body is cut
/// here so that logs stay readable.
const MESSAGE_LIMIT: usize = 4096;

/// Keys that hold the code, the message and the request id, in order of
/// preference: IEF's documented form first, then the shapes other Huawei
/// Cloud services and the API gateway use.
const CODE_KEYS: [&str; 3] = ["error_code", "errorCode", "code"];
const MESSAGE_KEYS: [&str; 3] = ["error_msg", "errorMsg", "message"];
const REQUEST_ID_KEYS: [&str; 2] = ["request_id", "requestId"];
const AUTHORIZATION_KEY: &str = "encoded_authorization_message";

/// An error response from IEF or another Huawei Cloud service, read from the
/// status, the `X-Request-Id` header and the body. Reading never fails: a
/// body of no known shape becomes the message.
///
/// `E` is the enum the code is looked up in: the shipped [`IefError`] unless
/// you name your own. Codes it does not know, such as the API gateway's
/// `APIGW.*`, keep their raw code with no typed error.
///
/// ```
/// use ief_errors::{ApiError, IefError};
///
/// let body = br#"{"error_code": "IEF.100004", "error_msg": "offset must be >= 0"}"#;
/// let error: ApiError = ApiError::from_response(400, Some("5c6b0d7e"), body);
/// assert_eq!(error.error(), Some(IefError::InvalidOffset));
/// assert_eq!(error.code(), Some("IEF.100004"));
/// assert_eq!(error.message(), "offset must be >= 0");
/// assert_eq!(error.request_id(), Some("5c6b0d7e"));
///
/// let gateway: ApiError = ApiError::from_response(401, None, br#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"ab12"}"#);
/// assert_eq!(gateway.error(), None);
/// assert_eq!(gateway.code(), Some("APIGW.0301"));
/// assert_eq!(gateway.request_id(), Some("ab12"));
///
/// let html: ApiError = ApiError::from_response(502, None, b"<html>Bad Gateway</html>");
/// assert_eq!((html.code(), html.message()), (None, "<html>Bad Gateway</html>"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ApiError<E = IefError> {
    status: u16,
    code: Option<String>,
    message: String,
    request_id: Option<String>,
    encoded_authorization_message: Option<String>,
    error: Option<E>,
}

impl<E: ErrorCode> ApiError<E> {
    /// Reads a response: its HTTP status, its `X-Request-Id` header if it had
    /// one, and its body bytes.
    ///
    /// The code and message are read from `{"error_code", "error_msg"}`,
    /// `{"errorCode", "errorMsg"}`, `{"code", "message"}` or the same inside
    /// `{"error": {...}}`, keys at the top winning over nested ones; numeric
    /// codes are kept as their digits. The request id comes from the header,
    /// else from the body's `request_id`. An `encoded_authorization_message`
    /// is found at any depth. A body that is not JSON, or JSON of none of
    /// these shapes, becomes the message (its first 4 KiB) with no code.
    #[must_use]
    pub fn from_response(status: u16, request_id_header: Option<&str>, body: &[u8]) -> Self {
        let fields = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(object)) => BodyFields::from_object(&object),
            _ => None,
        };
        let fields = fields.unwrap_or_else(|| BodyFields {
            message: Some(raw_message(body)),
            ..BodyFields::default()
        });
        let request_id = request_id_header
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(ToString::to_string)
            .or(fields.request_id);
        ApiError {
            status,
            error: fields.code.as_deref().and_then(E::from_code),
            code: fields.code,
            message: fields.message.unwrap_or_default(),
            request_id,
            encoded_authorization_message: fields.encoded_authorization_message,
        }
    }

    /// Reads an [`http::Response`]: its status, `X-Request-Id` header and body.
    #[cfg(feature = "http")]
    #[must_use]
    pub fn from_http<B: AsRef<[u8]>>(response: &http::Response<B>) -> Self {
        let request_id = response
            .headers()
            .get("x-request-id")
            .and_then(|value| value.to_str().ok());
        Self::from_response(
            response.status().as_u16(),
            request_id,
            response.body().as_ref(),
        )
    }

    /// The typed error, when the code is one of `E`'s.
    #[must_use]
    pub fn error(&self) -> Option<E> {
        self.error
    }

    /// Whether the service is at fault: the table's flag for a known code,
    /// else a 5xx status.
    #[must_use]
    pub fn is_internal(&self) -> bool {
        self.error
            .map_or(self.status >= 500, ErrorCode::is_internal)
    }
}

impl<E> ApiError<E> {
    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The code exactly as the body gave it, known or not.
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The body's message, or the body itself when it had no known shape.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The request id, from the `X-Request-Id` header or the body.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The `encoded_authorization_message` of an authorization failure, to
    /// decode with IAM.
    #[must_use]
    pub fn encoded_authorization_message(&self) -> Option<&str> {
        self.encoded_authorization_message.as_deref()
    }
}

/// `IEF.100004: message (HTTP 400, request id 5c6b0d7e)`.
impl<E> fmt::Display for ApiError<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.code, self.message.is_empty()) {
            (Some(code), false) => write!(formatter, "{code}: {}", self.message)?,
            (Some(code), true) => formatter.write_str(code)?,
            (None, false) => formatter.write_str(&self.message)?,
            (None, true) => formatter.write_str("empty error response")?,
        }
        write!(formatter, " (HTTP {}", self.status)?;
        if let Some(request_id) = &self.request_id {
            write!(formatter, ", request id {request_id}")?;
        }
        formatter.write_str(")")
    }
}

/// The typed error, when the code is known, is the source.
impl<E: ErrorCode> core::error::Error for ApiError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.error
            .as_ref()
            .map(|error| error as &(dyn core::error::Error + 'static))
    }
}

/// The body IEF answers with for `error`, in `lang`:
/// `{"error_code":"IEF.100004","error_msg":"..."}`.
///
/// ```
/// use ief_errors::{IefError, Lang, error_body};
///
/// assert_eq!(
///     error_body(IefError::TokenExpired, Lang::Zh),
///     r#"{"error_code":"IEF.310002","error_msg":"token已过期"}"#
/// );
/// ```
#[must_use]
pub fn error_body<E: ErrorCode>(error: E, lang: Lang) -> String {
    let mut body = Map::new();
    let _ = body.insert("error_code".into(), Value::from(error.code()));
    let _ = body.insert("error_msg".into(), Value::from(error.message(lang)));
    Value::Object(body).to_string()
}

/// The response IEF answers with for `error`: its status, a JSON content
/// type and [`error_body`].
///
/// ```
/// use ief_errors::{IefError, Lang, error_response};
///
/// let response = error_response(IefError::ResourceNotFound, Lang::En);
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "application/json;charset=UTF-8");
/// ```
#[cfg(feature = "http")]
#[must_use]
pub fn error_response<E: ErrorCode>(error: E, lang: Lang) -> http::Response<String> {
    let mut response = http::Response::new(error_body(error, lang));
    *response.status_mut() = error.status_code();
    let _ = response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json;charset=UTF-8"),
    );
    response
}

/// What a JSON body says, before the code is looked up.
#[derive(Default)]
struct BodyFields {
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    encoded_authorization_message: Option<String>,
}

impl BodyFields {
    /// `None` when the object has neither a code nor a message.
    fn from_object(object: &Map<String, Value>) -> Option<Self> {
        let nested = object.get("error").and_then(Value::as_object);
        let field = |keys: &[&str]| {
            first_text(object, keys).or_else(|| nested.and_then(|nested| first_text(nested, keys)))
        };
        let code = field(&CODE_KEYS);
        let message = field(&MESSAGE_KEYS)
            .or_else(|| {
                object
                    .get("error")
                    .and_then(Value::as_str)
                    .map(ToString::to_string)
            })
            .map(|message| bounded(&message));
        if code.is_none() && message.is_none() {
            return None;
        }
        Some(BodyFields {
            code,
            message,
            request_id: field(&REQUEST_ID_KEYS),
            encoded_authorization_message: find_text(object, AUTHORIZATION_KEY, 32),
        })
    }
}

/// The first of `keys` that holds a string or a number, as text.
fn first_text(object: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| match object.get(*key)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

/// A string under `key` anywhere in `object`, breadth first, at most `depth` levels down.
fn find_text(object: &Map<String, Value>, key: &str, depth: usize) -> Option<String> {
    if let Some(Value::String(text)) = object.get(key) {
        return Some(text.clone());
    }
    if depth == 0 {
        return None;
    }
    object.values().find_map(|value| match value {
        Value::Object(inner) => find_text(inner, key, depth - 1),
        Value::Array(items) => items.iter().find_map(|item| {
            item.as_object()
                .and_then(|inner| find_text(inner, key, depth - 1))
        }),
        _ => None,
    })
}

/// A body that is not a known shape, as text: invalid UTF-8 replaced,
/// surrounding whitespace dropped, cut to the limit.
fn raw_message(body: &[u8]) -> String {
    let head = &body[..body.len().min(MESSAGE_LIMIT)];
    let text = String::from_utf8_lossy(head);
    let mut message = bounded(text.trim());
    if body.len() > MESSAGE_LIMIT && !message.ends_with('…') {
        message.push('…');
    }
    message
}

/// `text`, or its first `MESSAGE_LIMIT` bytes (at a character boundary) and `…`.
fn bounded(text: &str) -> String {
    if text.len() <= MESSAGE_LIMIT {
        return text.to_string();
    }
    let mut end = MESSAGE_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut cut = text[..end].to_string();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_cut_at_a_character_boundary() {
        let long = "错".repeat(2000);
        let cut = bounded(&long);
        assert!(cut.ends_with('…'));
        assert!(cut.len() <= MESSAGE_LIMIT + '…'.len_utf8());
        assert_eq!(bounded("short"), "short");
    }

    #[test]
    fn authorization_message_is_found_at_depth_but_not_past_the_limit() {
        let object: Map<String, Value> =
            serde_json::from_str(r#"{"a": {"b": [{"encoded_authorization_message": "xyz"}]}}"#)
                .unwrap();
        assert_eq!(
            find_text(&object, AUTHORIZATION_KEY, 32).as_deref(),
            Some("xyz")
        );
        assert_eq!(find_text(&object, AUTHORIZATION_KEY, 1), None);
    }
}
