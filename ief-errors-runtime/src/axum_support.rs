//! axum 0.8: [`Lang`] as an extractor; [`Localized`], [`IefError`] and
//! [`ApiError`] as responses.
//!
//! Every impl here is for a type of this crate, so the feature stays
//! additive: a crate that implements these traits for its own types keeps
//! building when the feature is switched on anywhere in the graph. An enum
//! generated in your crate answers through [`Localized`] (`error.localized(lang)`
//! or `Localized::from(error)`).

use core::convert::Infallible;

use axum_core::extract::FromRequestParts;
use axum_core::response::{IntoResponse, Response};
use http::request::Parts;

use crate::{ApiError, ErrorCode, IefError, Lang, Localized, error_response};

/// Extracts the language a request asks for with [`Lang::from_headers`]:
/// `X-Language`, then `Accept-Language`, then English. Never rejects.
///
/// A handler takes it as an argument and answers in that language, with no
/// glue (`Router::new().route("/nodes/{id}", get(node))` in axum):
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{IefError, Lang, Localized};
///
/// async fn node(lang: Lang) -> Result<String, Localized<IefError>> {
///     Err(IefError::ResourceNotFound.localized(lang))
/// }
/// # fn handler_output<T: axum_core::response::IntoResponse>() {}
/// # handler_output::<Result<String, Localized<IefError>>>();
/// # let _ = node;
/// ```
impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Lang, Infallible> {
        Ok(Lang::from_headers(&parts.headers))
    }
}

/// Answers as IEF does, in the error's language: its status, the JSON body
/// `{"error_code", "error_msg"}`, `Content-Type: application/json;charset=UTF-8`
/// and `Content-Language` (`en` or `zh-CN`); see [`error_response`].
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use axum_core::response::IntoResponse;
/// use ief_errors::{IefError, Lang};
///
/// let response = IefError::TokenExpired.localized(Lang::Zh).into_response();
/// assert_eq!(response.status(), 400);
/// assert_eq!(response.headers()["content-type"], "application/json;charset=UTF-8");
/// assert_eq!(response.headers()["content-language"], "zh-CN");
/// ```
///
/// To send a request id too, return `([("x-request-id", id)], localized)`, or
/// let a layer such as tower-http's `PropagateRequestIdLayer` copy the
/// request's own.
impl<E: ErrorCode> IntoResponse for Localized<E> {
    fn into_response(self) -> Response {
        error_response(self.error(), self.lang()).into_response()
    }
}

/// Answers in English, as [`Localized`] does; return `error.localized(lang)`
/// to answer in the request's language.
impl IntoResponse for IefError {
    fn into_response(self) -> Response {
        Localized::from(self).into_response()
    }
}

/// Passes an upstream error on: the response's status when it is an error
/// status (400 or above), else the known code's status, else 502 Bad
/// Gateway. An error is never answered as a success, a redirect or an
/// informational response (a 200 would tell the client all went well, a 204
/// or 304 would lose the body).
/// Then the canonical body (see its `Serialize` impl), a JSON content type,
/// `X-Request-Id` when the request id is a valid header value, and the
/// upstream's `Retry-After` when it had one, so that the next client waits
/// as long.
impl<E: ErrorCode> IntoResponse for ApiError<E> {
    fn into_response(self) -> Response {
        let status = self
            .status()
            .filter(|status| *status >= 400)
            .or_else(|| {
                self.error()
                    .map(ErrorCode::status)
                    .filter(|status| *status >= 400)
            })
            .and_then(|status| http::StatusCode::from_u16(status).ok())
            .unwrap_or(http::StatusCode::BAD_GATEWAY);
        let mut response = (status, self.canonical_body()).into_response();
        let headers = response.headers_mut();
        let _ = headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json;charset=UTF-8"),
        );
        if let Some(request_id) = self
            .request_id()
            .and_then(|id| http::HeaderValue::from_str(id).ok())
        {
            let _ = headers.insert(http::HeaderName::from_static("x-request-id"), request_id);
        }
        if let Some(retry_after) = self.retry_after_header() {
            let _ = headers.insert(http::header::RETRY_AFTER, retry_after);
        }
        response
    }
}
