//! [`ApiError`]: any IEF or Huawei Cloud error response, read without failing.

use alloc::string::String;
use core::fmt;

use crate::one_line::OneLine;
use crate::response_body::{BodyFields, trimmed_identifier};
#[cfg(feature = "http")]
use crate::retry_after::RetryAfter;
use crate::{ErrorCode, IefError, RetryKind};

/// An error response from IEF or another Huawei Cloud service, read from the
/// status, the `X-Request-Id` header and the body. Reading never fails: a
/// body of no known shape becomes the message.
///
/// `E` is the enum the code is looked up in: the shipped [`IefError`] unless
/// you name your own. Codes it does not know, such as the API gateway's
/// `APIGW.*`, keep their raw code with no typed error.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
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
/// let html: ApiError = ApiError::from_response(502, None, b"<html>\n<h1>Bad Gateway</h1>\n</html>");
/// assert_eq!((html.code(), html.message()), (None, "<html>\n<h1>Bad Gateway</h1>\n</html>"));
/// // `Display` is one line, whatever the server sent.
/// assert_eq!(html.to_string(), r"<html>\n<h1>Bad Gateway</h1>\n</html> (HTTP 502)");
/// ```
///
/// # Hostile bodies
///
/// The body is the server's text, and a proxy, a misconfigured gateway or an
/// attacker in the middle chooses it. Reading it:
///
/// - keeps at most 4 KiB of each text (the message, the code, the request id,
///   the authorization message, or a body of no known shape), cut at a
///   character boundary and marked with `…`;
/// - reads only the keys it uses and skips every other value without
///   building it, so a body of megabytes costs little more than `serde_json`
///   skipping it (`BENCHMARKS.md` has the figures);
/// - drops whitespace (and zero-width spaces) around the code and the
///   request id, and UTF-8 byte order marks before the body;
/// - reads a JSON body with bytes that are not UTF-8 in its strings with
///   those bytes replaced by `U+FFFD`, so a bad byte in the message keeps the
///   code;
/// - never fails and never panics, whatever the bytes.
///
/// The accessors give the kept text as it came. [`Display`](fmt::Display) is
/// what goes to logs: always one line, with line breaks, tabs, terminal
/// escapes, C1 controls, Unicode line separators and every format character
/// (general category `Cf`: bidirectional overrides, zero-width spaces and
/// joiners, soft hyphens, tags) written as visible escapes (`\n`, `\t`,
/// `\u{1b}`, `\u{202e}`, `\u{200d}`), and a backslash written as `\\`, so a
/// line break (`\n`) never looks like the server's own backslash and `n`
/// (`\\n`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ApiError<E = IefError> {
    status: Option<u16>,
    code: Option<String>,
    message: String,
    request_id: Option<String>,
    encoded_authorization_message: Option<String>,
    error: Option<E>,
    #[cfg(feature = "http")]
    retry_after: Option<RetryAfter>,
}

impl<E: ErrorCode> ApiError<E> {
    /// Reads a response: its HTTP status, its `X-Request-Id` header if it had
    /// one, and its body bytes.
    ///
    /// The body is read as the official Huawei Cloud SDKs read it (the
    /// README's "What `ApiError` reads, against the SDKs" has the table):
    ///
    /// - The error is a code and a message of one pair in one object:
    ///   `{"error_code", "error_msg"}`, `{"errorCode", "errorMsg"}`,
    ///   `{"code", "message"}` (and PHP's `errorCode`/`message` and
    ///   `code`/`details`, and .NET's `error_code`/`error_msg` in any case at
    ///   the top), preferred in that order. The top object's pair wins;
    ///   without one, the objects below it are searched under any key down
    ///   to 10,000 levels (not inside arrays, nor inside an object that holds
    ///   a pair), and the last pair in the body wins.
    /// - A value counts when it is a non-empty string or a number (kept as
    ///   the body wrote it: `400`, `1e2`, thirty digits); `null`, booleans,
    ///   arrays, objects and `""` do not. Of a key repeated, the last counts.
    ///   Keys written with escapes are read as their text.
    /// - Without a pair anywhere, a code or a message alone at the top, else
    ///   in `{"error": {...}}`, else in any object under the top, is still
    ///   read, and `{"error": "text"}` is a message.
    /// - Without a message, or with an empty one, the body is the message
    ///   (its first 4 KiB), as in every SDK; so is a body that is not JSON,
    ///   or JSON that is neither an object nor an array of error objects.
    ///   An `<Error>` XML body (object storage's) is read as .NET reads it.
    /// - What some SDK's JSON reader accepts beyond JSON is read: control
    ///   characters written raw in strings, `NaN` and `Infinity`, data after
    ///   the object.
    /// - The request id comes from the header, else from the body's
    ///   `request_id` (or `requestId`) at the top or in `error`.
    /// - The `encoded_authorization_message` is the one the SDKs' search
    ///   finds (the top's when it holds a pair, else the last in the objects
    ///   searched), else the shallowest anywhere, the last of those.
    ///
    /// A `status` that is no HTTP status (outside 100 to 999, such as a 0
    /// standing for "none") is recorded as unknown: see [`status`](Self::status).
    #[must_use]
    pub fn from_response(status: u16, request_id_header: Option<&str>, body: &[u8]) -> Self {
        let status = (100..=999).contains(&status).then_some(status);
        Self::read(status, request_id_header.and_then(trimmed_identifier), body)
    }

    /// Reads a body whose response is not at hand, such as one saved to a
    /// file: the status is unknown, and the request id can only come from
    /// the body.
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::ApiError;
    ///
    /// let error: ApiError = ApiError::from_body(br#"{"error_code":"IEF.100004","error_msg":"bad offset"}"#);
    /// assert_eq!(error.status(), None);
    /// assert_eq!(error.to_string(), "IEF.100004: bad offset (HTTP status unknown)");
    /// ```
    #[must_use]
    pub fn from_body(body: &[u8]) -> Self {
        Self::read(None, None, body)
    }

    /// Reads a response from the parts any client built on the `http` crate
    /// gives: the status, the headers (for `X-Request-Id`, else another
    /// `X-...-Request-Id` such as `X-Openstack-Request-Id`, and
    /// `Retry-After`) and the body bytes.
    ///
    /// With `reqwest`, whose `bytes()` consumes the response (this line is
    /// compiled and run in the workspace's `tests/end_to_end.rs`):
    ///
    /// ```text
    /// let error: ApiError = ApiError::from_parts(response.status(), &response.headers().clone(), &response.bytes().await?);
    /// ```
    ///
    /// With `hyper` or `ureq` 3, after `let (parts, body) = response.into_parts()`
    /// and reading the body: `ApiError::from_parts(parts.status, &parts.headers, &bytes)`.
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::ApiError;
    /// use http::{HeaderMap, HeaderValue, StatusCode};
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("x-request-id", HeaderValue::from_static("req-7"));
    /// let error: ApiError = ApiError::from_parts(StatusCode::UNAUTHORIZED, &headers, br#"{"error_code":"IEF.110002"}"#);
    /// assert_eq!((error.status(), error.request_id()), (Some(401), Some("req-7")));
    /// ```
    #[cfg(feature = "http")]
    #[must_use]
    pub fn from_parts(status: http::StatusCode, headers: &http::HeaderMap, body: &[u8]) -> Self {
        let text = |value: &http::HeaderValue| {
            trimmed_identifier(&String::from_utf8_lossy(value.as_bytes()))
        };
        // `X-Request-Id`, else another service's `X-...-Request-Id`, as
        // PHP's SDK reads it (`X-Openstack-Request-Id`, `X-Compute-Request-Id`).
        let request_id = headers
            .get_all("x-request-id")
            .iter()
            .find_map(text)
            .or_else(|| {
                headers
                    .iter()
                    .filter(|(name, _)| is_other_request_id(name.as_str()))
                    .find_map(|(_, value)| text(value))
            });
        ApiError {
            retry_after: RetryAfter::from_headers(headers),
            ..Self::read(Some(status.as_u16()), request_id, body)
        }
    }

    /// Reads an [`http::Response`]: its status, `X-Request-Id` and
    /// `Retry-After` headers, and body.
    #[cfg(feature = "http")]
    #[must_use]
    pub fn from_http<B: AsRef<[u8]>>(response: &http::Response<B>) -> Self {
        Self::from_parts(
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    fn read(status: Option<u16>, request_id_header: Option<String>, body: &[u8]) -> Self {
        let fields = BodyFields::read(body);
        ApiError {
            status,
            error: fields.code.as_deref().and_then(E::from_code),
            code: fields.code,
            message: fields.message.unwrap_or_default(),
            request_id: request_id_header.or(fields.request_id),
            encoded_authorization_message: fields.encoded_authorization_message,
            #[cfg(feature = "http")]
            retry_after: None,
        }
    }

    /// The typed error, when the code is one of `E`'s.
    #[must_use]
    pub fn error(&self) -> Option<E> {
        self.error
    }

    /// Whether the service is at fault: the table's flag for a known code,
    /// else a 5xx status (`false` when the status is unknown too).
    #[must_use]
    pub fn is_internal(&self) -> bool {
        self.error.map_or_else(
            || self.status.is_some_and(|status| status >= 500),
            ErrorCode::is_internal,
        )
    }

    /// What a client should do next: [`Throttled`](RetryKind::Throttled)
    /// for a 429 whatever its code, else the typed error's
    /// [`retry_kind`](ErrorCode::retry_kind) when the code is known, else
    /// what the status implies ([`RetryKind::from_status`]: 429 and 503
    /// [`Throttled`](RetryKind::Throttled), other 5xx
    /// [`Server`](RetryKind::Server), 401 [`Auth`](RetryKind::Auth), any
    /// other [`Caller`](RetryKind::Caller)). With neither a known code nor a
    /// status, [`Caller`](RetryKind::Caller).
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::{ApiError, RetryKind};
    ///
    /// // IEF answers an expired token with 400, but a new token fixes it.
    /// let expired: ApiError = ApiError::from_response(400, None, br#"{"error_code":"IEF.310002"}"#);
    /// assert_eq!(expired.retry_kind(), RetryKind::Auth);
    ///
    /// // The API gateway's own codes are not in the table: the status decides.
    /// let limited: ApiError = ApiError::from_response(429, None, br#"{"error_code":"APIGW.0308"}"#);
    /// assert_eq!(limited.retry_kind(), RetryKind::Throttled);
    /// ```
    #[must_use]
    pub fn retry_kind(&self) -> RetryKind {
        match (self.error, self.status) {
            // Whatever the code, a 429 says the caller is being throttled.
            (_, Some(429)) => RetryKind::Throttled,
            (Some(error), _) => error.retry_kind(),
            (None, Some(status)) => RetryKind::from_status(status),
            (None, None) => RetryKind::Caller,
        }
    }

    /// How long to wait before retrying after this error, given the delay a
    /// backoff computed for this attempt (`None` once the backoff has no
    /// attempts left): the signature of a retry crate's delay adjuster, such
    /// as `backon`'s `adjust`.
    ///
    /// - `None` stays `None`: the attempt count is the backoff's, and so is
    ///   the decision to stop.
    /// - An [`Auth`](RetryKind::Auth) error is retried at once
    ///   ([`Duration::ZERO`](core::time::Duration::ZERO)): what it needs is
    ///   new credentials, not time.
    /// - The server's [`retry_after`](Self::retry_after), when the response
    ///   had one, replaces the computed delay.
    /// - Every wait is capped at `max_wait`, since a hostile or broken
    ///   `Retry-After` can ask for years.
    ///
    /// Which errors to retry at all is the predicate's choice:
    /// [`RetryKind::is_transient`], and `Auth` once its credentials are
    /// renewed.
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// # #[cfg(feature = "http")] {
    /// use core::time::Duration;
    /// use http::{HeaderMap, HeaderValue, StatusCode};
    /// use ief_errors::ApiError;
    ///
    /// const MAX_WAIT: Duration = Duration::from_secs(30);
    /// let backoff = Some(Duration::from_millis(40));
    ///
    /// let mut headers = HeaderMap::new();
    /// let busy: ApiError = ApiError::from_parts(StatusCode::SERVICE_UNAVAILABLE, &headers, b"");
    /// assert_eq!(busy.retry_delay(backoff, MAX_WAIT), backoff);
    /// assert_eq!(busy.retry_delay(None, MAX_WAIT), None);
    ///
    /// headers.insert("retry-after", HeaderValue::from_static("3"));
    /// let limited: ApiError = ApiError::from_parts(StatusCode::TOO_MANY_REQUESTS, &headers, b"");
    /// assert_eq!(limited.retry_delay(backoff, MAX_WAIT), Some(Duration::from_secs(3)));
    ///
    /// headers.insert("retry-after", HeaderValue::from_static("86400"));
    /// let limited: ApiError = ApiError::from_parts(StatusCode::TOO_MANY_REQUESTS, &headers, b"");
    /// assert_eq!(limited.retry_delay(backoff, MAX_WAIT), Some(MAX_WAIT));
    ///
    /// let expired: ApiError = ApiError::from_parts(StatusCode::BAD_REQUEST, &HeaderMap::new(), br#"{"error_code":"IEF.310002","error_msg":"token expired"}"#);
    /// assert_eq!(expired.retry_delay(backoff, MAX_WAIT), Some(Duration::ZERO));
    /// # }
    /// ```
    #[must_use]
    pub fn retry_delay(
        &self,
        backoff: Option<core::time::Duration>,
        max_wait: core::time::Duration,
    ) -> Option<core::time::Duration> {
        let computed = backoff?;
        let wait = match (self.retry_kind(), self.retry_after()) {
            (RetryKind::Auth, _) => core::time::Duration::ZERO,
            (_, Some(asked)) => asked,
            (_, None) => computed,
        };
        Some(wait.min(max_wait))
    }
}

impl<E> ApiError<E> {
    /// The HTTP status of the response, or `None` when the body was read
    /// without one ([`from_body`](ApiError::from_body)).
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The code as the body gave it, known or not, without surrounding
    /// whitespace (its first 4 KiB).
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The body's message, or the body itself when it had no known shape
    /// (its first 4 KiB). Text from the server, control characters included:
    /// [`Display`](fmt::Display) the error, not this, into a log or terminal.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The request id, from the `X-Request-Id` header or the body.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The `Retry-After` header to pass this error on with, when the
    /// response had one: the same seconds, or the same moment.
    #[cfg(feature = "axum")]
    pub(crate) fn retry_after_header(&self) -> Option<http::HeaderValue> {
        self.retry_after.and_then(RetryAfter::header_value)
    }

    /// The `encoded_authorization_message` of an authorization failure, to
    /// decode with IAM.
    #[must_use]
    pub fn encoded_authorization_message(&self) -> Option<&str> {
        self.encoded_authorization_message.as_deref()
    }

    /// How long the server asked the client to wait before retrying, from
    /// the response's `Retry-After` header: a number of seconds as it is,
    /// or an HTTP date as the time left until then (zero once it has
    /// passed), computed on each call.
    ///
    /// The wait is the server's word and is not capped: a client should
    /// bound it (`.min(max_wait)`) before sleeping on it.
    ///
    /// A number of seconds too large for a `u64` reads as `u64::MAX`
    /// seconds. Dates are read from 1970 on, as the `httpdate` crate reads
    /// them: an earlier one is malformed.
    ///
    /// `None` when the header is absent, malformed (not a whole number of
    /// seconds, nor a date in one of HTTP's three forms), given more than
    /// once, or when the error was read without headers
    /// ([`from_response`](ApiError::from_response),
    /// [`from_body`](ApiError::from_body), or without the `http` feature,
    /// which `from_parts` and `from_http` need).
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// # #[cfg(feature = "http")] {
    /// use core::time::Duration;
    /// use http::{HeaderMap, HeaderValue, StatusCode};
    /// use ief_errors::ApiError;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("retry-after", HeaderValue::from_static("30"));
    /// let error: ApiError = ApiError::from_parts(StatusCode::TOO_MANY_REQUESTS, &headers, b"");
    /// assert_eq!(error.retry_after(), Some(Duration::from_secs(30)));
    ///
    /// headers.insert("retry-after", HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"));
    /// let error: ApiError = ApiError::from_parts(StatusCode::SERVICE_UNAVAILABLE, &headers, b"");
    /// assert_eq!(error.retry_after(), Some(Duration::ZERO));
    ///
    /// headers.insert("retry-after", HeaderValue::from_static("soon"));
    /// let error: ApiError = ApiError::from_parts(StatusCode::SERVICE_UNAVAILABLE, &headers, b"");
    /// assert_eq!(error.retry_after(), None);
    /// # }
    /// ```
    #[must_use]
    pub fn retry_after(&self) -> Option<core::time::Duration> {
        #[cfg(feature = "http")]
        return self.retry_after.map(RetryAfter::remaining);
        #[cfg(not(feature = "http"))]
        return None;
    }
}

/// A header named `x-...-request-id`, letters and dashes between, as the
/// `http` crate spells header names (in lower case).
#[cfg(feature = "http")]
fn is_other_request_id(name: &str) -> bool {
    name.strip_prefix("x-")
        .and_then(|name| name.strip_suffix("-request-id"))
        .is_some_and(|middle| {
            !middle.is_empty()
                && middle
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte == b'-')
        })
}

/// `IEF.100004: message (HTTP 400, request id 5c6b0d7e)`, on one line with
/// every control character escaped.
impl<E> fmt::Display for ApiError<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = OneLine(&self.message);
        match (&self.code, self.message.is_empty()) {
            (Some(code), false) => write!(formatter, "{}: {message}", OneLine(code))?,
            (Some(code), true) => write!(formatter, "{}", OneLine(code))?,
            (None, false) => write!(formatter, "{message}")?,
            (None, true) => formatter.write_str("empty error response")?,
        }
        match self.status {
            Some(status) => write!(formatter, " (HTTP {status}")?,
            None => formatter.write_str(" (HTTP status unknown")?,
        }
        if let Some(request_id) = &self.request_id {
            write!(formatter, ", request id {}", OneLine(request_id))?;
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

/// The canonical error body for an `ApiError`: `error_code` (when there is
/// one), `error_msg`, and `request_id` and `encoded_authorization_message`
/// when the response had them. Reading it back gives the same fields.
#[cfg(any(feature = "serde", feature = "axum"))]
pub(crate) struct CanonicalBody<'a, E>(pub(crate) &'a ApiError<E>);

#[cfg(any(feature = "serde", feature = "axum"))]
impl<E> serde::Serialize for CanonicalBody<'_, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;

        let error = self.0;
        let optional = [
            ("error_code", error.code.as_deref()),
            ("error_msg", Some(error.message.as_str())),
            ("request_id", error.request_id.as_deref()),
            (
                crate::response_body::AUTHORIZATION_KEY,
                error.encoded_authorization_message.as_deref(),
            ),
        ];
        let present = optional.iter().filter(|(_, value)| value.is_some()).count();
        let mut map = serializer.serialize_map(Some(present))?;
        for (key, value) in optional {
            if let Some(value) = value {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

impl<E> ApiError<E> {
    /// [`CanonicalBody`] as JSON text.
    #[cfg(feature = "axum")]
    pub(crate) fn canonical_body(&self) -> String {
        // Serializing strings into a `String` cannot fail.
        serde_json::to_string(&CanonicalBody(self)).unwrap_or_default()
    }
}

/// Serializes as the canonical error body: `error_code` (when there is one),
/// `error_msg`, then `request_id` and `encoded_authorization_message` when
/// present. The status is the response's, not the body's, so it is left out.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::ApiError;
///
/// let error: ApiError = ApiError::from_response(404, Some("r-1"), br#"{"code":" IEF.100109 ","message":"gone"}"#);
/// assert_eq!(
///     serde_json::to_string(&error)?,
///     r#"{"error_code":"IEF.100109","error_msg":"gone","request_id":"r-1"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg(feature = "serde")]
impl<E> serde::Serialize for ApiError<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&CanonicalBody(self), serializer)
    }
}

/// The raw code as the diagnostic's code and, for a known code, the English
/// remediation as its help; both on one line like [`Display`](fmt::Display).
#[cfg(feature = "miette")]
impl<E: ErrorCode> miette::Diagnostic for ApiError<E> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let code = self.code.as_deref()?;
        Some(Box::new(OneLine(code)))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let error = self.error?;
        Some(Box::new(error.remediation(crate::Lang::En)))
    }
}
