//! Retry classification: the table's `retry` key and its defaults, the
//! generated `retry_kind`, the shipped table's classification, and
//! `ApiError`'s `retry_kind` and `retry_after`.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use http::{HeaderMap, HeaderValue, StatusCode};
use ief_errors::{ApiError, ErrorCode, IefError, RetryKind};
use ief_errors_tests::{shipped_table_rows, text};

ief_errors::ief_errors! {
    /// Every default rule, and an explicit key overriding each.
    pub enum RetryError from "tables/retry.toml";
}

#[test]
fn rows_without_the_key_follow_the_default_rules() {
    for (error, kind) in [
        (RetryError::DefaultCaller, RetryKind::Caller),
        (RetryError::DefaultServerByFlag, RetryKind::Server),
        (RetryError::DefaultAuth, RetryKind::Auth),
        (RetryError::DefaultServerOver401, RetryKind::Server),
        (RetryError::DefaultThrottled, RetryKind::Throttled),
        (RetryError::DefaultServerOver429, RetryKind::Server),
        (RetryError::DefaultServerByStatus, RetryKind::Server),
        (RetryError::DefaultCallerOver503, RetryKind::Caller),
        (RetryError::DefaultCallerFor404, RetryKind::Caller),
    ] {
        assert_eq!(error.retry_kind(), kind, "{error:?}");
    }
}

/// Also pins the order in which the macro writes kinds and the facade reads
/// them back: each of the four is named once.
#[test]
fn an_explicit_key_overrides_the_default() {
    for (error, kind) in [
        (RetryError::ExplicitThrottled, RetryKind::Throttled),
        (RetryError::ExplicitServer, RetryKind::Server),
        (RetryError::ExplicitAuth, RetryKind::Auth),
        (RetryError::ExplicitCallerOverInternal, RetryKind::Caller),
        (RetryError::ExplicitCallerOver401, RetryKind::Caller),
        (RetryError::ExplicitSameAsDefault, RetryKind::Caller),
    ] {
        assert_eq!(error.retry_kind(), kind, "{error:?}");
    }
    // The key changes what to do, not whose fault it is.
    assert!(RetryError::ExplicitCallerOverInternal.is_internal());
    assert!(!RetryError::ExplicitServer.is_internal());
}

#[test]
fn the_trait_and_const_contexts_give_the_same_kind() {
    fn through_the_trait<E: ErrorCode>(error: E) -> RetryKind {
        error.retry_kind()
    }
    const EXPIRED: RetryKind = IefError::TokenExpired.retry_kind();
    assert_eq!(EXPIRED, RetryKind::Auth);
    for &error in RetryError::ALL {
        assert_eq!(through_the_trait(error), error.retry_kind());
    }
    for &error in IefError::ALL {
        assert_eq!(through_the_trait(error), error.retry_kind());
    }
}

/// A hand-written `ErrorCode` over the fixture's rows, which keeps the
/// trait's default `retry_kind`: the facade's copy of the default rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct ByHand(RetryError);

impl std::fmt::Display for ByHand {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(formatter)
    }
}

impl std::error::Error for ByHand {}

impl ErrorCode for ByHand {
    // Not read by the test; a hand-written type may list its values any way.
    const ALL: &'static [Self] = &[];

    fn code(self) -> &'static str {
        self.0.code()
    }

    fn status(self) -> u16 {
        self.0.status()
    }

    fn message(self, lang: ief_errors::Lang) -> &'static str {
        self.0.message(lang)
    }

    fn remediation(self, lang: ief_errors::Lang) -> &'static str {
        self.0.remediation(lang)
    }

    fn is_internal(self) -> bool {
        self.0.is_internal()
    }

    fn from_code(code: &str) -> Option<Self> {
        RetryError::from_code(code).map(ByHand)
    }
}

/// The macro applies the default rule when it generates an enum, and the
/// trait's default body applies it at run time: the two copies agree on
/// every row without a `retry` key.
#[test]
fn the_traits_default_body_agrees_with_the_generated_defaults() {
    let defaults: Vec<RetryError> = RetryError::ALL
        .iter()
        .copied()
        .filter(|error| error.name().starts_with("Default"))
        .collect();
    assert_eq!(defaults.len(), 9);
    for error in defaults {
        assert_eq!(ByHand(error).retry_kind(), error.retry_kind(), "{error:?}");
    }
}

/// `name()` through the trait is the table's name for a generated enum,
/// and the code for a type that keeps the trait's default body.
#[test]
fn the_traits_name_is_the_tables_or_by_default_the_code() {
    fn through_the_trait<E: ErrorCode>(error: E) -> &'static str {
        error.name()
    }
    for &error in RetryError::ALL {
        assert_eq!(through_the_trait(error), error.name());
        assert_eq!(through_the_trait(ByHand(error)), error.code());
    }
    assert_eq!(through_the_trait(IefError::TokenExpired), "TokenExpired");
}

/// The shipped classification as README.md counts it. Rows were read one
/// by one: the six 400s whose texts say a new or correct token fixes them
/// are `auth`, like the four 401s; internal rows are `server`; no row
/// speaks of rate limits.
#[test]
fn the_shipped_table_has_the_documented_counts_per_kind() {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for error in IefError::ALL {
        *counts.entry(error.retry_kind().as_str()).or_default() += 1;
    }
    assert_eq!(
        counts,
        BTreeMap::from([("auth", 10), ("caller", 117), ("server", 22)])
    );
    let auth: Vec<&str> = IefError::ALL
        .iter()
        .filter(|error| error.retry_kind() == RetryKind::Auth)
        .map(|error| error.code())
        .collect();
    assert_eq!(
        auth,
        [
            "IEF.011005",
            "IEF.100424",
            "IEF.310000",
            "IEF.310001",
            "IEF.310002",
            "IEF.340000",
            "IEF.100049",
            "IEF.100050",
            "IEF.110001",
            "IEF.110002",
        ]
    );
    for error in IefError::ALL {
        assert_eq!(
            error.retry_kind() == RetryKind::Server,
            error.is_internal(),
            "{}",
            error.code()
        );
    }
}

/// `retry` is written only where it changes the row's kind, so the table
/// shows exactly the judgements made on top of the rules.
#[test]
fn the_shipped_table_writes_retry_only_where_it_differs_from_the_default() {
    let mut explicit = Vec::new();
    for row in shipped_table_rows() {
        let Some(retry) = row.get("retry") else {
            continue;
        };
        let status = row["status"].as_integer().unwrap();
        let internal = row
            .get("internal")
            .map_or(status >= 500, |flag| flag.as_bool().unwrap());
        let default = match (internal, status) {
            (true, _) => "server",
            (false, 429) => "throttled",
            (false, 401) => "auth",
            (false, _) => "caller",
        };
        let retry = retry.as_str().unwrap();
        assert_ne!(retry, default, "{}", text(&row, "code"));
        explicit.push((text(&row, "code").to_owned(), retry.to_owned()));
    }
    assert_eq!(explicit.len(), 6, "{explicit:?}");
    assert!(explicit.iter().all(|(_, retry)| retry == "auth"));
}

fn body(code: &str) -> Vec<u8> {
    format!(r#"{{"error_code":"{code}","error_msg":"m"}}"#).into_bytes()
}

#[test]
fn api_error_takes_a_known_codes_kind_whatever_the_status_but_429() {
    for status in [200, 400, 401, 500, 503] {
        for (code, kind) in [
            ("IEF.310002", RetryKind::Auth),
            ("IEF.100004", RetryKind::Caller),
            ("IEF.120001", RetryKind::Server),
            ("IEF.100049", RetryKind::Auth),
        ] {
            let error: ApiError = ApiError::from_response(status, None, &body(code));
            assert_eq!(error.retry_kind(), kind, "{code} with {status}");
        }
    }
    let error: ApiError = ApiError::from_body(&body("IEF.310002"));
    assert_eq!(error.retry_kind(), RetryKind::Auth);
    // A 429 says the caller is being throttled, whatever the code.
    for code in ["IEF.310002", "IEF.100004", "IEF.120001", "IEF.100049"] {
        let error: ApiError = ApiError::from_response(429, None, &body(code));
        assert_eq!(error.retry_kind(), RetryKind::Throttled, "{code}");
    }
}

#[test]
fn api_error_reads_an_unknown_codes_kind_from_the_status() {
    for (status, kind) in [
        (400, RetryKind::Caller),
        (401, RetryKind::Auth),
        (403, RetryKind::Caller),
        (404, RetryKind::Caller),
        (409, RetryKind::Caller),
        (429, RetryKind::Throttled),
        (500, RetryKind::Server),
        (502, RetryKind::Server),
        (503, RetryKind::Throttled),
        (504, RetryKind::Server),
        (200, RetryKind::Caller),
        (302, RetryKind::Caller),
    ] {
        for body in [
            body("APIGW.0308"),
            b"<html>Bad Gateway</html>".to_vec(),
            Vec::new(),
        ] {
            let error: ApiError = ApiError::from_response(status, None, &body);
            assert_eq!(error.retry_kind(), kind, "{status}");
        }
    }
    // Neither a known code nor a status: nothing says a retry would help.
    let error: ApiError = ApiError::from_body(&body("APIGW.0308"));
    assert_eq!(error.retry_kind(), RetryKind::Caller);
    // A status of 0 stands for none.
    let error: ApiError = ApiError::from_response(0, None, b"");
    assert_eq!(error.retry_kind(), RetryKind::Caller);
}

#[test]
fn api_error_uses_the_enum_it_is_typed_with() {
    // Known to RetryError, so the table decides, not the status.
    let error: ApiError<RetryError> =
        ApiError::from_response(503, None, &body("RETRY.EXPLICIT.CALLER"));
    assert_eq!(error.retry_kind(), RetryKind::Caller);
    let error: ApiError<RetryError> = ApiError::from_response(400, None, &body("RETRY.429"));
    assert_eq!(error.retry_kind(), RetryKind::Throttled);
    // An IEF code is unknown to RetryError: the status decides.
    let error: ApiError<RetryError> = ApiError::from_response(400, None, &body("IEF.310002"));
    assert_eq!(error.retry_kind(), RetryKind::Caller);
}

fn with_retry_after(values: &[&str]) -> ApiError {
    let mut headers = HeaderMap::new();
    for value in values {
        headers.append(
            "retry-after",
            HeaderValue::from_str(value).expect("a valid header value"),
        );
    }
    ApiError::from_parts(
        StatusCode::SERVICE_UNAVAILABLE,
        &headers,
        &body("APIGW.0308"),
    )
}

#[test]
fn retry_after_in_seconds_is_the_delay() {
    for (value, seconds) in [
        ("0", 0),
        ("1", 1),
        ("120", 120),
        // HTTP bounds no digits: past a u64, the longest wait there is.
        ("99999999999999999999999", u64::MAX),
        ("86400", 86_400),
        (" 30 ", 30),
    ] {
        assert_eq!(
            with_retry_after(&[value]).retry_after(),
            Some(Duration::from_secs(seconds)),
            "{value:?}"
        );
    }
}

#[test]
fn retry_after_as_a_date_is_the_time_left_until_it() {
    let in_an_hour = SystemTime::now() + Duration::from_secs(3600);
    let error = with_retry_after(&[&httpdate::fmt_http_date(in_an_hour)]);
    let left = error.retry_after().expect("a date is read");
    // The header has whole seconds, and time passes while the test runs.
    assert!(
        (Duration::from_secs(3590)..=Duration::from_secs(3600)).contains(&left),
        "{left:?}"
    );
    for past in [
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994",
        &httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(5)),
    ] {
        assert_eq!(
            with_retry_after(&[past]).retry_after(),
            Some(Duration::ZERO),
            "{past}"
        );
    }
}

#[test]
fn a_malformed_retry_after_gives_none() {
    for value in [
        "",
        "soon",
        "-1",
        "+30",
        "1.5",
        "30s",
        "30, 60",
        "Sun, 06 Nov 1994 08:49:37 PST",
        "2026-11-28T10:00:00Z",
        "Mon, 06 Nov 1994 08:49:37 GMT",
    ] {
        assert_eq!(with_retry_after(&[value]).retry_after(), None, "{value:?}");
    }
    // Not UTF-8.
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", HeaderValue::from_bytes(b"\xff30").unwrap());
    let error: ApiError = ApiError::from_parts(StatusCode::TOO_MANY_REQUESTS, &headers, b"");
    assert_eq!(error.retry_after(), None);
    // The field holds one value; two are no instruction to follow.
    assert_eq!(with_retry_after(&["30", "60"]).retry_after(), None);
}

#[test]
fn retry_after_needs_a_response_with_headers() {
    assert_eq!(with_retry_after(&[]).retry_after(), None);
    let error: ApiError = ApiError::from_response(429, None, b"");
    assert_eq!(error.retry_after(), None);
    let error: ApiError = ApiError::from_body(b"");
    assert_eq!(error.retry_after(), None);
    let response = http::Response::builder()
        .status(429)
        .header("Retry-After", "7")
        .body(Vec::new())
        .unwrap();
    let error: ApiError = ApiError::from_http(&response);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(error.retry_kind(), RetryKind::Throttled);
}

mod the_readme_client_loop {
    //! The "Retrying" section's loop as the README writes it, run against
    //! scripted responses. Keep the two in step.

    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::time::Duration;

    use ief_errors::{ApiError, RetryKind};

    struct Request;
    #[derive(Debug, PartialEq)]
    struct Token(u32);

    thread_local! {
        static SCRIPT: RefCell<VecDeque<http::Response<Vec<u8>>>> = RefCell::default();
        static SENT: RefCell<Vec<u32>> = RefCell::default();
    }

    fn send(_request: &Request, token: &Token) -> http::Response<Vec<u8>> {
        SENT.with(|sent| sent.borrow_mut().push(token.0));
        SCRIPT.with(|script| {
            script
                .borrow_mut()
                .pop_front()
                .expect("a scripted response")
        })
    }

    fn renew_token() -> Token {
        Token(2)
    }

    const MAX_RETRIES: u32 = 4;
    const MAX_WAIT: Duration = Duration::from_secs(30);

    fn call(request: &Request, token: &mut Token) -> Result<http::Response<Vec<u8>>, ApiError> {
        let mut backoff = Duration::from_millis(10);
        let mut renewed = false;
        let mut retries = 0;
        loop {
            let response = send(request, token);
            if response.status().is_success() {
                return Ok(response);
            }
            let error: ApiError = ApiError::from_http(&response);
            let retryable = match error.retry_kind() {
                RetryKind::Auth => !std::mem::replace(&mut renewed, true),
                kind => kind.is_transient(),
            };
            // Caller, a second Auth, no retries left, and any kind added later.
            let Some(wait) = error.retry_delay(
                (retryable && retries < MAX_RETRIES).then_some(backoff),
                MAX_WAIT,
            ) else {
                return Err(error);
            };
            if error.retry_kind() == RetryKind::Auth {
                *token = renew_token();
            }
            std::thread::sleep(wait);
            retries += 1;
            backoff = (backoff * 2).min(Duration::from_secs(60));
        }
    }

    fn response(status: u16, retry_after: Option<&str>, code: &str) -> http::Response<Vec<u8>> {
        let mut builder = http::Response::builder().status(status);
        if let Some(value) = retry_after {
            builder = builder.header("retry-after", value);
        }
        builder
            .body(format!(r#"{{"error_code":"{code}"}}"#).into_bytes())
            .unwrap()
    }

    fn run(script: Vec<http::Response<Vec<u8>>>) -> (Result<u16, Option<String>>, Vec<u32>) {
        SCRIPT.with(|queue| *queue.borrow_mut() = script.into());
        SENT.with(|sent| sent.borrow_mut().clear());
        let result = call(&Request, &mut Token(1))
            .map(|response| response.status().as_u16())
            .map_err(|error| error.code().map(str::to_owned));
        (result, SENT.with(|sent| sent.borrow().clone()))
    }

    #[test]
    fn an_expired_token_is_renewed_once_and_throttling_waits_as_told() {
        let (result, sent) = run(vec![
            response(400, None, "IEF.310002"),
            response(429, Some("0"), "APIGW.0308"),
            response(500, Some("Sun, 06 Nov 1994 08:49:37 GMT"), "IEF.100411"),
            response(200, None, ""),
        ]);
        assert_eq!(result, Ok(200));
        assert_eq!(sent, [1, 2, 2, 2]);
    }

    #[test]
    fn a_second_auth_failure_and_a_caller_error_are_not_retried() {
        let (result, sent) = run(vec![
            response(401, None, "IEF.110002"),
            response(401, None, "IEF.110002"),
        ]);
        assert_eq!(result, Err(Some("IEF.110002".to_owned())));
        assert_eq!(sent, [1, 2]);
        let (result, sent) = run(vec![response(400, Some("0"), "IEF.100004")]);
        assert_eq!(result, Err(Some("IEF.100004".to_owned())));
        assert_eq!(sent, [1]);
    }

    #[test]
    fn an_auth_failure_on_the_last_attempt_is_not_retried() {
        let mut script: Vec<_> = (0..4)
            .map(|_| response(500, Some("0"), "IEF.100411"))
            .collect();
        script.push(response(401, None, "IEF.110002"));
        let (result, sent) = run(script);
        assert_eq!(result, Err(Some("IEF.110002".to_owned())));
        assert_eq!(sent, [1, 1, 1, 1, 1]);
    }

    #[test]
    fn retries_stop_after_the_last_attempt() {
        let (result, sent) = run((0..5)
            .map(|_| response(503, Some("0"), "APIGW.0201"))
            .collect());
        assert_eq!(result, Err(Some("APIGW.0201".to_owned())));
        assert_eq!(sent.len(), 5);
    }
}

mod the_readme_backon_client {
    //! The "Retrying" section's `backon` client as the README writes it, run
    //! against scripted responses on tokio's paused clock, so every wait is
    //! measured exactly and none is slept. Keep the two in step.

    use std::collections::VecDeque;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
    use std::time::Duration;

    use backon::{ExponentialBuilder, Retryable};
    use ief_errors::{ApiError, RetryKind};
    use tokio::time::Instant;

    /// A token cache as clients keep one: `get` fetches a new token after
    /// `invalidate` (a real one awaits the identity service).
    #[derive(Default)]
    struct Tokens {
        current: AtomicU32,
        stale: AtomicBool,
    }

    impl Tokens {
        fn invalidate(&self) {
            self.stale.store(true, Ordering::Relaxed);
        }

        #[allow(clippy::unused_async)]
        async fn get(&self) -> u32 {
            if self.stale.swap(false, Ordering::Relaxed) {
                self.current.fetch_add(1, Ordering::Relaxed);
            }
            self.current.load(Ordering::Relaxed)
        }
    }

    /// Answers each request with the next scripted response, and records
    /// the token and the time of each.
    struct Client {
        tokens: Tokens,
        script: Mutex<VecDeque<http::Response<Vec<u8>>>>,
        sent: Mutex<Vec<(u32, Instant)>>,
    }

    impl Client {
        async fn send(&self) -> Result<Vec<u8>, ApiError> {
            let token = self.tokens.get().await;
            self.sent.lock().unwrap().push((token, Instant::now()));
            let response = self
                .script
                .lock()
                .unwrap()
                .pop_front()
                .expect("a scripted response");
            if response.status().is_success() {
                Ok(response.into_body())
            } else {
                Err(ApiError::from_http(&response))
            }
        }
    }

    // From here to the tests, the README's code.

    /// The official SDKs' exponential backoff: 10 ms, doubling, at most 60 s.
    /// How many retries, and whether to add jitter, is yours to choose.
    fn sdk_backoff() -> ExponentialBuilder {
        ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(10))
            .with_max_delay(Duration::from_secs(60))
            .with_max_times(3)
    }

    /// The longest wait a server's `Retry-After` gets.
    const MAX_WAIT: Duration = Duration::from_secs(30);

    async fn call(client: &Client, backoff: ExponentialBuilder) -> Result<Vec<u8>, ApiError> {
        let renewed = AtomicBool::new(false);
        (|| client.send())
            .retry(backoff)
            // Throttled and server errors; an auth error once, with a new token.
            .when(|error: &ApiError| match error.retry_kind() {
                RetryKind::Auth => !renewed.swap(true, Ordering::Relaxed),
                kind => kind.is_transient(),
            })
            .notify(|error: &ApiError, _| {
                if error.retry_kind() == RetryKind::Auth {
                    client.tokens.invalidate();
                }
            })
            // Retry-After, capped, replaces the backoff's delay; auth retries at once.
            .adjust(|error: &ApiError, delay| error.retry_delay(delay, MAX_WAIT))
            .await
    }

    // The README's code ends here.

    fn response(status: u16, retry_after: Option<&str>, body: &str) -> http::Response<Vec<u8>> {
        let mut builder = http::Response::builder().status(status);
        if let Some(value) = retry_after {
            builder = builder.header("retry-after", value);
        }
        builder.body(body.as_bytes().to_vec()).unwrap()
    }

    fn error(status: u16, retry_after: Option<&str>, code: &str) -> http::Response<Vec<u8>> {
        response(
            status,
            retry_after,
            &format!(r#"{{"error_code":"{code}","error_msg":"m"}}"#),
        )
    }

    struct Outcome {
        result: Result<Vec<u8>, Option<String>>,
        tokens: Vec<u32>,
        /// Between one request and the next.
        waits: Vec<Duration>,
    }

    async fn run(backoff: ExponentialBuilder, script: Vec<http::Response<Vec<u8>>>) -> Outcome {
        let client = Client {
            tokens: Tokens::default(),
            script: Mutex::new(script.into()),
            sent: Mutex::default(),
        };
        let result = call(&client, backoff)
            .await
            .map_err(|error| error.code().map(str::to_owned));
        assert!(
            client.script.lock().unwrap().is_empty(),
            "every scripted response is used"
        );
        let sent = client.sent.into_inner().unwrap();
        Outcome {
            result,
            tokens: sent.iter().map(|(token, _)| *token).collect(),
            waits: sent.windows(2).map(|pair| pair[1].1 - pair[0].1).collect(),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn server_errors_back_off_as_the_sdks_do() {
        let outcome = run(
            sdk_backoff(),
            vec![
                error(500, None, "IEF.100411"),
                // A known internal code answered with 400 is a server error too.
                error(400, None, "IEF.100427"),
                response(502, None, "<html>Bad Gateway</html>"),
                response(200, None, "ok"),
            ],
        )
        .await;
        assert_eq!(outcome.result, Ok(b"ok".to_vec()));
        assert_eq!(outcome.waits, [10, 20, 40].map(Duration::from_millis));
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_replaces_the_backoff_and_is_capped() {
        let outcome = run(
            sdk_backoff(),
            vec![
                error(429, Some("2"), "APIGW.0308"),
                error(503, Some("86400"), "APIGW.0201"),
                // Malformed: the backoff's own delay (the third, 40 ms).
                error(503, Some("soon"), "APIGW.0201"),
                response(200, None, "ok"),
            ],
        )
        .await;
        assert_eq!(outcome.result, Ok(b"ok".to_vec()));
        assert_eq!(
            outcome.waits,
            [Duration::from_secs(2), MAX_WAIT, Duration::from_millis(40)]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn an_auth_error_is_retried_once_at_once_with_a_new_token() {
        let outcome = run(
            sdk_backoff(),
            vec![error(400, None, "IEF.310002"), response(200, None, "ok")],
        )
        .await;
        assert_eq!(outcome.result, Ok(b"ok".to_vec()));
        assert_eq!(
            (outcome.tokens, outcome.waits),
            (vec![0, 1], vec![Duration::ZERO])
        );

        let outcome = run(
            sdk_backoff(),
            vec![
                error(401, None, "IEF.110002"),
                error(401, None, "IEF.110002"),
            ],
        )
        .await;
        assert_eq!(outcome.result, Err(Some("IEF.110002".to_owned())));
        assert_eq!(outcome.tokens, [0, 1]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_caller_error_is_not_retried_whatever_its_retry_after() {
        let outcome = run(sdk_backoff(), vec![error(400, Some("0"), "IEF.100004")]).await;
        assert_eq!(outcome.result, Err(Some("IEF.100004".to_owned())));
        assert_eq!(outcome.tokens.len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn the_backoff_decides_how_many_retries() {
        let outcome = run(
            sdk_backoff(),
            (0..4)
                .map(|_| error(503, Some("1"), "APIGW.0201"))
                .collect(),
        )
        .await;
        assert_eq!(outcome.result, Err(Some("APIGW.0201".to_owned())));
        assert_eq!(outcome.waits, [Duration::from_secs(1); 3]);

        // An auth error after the last retry is not retried either.
        let outcome = run(
            sdk_backoff().with_max_times(1),
            vec![
                error(500, None, "IEF.100411"),
                error(401, None, "IEF.110002"),
            ],
        )
        .await;
        assert_eq!(outcome.result, Err(Some("IEF.110002".to_owned())));
        assert_eq!(outcome.tokens, [0, 0]);
    }

    #[tokio::test(start_paused = true)]
    async fn jitter_keeps_each_wait_between_the_delay_and_twice_it() {
        let outcome = run(
            sdk_backoff().with_jitter(),
            vec![
                error(500, None, "IEF.100411"),
                error(500, None, "IEF.100411"),
                response(200, None, "ok"),
            ],
        )
        .await;
        assert_eq!(outcome.result, Ok(b"ok".to_vec()));
        for (wait, delay) in outcome
            .waits
            .iter()
            .zip([10, 20].map(Duration::from_millis))
        {
            assert!((delay..=2 * delay).contains(wait), "{wait:?} for {delay:?}");
        }
    }
}

/// The README's two retrying examples are the code these tests run: every
/// line of each (but its `use` lines, which the test modules write their
/// own way) is a line of this file.
#[test]
fn the_readme_retrying_code_is_the_code_run_here() {
    let readme =
        std::fs::read_to_string(ief_errors_tests::workspace_root().join("README.md")).unwrap();
    let this_file = include_str!("retry.rs");
    let ours: std::collections::HashSet<&str> = this_file.lines().map(str::trim).collect();
    for heading in ["### With `backon`", "### By hand, for a blocking client"] {
        let section = &readme[readme.find(heading).expect(heading)..];
        let start = section.find("```rust\n").expect("a Rust block") + "```rust\n".len();
        let block = &section[start..start + section[start..].find("```").unwrap()];
        let mut lines = 0;
        for line in block.lines().map(str::trim) {
            if line.is_empty() || line.starts_with("use ") {
                continue;
            }
            assert!(
                ours.contains(line),
                "{heading}: {line:?} is not in tests/retry.rs"
            );
            lines += 1;
        }
        assert!(lines > 20, "{heading}");
    }
}

/// Clippy's `result_large_err` flags every `Result<_, E>` whose `E` is 128
/// bytes or more: `ApiError` must stay under it, with `Retry-After` kept.
#[test]
fn api_error_stays_small_enough_to_return_in_a_result() {
    assert!(size_of::<ApiError>() < 128, "{}", size_of::<ApiError>());
}
