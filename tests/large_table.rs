//! A guard against builds that grow faster than the table: a crate that
//! invokes the macro on 10,000 rows builds, and on Unix its compiler stays
//! under 1 GiB of memory. A derived `Debug` took 2.7 GB at this size, and
//! `ALL` written as 10,000 variant paths cost seconds more; either, come
//! back, fails this test.

use std::fmt::Write as _;

use ief_errors_tests::FixtureCrate;

const ROWS: usize = 10_000;

/// Rows that look like the shipped ones: bilingual texts with punctuation a
/// literal must carry, every status class, retry kinds, deprecated rows.
fn table() -> String {
    let mut table = String::with_capacity(ROWS * 400);
    for index in 0..ROWS {
        let status = [400, 401, 404, 409, 429, 500, 503][index % 7];
        let _ = write!(
            table,
            "[[error]]\ncode = \"BIG.{index:06}\"\nname = \"Generated{index}\"\nstatus = {status}\n\
             message.en = \"Error {index}: the \\\"offset\\\" does not comply with specifications.\"\n\
             message.zh = \"错误{index}:请求offset不符合规范\"\n\
             remediation.en = \"Correct parameter {index} and try again.\"\n\
             remediation.zh = \"修改参数{index}后重试。\"\n"
        );
        if index % 11 == 0 {
            table.push_str("retry = \"server\"\n");
        }
        if index % 13 == 0 {
            let _ = writeln!(table, "deprecated = \"replaced by BIG.{:06}\"", index + 1);
        }
        table.push('\n');
    }
    table
}

const LIB: &str = r#"//! Ten thousand codes.
#![forbid(unsafe_code)]

ief_errors::ief_errors!("codes.toml");

/// Every code, looked up by its own text.
pub fn all_codes_round_trip() -> bool {
    IefError::ALL
        .iter()
        .all(|error| IefError::from_code(error.code()) == Some(*error))
}

/// The last variant's `Debug`.
pub fn last_debug() -> String {
    format!("{:?}", IefError::ALL[IefError::ALL.len() - 1])
}
"#;

#[test]
fn ten_thousand_rows_build_within_a_gibibyte() {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "large-table",
        "",
        &[("src/lib.rs", LIB), ("codes.toml", &table())],
    );
    let _ = fixture.cargo(&["build", "--quiet"]);
    #[cfg(unix)]
    {
        let peak_mib = children_peak_kib() / 1024;
        assert!(
            peak_mib < 1024,
            "a compiler of the 10,000-row build (or of its dependencies) peaked at {peak_mib} MiB"
        );
    }
}

/// The largest peak resident memory of any process this test has waited
/// for, its children's children included: the compilers cargo ran.
#[cfg(unix)]
#[allow(unsafe_code)]
fn children_peak_kib() -> i64 {
    // SAFETY: `getrusage` fills in the zeroed `rusage` it is given, which
    // lives across the call.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let result = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &raw mut usage) };
    assert_eq!(result, 0, "getrusage failed");
    // Linux and the BSDs count in KiB; macOS in bytes.
    if cfg!(target_os = "macos") {
        usage.ru_maxrss / 1024
    } else {
        usage.ru_maxrss
    }
}
