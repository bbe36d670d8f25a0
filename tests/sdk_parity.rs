//! What `ApiError` reads from an error response, against what the official
//! Huawei Cloud SDKs read from it.
//!
//! Two kinds of test:
//!
//! - Each SDK's own tests of its error parsing, restated against
//!   `ApiError::from_parts` with the same status, header and body, each
//!   citing the file (and the commit read) it comes from. Node.js, PHP and
//!   C++ have no such tests; their cases come from their code.
//! - `ROWS`, one per input shape, which the README's table "What `ApiError`
//!   reads, against the SDKs" lists: its last column must be what `ApiError`
//!   reads here, so the table cannot drift from the code.

use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use ief_errors::ApiError;
use ief_errors_tests::workspace_root;

/// The request id every SDK test's mocked response carries.
const REQUEST_ID: &str = "97e2***11df";
const AUTHORIZATION: &str = "Egpjbi1ub*****GoxMzgrcA==";

/// A 400 response with the SDK tests' `X-Request-Id` header.
fn sdk_test_response(body: &str) -> ApiError {
    let mut headers = HeaderMap::new();
    headers.insert("X-Request-Id", HeaderValue::from_static(REQUEST_ID));
    ApiError::from_parts(StatusCode::BAD_REQUEST, &headers, body.as_bytes())
}

/// The fields an SDK test asserts: code, message, request id, authorization.
fn fields(error: &ApiError) -> (Option<&str>, &str, Option<&str>, Option<&str>) {
    (
        error.code(),
        error.message(),
        error.request_id(),
        error.encoded_authorization_message(),
    )
}

/// The three bodies every SDK with tests starts from.
const TOP_PAIR: &str = r#"{"error_code":"XXX.0001","error_msg":"Some errors occurred.","encoded_authorization_message":"Egpjbi1ub*****GoxMzgrcA=="}"#;
const NESTED_PAIR: &str = r#"{"error":{"code":"XXX.0001","message":"Some errors occurred.","encoded_authorization_message":"Egpjbi1ub*****GoxMzgrcA=="}}"#;
const BOTH_PAIRS: &str = r#"{"error":{"code":"XXX.0001","message":"Some errors occurred."},"error_code":"XXX.0001","error_msg":"Some errors occurred.","encoded_authorization_message":"Egpjbi1ub*****GoxMzgrcA=="}"#;
const NO_KNOWN_KEY: &str = r#"{"invalid_key":"invalid_value"}"#;
const NOT_JSON: &str = "invalid json data";

fn assert_found(body: &str) {
    assert_eq!(
        fields(&sdk_test_response(body)),
        (
            Some("XXX.0001"),
            "Some errors occurred.",
            Some(REQUEST_ID),
            Some(AUTHORIZATION)
        ),
        "{body}"
    );
}

fn assert_body_is_the_message(body: &str) {
    assert_eq!(
        fields(&sdk_test_response(body)),
        (None, body, Some(REQUEST_ID), None),
        "{body}"
    );
}

/// The cases the four SDKs with tests of their error parsing share, the
/// same bodies under the same mocked 400 response:
///
/// - huaweicloud-sdk-go-v3 `core/sdkerr/errors_test.go` (3f05c4f),
///   `TestNewServiceResponseError` to `TestNewServiceResponseError5`
///   (code, message and request id asserted);
/// - huaweicloud-sdk-python-v3
///   `huaweicloud-sdk-core/tests/test_extract_error_message.py` (07c7aba),
///   `test_extract_error_message1` to `5` (the authorization message too,
///   and no code for 4 and 5: the handler of that commit; a later
///   `exception_handler.py` puts the status there);
/// - huaweicloud-sdk-java-v3
///   `core/src/test/java/com/huaweicloud/sdk/core/ExceptionHandlerTest.java`
///   (4bc8609), cases 1 to 6, and `TestExtractErrorMessage.java`
///   (44028da), which repeats 1 to 5 and asserts no code for 4 and 5;
/// - huaweicloud-sdk-net-v3 `Test/DefaultExceptionHandlerTests.cs`
///   (347da32), test cases 1 to 6.
mod shared_cases {
    use super::*;

    #[test]
    fn cases_1_to_3_find_the_pair_at_the_top_or_under_error() {
        for body in [TOP_PAIR, NESTED_PAIR, BOTH_PAIRS] {
            assert_found(body);
        }
    }

    #[test]
    fn cases_4_and_5_make_the_body_the_message() {
        assert_body_is_the_message(NO_KNOWN_KEY);
        assert_body_is_the_message(NOT_JSON);
    }

    /// Java's and .NET's case 6.
    #[test]
    fn case_6_a_null_authorization_message_is_none() {
        let body = r#"{"error_code":"XXX.0001","error_msg":"Some errors occurred.","encoded_authorization_message":null}"#;
        assert_eq!(
            fields(&sdk_test_response(body)),
            (
                Some("XXX.0001"),
                "Some errors occurred.",
                Some(REQUEST_ID),
                None
            )
        );
    }
}

/// huaweicloud-sdk-java-v3 `ExceptionHandlerTest.java` (4bc8609), the
/// cases only Java has.
mod java {
    use super::*;

    /// Java also keeps the `details` list; `ApiError` has no field for it.
    #[test]
    fn cases_7_and_8_read_the_error_beside_its_details() {
        for body in [
            r#"{"error":{"code":"C.XXXX","message":"C failed","encoded_authorization_message":"xxxxx","details":[{"code":"C.XXXX","message":"You do not have permission to perform action xxx on resource xxx."}]}}"#,
            r#"{"error_code":"C.XXXX","error_msg":"C failed","encoded_authorization_message":"xxxxx","details":[{"error_code":"C.XXXX","error_msg":"You do not have permission to perform action xxx on resource xxx."}]}"#,
        ] {
            assert_eq!(
                fields(&sdk_test_response(body)),
                (Some("C.XXXX"), "C failed", Some(REQUEST_ID), Some("xxxxx")),
                "{body}"
            );
        }
    }
}

/// huaweicloud-sdk-net-v3: what only .NET reads.
mod dotnet {
    use super::*;

    #[test]
    fn comments_and_processing_instructions_in_an_xml_error_are_skipped() {
        for body in [
            "<Error><Code>X.1</Code><Message>m<!-- c --></Message></Error>",
            "<Error><Code>X.1</Code><?pi x?><Message>m</Message></Error>",
            "<?xml version=\"1.0\"?><!-- a --><?pi?><Error><Code><!--x-->X.1</Code><Message>m</Message></Error><!-- z -->",
        ] {
            let error: ApiError = ApiError::from_response(404, None, body.as_bytes());
            assert_eq!(
                (error.code(), error.message()),
                (Some("X.1"), "m"),
                "{body}"
            );
        }
    }

    /// `Core/Utils/ExceptionUtils.cs` (d108277) reads an
    /// `application/xml` body into `Core/Exception/SdkError.cs` (164feb6):
    /// no test covers it; this is the shape it reads.
    #[test]
    fn an_xml_error_is_read_as_exception_utils_reads_it() {
        let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>NoSuchKey</Code>\n  <Message>The key &lt;a&gt; does not exist.</Message>\n  <RequestId>0000018A</RequestId>\n  <HostId>obs</HostId>\n  <EncodedAuthorizationMessage>AAAA</EncodedAuthorizationMessage>\n</Error>\n";
        let error: ApiError = ApiError::from_response(404, None, body.as_bytes());
        assert_eq!(
            fields(&error),
            (
                Some("NoSuchKey"),
                "The key <a> does not exist.",
                Some("0000018A"),
                Some("AAAA")
            )
        );
    }
}

/// huaweicloud-sdk-nodejs-v3 has no test of its error parsing; these are
/// the shapes `core/exception/ExceptionUtil.ts` (dcab71c) reads: `error.code`
/// or `error_code`, `error.message` or `error_msg`, each on its own.
mod nodejs {
    use super::*;

    #[test]
    fn a_code_or_a_message_alone_under_error_or_at_the_top_is_read() {
        for (body, code, message) in [
            (r#"{"error":{"code":"X.1"}}"#, Some("X.1"), None),
            (r#"{"error_code":"X.1"}"#, Some("X.1"), None),
            (r#"{"error":{"message":"m"}}"#, None, Some("m")),
            (r#"{"error_msg":"m"}"#, None, Some("m")),
        ] {
            let error = sdk_test_response(body);
            assert_eq!(error.code(), code, "{body}");
            // Node.js reports axios's text when there is no message; `ApiError`,
            // like the other SDKs, the body.
            assert_eq!(error.message(), message.unwrap_or(body), "{body}");
        }
    }
}

/// huaweicloud-sdk-php-v3 has no test of its error parsing; these are the
/// shapes `Core/src/Http/HttpClient.php` (1f8f2cd) reads and the others do not.
mod php {
    use super::*;

    #[test]
    fn error_code_with_message_and_code_with_details_are_pairs() {
        for body in [
            r#"{"errorCode":"X.1","message":"m"}"#,
            r#"{"error":{"errorCode":"X.1","message":"m"}}"#,
            r#"{"error":{"code":"X.1","details":"m"}}"#,
        ] {
            let error = sdk_test_response(body);
            assert_eq!(
                (error.code(), error.message()),
                (Some("X.1"), "m"),
                "{body}"
            );
        }
    }

    #[test]
    fn the_first_element_of_an_array_under_the_top_and_an_array_body_are_read() {
        for body in [
            r#"{"errors":[{"error_code":"X.1","error_msg":"m"},{"error_code":"Y.2","error_msg":"n"}]}"#,
            r#"[{"error_code":"Y.2","error_msg":"n"},{"code":"X.1","message":"m"}]"#,
        ] {
            let error = sdk_test_response(body);
            assert_eq!(
                (error.code(), error.message()),
                (Some("X.1"), "m"),
                "{body}"
            );
        }
    }

    #[test]
    fn an_array_body_is_read_element_by_element_not_inside_them() {
        let body = r#"[1,"s",null,true,{"code":"X.1","message":"m","inner":{"code":"Y.2","message":"n"}},[{"code":"Z.3","message":"z"}],{"error_code":"","error_msg":"not a pair"}]"#;
        let error = sdk_test_response(body);
        assert_eq!((error.code(), error.message()), (Some("X.1"), "m"));
        // Nothing to read, at any depth: the body as it is.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        for body in [deep.as_str(), "[]", "[{}]", r#"[{"code":"X.1""#] {
            let error = sdk_test_response(body);
            assert_eq!(error.code(), None, "{body:.20}");
            assert!(
                body.starts_with(error.message().trim_end_matches('…')),
                "{body:.20}"
            );
        }
    }

    #[test]
    fn another_services_request_id_header_is_read() {
        let mut headers = HeaderMap::new();
        headers.insert(
            HeaderName::from_static("x-openstack-request-id"),
            HeaderValue::from_static("req-o"),
        );
        let error: ApiError = ApiError::from_parts(StatusCode::BAD_REQUEST, &headers, b"{}");
        assert_eq!(error.request_id(), Some("req-o"));
        // `X-Request-Id` wins over it, whatever the order.
        headers.insert("x-request-id", HeaderValue::from_static("req-x"));
        let error: ApiError = ApiError::from_parts(StatusCode::BAD_REQUEST, &headers, b"{}");
        assert_eq!(error.request_id(), Some("req-x"));
        // Only `x-`, letters and dashes, `-request-id`.
        for name in [
            "x-request-ids",
            "request-id",
            "x-1-request-id",
            "x--request-idx",
        ] {
            let mut headers = HeaderMap::new();
            headers.insert(
                HeaderName::from_static(name),
                HeaderValue::from_static("no"),
            );
            let error: ApiError = ApiError::from_parts(StatusCode::BAD_REQUEST, &headers, b"{}");
            assert_eq!(error.request_id(), None, "{name}");
        }
    }
}

/// huaweicloud-sdk-cpp-v3 has no test of its error parsing; these are the
/// shapes `core/src/http/HttpClient.cpp` (2dce614) reads and the others do
/// not: a code or a message alone in an object under the top.
mod cpp {
    use super::*;

    #[test]
    fn a_code_or_a_message_alone_one_level_down_is_read() {
        let error = sdk_test_response(r#"{"result":{"code":"X.1"}}"#);
        assert_eq!(error.code(), Some("X.1"));
        let error = sdk_test_response(r#"{"result":{"message":"m"},"other":{"error_code":"Y.2"}}"#);
        assert_eq!((error.code(), error.message()), (Some("Y.2"), "m"));
        // Two levels down, no SDK reads one alone.
        let error = sdk_test_response(r#"{"a":{"b":{"code":"X.1"}}}"#);
        assert_eq!(error.code(), None);
    }

    #[test]
    fn a_request_id_in_the_body_is_read_the_header_winning() {
        let body = r#"{"error_code":"X.1","error_msg":"m","request_id":"body-id"}"#;
        assert_eq!(sdk_test_response(body).request_id(), Some(REQUEST_ID));
        let error: ApiError = ApiError::from_response(400, None, body.as_bytes());
        assert_eq!(error.request_id(), Some("body-id"));
    }
}

/// What the SDKs' JSON readers accept beyond JSON (Jackson with
/// `ALLOW_UNESCAPED_CONTROL_CHARS` in `JsonUtils.java`, Json.NET, Python's
/// `json`), and escapes in keys, which they all read.
mod lenient_readers {
    use super::*;

    #[test]
    fn control_characters_written_raw_in_a_string_keep_the_code() {
        for body in [
            "{\"error_code\":\"IEF.100412\",\"error_msg\":\"internal\nerror\"}",
            "{\"trace\":\"a\tb\u{1}\",\"error_code\":\"IEF.100412\",\"error_msg\":\"internal\r\nerror\"}",
        ] {
            let error = sdk_test_response(body);
            assert_eq!(error.code(), Some("IEF.100412"), "{body:?}");
            assert!(error.message().starts_with("internal"), "{body:?}");
            assert_eq!(error.retry_kind(), ief_errors::RetryKind::Server);
        }
    }

    #[test]
    fn nan_and_infinity_values_keep_the_code() {
        for value in ["NaN", "Infinity", "-Infinity"] {
            let body = format!(
                r#"{{"ratio":{value},"error_code":"NAN.1","error_msg":"m","list":[{value},1]}}"#
            );
            let error = sdk_test_response(&body);
            assert_eq!(
                (error.code(), error.message()),
                (Some("NAN.1"), "m"),
                "{body}"
            );
        }
        // In a string, they are text.
        let error = sdk_test_response(r#"{"error_code":"NaN","error_msg":"Infinity"}"#);
        assert_eq!((error.code(), error.message()), (Some("NaN"), "Infinity"));
    }

    #[test]
    fn what_follows_the_object_is_ignored() {
        for body in [
            r#"{"error_code":"TG.1","error_msg":"ok"} trailing"#,
            r#"{"error_code":"TG.1","error_msg":"ok"}{"error_code":"TG.2","error_msg":"no"}"#,
            "{\"error_code\":\"TG.1\",\"error_msg\":\"ok\"}\n<html></html>",
        ] {
            let error = sdk_test_response(body);
            assert_eq!(
                (error.code(), error.message()),
                (Some("TG.1"), "ok"),
                "{body}"
            );
        }
        // An object that is not whole is still no object.
        let error = sdk_test_response(r#"{"error_code":"TG.1","error_msg":"o"#);
        assert_eq!(error.code(), None);
    }

    #[test]
    fn keys_written_with_escapes_are_read_at_any_depth() {
        for body in [
            r#"{"k":{"error_code":"E.0","error_msg":"m"}}"#,
            r#"{"k":{"code":"E.0","message":"m"}}"#,
            r#"{"errors":[{"error_code":"E.0","error_msg":"m"}]}"#,
            r#"[{"error_code":"E.0","error_msg":"m"}]"#,
            r#"{"error_code":"E.0","error_msg":"m"}"#,
        ] {
            let error = sdk_test_response(body);
            assert_eq!(
                (error.code(), error.message()),
                (Some("E.0"), "m"),
                "{body}"
            );
        }
        for body in [
            r#"{"error_code":"X","error_msg":"m","a":{"encoded_authorization_message":"deep"}}"#,
            r#"{"error_code":"X","a":{"encoded_authorization_message":"deep"}}"#,
        ] {
            let error = sdk_test_response(body);
            assert_eq!(
                error.encoded_authorization_message(),
                Some("deep"),
                "{body}"
            );
        }
        // An escape of something else makes another key.
        let error = sdk_test_response(r#"{"k":{"codeé":"E.0","message":"m"}}"#);
        assert_eq!(error.code(), None);
    }

    #[test]
    fn a_number_as_the_authorization_message_is_kept_as_written() {
        let error = sdk_test_response(
            r#"{"error_code":"A.6","error_msg":"m","encoded_authorization_message":7}"#,
        );
        assert_eq!(error.encoded_authorization_message(), Some("7"));
    }

    #[test]
    fn a_body_read_repaired_is_still_the_message_as_it_came() {
        for body in [
            r#"{"error_code":"X.1","error_msg":NaN  }"#,
            r#"{"error_code":"X.1","error_msg":"","x":[NaN,-Infinity]}"#,
            r#"{"error_code":"X.1"} and more"#,
        ] {
            let error = sdk_test_response(body);
            assert_eq!(
                (error.code(), error.message()),
                (Some("X.1"), body),
                "{body}"
            );
        }
    }

    #[test]
    fn a_number_below_the_top_is_an_authorization_message_too() {
        let error = sdk_test_response(
            r#"{"error_code":"X.1","error_msg":"m","a":{"encoded_authorization_message":1}}"#,
        );
        assert_eq!(error.encoded_authorization_message(), Some("1"));
    }

    #[test]
    fn an_empty_error_string_is_no_message() {
        for body in [r#"{"error":"","error_code":"X.1"}"#, r#"{"error":""}"#] {
            assert_eq!(sdk_test_response(body).message(), body);
        }
    }
}

/// One input shape of the README's table.
struct Row {
    /// The table's first column, before the example body.
    shape: &'static str,
    body: String,
    /// How the table shows the body, when not as it is.
    shown: Option<&'static str>,
    headers: &'static [(&'static str, &'static str)],
}

/// The README table's rows: a shape and its example body, as the table
/// shows it.
const SHAPES: [(&str, &str); 35] = [
    (
        "`error_code` and `error_msg`",
        r#"{"error_code":"X.1","error_msg":"m"}"#,
    ),
    ("`code` and `message`", r#"{"code":"X.1","message":"m"}"#),
    (
        "`errorCode` and `errorMsg`",
        r#"{"errorCode":"X.1","errorMsg":"m"}"#,
    ),
    (
        "`errorCode` and `message`",
        r#"{"errorCode":"X.1","message":"m"}"#,
    ),
    (
        "`error_code` and `error_msg` in another case",
        r#"{"Error_Code":"X.1","ERROR_MSG":"m"}"#,
    ),
    (
        "a pair under `error`",
        r#"{"error":{"code":"X.1","message":"m"}}"#,
    ),
    (
        "a pair under another key",
        r#"{"result":{"error_code":"X.1","error_msg":"m"}}"#,
    ),
    (
        "a pair two levels down",
        r#"{"a":{"b":{"code":"X.1","message":"m"}}}"#,
    ),
    ("a pair 5,000 levels down", DEEP_PAIR_SHOWN),
    (
        "pairs at the top and under `error`",
        r#"{"error":{"code":"Y.2","message":"n"},"error_code":"X.1","error_msg":"m"}"#,
    ),
    (
        "a code alone at the top, a pair under `error`",
        r#"{"error_code":"X.1","error":{"code":"Y.2","message":"n"}}"#,
    ),
    (
        "two pairs under the top",
        r#"{"a":{"code":"X.1","message":"m"},"b":{"code":"Y.2","message":"n"}}"#,
    ),
    (
        "a pair inside an object with a pair",
        r#"{"x":{"code":"X.1","message":"m","y":{"code":"Y.2","message":"n"}}}"#,
    ),
    (
        "a pair inside an array",
        r#"{"details":[{"code":"X.1","message":"m"}]}"#,
    ),
    (
        "`error_code` and `error_msg` first in an array",
        r#"{"errors":[{"error_code":"X.1","error_msg":"m"}]}"#,
    ),
    (
        "`code` and text `details`",
        r#"{"error":{"code":"X.1","details":"m"}}"#,
    ),
    ("a code alone", r#"{"error_code":"X.1"}"#),
    ("a code alone under a key", r#"{"result":{"code":"X.1"}}"#),
    ("an empty message", r#"{"error_code":"X.1","error_msg":""}"#),
    (
        "a number as the code",
        r#"{"error_code":400,"error_msg":"m"}"#,
    ),
    (
        "`null` code and message, a pair under `error`",
        r#"{"error_code":null,"error_msg":null,"error":{"code":"Y.2","message":"n"}}"#,
    ),
    (
        "an object as the code",
        r#"{"code":{"id":1},"message":"m"}"#,
    ),
    (
        "a key repeated",
        r#"{"error_code":"X.1","error_msg":"m","error_code":"Y.2"}"#,
    ),
    (
        "request id in `X-Request-Id: h` and the body",
        r#"{"error_code":"X.1","error_msg":"m","request_id":"b"}"#,
    ),
    (
        "request id in the body only",
        r#"{"error_code":"X.1","error_msg":"m","request_id":"b"}"#,
    ),
    (
        "request id in `X-Openstack-Request-Id: o`",
        r#"{"error_code":"X.1","error_msg":"m"}"#,
    ),
    (
        "authorization message at the top",
        r#"{"error_code":"X.1","error_msg":"m","encoded_authorization_message":"a"}"#,
    ),
    (
        "authorization message under `error`",
        r#"{"error":{"code":"X.1","message":"m","encoded_authorization_message":"a"}}"#,
    ),
    (
        "authorization message below a pair at the top",
        r#"{"error_code":"X.1","error_msg":"m","meta":{"encoded_authorization_message":"a"}}"#,
    ),
    (
        "an XML error",
        "<Error><Code>X.1</Code><Message>m</Message><RequestId>b</RequestId></Error>",
    ),
    ("a JSON array", r#"[{"error_code":"X.1","error_msg":"m"}]"#),
    ("a JSON string", r#""m""#),
    ("no known key", r#"{"invalid_key":"invalid_value"}"#),
    ("not JSON", "invalid json data"),
    ("an empty body", ""),
];

/// How the table shows the body of its deepest row, built by `deep_pair`.
const DEEP_PAIR_SHOWN: &str = r#"{"a":{"a":…{"code":"X.1","message":"m"}…}}"#;

/// A pair 5,000 levels down.
fn deep_pair() -> String {
    format!(
        r#"{}{{"code":"X.1","message":"m"}}{}"#,
        r#"{"a":"#.repeat(5_000),
        "}".repeat(5_000)
    )
}

fn rows() -> Vec<Row> {
    SHAPES
        .iter()
        .map(|&(shape, shown)| {
            let headers: &[(&str, &str)] = if shape.contains("`X-Request-Id: h`") {
                &[("x-request-id", "h")]
            } else if shape.contains("`X-Openstack-Request-Id: o`") {
                &[("x-openstack-request-id", "o")]
            } else {
                &[]
            };
            let (body, shown) = if shown == DEEP_PAIR_SHOWN {
                (deep_pair(), Some(shown))
            } else {
                (shown.to_owned(), None)
            };
            Row {
                shape,
                body,
                shown,
                headers,
            }
        })
        .collect()
}

impl Row {
    fn read(&self) -> ApiError {
        let mut headers = HeaderMap::new();
        for (name, value) in self.headers {
            headers.insert(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            );
        }
        ApiError::from_parts(StatusCode::BAD_REQUEST, &headers, self.body.as_bytes())
    }

    /// The table's first column.
    fn first_cell(&self) -> String {
        match (self.shown, self.body.as_str()) {
            (_, "") => self.shape.to_owned(),
            (Some(shown), _) => format!("{}: `{shown}`", self.shape),
            (None, body) => format!("{}: `{body}`", self.shape),
        }
    }

    /// The table's last column: what `ApiError` read.
    fn api_error_cell(&self) -> String {
        let error = self.read();
        let quoted = |text: &str| format!("`{text}`");
        let code = error.code().map_or_else(|| "no code".to_owned(), quoted);
        let message = match error.message() {
            "" => "empty".to_owned(),
            message if message == self.body => "the body".to_owned(),
            message => quoted(message),
        };
        let request_id = error
            .request_id()
            .map(|id| format!(", request id {}", quoted(id)));
        let authorization = error
            .encoded_authorization_message()
            .map(|text| format!(", authorization {}", quoted(text)));
        format!(
            "{code}, {message}{}{}",
            request_id.unwrap_or_default(),
            authorization.unwrap_or_default()
        )
    }
}

/// The README's parity table: its rows, first and last cells.
fn readme_table() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(workspace_root().join("README.md")).unwrap();
    let start = readme
        .find("| input shape |")
        .expect("the README has the parity table");
    readme[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            (cells[0].to_owned(), cells[cells.len() - 1].to_owned())
        })
        .collect()
}

#[test]
fn the_readme_table_lists_every_shape_with_what_api_error_reads() {
    let table = readme_table();
    let rows = rows();
    assert_eq!(
        table
            .iter()
            .map(|(shape, _)| shape.clone())
            .collect::<Vec<_>>(),
        rows.iter().map(Row::first_cell).collect::<Vec<_>>(),
        "the README's table lists exactly these shapes, in this order"
    );
    for ((_, readme_cell), row) in table.iter().zip(&rows) {
        assert_eq!(readme_cell, &row.api_error_cell(), "{}", row.shape);
    }
}

/// The values the table shows, pinned here as well, so a change of
/// behaviour fails a test even with the README changed alike.
#[test]
fn each_shape_reads_as_chosen() {
    let expected = [
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`Y.2`, `n`",
        "`Y.2`, `n`",
        "`X.1`, `m`",
        "no code, the body",
        "`X.1`, `m`",
        "`X.1`, `m`",
        "`X.1`, the body",
        "`X.1`, the body",
        "`X.1`, the body",
        "`400`, `m`",
        "`Y.2`, `n`",
        "no code, `m`",
        "`Y.2`, `m`",
        "`X.1`, `m`, request id `h`",
        "`X.1`, `m`, request id `b`",
        "`X.1`, `m`, request id `o`",
        "`X.1`, `m`, authorization `a`",
        "`X.1`, `m`, authorization `a`",
        "`X.1`, `m`, authorization `a`",
        "`X.1`, `m`, request id `b`",
        "`X.1`, `m`",
        "no code, the body",
        "no code, the body",
        "no code, the body",
        "no code, empty",
    ];
    let rows = rows();
    assert_eq!(rows.len(), expected.len());
    for (row, expected) in rows.iter().zip(expected) {
        assert_eq!(row.api_error_cell(), expected, "{}", row.shape);
    }
}
