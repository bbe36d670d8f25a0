//! Reading real-shaped error responses into `ApiError`, which never fails.

use ief_errors::{ApiError, IefError, Lang, error_body};

ief_errors::ief_errors! {
    /// Another service's codes, to read responses into an enum of one's own.
    pub enum OtherService from "tables/minimal.toml";
}

fn read(status: u16, body: &[u8]) -> ApiError {
    ApiError::from_response(status, None, body)
}

#[test]
fn ief_documented_shape() {
    let error = read(400, br#"{"error_code":"IEF.100004","error_msg":"The request offset does not comply with specifications."}"#);
    assert_eq!(error.status(), Some(400));
    assert_eq!(error.code(), Some("IEF.100004"));
    assert_eq!(error.error(), Some(IefError::InvalidOffset));
    assert_eq!(
        error.message(),
        "The request offset does not comply with specifications."
    );
    assert_eq!(error.request_id(), None);
    assert!(!error.is_internal());
}

#[test]
fn camel_case_shape() {
    let error = read(
        401,
        br#"{"errorCode":"IEF.110002","errorMsg":"Bad token."}"#,
    );
    assert_eq!(
        (error.code(), error.message()),
        (Some("IEF.110002"), "Bad token.")
    );
    assert_eq!(error.error(), Some(IefError::BadToken));
}

#[test]
fn code_and_message_shape() {
    let error = read(
        404,
        br#"{"code":"IEF.100109","message":"Resource not found."}"#,
    );
    assert_eq!(error.error(), Some(IefError::ResourceNotFound));
    assert_eq!(error.message(), "Resource not found.");
}

#[test]
fn nested_error_object() {
    let error = read(
        409,
        br#"{"error":{"code":"IEF.130086","message":"Resource existed."}}"#,
    );
    assert_eq!(error.error(), Some(IefError::ResourceExisted));
    assert_eq!(error.message(), "Resource existed.");
}

#[test]
fn flat_keys_win_over_nested_ones() {
    let error = read(400, br#"{"error_code":"IEF.100005","error":{"code":"IEF.100004","message":"nested"},"error_msg":"flat"}"#);
    assert_eq!(error.code(), Some("IEF.100005"));
    assert_eq!(error.message(), "flat");
}

#[test]
fn nested_fields_fill_what_the_top_lacks() {
    let error = read(
        400,
        br#"{"error_code":"IEF.100005","error":{"message":"from inside","request_id":"r-1"}}"#,
    );
    assert_eq!(error.message(), "from inside");
    assert_eq!(error.request_id(), Some("r-1"));
}

#[test]
fn gateway_codes_are_kept_raw_with_their_request_id() {
    let body = br#"{"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIGW.0301","request_id":"9bd8d1f7e3c6b0a2"}"#;
    let error = read(401, body);
    assert_eq!(error.code(), Some("APIGW.0301"));
    assert_eq!(error.error(), None);
    assert_eq!(error.request_id(), Some("9bd8d1f7e3c6b0a2"));
    assert!(!error.is_internal());
}

#[test]
fn header_request_id_wins_over_the_body() {
    let body = br#"{"error_code":"APIGW.0101","error_msg":"The API does not exist","request_id":"from-body"}"#;
    let error: ApiError = ApiError::from_response(404, Some(" from-header "), body);
    assert_eq!(error.request_id(), Some("from-header"));
    let blank_header: ApiError = ApiError::from_response(404, Some(""), body);
    assert_eq!(blank_header.request_id(), Some("from-body"));
}

#[test]
fn encoded_authorization_message_is_found_at_any_level() {
    let top = read(403, br#"{"error_code":"IEF.100424","error_msg":"Operation not authorized.","encoded_authorization_message":"AAAA"}"#);
    assert_eq!(top.encoded_authorization_message(), Some("AAAA"));
    let deep = read(403, br#"{"error":{"code":"IEF.100424","message":"no","details":{"encoded_authorization_message":"BBBB"}}}"#);
    assert_eq!(deep.encoded_authorization_message(), Some("BBBB"));
    assert_eq!(deep.error(), Some(IefError::OperationNotAuthorized));
}

#[test]
fn numeric_codes_are_kept_as_digits() {
    let error = read(400, br#"{"error_code":400,"error_msg":"bad"}"#);
    assert_eq!(error.code(), Some("400"));
    assert_eq!(error.error(), None);
}

#[test]
fn extra_fields_are_ignored() {
    let error = read(400, br#"{"error_code":"IEF.100004","error_msg":"m","details":[1,2,{"x":null}],"trace":{"a":true}}"#);
    assert_eq!(error.error(), Some(IefError::InvalidOffset));
}

#[test]
fn a_code_without_a_message_has_the_body_as_its_message_as_in_every_sdk() {
    let error = read(500, br#"{"error_code":"IEF.100427"}"#);
    assert_eq!(error.error(), Some(IefError::InternalException));
    assert_eq!(error.message(), r#"{"error_code":"IEF.100427"}"#);
    assert!(error.is_internal());
    let error = read(500, br#"{"error_code":"IEF.100427","error_msg":""}"#);
    assert_eq!(
        error.message(),
        r#"{"error_code":"IEF.100427","error_msg":""}"#
    );
    assert_eq!(
        error.to_string(),
        r#"IEF.100427: {"error_code":"IEF.100427","error_msg":""} (HTTP 500)"#
    );
}

#[test]
fn truncated_json_becomes_the_message() {
    let body = br#"{"error_code":"IEF.100004","error_msg":"The req"#;
    let error = read(400, body);
    assert_eq!(error.code(), None);
    assert_eq!(error.error(), None);
    assert_eq!(error.message(), std::str::from_utf8(body).unwrap());
}

#[test]
fn json_of_no_known_shape_becomes_the_message() {
    for body in [
        &br#"{"status":"failed"}"#[..],
        b"[1,2,3]",
        b"\"just a string\"",
        b"42",
        b"null",
    ] {
        let error = read(400, body);
        assert_eq!(error.code(), None, "{body:?}");
        assert_eq!(error.message().as_bytes(), body);
    }
}

#[test]
fn a_plain_error_string_is_the_message() {
    let error = read(401, br#"{"error":"Unauthorized"}"#);
    assert_eq!((error.code(), error.message()), (None, "Unauthorized"));
}

#[test]
fn binary_garbage_is_read_lossily() {
    let body = [0xff, 0xfe, b'o', b'k', 0x00, 0x80];
    let error = read(502, &body);
    assert_eq!(error.code(), None);
    assert_eq!(error.message(), "\u{fffd}\u{fffd}ok\0\u{fffd}");
}

#[test]
fn empty_and_blank_bodies_give_an_empty_message() {
    for body in [&b""[..], b"  \r\n"] {
        let error = read(503, body);
        assert_eq!(error.message(), "");
        assert!(error.is_internal());
        assert_eq!(error.to_string(), "empty error response (HTTP 503)");
    }
}

#[test]
fn a_ten_megabyte_body_is_read_and_its_message_bounded() {
    let garbage = "x".repeat(10 * 1024 * 1024);
    let error = read(500, garbage.as_bytes());
    assert_eq!(error.code(), None);
    assert!(error.message().len() <= 4096 + '…'.len_utf8());
    assert!(error.message().ends_with('…'));

    let message = "m".repeat(10 * 1024 * 1024);
    let json = format!(r#"{{"error_code":"IEF.100004","error_msg":"{message}"}}"#);
    let error = read(400, json.as_bytes());
    assert_eq!(error.error(), Some(IefError::InvalidOffset));
    assert!(error.message().len() <= 4096 + '…'.len_utf8());
}

#[test]
fn display_shows_code_message_status_and_request_id() {
    let error: ApiError = ApiError::from_response(
        400,
        Some("r-9"),
        br#"{"error_code":"IEF.100004","error_msg":"bad offset"}"#,
    );
    assert_eq!(
        error.to_string(),
        "IEF.100004: bad offset (HTTP 400, request id r-9)"
    );
    let raw = read(502, b"Bad Gateway");
    assert_eq!(raw.to_string(), "Bad Gateway (HTTP 502)");
}

#[test]
fn the_typed_error_is_the_source() {
    use std::error::Error as _;
    let error = read(400, br#"{"error_code":"IEF.310002","error_msg":"expired"}"#);
    assert_eq!(
        error.source().map(ToString::to_string).as_deref(),
        Some("The token has expired.")
    );
    assert!(read(400, b"x").source().is_none());
}

#[test]
fn any_generated_enum_can_type_the_code() {
    let error: ApiError<OtherService> =
        ApiError::from_response(404, None, br#"{"code":"APIC.0201","message":"no route"}"#);
    assert_eq!(error.error(), Some(OtherService::RouteNotFound));
    let ief: ApiError<OtherService> =
        ApiError::from_response(400, None, br#"{"error_code":"IEF.100004"}"#);
    assert_eq!(ief.error(), None);
}

#[test]
fn canonical_bodies_read_back_as_their_variant() {
    for &error in IefError::ALL {
        for lang in Lang::ALL {
            let body = error_body(error, lang);
            let read: ApiError = ApiError::from_response(error.status(), None, body.as_bytes());
            assert_eq!(read.error(), Some(error));
            assert_eq!(read.message(), error.message(lang));
        }
    }
}

#[test]
fn canonical_body_escapes_text_as_json() {
    let body = error_body(OtherService::RouteNotFound, Lang::En);
    assert_eq!(
        body,
        r#"{"error_code":"APIC.0201","error_msg":"Route not found: {0} %s \"quoted\" \\ backslash"}"#
    );
    let parsed: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        parsed["error_msg"],
        OtherService::RouteNotFound.message(Lang::En)
    );
}

#[test]
fn reading_any_bytes_never_panics() {
    // A deterministic sweep of awkward inputs; the unit under test must return.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for length in 0..2_000 {
        let body: Vec<u8> = (0..length % 97)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                b"{}[]\":,0123456789abcdefIEF._ \\\xff\xe9"[usize::try_from(state % 30).unwrap()]
            })
            .collect();
        let _ = read(400, &body).to_string();
    }
}
