//! `ApiError` against hostile bodies and headers: one-line `Display`, trimmed
//! codes, a skipped byte order mark, bounded fields, an unknown status said
//! as such, the shallowest authorization message, and the `serde` and
//! `miette` views of the same error.

use ief_errors::{ApiError, IefError, Lang, error_body};

/// The most bytes a kept text takes: 4 KiB and the ellipsis.
const KEPT_MAX: usize = 4096 + '…'.len_utf8();

fn read(body: &[u8]) -> ApiError {
    ApiError::from_response(400, None, body)
}

/// Fails unless `shown` is one line with no control character, line
/// separator or bidirectional override live.
fn assert_one_line(shown: &str) {
    for c in shown.chars() {
        assert!(
            !c.is_control()
                && !matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
                )
                && !('\u{202a}'..='\u{202e}').contains(&c)
                && !('\u{2066}'..='\u{2069}').contains(&c),
            "{c:?} is live in {shown:?}"
        );
    }
}

/// JSON-escapes `text` as a string literal.
fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

#[test]
fn display_is_one_line_whatever_the_fields_hold() {
    let hostile = [
        "line one\nINFO forged line two",
        "crlf\r\n2026-01-01 ERROR forged",
        "tab\tseparated\tcolumns",
        "\u{1b}[2J\u{1b}[31mred alert\u{1b}[0m",
        "bell\u{7}\u{7}",
        "nul\0byte",
        "c1 nel\u{85}csi\u{9b}31m osc\u{9d}",
        "del\u{7f}",
        "line separator\u{2028}paragraph\u{2029}",
        "bidi \u{202e}gnp.exe\u{202c} \u{2066}isolate\u{2069}",
        "invisible IEF.100004\u{200b}\u{feff}\u{2060}",
    ];
    for text in hostile {
        let json = json_string(text);
        let bodies = [
            format!(r#"{{"error_code":"IEF.100004","error_msg":{json}}}"#),
            format!(r#"{{"error_code":{json},"error_msg":"m"}}"#),
            format!(r#"{{"error_code":"APIGW.0301","request_id":{json}}}"#),
            format!(r#"{{"error":{{"code":"IEF.100004","message":{json}}}}}"#),
            format!(r#"{{"error":{json}}}"#),
            text.to_owned(),
        ];
        for body in &bodies {
            let error = read(body.as_bytes());
            assert_one_line(&error.to_string());
        }
        // The header's request id too, as far as a header can carry it.
        let error: ApiError = ApiError::from_response(502, Some(text), text.as_bytes());
        assert_one_line(&error.to_string());
    }
}

#[test]
fn a_multi_line_html_page_is_one_escaped_line() {
    let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    let error: ApiError = ApiError::from_response(502, None, page.as_bytes());
    assert_eq!(
        error.to_string(),
        r"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html> (HTTP 502)"
    );
    // The accessor keeps the text as it came, for programs to read.
    assert_eq!(error.message(), page.trim());
}

#[test]
fn escapes_are_visible_and_exact() {
    let error: ApiError = ApiError::from_response(
        400,
        Some("id\u{1b}]0;pwned\u{7}"),
        br#"{"error_code":"IEF.100004\n","error_msg":"a\u0085b\u001b[1mc\u202e"}"#,
    );
    assert_eq!(
        error.to_string(),
        r"IEF.100004: a\u{85}b\u{1b}[1mc\u{202e} (HTTP 400, request id id\u{1b}]0;pwned\u{7})"
    );
}

#[test]
fn codes_are_trimmed_before_lookup() {
    for code in [
        " IEF.100004 ",
        "\tIEF.100004",
        "IEF.100004\r\n",
        "\u{3000}IEF.100004\u{a0}",
        "\u{feff}IEF.100004",
        "\u{2003}IEF.100004\u{200b}",
    ] {
        let body = format!(r#"{{"error_code":{},"error_msg":"m"}}"#, json_string(code));
        let error = read(body.as_bytes());
        assert_eq!(error.code(), Some("IEF.100004"), "{code:?}");
        assert_eq!(error.error(), Some(IefError::InvalidOffset), "{code:?}");
    }
}

#[test]
fn a_blank_code_or_request_id_is_none() {
    let error = read(br#"{"error_code":"   ","error_msg":"m","request_id":" \t "}"#);
    assert_eq!((error.code(), error.request_id()), (None, None));
    assert_eq!(error.message(), "m");
    let header: ApiError = ApiError::from_response(400, Some(" \u{feff} "), b"{}");
    assert_eq!(header.request_id(), None);
}

#[test]
fn a_byte_order_mark_before_the_body_is_skipped() {
    let bodies: [&[u8]; 5] = [
        b"\xef\xbb\xbf{\"error_code\":\"IEF.100004\",\"error_msg\":\"m\"}",
        b"\xef\xbb\xbf\xef\xbb\xbf{\"error_code\":\"IEF.100004\",\"error_msg\":\"m\"}",
        b"\xef\xbb\xbf \r\n {\"error_code\":\"IEF.100004\",\"error_msg\":\"m\"}",
        b"\xef\xbb\xbf{\"error\":{\"code\":\"IEF.100004\",\"message\":\"m\"}}",
        b"\xef\xbb\xbf{\"errorCode\":\"IEF.100004\",\"errorMsg\":\"m\"}",
    ];
    for body in bodies {
        let error = read(body);
        assert_eq!(error.error(), Some(IefError::InvalidOffset), "{body:?}");
        assert_eq!(error.message(), "m");
    }
    let after_whitespace: [&[u8]; 4] = [
        b" \xef\xbb\xbf{\"error_code\":\"IEF.100004\",\"error_msg\":\"m\"}",
        b"\r\n\xef\xbb\xbf\t{\"error_code\":\"IEF.100004\",\"error_msg\":\"m\"}",
        b"\n\xef\xbb\xbf \xef\xbb\xbf {\"errorCode\":\"IEF.100004\",\"errorMsg\":\"m\"}",
        b"\t \xef\xbb\xbf\xef\xbb\xbf{\"error\":{\"code\":\"IEF.100004\",\"message\":\"m\"}}",
    ];
    for body in after_whitespace {
        let error = read(body);
        assert_eq!(error.error(), Some(IefError::InvalidOffset), "{body:?}");
        assert_eq!(error.message(), "m");
    }
    let text = read(b" \xef\xbb\xbfService Unavailable");
    assert_eq!((text.code(), text.message()), (None, "Service Unavailable"));
    let text = read(b"\xef\xbb\xbfService Unavailable");
    assert_eq!((text.code(), text.message()), (None, "Service Unavailable"));
}

#[test]
fn every_field_is_capped_at_a_character_boundary() {
    // A multi-byte character straddles the limit in each of these.
    let long = format!("a{}", "错".repeat(400_000));
    let json = json_string(&long);
    let body = format!(
        r#"{{"error_code":{json},"error_msg":{json},"request_id":{json},"encoded_authorization_message":{json}}}"#
    );
    let error = read(body.as_bytes());
    for (field, kept) in [
        ("code", error.code()),
        ("message", Some(error.message())),
        ("request id", error.request_id()),
        (
            "authorization message",
            error.encoded_authorization_message(),
        ),
    ] {
        let kept = kept.unwrap_or_else(|| panic!("{field} kept"));
        assert!(kept.len() <= KEPT_MAX, "{field}: {} bytes", kept.len());
        assert!(kept.ends_with('…'), "{field}");
        assert!(long.starts_with(kept.trim_end_matches('…')), "{field}");
    }
    assert!(error.to_string().len() < 4 * KEPT_MAX);

    let header: ApiError = ApiError::from_response(400, Some(&"r".repeat(1 << 20)), b"x");
    let id = header.request_id().unwrap();
    assert_eq!(id.len(), KEPT_MAX);
    assert!(id.ends_with('…'));
}

#[test]
fn a_one_megabyte_code_is_cut_and_never_looked_up_whole() {
    let code = format!("IEF.100004{}", "0".repeat(1 << 20));
    let error = read(format!(r#"{{"error_code":"{code}"}}"#).as_bytes());
    assert_eq!(error.error(), None);
    assert_eq!(error.code().unwrap().len(), KEPT_MAX);
    // Without a message, the body is the message, cut like any text.
    assert!(error.message().len() <= KEPT_MAX);
    assert!(error.to_string().len() < 3 * KEPT_MAX);
}

#[test]
fn short_fields_are_kept_whole() {
    let exactly = "m".repeat(4096);
    let error = read(format!(r#"{{"error_code":"X","error_msg":"{exactly}"}}"#).as_bytes());
    assert_eq!(error.message(), exactly);
}

#[test]
fn a_body_without_a_status_says_so() {
    let from_file: ApiError =
        ApiError::from_body(br#"{"error_code":"APIGW.0101","error_msg":"The API does not exist"}"#);
    assert_eq!(from_file.status(), None);
    assert_eq!(
        from_file.to_string(),
        "APIGW.0101: The API does not exist (HTTP status unknown)"
    );
    assert!(!from_file.is_internal());

    // A zero (or any number that is no HTTP status) is not kept as one.
    for status in [0, 1, 99, 1000, u16::MAX] {
        let error: ApiError = ApiError::from_response(status, Some("r"), b"");
        assert_eq!(error.status(), None, "{status}");
        assert_eq!(
            error.to_string(),
            "empty error response (HTTP status unknown, request id r)"
        );
    }
    for status in [100, 599, 999] {
        let error: ApiError = ApiError::from_response(status, None, b"");
        assert_eq!(error.status(), Some(status));
    }

    // A known code still says whose fault it is.
    let internal: ApiError = ApiError::from_body(br#"{"error_code":"IEF.100427"}"#);
    assert!(internal.is_internal());
}

#[test]
fn the_sdks_authorization_message_wins_else_the_shallowest() {
    let cases: [(&str, &str); 9] = [
        // Without a pair at the top, the SDKs take it from every object they
        // walk into, the last counting.
        (
            r#"{"error_code":"X","a":{"b":{"encoded_authorization_message":"deep"}},"encoded_authorization_message":"top"}"#,
            "deep",
        ),
        (
            r#"{"error_code":"X","z":{"y":{"encoded_authorization_message":"two"}},"a":{"encoded_authorization_message":"one"}}"#,
            "one",
        ),
        (
            r#"{"error_code":"X","b":{"encoded_authorization_message":"first"},"a":{"encoded_authorization_message":"second"}}"#,
            "second",
        ),
        // Arrays are not walked into; an object with a pair is not either.
        (
            r#"{"error_code":"X","details":[{"x":{"encoded_authorization_message":"deep"}}],"error":{"encoded_authorization_message":"level one"}}"#,
            "level one",
        ),
        (
            r#"{"encoded_authorization_message":"top","a":{"code":"X","message":"m","b":{"encoded_authorization_message":"hidden"}}}"#,
            "top",
        ),
        // Only strings count.
        (
            r#"{"error_code":"X","encoded_authorization_message":7,"a":{"encoded_authorization_message":"string"}}"#,
            "string",
        ),
        (
            r#"{"error_code":"X","encoded_authorization_message":"  padded  "}"#,
            "padded",
        ),
        // With a pair at the top, the SDKs take only the top's; beyond them,
        // the shallowest anywhere, the last of those.
        (
            r#"{"error_code":"X","error_msg":"m","a":{"b":{"encoded_authorization_message":"deep"}},"c":{"encoded_authorization_message":"one"},"d":{"encoded_authorization_message":"other one"},"e":[{"encoded_authorization_message":"in an array, deeper"}]}"#,
            "other one",
        ),
        (
            r#"{"a":{"encoded_authorization_message":"deep"},"error_code":"X","error_msg":"m","encoded_authorization_message":"top"}"#,
            "top",
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            read(body.as_bytes()).encoded_authorization_message(),
            Some(expected),
            "{body}"
        );
    }
}

#[test]
fn unused_values_of_any_kind_are_skipped() {
    let deep_arrays = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let bodies = [
        r#"{"details":[1,-2,3.5e10,1e400,true,null,"s",{"k":[[],{}]}],"error_code":"IEF.100004","x":{"error_code":"IEF.100005"},"error_msg":"m"}"#.to_owned(),
        // Nesting far past serde_json's recursion limit, in a value not read.
        format!(r#"{{"error_code":"IEF.100004","error_msg":"m","trace":{deep_arrays}}}"#),
        format!(r#"{{"error_code":"IEF.100004","error":{{"message":"m","x":{deep_arrays}}}}}"#),
    ];
    for body in bodies {
        let error = read(body.as_bytes());
        assert_eq!(error.error(), Some(IefError::InvalidOffset), "{body:.80}");
        assert_eq!(error.message(), "m");
    }
}

#[test]
fn the_search_below_the_top_goes_as_deep_as_go_and_no_further() {
    let nested = |depth: usize, inner: &str| {
        format!("{}{inner}{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))
    };
    let pair = r#"{"code":"IEF.100004","message":"m"}"#;
    // The top is level 1: the pair at level 10,000 is found, one further is not.
    let found = read(nested(9_999, pair).as_bytes());
    assert_eq!(
        (found.error(), found.message()),
        (Some(IefError::InvalidOffset), "m")
    );
    let past = nested(10_000, pair);
    let too_deep = read(past.as_bytes());
    assert_eq!(too_deep.code(), None);
    assert!(past.starts_with(too_deep.message().trim_end_matches('…')));
    // Far past it, in objects and in arrays, nothing breaks and the top still counts.
    for body in [
        nested(1_000_000, "{}"),
        format!(
            r#"{{"error_code":"IEF.100004","x":{}}}"#,
            nested(300_000, pair)
        ),
        format!(
            r#"{{"x":{},"error_code":"IEF.100004"}}"#,
            "[".repeat(300_000) + &"]".repeat(300_000)
        ),
    ] {
        let error = read(body.as_bytes());
        assert!(error.message().len() <= KEPT_MAX + 3, "{body:.40}");
        assert_one_line(&error.to_string());
    }
    let lone = read(
        format!(
            r#"{{"error_code":"IEF.100004","x":{}}}"#,
            nested(300_000, pair)
        )
        .as_bytes(),
    );
    assert_eq!(lone.error(), Some(IefError::InvalidOffset));
}

#[test]
fn the_authorization_message_is_not_looked_for_deeper_than_the_search_goes() {
    let nested = |depth: usize| {
        format!(
            "{}{}{}",
            r#"{"a":"#.repeat(depth),
            r#"{"encoded_authorization_message":"e"}"#,
            "}".repeat(depth)
        )
    };
    assert_eq!(
        read(nested(9_999).as_bytes()).encoded_authorization_message(),
        Some("e")
    );
    assert_eq!(
        read(nested(10_000).as_bytes()).encoded_authorization_message(),
        None
    );
}

#[test]
fn every_object_of_a_large_body_without_a_top_pair_is_searched() {
    let members: Vec<String> = (0..100_000)
        .map(|i| format!(r#""n{i}":{{"id":{i},"status":{{"code":"Ready"}},"list":[{{"code":"no","message":"no"}}]}}"#))
        .collect();
    let body = format!(
        r#"{{"data":{{{}}},"result":{{"error_code":"IEF.100004","error_msg":"m"}},"request_id":"r"}}"#,
        members.join(",")
    );
    assert!(body.len() > 5 << 20);
    let error = read(body.as_bytes());
    assert_eq!(error.error(), Some(IefError::InvalidOffset));
    assert_eq!((error.message(), error.request_id()), ("m", Some("r")));
}

#[test]
fn a_number_no_float_holds_does_not_hide_the_authorization_message() {
    let before =
        read(br#"{"error_code":"X","a":{"encoded_authorization_message":"found"},"b":[1e400]}"#);
    assert_eq!(before.code(), Some("X"));
    assert_eq!(before.encoded_authorization_message(), Some("found"));
    let after = read(
        br#"{"error_code":"X","b":[1e400],"error":{"encoded_authorization_message":"in error"}}"#,
    );
    assert_eq!(after.encoded_authorization_message(), Some("in error"));
}

#[test]
fn the_authorization_key_in_a_string_is_no_authorization_message() {
    let error = read(br#"{"error_code":"X","error_msg":"missing encoded_authorization_message","a":{"b":"encoded_authorization_message"}}"#);
    assert_eq!(error.encoded_authorization_message(), None);
}

#[test]
fn hostile_json_never_panics_and_falls_back_to_the_text() {
    let nested = format!("{}{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    let bodies: Vec<Vec<u8>> = vec![
        // What follows a whole object, and a control character written raw
        // in a string, are read as Java's reader reads them: see
        // `tests/sdk_parity.rs`.
        nested.into_bytes(),
        b"{\"error_code\":\"IEF.100004\" \"error_msg\":\"m\"}".to_vec(),
        b"{\"error_code\":\"IEF.100004\",\"error_msg\":\"m\",}".to_vec(),
        b"{'error_code':'IEF.100004','error_msg':'m'}".to_vec(),
        b"{".to_vec(),
        b"\xef\xbb\xbf".to_vec(),
    ];
    for body in bodies {
        let error = read(&body);
        assert_eq!(error.code(), None, "{:?}", String::from_utf8_lossy(&body));
        assert!(error.message().len() <= KEPT_MAX);
        assert_one_line(&error.to_string());
    }
}

#[test]
fn a_body_of_megabytes_keeps_only_what_it_needs() {
    let details: Vec<String> = (0..200_000)
        .map(|i| format!(r#"{{"id":{i},"name":"node-{i}","ok":true,"load":0.{i}}}"#))
        .collect();
    let body = format!(
        r#"{{"details":[{}],"error_code":"IEF.100004","error_msg":"m","request_id":"r"}}"#,
        details.join(",")
    );
    assert!(body.len() > 8 << 20);
    let error = read(body.as_bytes());
    assert_eq!(error.error(), Some(IefError::InvalidOffset));
    assert_eq!((error.message(), error.request_id()), ("m", Some("r")));
}

#[test]
fn serialize_writes_the_canonical_body_and_reads_back_the_same() {
    let bodies: [&[u8]; 4] = [
        br#"{"error":{"code":"IEF.100424","message":"no","details":{"encoded_authorization_message":"AAAA"}},"request_id":"r"}"#,
        br#"{"errorCode":" APIGW.0301 ","errorMsg":"Incorrect IAM authentication information"}"#,
        b"<html>\n502\n</html>",
        br#"{"error_code":"IEF.100004","error_msg":"line\nbreak \u001b[31m"}"#,
    ];
    for body in bodies {
        let error: ApiError = ApiError::from_response(400, Some("hdr"), body);
        let json = serde_json::to_string(&error).unwrap();
        let again: ApiError = ApiError::from_response(400, Some("hdr"), json.as_bytes());
        assert_eq!(again, error, "{json}");
    }
    // The one error with an empty message, read from an empty body, is
    // written with an empty `error_msg`, which reads back (as every SDK
    // reads it) with the written body as its message.
    let empty: ApiError = ApiError::from_response(400, Some("hdr"), b"");
    let json = serde_json::to_string(&empty).unwrap();
    assert_eq!(json, r#"{"error_msg":"","request_id":"hdr"}"#);
    let again: ApiError = ApiError::from_response(400, Some("hdr"), json.as_bytes());
    assert_eq!(
        (again.code(), again.message(), again.request_id()),
        (None, json.as_str(), Some("hdr"))
    );
    let canonical = error_body(IefError::TokenExpired, Lang::En);
    let error: ApiError = ApiError::from_body(canonical.as_bytes());
    assert_eq!(serde_json::to_string(&error).unwrap(), canonical);
}

#[test]
fn miette_shows_the_code_and_the_remediation_of_a_known_one() {
    use miette::Diagnostic;

    let known: ApiError = read(br#"{"error_code":"IEF.310002","error_msg":"expired"}"#);
    assert_eq!(
        known.code().map(ToString::to_string).as_deref(),
        Some("IEF.310002")
    );
    assert_eq!(Diagnostic::code(&known).unwrap().to_string(), "IEF.310002");
    assert_eq!(
        Diagnostic::help(&known).unwrap().to_string(),
        "Obtain a new token."
    );

    let gateway: ApiError = read(b"{\"error_code\":\"APIGW.0301\\u001b[2J\"}");
    assert_eq!(
        Diagnostic::code(&gateway).unwrap().to_string(),
        r"APIGW.0301\u{1b}[2J"
    );
    assert!(Diagnostic::help(&gateway).is_none());

    let none: ApiError = read(b"Bad Gateway");
    assert!(Diagnostic::code(&none).is_none());
}

#[test]
fn invisible_format_characters_are_escaped_in_every_field() {
    for (invisible, escaped) in [
        ("\u{200d}", r"\u{200d}"),
        ("\u{200c}", r"\u{200c}"),
        ("\u{ad}", r"\u{ad}"),
        ("\u{180e}", r"\u{180e}"),
        ("\u{fffa}", r"\u{fffa}"),
        ("\u{e0041}", r"\u{e0041}"),
    ] {
        let spoof = format!("IEF.1000{invisible}04");
        let json = json_string(&spoof);
        let error: ApiError = ApiError::from_response(
            400,
            Some(&spoof),
            format!(r#"{{"error_code":{json},"error_msg":{json}}}"#).as_bytes(),
        );
        assert_eq!(error.code(), Some(spoof.as_str()));
        assert_eq!(error.error(), None);
        let shown = format!("IEF.1000{escaped}04");
        assert_eq!(
            error.to_string(),
            format!("{shown}: {shown} (HTTP 400, request id {shown})")
        );
    }
}

#[test]
fn a_backslash_is_shown_doubled_so_escapes_are_unambiguous() {
    let cases = [
        (
            r#"{"error_code":"X","error_msg":"a\\nb"}"#,
            r"X: a\\nb (HTTP 400)",
        ),
        (
            r#"{"error_code":"X","error_msg":"a\nb"}"#,
            r"X: a\nb (HTTP 400)",
        ),
        (
            r#"{"error_code":"X\\u{200d}","error_msg":"m"}"#,
            r"X\\u{200d}: m (HTTP 400)",
        ),
        (
            r#"{"error_code":"X\u200d","error_msg":"m"}"#,
            r"X\u{200d}: m (HTTP 400)",
        ),
        (
            r#"{"error_msg":"C:\\temp\\\n"}"#,
            r"C:\\temp\\\n (HTTP 400)",
        ),
        (r"plain \ text", r"plain \\ text (HTTP 400)"),
    ];
    for (body, shown) in cases {
        assert_eq!(read(body.as_bytes()).to_string(), shown, "{body}");
    }
}

#[test]
fn a_raw_body_is_cut_between_characters() {
    for (prefix, repeated) in [
        ("x", "😀"),
        ("xx", "😀"),
        ("xxx", "😀"),
        ("", "😀"),
        ("x", "错"),
        ("xx", "错"),
        ("x", "é"),
    ] {
        let body = format!("{prefix}{}", repeated.repeat(4096));
        let error: ApiError = ApiError::from_body(body.as_bytes());
        let message = error.message();
        assert!(!message.contains('\u{fffd}'), "{prefix:?} {repeated:?}");
        let kept = message.strip_suffix('…').unwrap();
        assert!(
            kept.len() <= 4096 && kept.len() > 4096 - 4,
            "{}",
            kept.len()
        );
        assert!(body.starts_with(kept), "{prefix:?} {repeated:?}");
    }
    // A broken character at the cut is no character cut in two: replaced.
    let mut invalid = vec![b'x'; 4093];
    invalid.extend_from_slice(b"\xf0\x9f\x98xxxx");
    let error: ApiError = ApiError::from_body(&invalid);
    assert_eq!(error.message(), format!("{}\u{fffd}…", "x".repeat(4093)));
}

#[test]
fn ids_of_a_body_without_code_or_message_are_kept() {
    let cases: [(&str, Option<&str>, Option<&str>); 5] = [
        (r#"{"request_id":"RID"}"#, Some("RID"), None),
        (r#"{"requestId":" RID ","other":[1,2]}"#, Some("RID"), None),
        (r#"{"encoded_authorization_message":"X"}"#, None, Some("X")),
        (
            r#"{"details":{"encoded_authorization_message":"deep"},"request_id":"R2"}"#,
            Some("R2"),
            Some("deep"),
        ),
        (r#"{"error":{"request_id":"nested"}}"#, Some("nested"), None),
    ];
    for (body, request_id, authorization) in cases {
        let error: ApiError = ApiError::from_body(body.as_bytes());
        assert_eq!(error.request_id(), request_id, "{body}");
        assert_eq!(
            error.encoded_authorization_message(),
            authorization,
            "{body}"
        );
        // No known shape: the body is still the message, with no code.
        assert_eq!((error.code(), error.message()), (None, body), "{body}");
    }
    // An object with none of the keys is as before: the message, nothing else.
    let error: ApiError = ApiError::from_body(br#"{"status":"fail"}"#);
    assert_eq!(
        (error.request_id(), error.encoded_authorization_message()),
        (None, None)
    );
}

#[test]
fn numbers_keep_the_text_the_body_wrote() {
    for number in [
        "400",
        "123456789012345678901234567890",
        "1e2",
        "-0",
        "100004.0",
        "1E+2",
        "-1.50e-3",
        "1e400",
        "-1e400",
        "0.000000000000000000000000000000000000000000000000001",
    ] {
        let body =
            format!(r#"{{"error_code": {number} ,"error_msg":{number},"request_id":{number}}}"#);
        let error = read(body.as_bytes());
        assert_eq!(error.code(), Some(number), "{body}");
        assert_eq!(error.message(), number, "{body}");
        assert_eq!(error.request_id(), Some(number), "{body}");
    }
    // A number too large for an f64 elsewhere leaves the body readable too.
    for body in [
        r#"{"error_code":"IEF.100004","error_msg":"m","limit":1e400}"#,
        r#"{"error":1e400,"error_code":"IEF.100004","error_msg":"m"}"#,
        r#"{"error":{"code":"IEF.100004","message":"m","max":-1e999}}"#,
        r#"{"error_code":"IEF.100004","error_msg":"m","encoded_authorization_message":1e400}"#,
    ] {
        let error = read(body.as_bytes());
        assert_eq!(error.error(), Some(IefError::InvalidOffset), "{body}");
        assert_eq!(error.message(), "m", "{body}");
    }
}

#[test]
fn a_long_message_is_decoded_up_to_the_limit_whatever_its_escapes() {
    let units = [
        "a",
        "é",
        "错",
        "😀",
        r"\n",
        r"\u0041",
        r"\u00e9",
        r"\u9519",
        r"\ud83d\ude00",
        r"\\",
        r#"\""#,
    ];
    for unit in units {
        for lead in ["", "x", "xy", "xyz", "xyzw", "xyzwv"] {
            let escaped = format!("{lead}{}", unit.repeat(30_000));
            let expected: String = serde_json::from_str(&format!(r#""{escaped}""#)).unwrap();
            let body = format!(r#"{{"error_code":"IEF.100004","error_msg":"{escaped}"}}"#);
            let error = read(body.as_bytes());
            let mut cut = 4096;
            while !expected.is_char_boundary(cut) {
                cut -= 1;
            }
            assert_eq!(
                error.message(),
                format!("{}…", &expected[..cut]),
                "{unit} {lead}"
            );
        }
    }
}

#[test]
fn a_byte_that_is_not_utf8_in_a_string_costs_only_that_character() {
    /// A body, and the code, message and request id read from it.
    type Case<'a> = (&'a [u8], Option<&'a str>, &'a str, Option<&'a str>);
    let cases: [Case<'_>; 5] = [
        (
            b"{\"error_code\":\"IEF.100004\",\"error_msg\":\"bad \xff byte\"}",
            Some("IEF.100004"),
            "bad \u{fffd} byte",
            None,
        ),
        (
            b"{\"error_msg\":\"cut \xe9\x94\",\"error_code\":\"IEF.100004\"}",
            Some("IEF.100004"),
            "cut \u{fffd}",
            None,
        ),
        (
            b"{\"error_code\":\"IEF.100004\",\"error_msg\":\"m\",\"request_id\":\"r\xc0\xafid\"}",
            Some("IEF.100004"),
            "m",
            Some("r\u{fffd}\u{fffd}id"),
        ),
        (
            b"{\"error\":{\"code\":\"IEF.100004\",\"message\":\"\xfe\xff\"}}",
            Some("IEF.100004"),
            "\u{fffd}\u{fffd}",
            None,
        ),
        (
            b"{\"error_code\":\"IEF.1000\xff04\",\"error_msg\":\"m\"}",
            Some("IEF.1000\u{fffd}04"),
            "m",
            None,
        ),
    ];
    for (body, code, message, request_id) in cases {
        let error = read(body);
        assert_eq!(error.code(), code, "{body:?}");
        assert_eq!(error.message(), message, "{body:?}");
        assert_eq!(error.request_id(), request_id, "{body:?}");
    }
    assert_eq!(read(cases[0].0).error(), Some(IefError::InvalidOffset));
    // Not JSON at all: the body is still the message, bytes replaced.
    let error = read(b"{not json \xff");
    assert_eq!(
        (error.code(), error.message()),
        (None, "{not json \u{fffd}")
    );
}

#[test]
fn half_a_surrogate_pair_costs_only_that_character() {
    // Servers with UTF-16 strings (Java, JavaScript) can send half a pair,
    // which serde_json refuses.
    let cases: [(&[u8], &str); 4] = [
        (
            br#"{"error_code":"IEF.100004","error_msg":"x\ud800y\udfffz"}"#,
            "x\u{fffd}y\u{fffd}z",
        ),
        (
            br#"{"error_msg":"\udc00","error_code":"IEF.100004"}"#,
            "\u{fffd}",
        ),
        (
            br#"{"error":{"code":"IEF.100004","message":"ok \ud83d\ude00 then \ud83d"}}"#,
            "ok 😀 then \u{fffd}",
        ),
        (
            br#"{"error_code":"IEF.100004","error_msg":"\\ud800 is text, \ud800 is not"}"#,
            "\\ud800 is text, \u{fffd} is not",
        ),
    ];
    for (body, message) in cases {
        let error = read(body);
        assert_eq!(error.error(), Some(IefError::InvalidOffset), "{body:?}");
        assert_eq!(error.message(), message, "{body:?}");
    }
    // In the code itself, the half pair is replaced like a bad byte is.
    let error = read(br#"{"error_code":"\ud800","error_msg":"m"}"#);
    assert_eq!((error.code(), error.message()), (Some("\u{fffd}"), "m"));
}

#[test]
fn of_a_repeated_key_the_last_counts_for_every_field_as_the_sdks_readers_take_it() {
    let cases = [
        r#"{"error_code":"IEF.100004","error_msg":"first","request_id":"first","encoded_authorization_message":"first","error_code":"IEF.100005","error_msg":"second","request_id":"second","encoded_authorization_message":"second"}"#,
        r#"{"error":{"code":"IEF.100004","message":"first","request_id":"first","encoded_authorization_message":"first","code":"IEF.100005","message":"second","request_id":"second","encoded_authorization_message":"second"}}"#,
        r#"{"error":{"code":"IEF.100004","message":"first","request_id":"first","encoded_authorization_message":"first"},"error":{"code":"IEF.100005","message":"second","request_id":"second","encoded_authorization_message":"second"}}"#,
        r#"{"a":{"encoded_authorization_message":"first","encoded_authorization_message":"second"},"errorCode":"IEF.100004","errorMsg":"first","requestId":"first","errorCode":"IEF.100005","errorMsg":"second","requestId":"second"}"#,
    ];
    for body in cases {
        let error = read(body.as_bytes());
        assert_eq!(error.code(), Some("IEF.100005"), "{body}");
        assert_eq!(error.message(), "second", "{body}");
        assert_eq!(error.request_id(), Some("second"), "{body}");
        assert_eq!(
            error.encoded_authorization_message(),
            Some("second"),
            "{body}"
        );
    }
    // A repeated key holding `null` takes the value away.
    let error = read(br#"{"error_code":"IEF.100004","error_msg":"m","error_code":null}"#);
    assert_eq!(error.code(), None);
    // The preferred key still wins whatever the order.
    let error = read(
        br#"{"code":"IEF.100005","error_code":"IEF.100004","error":"first","error":"second"}"#,
    );
    assert_eq!(error.error(), Some(IefError::InvalidOffset));
    assert_eq!(error.message(), "second");
}
