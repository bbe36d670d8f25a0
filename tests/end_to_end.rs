//! A real axum 0.8 server on an ephemeral loopback port and a real reqwest
//! 0.13 client: the server answers with `Localized<IefError>` and no glue,
//! and the client reads each answer back into an `ApiError` in one line.
//!
//! Every request has a deadline, and the server stops when the test ends.

use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::routing::get;
use ief_errors::{ApiError, IefError, Lang, Localized};

/// The longest any one request may take before the test fails.
const DEADLINE: Duration = Duration::from_secs(10);

/// A check that fails with a bare variant.
fn check_token(id: &str) -> Result<(), IefError> {
    if id == "expired" {
        return Err(IefError::TokenExpired);
    }
    Ok(())
}

/// A node of the mock service.
async fn node(
    lang: Lang,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<Json<String>, Localized<IefError>> {
    check_token(&id)?;
    if id == "edge-1" {
        return Ok(Json(id));
    }
    Err(IefError::ResourceNotFound.localized(lang))
}

/// A handler that passes the upstream's error on as it came.
async fn relay() -> ApiError {
    ApiError::from_response(
        503,
        Some("upstream-7"),
        br#"{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"}"#,
    )
}

/// A handler whose error is the shipped enum itself, in English.
async fn busy() -> Result<(), IefError> {
    Err(IefError::InternalException)
}

/// Serves the mock service on 127.0.0.1 with a port the system picks.
async fn start_server() -> (String, tokio::task::JoinHandle<()>) {
    let app = Router::new()
        .route("/nodes/{id}", get(node))
        .route("/relay", get(relay))
        .route("/busy", get(busy))
        .route(
            "/traced",
            get(|lang: Lang| async move {
                (
                    [("x-request-id", "trace-9")],
                    IefError::OperationNotAuthorized.localized(lang),
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let address = listener.local_addr().expect("the listener's address");
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.expect("serve");
    });
    (format!("http://{address}"), server)
}

/// GETs `url` with `headers` and reads the answer (the one line a client
/// needs), with the answer's `Content-Language`.
async fn fetch(
    client: &reqwest::Client,
    url: &str,
    headers: &[(&str, &str)],
) -> (ApiError, Option<String>) {
    let mut request = client.get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = tokio::time::timeout(DEADLINE, request.send())
        .await
        .expect("the server answers in time")
        .expect("the request reaches the server");
    let content_language = response
        .headers()
        .get("content-language")
        .map(|value| value.to_str().expect("a text header").to_owned());

    let error: ApiError = ApiError::from_parts(
        response.status(),
        &response.headers().clone(),
        &response.bytes().await.expect("read the body"),
    );

    (error, content_language)
}

#[tokio::test]
async fn a_mock_server_and_a_client_need_no_glue() {
    let (base, server) = start_server().await;
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(DEADLINE)
        .build()
        .expect("a client");

    let (english, language) = fetch(&client, &format!("{base}/nodes/gone"), &[]).await;
    assert_eq!(language.as_deref(), Some("en"));
    assert_eq!(english.status(), Some(404));
    assert_eq!(english.error(), Some(IefError::ResourceNotFound));
    assert_eq!(english.message(), "Resource not found.");

    let (chinese, language) = fetch(
        &client,
        &format!("{base}/nodes/gone"),
        &[("accept-language", "fr;q=1, zh-CN;q=0.8, en;q=0.5")],
    )
    .await;
    assert_eq!(language.as_deref(), Some("zh-CN"));
    assert_eq!(chinese.error(), Some(IefError::ResourceNotFound));
    assert_eq!(
        chinese.message(),
        IefError::ResourceNotFound.message(Lang::Zh)
    );

    // Huawei Cloud's own header wins over Accept-Language.
    let (x_language, language) = fetch(
        &client,
        &format!("{base}/nodes/gone"),
        &[("accept-language", "zh-CN"), ("x-language", "en-us")],
    )
    .await;
    assert_eq!(x_language.message(), "Resource not found.");
    assert_eq!(language.as_deref(), Some("en"));

    // `?` from a bare variant answers in English.
    let (question_mark, language) = fetch(
        &client,
        &format!("{base}/nodes/expired"),
        &[("x-language", "zh-cn")],
    )
    .await;
    assert_eq!(question_mark.status(), Some(400));
    assert_eq!(question_mark.error(), Some(IefError::TokenExpired));
    assert_eq!(question_mark.message(), "The token has expired.");
    assert_eq!(language.as_deref(), Some("en"));

    let (traced, language) =
        fetch(&client, &format!("{base}/traced"), &[("x-language", "zh")]).await;
    assert_eq!(traced.error(), Some(IefError::OperationNotAuthorized));
    assert_eq!(traced.request_id(), Some("trace-9"));
    assert_eq!(language.as_deref(), Some("zh-CN"));
    assert_eq!(
        traced.message(),
        IefError::OperationNotAuthorized.message(Lang::Zh)
    );

    let (relayed, language) = fetch(&client, &format!("{base}/relay"), &[]).await;
    assert_eq!(language, None);
    assert_eq!(relayed.status(), Some(503));
    assert_eq!(relayed.code(), Some("APIGW.0308"));
    assert_eq!(relayed.error(), None);
    assert_eq!(relayed.request_id(), Some("upstream-7"));
    assert_eq!(
        relayed.to_string(),
        "APIGW.0308: The throttling threshold has been reached (HTTP 503, request id upstream-7)"
    );

    let (busy, language) = fetch(&client, &format!("{base}/busy"), &[]).await;
    assert_eq!(language.as_deref(), Some("en"));
    assert_eq!(busy.error(), Some(IefError::InternalException));
    assert!(busy.is_internal());

    let ok = tokio::time::timeout(DEADLINE, client.get(format!("{base}/nodes/edge-1")).send())
        .await
        .expect("the server answers in time")
        .expect("the request reaches the server");
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.text().await.expect("read the body"), "\"edge-1\"");

    server.abort();
}
