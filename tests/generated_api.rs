//! Every generated method of the shipped `IefError`, for all 149 rows and both
//! languages, checked against the published page and the table's own text.

use std::collections::{BTreeSet, HashSet};

use ief_errors::{ErrorCode, IefError, Lang, UnknownCode};
use ief_errors_tests::{published_rows, shipped_table_rows, text};

#[test]
fn all_lists_every_row_in_table_order() {
    let codes: Vec<&str> = IefError::ALL.iter().map(|error| error.code()).collect();
    let published: Vec<String> = published_rows().into_iter().map(|row| row.code).collect();
    assert_eq!(codes, published);
}

#[test]
fn every_method_returns_the_rows_values() {
    let table = shipped_table_rows();
    for ((error, published), row) in IefError::ALL.iter().zip(published_rows()).zip(&table) {
        let error = *error;
        let code = published.code.as_str();
        assert_eq!(error.code(), code);
        assert_eq!(error.status(), published.status, "{code}");
        assert_eq!(error.message(Lang::En), published.message_en, "{code}");
        assert_eq!(error.message(Lang::Zh), published.message_zh, "{code}");
        assert_eq!(
            error.remediation(Lang::Zh),
            published.remediation_zh,
            "{code}"
        );
        assert_eq!(
            error.remediation(Lang::En),
            text(row, "remediation.en"),
            "{code}"
        );
        assert_eq!(
            error.is_internal(),
            published.remediation_zh.starts_with("内部错误"),
            "{code}"
        );
        assert_eq!(format!("{error:?}"), text(row, "name"), "{code}");
    }
}

#[test]
fn display_is_the_english_message_verbatim() {
    for (error, published) in IefError::ALL.iter().zip(published_rows()) {
        assert_eq!(error.to_string(), published.message_en);
    }
}

#[test]
fn localized_display_uses_each_language() {
    for (error, published) in IefError::ALL.iter().zip(published_rows()) {
        assert_eq!(error.localized(Lang::En).to_string(), published.message_en);
        assert_eq!(error.localized(Lang::Zh).to_string(), published.message_zh);
        assert_eq!(error.localized(Lang::Zh).error(), *error);
        assert_eq!(error.localized(Lang::Zh).lang(), Lang::Zh);
    }
}

#[test]
fn display_honours_width_and_alignment() {
    let error = IefError::BadToken;
    assert_eq!(format!("[{error:>12}]"), "[  Bad token.]");
    assert_eq!(
        format!("[{:<8}]", error.localized(Lang::Zh)),
        "[token错误 ]"
    );
}

#[test]
fn every_code_round_trips_through_each_lookup() {
    for &error in IefError::ALL {
        let code = error.code();
        assert_eq!(IefError::from_code(code), Some(error));
        assert_eq!(code.parse::<IefError>(), Ok(error));
        assert_eq!(IefError::try_from(code), Ok(error));
        assert_eq!(<IefError as ErrorCode>::from_code(code), Some(error));
    }
}

#[test]
fn lookup_of_a_copy_of_the_code_finds_it() {
    // The lookup compares contents, not the address of the table's string.
    for &error in IefError::ALL {
        let owned = String::from(error.code());
        assert_eq!(IefError::from_code(&owned), Some(error));
    }
}

#[test]
fn lookup_is_exact_and_case_sensitive() {
    let misses = [
        "",
        "IEF",
        "IEF.",
        "IEF.10000",
        "IEF.1000044",
        "IEF.100005 ",
        " IEF.100004",
        "IEF.100004\n",
        "ief.100004",
        "Ief.100004",
        "IEF-100004",
        "IEF.100003",
        "IEF.999999",
        "APIGW.0101",
        "APIGW.0301",
        "IoTEdge.00000005",
        "IEF.100004\0",
        "错误码",
    ];
    for miss in misses {
        assert_eq!(IefError::from_code(miss), None, "{miss:?}");
        assert_eq!(
            miss.parse::<IefError>(),
            Err(UnknownCode::new(miss)),
            "{miss:?}"
        );
    }
    let long = "IEF.100004".repeat(10_000);
    assert_eq!(IefError::from_code(&long), None);
}

#[test]
fn unknown_code_error_names_the_code() {
    let error = "IEF.999999".parse::<IefError>().unwrap_err();
    assert_eq!(error.code(), "IEF.999999");
    assert_eq!(error.to_string(), "unknown error code \"IEF.999999\"");
    let error = IefError::try_from("APIGW.0101").unwrap_err();
    assert_eq!(error.to_string(), "unknown error code \"APIGW.0101\"");
}

#[test]
fn variants_are_distinct_and_ordered_like_the_table() {
    let unique: HashSet<IefError> = IefError::ALL.iter().copied().collect();
    assert_eq!(unique.len(), 149);
    assert!(IefError::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    let sorted: BTreeSet<IefError> = IefError::ALL.iter().copied().collect();
    assert!(sorted.into_iter().eq(IefError::ALL.iter().copied()));
}

#[test]
fn named_variants_carry_their_published_rows() {
    assert_eq!(IefError::ApiNotRegistered.code(), "IEF.011002");
    assert_eq!(IefError::AuthenticationFailed.code(), "IEF.011005");
    assert_eq!(IefError::InvalidOffset.code(), "IEF.100004");
    assert_eq!(IefError::InternalError.status(), 400);
    assert!(IefError::InternalError.is_internal());
    assert_eq!(IefError::OperationErrorAlt.code(), "IEF.100429");
    assert_eq!(IefError::OperationErrorAlt.status(), 500);
    assert_eq!(
        IefError::MeshCreateK8sResourcesFailed.message(Lang::En),
        "[Service Grid] Failed to Create K8S Cluster Resources"
    );
}

#[test]
fn status_counts_match_the_page() {
    let count = |status: u16| {
        IefError::ALL
            .iter()
            .filter(|error| error.status() == status)
            .count()
    };
    assert_eq!(
        [
            count(400),
            count(401),
            count(403),
            count(404),
            count(409),
            count(500)
        ],
        [124, 4, 2, 3, 5, 11]
    );
    let internal = IefError::ALL
        .iter()
        .filter(|error| error.is_internal())
        .count();
    assert_eq!(internal, 22);
}

#[test]
fn methods_are_usable_in_const_context() {
    const CODE: &str = IefError::InvalidOffset.code();
    const STATUS: u16 = IefError::InvalidOffset.status();
    const ZH: &str = IefError::InvalidOffset.message(Lang::Zh);
    const FIX: &str = IefError::InvalidOffset.remediation(Lang::En);
    const INTERNAL: bool = IefError::K8sClientFailed.is_internal();
    assert_eq!(
        (CODE, STATUS, ZH, INTERNAL),
        ("IEF.100004", 400, "请求offset不符合规范", true)
    );
    assert!(FIX.starts_with("Find the exact cause"));
}

#[test]
fn enum_and_option_take_one_byte() {
    assert_eq!(size_of::<IefError>(), 1);
    assert_eq!(size_of::<Option<IefError>>(), 1);
}

#[test]
fn trait_methods_agree_with_inherent_ones() {
    fn via_trait<E: ErrorCode>(error: E) -> (&'static str, u16, &'static str, &'static str, bool) {
        (
            error.code(),
            error.status(),
            error.message(Lang::Zh),
            error.remediation(Lang::En),
            error.is_internal(),
        )
    }
    assert_eq!(<IefError as ErrorCode>::ALL, IefError::ALL);
    for &error in IefError::ALL {
        assert_eq!(
            via_trait(error),
            (
                error.code(),
                error.status(),
                error.message(Lang::Zh),
                error.remediation(Lang::En),
                error.is_internal()
            )
        );
        assert_eq!(
            ErrorCode::localized(error, Lang::Zh).to_string(),
            error.message(Lang::Zh)
        );
    }
}

#[test]
fn errors_work_as_boxed_std_errors() {
    let error: Box<dyn std::error::Error + Send + Sync> = Box::new(IefError::TokenExpired);
    assert_eq!(error.to_string(), "The token has expired.");
    assert!(error.source().is_none());
    let error: Box<dyn std::error::Error> = Box::new(UnknownCode::new("X"));
    assert_eq!(error.to_string(), "unknown error code \"X\"");
}

#[test]
fn lang_defaults_to_english_and_names_its_tag() {
    assert_eq!(Lang::default(), Lang::En);
    assert_eq!(Lang::ALL, [Lang::En, Lang::Zh]);
    assert_eq!(
        (Lang::En.tag(), Lang::Zh.to_string()),
        ("en", "zh".to_owned())
    );
}
