//! The canonical error body and response, for servers and mocks.

use alloc::string::{String, ToString};

use serde_json::{Map, Value};

#[cfg(feature = "http")]
use crate::HttpStatus as _;
use crate::{ErrorCode, Lang};

/// The body IEF answers with for `error`, in `lang`:
/// `{"error_code":"IEF.100004","error_msg":"..."}`.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
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
/// type, the `Content-Language` of `lang` (`en` or `zh-CN`) and [`error_body`].
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{IefError, Lang, error_response};
///
/// let response = error_response(IefError::ResourceNotFound, Lang::Zh);
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "application/json;charset=UTF-8");
/// assert_eq!(response.headers()["content-language"], "zh-CN");
/// assert_eq!(response.body(), r#"{"error_code":"IEF.100109","error_msg":"指定资源不存在"}"#);
/// ```
#[cfg(feature = "http")]
#[must_use]
pub fn error_response<E: ErrorCode>(error: E, lang: Lang) -> http::Response<String> {
    let mut response = http::Response::new(error_body(error, lang));
    *response.status_mut() = error.status_code();
    let headers = response.headers_mut();
    let _ = headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json;charset=UTF-8"),
    );
    let _ = headers.insert(
        http::header::CONTENT_LANGUAGE,
        http::HeaderValue::from_static(lang.content_language()),
    );
    response
}

/// [`error_response`] with an `X-Request-Id` header, as IEF's gateway sends,
/// so that a client can quote the request in a support ticket.
///
/// The id is a [`http::HeaderValue`], so only a valid header value can be
/// sent: pass on the one the request came with, or build one from your own
/// id with `HeaderValue::from_str`.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{ApiError, IefError, Lang, error_response_with_request_id};
/// use http::HeaderValue;
///
/// let response = error_response_with_request_id(
///     IefError::TokenExpired,
///     Lang::En,
///     HeaderValue::from_static("05d2bd4c-7f35-4b5a"),
/// );
/// assert_eq!(response.headers()["x-request-id"], "05d2bd4c-7f35-4b5a");
/// let read: ApiError = ApiError::from_http(&response);
/// assert_eq!(read.request_id(), Some("05d2bd4c-7f35-4b5a"));
/// ```
#[cfg(feature = "http")]
#[must_use]
pub fn error_response_with_request_id<E: ErrorCode>(
    error: E,
    lang: Lang,
    request_id: http::HeaderValue,
) -> http::Response<String> {
    let mut response = error_response(error, lang);
    let _ = response
        .headers_mut()
        .insert(http::HeaderName::from_static("x-request-id"), request_id);
    response
}
