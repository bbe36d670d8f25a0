//! The `http` feature: status codes for the shipped enum and enums that ask, canonical
//! responses for servers and mocks, and reading `http::Response`s back.

use ief_errors::{
    ApiError, HttpStatus, IefError, Lang, error_response, error_response_with_request_id,
};

ief_errors::ief_errors! {
    /// An enum generated in this crate, asking for the http integration.
    #[ief_errors(http)]
    pub enum OtherService from "tables/minimal.toml";
}

#[test]
fn every_variant_has_its_status_as_a_status_code() {
    for &error in IefError::ALL {
        assert_eq!(error.status_code().as_u16(), error.status());
    }
    // The inherent method of an enum that asked, and the trait's.
    for &error in OtherService::ALL {
        assert_eq!(error.status_code(), HttpStatus::status_code(error));
    }
    assert_eq!(
        OtherService::GatewayBusy.status_code(),
        http::StatusCode::SERVICE_UNAVAILABLE
    );
}

#[test]
fn a_server_answers_with_the_canonical_response() {
    let response = error_response(IefError::TokenExpired, Lang::Zh);
    assert_eq!(response.status(), http::StatusCode::BAD_REQUEST);
    assert_eq!(
        response.headers()[http::header::CONTENT_TYPE],
        "application/json;charset=UTF-8"
    );
    assert_eq!(response.headers()[http::header::CONTENT_LANGUAGE], "zh-CN");
    assert_eq!(
        response.body(),
        r#"{"error_code":"IEF.310002","error_msg":"token已过期"}"#
    );
    let english = error_response(IefError::TokenExpired, Lang::En);
    assert_eq!(english.headers()[http::header::CONTENT_LANGUAGE], "en");
}

#[test]
fn a_server_can_put_a_request_id_on_the_response() {
    let response = error_response_with_request_id(
        IefError::TokenExpired,
        Lang::En,
        http::HeaderValue::from_static("9bd8d1f7"),
    );
    assert_eq!(response.headers()["x-request-id"], "9bd8d1f7");
    let read: ApiError = ApiError::from_http(&response);
    assert_eq!(read.request_id(), Some("9bd8d1f7"));
    assert_eq!(read.error(), Some(IefError::TokenExpired));
}

#[test]
fn from_parts_reads_status_request_id_and_body() {
    let mut headers = http::HeaderMap::new();
    let _ = headers.insert("x-request-id", http::HeaderValue::from_static("  id-1 "));
    let error: ApiError = ApiError::from_parts(
        http::StatusCode::TOO_MANY_REQUESTS,
        &headers,
        br#"{"error_code":"APIGW.0308","error_msg":"throttled","request_id":"body-id"}"#,
    );
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.request_id(), Some("id-1"));
    assert_eq!(error.code(), Some("APIGW.0308"));

    // A header value that is not text is read lossily; a blank one defers to the body.
    let _ = headers.insert(
        "x-request-id",
        http::HeaderValue::from_bytes(b"id-\xff").unwrap(),
    );
    let lossy: ApiError = ApiError::from_parts(http::StatusCode::BAD_REQUEST, &headers, b"{}");
    assert_eq!(lossy.request_id(), Some("id-\u{fffd}"));
    let _ = headers.insert("x-request-id", http::HeaderValue::from_static(""));
    let blank: ApiError = ApiError::from_parts(
        http::StatusCode::BAD_REQUEST,
        &headers,
        br#"{"error_code":"X","request_id":"body-id"}"#,
    );
    assert_eq!(blank.request_id(), Some("body-id"));
}

#[test]
fn a_client_reads_a_response_back() {
    let mut response = error_response(IefError::ResourceNotFound, Lang::En);
    let _ = response
        .headers_mut()
        .insert("X-Request-Id", http::HeaderValue::from_static("req-42"));
    let error: ApiError = ApiError::from_http(&response);
    assert_eq!(error.status(), Some(404));
    assert_eq!(error.error(), Some(IefError::ResourceNotFound));
    assert_eq!(error.request_id(), Some("req-42"));
    assert_eq!(error.message(), "Resource not found.");
}

#[test]
fn responses_with_byte_bodies_are_read_too() {
    let response = http::Response::builder()
        .status(502)
        .body(b"<html>Bad Gateway</html>".to_vec())
        .unwrap();
    let error: ApiError = ApiError::from_http(&response);
    assert_eq!(
        (error.status(), error.code(), error.message()),
        (Some(502), None, "<html>Bad Gateway</html>")
    );
}
