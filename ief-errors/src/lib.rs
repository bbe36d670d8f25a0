//! Huawei Cloud Intelligent EdgeFabric (IEF) error codes as a typed enum, and
//! the macro that turns any error-code table into such an enum.
//!
//! # The shipped table
//!
//! [`IefError`] has one variant for each of the 149 codes IEF publishes,
//! with the HTTP status, the English and Chinese messages and the remediation:
//!
//! ```
//! use ief_errors::{IefError, Lang};
//!
//! let error: IefError = "IEF.100004".parse()?;
//! assert_eq!(error, IefError::InvalidOffset);
//! assert_eq!(error.status(), 400);
//! assert_eq!(error.to_string(), "The request offset does not comply with specifications.");
//! assert_eq!(error.localized(Lang::Zh).to_string(), "请求offset不符合规范");
//! assert!(!error.is_internal());
//! # Ok::<(), ief_errors::UnknownCode>(())
//! ```
//!
//! # Your own table
//!
//! With the `macro` feature (on by default), `ief_errors!` generates the
//! same API from a TOML table of your own when your crate compiles. Crates
//! that only use [`IefError`] and `ApiError` can turn it off: the shipped
//! enum is generated ahead of time and checked in, so then no proc macro
//! and no TOML parser is built for it.
//!
#![cfg_attr(feature = "macro", doc = include_str!("macro.md"))]
//! # Retrying
//!
//! [`RetryKind`] says what a client should do after an error: back off
//! ([`Throttled`](RetryKind::Throttled)), retry with backoff
//! ([`Server`](RetryKind::Server)), renew its token and retry once
//! ([`Auth`](RetryKind::Auth)), or change the request
//! ([`Caller`](RetryKind::Caller)). Every generated enum answers it per code
//! with `retry_kind()`, from the table's `retry` key or, without one, from
//! the row's internal flag and status; `ApiError` answers it for any
//! response, and reads the wait a `Retry-After` header asks for.
//!
//! ```
//! use ief_errors::{IefError, RetryKind};
//!
//! // IEF answers an expired token with 400, yet a new token fixes it.
//! assert_eq!(IefError::TokenExpired.status(), 400);
//! assert_eq!(IefError::TokenExpired.retry_kind(), RetryKind::Auth);
//! ```
//!
//! # Features
//!
//! Each integration is off by default. Features are additive: turning one on
//! anywhere in a dependency graph never breaks a crate that built without
//! it, so a feature implements traits only for this crate's own types. The
//! shipped [`IefError`] gets every integration whose feature is on; an enum
//! generated in your crate gets one only when it asks, with
//! `#[ief_errors(serde, http, miette)]` in the header form (asking without
//! the feature is a compile error naming it).
//!
//! - `json`: `ApiError`, which reads any IEF / Huawei Cloud error response
//!   and never fails, and `error_body`, the canonical body for servers.
//! - `serde`: `Serialize`/`Deserialize` as the error's code, and for
//!   [`Lang`], as its tag; with `json`, `Serialize` for `ApiError`, as the
//!   canonical error body.
//! - `http`: `HttpStatus` (`status_code()` for every generated enum, where
//!   the trait is imported; as an inherent method too for enums that ask)
//!   and `Lang::from_headers`; with `json`,
//!   `error_response` (with `Content-Language`),
//!   `error_response_with_request_id`, and `ApiError::from_parts` /
//!   `from_http` for any client built on `http`.
//! - `axum` (axum 0.8; turns on `http` and `json`): [`Lang`] as an
//!   extractor, and [`Localized`], [`IefError`] and `ApiError` as responses,
//!   so a handler is `async fn h(lang: Lang) -> Result<Json<T>,
//!   Localized<IefError>>` with no glue.
//! - `miette`: `miette::Diagnostic`, with the code as its code and the
//!   remediation as its help; with `json`, for `ApiError` too.
//! - `macro` (default): `ief_errors!`, for crates
//!   that generate an enum from a table of their own. Without it the crate
//!   builds no proc macro at all.
//! - `std` (default): links the standard library. Everything else needs
//!   only `core` (`json` also `alloc`): turn it off for `#![no_std]` crates.

#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Everything but the macro is written in `ief-errors-runtime`, which cargo
// builds while it builds the macro; this crate, which must wait for the
// macro to re-export it, holds nothing else. Each item is re-exported by
// name under its feature, so that the docs mark it with the feature. (The
// run time's own doctests name it `ief_errors` as users do.)

#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use ief_errors_runtime::ApiError;
pub use ief_errors_runtime::ErrorCode;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use ief_errors_runtime::HttpStatus;
pub use ief_errors_runtime::IefError;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use ief_errors_runtime::error_body;
pub use ief_errors_runtime::{
    Lang, Localized, NotShipped, ParseLangError, ParseRetryKindError, RetryKind, UnknownCode,
};
#[cfg(all(feature = "json", feature = "http"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "json", feature = "http"))))]
pub use ief_errors_runtime::{error_response, error_response_with_request_id};

// What generated code names: not public API.
#[doc(hidden)]
pub use ief_errors_runtime::{
    __ief_errors_impl_http, __ief_errors_impl_miette, __ief_errors_impl_serde, __private,
};

#[cfg(feature = "macro")]
pub use ief_errors_macro::ief_errors;
