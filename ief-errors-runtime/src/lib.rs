//! The run time of [`ief-errors`](https://docs.rs/ief-errors): the shipped
//! `IefError`, `ErrorCode`, `Lang`, `RetryKind`, `ApiError` and the
//! integrations, which `ief-errors` re-exports as they are. Depend on
//! `ief-errors`, not on this crate: its API is that crate's.
//!
//! A crate of its own so that cargo builds it while it builds the
//! `ief_errors!` macro, rather than after: `ief-errors` re-exports the
//! macro, so it waits for the macro to be built, and it is no more than
//! its re-exports.

#![cfg_attr(not(any(feature = "std", test)), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The generated code names `::ief_errors`, including in this crate's own enum.
extern crate self as ief_errors;

#[cfg(feature = "json")]
extern crate alloc;

#[cfg(feature = "json")]
mod api_error;
#[cfg(feature = "axum")]
mod axum_support;
mod error_code;
#[cfg(feature = "json")]
mod error_response;
#[cfg(feature = "http")]
mod http_status;
mod ief;
mod kept_text;
mod lang;
mod localized;
mod not_shipped;
#[cfg(feature = "json")]
mod one_line;
#[cfg(feature = "json")]
mod response_body;
#[cfg(all(feature = "http", feature = "json"))]
mod retry_after;
mod retry_kind;
mod unknown_code;

#[doc(hidden)]
pub mod __private;

#[cfg(feature = "json")]
pub use api_error::ApiError;
pub use error_code::ErrorCode;
#[cfg(feature = "json")]
pub use error_response::error_body;
#[cfg(all(feature = "json", feature = "http"))]
pub use error_response::{error_response, error_response_with_request_id};
#[cfg(feature = "http")]
pub use http_status::HttpStatus;
pub use ief::IefError;
pub use lang::{Lang, ParseLangError};
pub use localized::Localized;
pub use not_shipped::NotShipped;
pub use retry_kind::{ParseRetryKindError, RetryKind};
pub use unknown_code::UnknownCode;
