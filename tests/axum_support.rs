//! The `axum` feature: `Lang` as an extractor, and `Localized`, `IefError`
//! and `ApiError` as responses, checked on the values axum sees.

use axum::extract::FromRequestParts;
use axum::response::{IntoResponse, Response};
use ief_errors::{ApiError, IefError, Lang, Localized};

ief_errors::ief_errors! {
    /// An enum generated in this crate: it answers through `Localized`.
    pub enum OtherService from "tables/minimal.toml";
}

ief_errors::ief_errors! {
    /// An enum generated in this crate that answers in its own way.
    pub enum OwnResponse from "tables/minimal.toml";
}

/// The feature implements nothing for enums generated in the user's crate,
/// so this impl of the user's own compiles with the feature on.
impl IntoResponse for OwnResponse {
    fn into_response(self) -> Response {
        (http::StatusCode::IM_A_TEAPOT, self.code()).into_response()
    }
}

/// Request headers as names and raw values.
type Headers<'a> = &'a [(&'a str, &'a [u8])];

async fn extract_lang(headers: Headers<'_>) -> Lang {
    let mut request = http::Request::builder();
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let (mut parts, ()) = request.body(()).unwrap().into_parts();
    let Ok(lang) = Lang::from_request_parts(&mut parts, &()).await;
    lang
}

async fn body_text(response: Response) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[tokio::test]
async fn lang_is_extracted_from_x_language_then_accept_language() {
    let cases: [(Headers<'_>, Lang); 12] = [
        (&[], Lang::En),
        (&[("accept-language", b"zh-CN,zh;q=0.9,en;q=0.8")], Lang::Zh),
        (&[("x-language", b"zh-cn")], Lang::Zh),
        (
            &[("x-language", b"en-us"), ("accept-language", b"zh-CN")],
            Lang::En,
        ),
        // An X-Language naming no language of the tables defers to Accept-Language.
        (
            &[("x-language", b"fr-fr"), ("accept-language", b"zh")],
            Lang::Zh,
        ),
        (&[("x-language", b""), ("accept-language", b"zh")], Lang::Zh),
        (
            &[("x-language", b"zh;q=0"), ("accept-language", b"en")],
            Lang::En,
        ),
        // Both occurrences of a repeated header are read, as one list.
        (
            &[("accept-language", b"de"), ("accept-language", b"zh;q=0.3")],
            Lang::Zh,
        ),
        // Bytes that are not UTF-8 spoil only their own entry.
        (&[("accept-language", b"\xff\xfe, zh;q=0.2")], Lang::Zh),
        (
            &[("accept-language", b"*, ;;;q=q, zh-Hant-TW;q=0.1")],
            Lang::Zh,
        ),
        (&[("accept-language", b"zh;q=5, en;q=0.001")], Lang::En),
        (&[("x-language", b"ZH_CN")], Lang::Zh),
    ];
    for (headers, lang) in cases {
        assert_eq!(extract_lang(headers).await, lang, "{headers:?}");
    }
}

#[tokio::test]
async fn a_malformed_x_language_defers_to_accept_language() {
    for malformed in [
        &b"zh-"[..],
        b"zh_",
        b"zh--cn",
        b"zh-cn-",
        b"zh-c\xe9",
        b"zh-abcdefghi",
        b"-zh",
    ] {
        let headers: Headers<'_> = &[("x-language", malformed), ("accept-language", b"en")];
        assert_eq!(extract_lang(headers).await, Lang::En, "{malformed:?}");
        let zh: Headers<'_> = &[("x-language", malformed), ("accept-language", b"zh")];
        assert_eq!(extract_lang(zh).await, Lang::Zh, "{malformed:?}");
    }
}

#[tokio::test]
async fn a_huge_accept_language_header_is_read_without_failing() {
    let mut header = "de;q=0.9, ".repeat(20_000).into_bytes();
    header.extend_from_slice(b"zh;q=0.95");
    assert_eq!(
        extract_lang(&[("accept-language", header.as_slice())]).await,
        Lang::Zh
    );
}

#[tokio::test]
async fn localized_answers_with_status_body_and_languages() {
    for lang in Lang::ALL {
        let response = IefError::ResourceNotFound.localized(lang).into_response();
        assert_eq!(response.status(), 404);
        assert_eq!(
            response.headers()["content-type"],
            "application/json;charset=UTF-8"
        );
        assert_eq!(
            response.headers()["content-language"],
            lang.content_language()
        );
        let body = body_text(response).await;
        assert_eq!(
            body,
            ief_errors::error_body(IefError::ResourceNotFound, lang)
        );
    }
}

#[tokio::test]
async fn user_enums_answer_through_localized() {
    let response = Localized::from(OtherService::GatewayBusy).into_response();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["content-language"], "en");
    let read: ApiError<OtherService> = ApiError::from_body(body_text(response).await.as_bytes());
    assert_eq!(read.error(), Some(OtherService::GatewayBusy));
}

#[tokio::test]
async fn the_shipped_enum_answers_in_english() {
    let response = IefError::TokenExpired.into_response();
    assert_eq!(response.status(), 400);
    assert_eq!(response.headers()["content-language"], "en");
    assert_eq!(
        body_text(response).await,
        r#"{"error_code":"IEF.310002","error_msg":"The token has expired."}"#
    );
}

#[tokio::test]
async fn an_api_error_is_passed_on_as_it_came() {
    let upstream: ApiError = ApiError::from_response(
        403,
        Some("req-1"),
        br#"{"error":{"code":"IEF.100424","message":"no","details":{"encoded_authorization_message":"AAAA"}}}"#,
    );
    let response = upstream.clone().into_response();
    assert_eq!(response.status(), 403);
    assert_eq!(response.headers()["x-request-id"], "req-1");
    assert_eq!(
        response.headers()["content-type"],
        "application/json;charset=UTF-8"
    );
    let (parts, body) = response.into_parts();
    let body = body_text(Response::new(body)).await;
    assert_eq!(
        body,
        r#"{"error_code":"IEF.100424","error_msg":"no","request_id":"req-1","encoded_authorization_message":"AAAA"}"#
    );
    assert_eq!(
        ApiError::from_parts(parts.status, &parts.headers, body.as_bytes()),
        upstream
    );
}

#[tokio::test]
async fn an_api_error_of_unknown_or_informational_status_answers_with_its_code_or_bad_gateway() {
    let known: ApiError = ApiError::from_body(br#"{"error_code":"IEF.100109"}"#);
    assert_eq!(known.into_response().status(), 404);
    let informational: ApiError = ApiError::from_response(101, None, b"switching");
    assert_eq!(informational.into_response().status(), 502);
    let unknown: ApiError = ApiError::from_body(b"<html>oops</html>");
    let response = unknown.into_response();
    assert_eq!(response.status(), 502);
    assert_eq!(
        body_text(response).await,
        r#"{"error_msg":"<html>oops</html>"}"#
    );
}

#[tokio::test]
async fn an_api_error_of_success_or_redirect_status_answers_with_an_error_status() {
    for status in [200, 201, 204, 206, 301, 304, 399] {
        let known: ApiError = ApiError::from_response(
            status,
            None,
            br#"{"error_code":"IEF.100109","error_msg":"gone"}"#,
        );
        let response = known.into_response();
        assert_eq!(response.status(), 404, "{status}");
        assert_eq!(
            body_text(response).await,
            r#"{"error_code":"IEF.100109","error_msg":"gone"}"#,
            "{status}"
        );
        let unknown: ApiError = ApiError::from_response(
            status,
            None,
            br#"{"error_code":"APIGW.0301","error_msg":"m"}"#,
        );
        let response = unknown.into_response();
        assert_eq!(response.status(), 502, "{status}");
        assert_eq!(
            body_text(response).await,
            r#"{"error_code":"APIGW.0301","error_msg":"m"}"#,
            "{status}"
        );
    }
    // Error statuses are passed on as they came, whatever the code says.
    for status in [400, 418, 500, 503, 599] {
        let error: ApiError =
            ApiError::from_response(status, None, br#"{"error_code":"IEF.100109"}"#);
        assert_eq!(error.into_response().status(), status);
    }
}

#[tokio::test]
async fn a_request_id_that_is_no_header_value_stays_in_the_body_only() {
    let upstream: ApiError = ApiError::from_response(
        500,
        None,
        b"{\"error_code\":\"X.1\",\"error_msg\":\"m\",\"request_id\":\"bad\\nid\"}",
    );
    assert_eq!(upstream.request_id(), Some("bad\nid"));
    let response = upstream.into_response();
    assert!(response.headers().get("x-request-id").is_none());
    assert_eq!(
        body_text(response).await,
        r#"{"error_code":"X.1","error_msg":"m","request_id":"bad\nid"}"#
    );
}

#[tokio::test]
async fn an_api_error_passes_its_retry_after_on() {
    for (written, passed) in [
        ("120", Some("120")),
        (
            "Sat, 06 Nov 2094 08:49:37 GMT",
            Some("Sat, 06 Nov 2094 08:49:37 GMT"),
        ),
        (
            "Sunday, 06-Nov-94 08:49:37 GMT",
            Some("Sun, 06 Nov 1994 08:49:37 GMT"),
        ),
        ("soon", None),
    ] {
        let mut headers = http::HeaderMap::new();
        headers.insert("retry-after", http::HeaderValue::from_static(written));
        let upstream: ApiError = ApiError::from_parts(
            http::StatusCode::TOO_MANY_REQUESTS,
            &headers,
            br#"{"error_code":"APIGW.0308","error_msg":"throttled"}"#,
        );
        let response = upstream.into_response();
        assert_eq!(response.status(), 429);
        assert_eq!(
            response
                .headers()
                .get("retry-after")
                .map(|value| value.to_str().unwrap()),
            passed,
            "{written}"
        );
    }
}

#[tokio::test]
async fn a_user_enum_keeps_its_own_response() {
    let response = OwnResponse::GatewayBusy.into_response();
    assert_eq!(response.status(), 418);
    assert_eq!(body_text(response).await, OwnResponse::GatewayBusy.code());
}

#[test]
fn responses_are_bodies_axum_accepts() {
    fn response<T: IntoResponse>() {}
    response::<Localized<IefError>>();
    response::<Localized<OtherService>>();
    response::<IefError>();
    response::<ApiError>();
    response::<ApiError<OtherService>>();
    response::<Result<axum::Json<u8>, Localized<IefError>>>();
}
