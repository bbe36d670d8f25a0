//! Reading a large error body into `ApiError` against `serde_json` skipping
//! the same body with `IgnoredAny`, the least any JSON reader can do.
//!
//! A plain harness, like `lookup.rs`: each round times every contender back
//! to back in a rotating order, and the ratio to `IgnoredAny` is taken within
//! the round. A full `serde_json::Value`, which `ApiError` built before it
//! read bodies in one pass, is timed alongside for comparison. Run with
//! `cargo bench -p ief-errors-benches --bench large_body`.

use std::hint::black_box;
use std::time::Instant;

use ief_errors::{ApiError, IefError};
use serde::de::IgnoredAny;

const ROUNDS: usize = 15;
/// Each body is grown to about this many bytes.
const BODY_BYTES: usize = 10 * 1024 * 1024;

type Reader = fn(&[u8]) -> usize;

fn main() {
    let bodies: [(&str, Vec<u8>); 8] = [
        ("small objects", body_of(|i| small_object(i, ""))),
        (
            "small objects, authorization key deep inside (second pass)",
            body_of(|i| {
                let key = if i % 1000 == 999 {
                    r#","meta":{"encoded_authorization_message":"x"}"#
                } else {
                    ""
                };
                small_object(i, key)
            }),
        ),
        (
            "small objects, each with an authorization key (second pass)",
            body_of(|i| small_object(i, r#","meta":{"encoded_authorization_message":"x"}"#)),
        ),
        (
            "no error at the top: every object searched as the SDKs do (second pass)",
            nested_body(),
        ),
        (
            "an array body, PHP's shape: every element read",
            array_body(),
        ),
        (
            "long numbers",
            body_of(|i| format!("{i}.{i:0>20}123456789e-3,-{}{i:0>19}", i + 1)),
        ),
        (
            "strings with escapes",
            body_of(|i| format!(r#""line {i}\n\ttab \"quoted\" \\ \u00e9\u4e2d""#)),
        ),
        (
            "one long message",
            format!(
                r#"{{"error_code":"IEF.100004","error_msg":"{}"}}"#,
                "m".repeat(BODY_BYTES)
            )
            .into_bytes(),
        ),
    ];
    let bodies = bodies.into_iter().chain(shapes_of_the_outside_tester());
    let contenders: [(&str, Reader); 3] = [
        ("ApiError::from_response", read_api_error),
        ("serde_json IgnoredAny (baseline)", skip_ignored_any),
        ("serde_json Value", build_value),
    ];
    println!("median of {ROUNDS} rounds; ratio = time / IgnoredAny's time in the same round\n");
    for (name, body) in bodies {
        // The body must be read for what it is before its speed means anything.
        let error: ApiError = ApiError::from_response(400, None, &body);
        assert_eq!(error.error(), Some(IefError::InvalidOffset), "{name}");
        run_body(name, &body, &contenders);
    }
}

/// Shapes an outside tester found slow: long texts that are not ASCII or not
/// UTF-8, keys repeated, and the search below the top at its busiest.
fn shapes_of_the_outside_tester() -> [(&'static str, Vec<u8>); 8] {
    let repeated = |first: &str, each: &str, last: &str| {
        let mut body = String::from(first);
        while body.len() < BODY_BYTES {
            body.push_str(each);
        }
        body.push_str(last);
        body.into_bytes()
    };
    let numbered = |first: &str, each: &dyn Fn(usize) -> String, last: &str| {
        let mut body = String::from(first);
        let mut i = 0;
        while body.len() < BODY_BYTES {
            body.push_str(&each(i));
            i += 1;
        }
        body.push_str(last);
        body.into_bytes()
    };
    [
        (
            "the error key repeated, each an object, the pair at the top last",
            repeated(
                "{",
                r#""error":{},"#,
                r#""error_code":"IEF.100004","error_msg":"m"}"#,
            ),
        ),
        (
            "no pair at the top: 900,000 keys of numbers, the error last",
            numbered(
                "{",
                &|i| format!(r#""a{i}":{i},"#),
                r#""error":{"code":"IEF.100004","message":"m"}}"#,
            ),
        ),
        (
            "no pair at the top: a list of small objects, the error last",
            repeated(
                r#"{"items":["#,
                r#"{"id":0,"n":"x"},"#,
                r#"{}],"error":{"code":"IEF.100004","message":"m"}}"#,
            ),
        ),
        (
            "one long message of Chinese text",
            format!(
                r#"{{"error_code":"IEF.100004","error_msg":"{}"}}"#,
                "偏移量不合法".repeat(BODY_BYTES / 18)
            )
            .into_bytes(),
        ),
        (
            "one long message of bytes that are not UTF-8",
            [
                br#"{"error_code":"IEF.100004","error_msg":""#.to_vec(),
                b"\xff\xfe".repeat(BODY_BYTES / 2),
                br#""}"#.to_vec(),
            ]
            .concat(),
        ),
        ("the code and message keys repeated, the last counting", {
            let pair = r#""error_code":"IEF.100005","error_msg":"offset must be >= 0","#;
            format!(
                r#"{{{}"error_code":"IEF.100004","error_msg":"offset must be >= 0"}}"#,
                pair.repeat(BODY_BYTES / pair.len())
            )
            .into_bytes()
        }),
        (
            "no error at the top: objects each with a pair, the last counting",
            numbered(
                r#"{"data":{"#,
                &|i| format!(r#""n{i}":{{"code":"IEF.100005","message":"m"}},"#),
                r#""last":{"code":"IEF.100004","message":"m"}}}"#,
            ),
        ),
        (
            "no error at the top: objects with keys written with escapes",
            numbered(
                r#"{"data":{"#,
                &|i| format!(r#""n{i}":{{"\u0063ode":"IEF.100005","m\u0065ssage":"m"}},"#),
                r#""last":{"code":"IEF.100004","message":"m"}}}"#,
            ),
        ),
    ]
}

/// `{"error_code":"IEF.100004","error_msg":"...","details":[ITEMS]}`, with
/// as many items as fit in `BODY_BYTES`.
fn body_of(item: impl Fn(usize) -> String) -> Vec<u8> {
    let mut body =
        String::from(r#"{"error_code":"IEF.100004","error_msg":"offset must be >= 0","details":["#);
    let mut i = 0;
    while body.len() < BODY_BYTES {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&item(i));
        i += 1;
    }
    body.push_str(r#"],"request_id":"5c6b0d7e"}"#);
    body.into_bytes()
}

/// `{"data":{"n0":{...},"n1":{...},...},"result":{"error_code":...}}`: no
/// pair at the top, so the SDKs' search walks every object in `data`, each
/// with a `code` key of its own, before the error nested under `result`.
#[allow(clippy::format_push_string)]
fn nested_body() -> Vec<u8> {
    let mut body = String::from(r#"{"request_id":"5c6b0d7e","data":{"#);
    let mut i = 0;
    while body.len() < BODY_BYTES {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&format!(r#""n{i}":"#));
        body.push_str(&small_object(i, r#","status":{"code":"Ready"}"#));
        i += 1;
    }
    body.push_str(r#"},"result":{"error_code":"IEF.100004","error_msg":"offset must be >= 0"}}"#);
    body.into_bytes()
}

/// `[{...},{...},...,{"error_code":...}]`: an array body, whose elements
/// PHP's SDK reads for a pair, the last one counting.
fn array_body() -> Vec<u8> {
    let mut body = String::from("[");
    let mut i = 0;
    while body.len() < BODY_BYTES {
        body.push_str(&small_object(i, ""));
        body.push(',');
        i += 1;
    }
    body.push_str(r#"{"error_code":"IEF.100004","error_msg":"offset must be >= 0"}]"#);
    body.into_bytes()
}

fn small_object(i: usize, extra: &str) -> String {
    format!(
        r#"{{"id":{i},"name":"node-{i}","ready":true,"load":0.{i},"labels":{{"zone":"cn-north-4a","role":"edge"}},"ports":[80,443]{extra}}}"#
    )
}

fn read_api_error(body: &[u8]) -> usize {
    let error: ApiError = ApiError::from_response(400, None, body);
    error.message().len()
}

fn skip_ignored_any(body: &[u8]) -> usize {
    serde_json::from_slice::<IgnoredAny>(body).map_or(0, |_| 1)
}

fn build_value(body: &[u8]) -> usize {
    serde_json::from_slice::<serde_json::Value>(body)
        .map_or(0, |value| usize::from(value.is_object()))
}

fn run_body(name: &str, body: &[u8], contenders: &[(&str, Reader)]) {
    let mut millis: Vec<Vec<f64>> = vec![Vec::with_capacity(ROUNDS); contenders.len()];
    let mut ratios: Vec<Vec<f64>> = vec![Vec::with_capacity(ROUNDS); contenders.len()];
    for round in 0..ROUNDS {
        let mut this_round = vec![0.0; contenders.len()];
        for offset in 0..contenders.len() {
            let which = (round + offset) % contenders.len();
            let start = Instant::now();
            let _ = black_box((contenders[which].1)(black_box(body)));
            this_round[which] = start.elapsed().as_secs_f64() * 1000.0;
        }
        for (which, time) in this_round.iter().enumerate() {
            millis[which].push(*time);
            ratios[which].push(time / this_round[1]);
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let megabytes = body.len() as f64 / (1024.0 * 1024.0);
    println!("{name} ({megabytes:.1} MiB)");
    for (which, (contender, _)) in contenders.iter().enumerate() {
        println!(
            "  {contender:<34} {:>8.2} ms   {:>5.2}x IgnoredAny",
            median(&mut millis[which]),
            median(&mut ratios[which])
        );
    }
    println!();
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
