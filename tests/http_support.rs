//! The `http` feature: status codes for the shipped enum and enums that ask, canonical
//! responses for servers and mocks, and reading `http::Response`s back.

use ief_errors::{ApiError, ErrorCode, IefError, Lang, error_response};

ief_errors::ief_errors! {
    /// An enum generated in this crate, asking for the http integration.
    #[ief_errors(http)]
    pub enum OtherService from "tables/minimal.toml";
}

#[test]
fn every_variant_has_its_status_as_a_status_code() {
    for &error in IefError::ALL {
        assert_eq!(error.status_code().as_u16(), error.status());
        assert_eq!(ErrorCode::status_code(error), error.status_code());
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
    assert_eq!(
        response.body(),
        r#"{"error_code":"IEF.310002","error_msg":"token已过期"}"#
    );
}

#[test]
fn a_client_reads_a_response_back() {
    let mut response = error_response(IefError::ResourceNotFound, Lang::En);
    let _ = response
        .headers_mut()
        .insert("X-Request-Id", http::HeaderValue::from_static("req-42"));
    let error: ApiError = ApiError::from_http(&response);
    assert_eq!(error.status(), 404);
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
        (502, None, "<html>Bad Gateway</html>")
    );
}
