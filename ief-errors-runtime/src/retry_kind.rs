use core::fmt;
use core::str::FromStr;

use ief_errors_core::retry;

use crate::kept_text::KeptText;

/// What a client should do next after an error: back off, retry, renew its
/// credentials, or give up and change the request.
///
/// Every generated enum answers it per code with
/// [`retry_kind`](crate::ErrorCode::retry_kind), from the table's `retry`
/// key or, without one, from the row's status and internal flag. An
/// `ApiError` (feature `json`) whose code is unknown answers it from the
/// HTTP status ([`from_status`](Self::from_status)).
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{IefError, RetryKind};
///
/// assert_eq!(IefError::TokenExpired.retry_kind(), RetryKind::Auth);
/// assert_eq!(IefError::InternalError.retry_kind(), RetryKind::Server);
/// assert_eq!(IefError::InvalidOffset.retry_kind(), RetryKind::Caller);
/// assert_eq!(RetryKind::from_status(429), RetryKind::Throttled);
/// assert_eq!("auth".parse::<RetryKind>(), Ok(RetryKind::Auth));
/// assert_eq!(RetryKind::Auth.to_string(), "auth");
/// ```
///
/// New kinds may be added, so a `match` needs a wildcard arm; treating an
/// unknown kind as [`Caller`](Self::Caller) (do not retry) is the safe choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
// The discriminants are the numbers the generator writes for each kind.
#[repr(u8)]
pub enum RetryKind {
    /// The service is limiting the caller's rate: back off, then retry.
    /// Wait at least `ApiError::retry_after` (features `json` and `http`)
    /// when the response says how long.
    Throttled = retry::THROTTLED,
    /// The service failed: retry with backoff.
    Server = retry::SERVER,
    /// The credentials or token are missing, expired or wrong: renew them,
    /// then retry once.
    Auth = retry::AUTH,
    /// The request must change: do not retry it as it is.
    Caller = retry::CALLER,
}

impl RetryKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [RetryKind] = &[
        RetryKind::Throttled,
        RetryKind::Server,
        RetryKind::Auth,
        RetryKind::Caller,
    ];

    /// The kind as a table's `retry` key spells it: `"throttled"`,
    /// `"server"`, `"auth"` or `"caller"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        retry::KEYS[self as usize]
    }

    /// What a client should do, in a few English words:
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::RetryKind;
    ///
    /// assert_eq!(RetryKind::Auth.advice(), "renew the credentials or token, then retry once");
    /// ```
    #[must_use]
    pub const fn advice(self) -> &'static str {
        match self {
            RetryKind::Throttled => "back off, then retry",
            RetryKind::Server => "retry with backoff",
            RetryKind::Auth => "renew the credentials or token, then retry once",
            RetryKind::Caller => "the request must change; do not retry",
        }
    }

    /// Whether retrying the same request, after a backoff, can succeed:
    /// [`Throttled`](Self::Throttled) and [`Server`](Self::Server). An
    /// [`Auth`](Self::Auth) error needs new credentials first, and a
    /// [`Caller`](Self::Caller) error a different request, so neither is
    /// transient (nor is any kind added later). A retry crate's predicate
    /// starts here: see `ApiError::retry_delay` (feature `json`) for the
    /// delay, and the README's "Retrying" for both with `backon`.
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::RetryKind;
    ///
    /// assert!(RetryKind::Throttled.is_transient());
    /// assert!(RetryKind::Server.is_transient());
    /// assert!(!RetryKind::Auth.is_transient());
    /// assert!(!RetryKind::Caller.is_transient());
    /// ```
    #[must_use]
    pub const fn is_transient(self) -> bool {
        matches!(self, RetryKind::Throttled | RetryKind::Server)
    }

    /// The kind an HTTP status implies when the error's code is not known:
    /// 429 Too Many Requests and 503 Service Unavailable are
    /// [`Throttled`](Self::Throttled), any other 5xx is
    /// [`Server`](Self::Server), 401 Unauthorized is [`Auth`](Self::Auth),
    /// and every other status is [`Caller`](Self::Caller).
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::RetryKind;
    ///
    /// assert_eq!(RetryKind::from_status(503), RetryKind::Throttled);
    /// assert_eq!(RetryKind::from_status(502), RetryKind::Server);
    /// assert_eq!(RetryKind::from_status(401), RetryKind::Auth);
    /// assert_eq!(RetryKind::from_status(403), RetryKind::Caller);
    /// ```
    #[must_use]
    pub const fn from_status(status: u16) -> RetryKind {
        match status {
            429 | 503 => RetryKind::Throttled,
            500..=599 => RetryKind::Server,
            401 => RetryKind::Auth,
            _ => RetryKind::Caller,
        }
    }

    /// The kind of a table row without a `retry` key: `server` when the row
    /// is internal, `throttled` for status 429, `auth` for 401, `caller`
    /// otherwise; the generator applies the same rule, `ief_errors_core::retry`.
    pub(crate) const fn table_default(status: u16, is_internal: bool) -> RetryKind {
        RetryKind::from_number(retry::default_kind(status, is_internal))
    }

    /// The kind numbered `number` in `ief_errors_core::retry`; a number past
    /// the known kinds (from a newer generator) is the safe choice, `Caller`.
    pub(crate) const fn from_number(number: u8) -> RetryKind {
        match number {
            retry::THROTTLED => RetryKind::Throttled,
            retry::SERVER => RetryKind::Server,
            retry::AUTH => RetryKind::Auth,
            _ => RetryKind::Caller,
        }
    }
}

/// Writes [`as_str`](RetryKind::as_str): `throttled`, `server`, `auth` or `caller`.
impl fmt::Display for RetryKind {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.as_str())
    }
}

/// Parses `throttled`, `server`, `auth` or `caller`, in any case.
impl FromStr for RetryKind {
    type Err = ParseRetryKindError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        RetryKind::ALL
            .iter()
            .copied()
            .find(|kind| kind.as_str().eq_ignore_ascii_case(text))
            .ok_or_else(|| ParseRetryKindError {
                input: KeptText::new(text),
            })
    }
}

/// A string that names no [`RetryKind`], from `str::parse::<RetryKind>`.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// let error = "later".parse::<ief_errors::RetryKind>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "unknown retry kind \"later\"; expected throttled, server, auth or caller"
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseRetryKindError {
    input: KeptText,
}

impl ParseRetryKindError {
    /// The input that was not understood (its first 64 bytes).
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

impl fmt::Debug for ParseRetryKindError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("ParseRetryKindError")
            .field("input", &self.input())
            .finish()
    }
}

impl fmt::Display for ParseRetryKindError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("unknown retry kind ")?;
        self.input.fmt_quoted(formatter)?;
        formatter.write_str("; expected throttled, server, auth or caller")
    }
}

impl core::error::Error for ParseRetryKindError {}

/// Serializes as [`as_str`](RetryKind::as_str), such as `"auth"`.
#[cfg(feature = "serde")]
impl serde::Serialize for RetryKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Deserializes any spelling [`FromStr`] accepts.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for RetryKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RetryKindVisitor;

        impl serde::de::Visitor<'_> for RetryKindVisitor {
            type Value = RetryKind;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter
                    .write_str("a retry kind: \"throttled\", \"server\", \"auth\" or \"caller\"")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<RetryKind, E> {
                text.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(RetryKindVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_spelling_in_any_case() {
        for &kind in RetryKind::ALL {
            assert_eq!(kind.as_str().parse::<RetryKind>(), Ok(kind));
            assert_eq!(kind.as_str().to_uppercase().parse::<RetryKind>(), Ok(kind));
            assert_eq!(kind.to_string(), kind.as_str());
        }
    }

    #[test]
    fn other_spellings_are_errors_that_name_the_input() {
        for text in ["", "retry", " auth", "auth ", "servers", "throttle", "None"] {
            assert_eq!(text.parse::<RetryKind>().unwrap_err().input(), text);
        }
    }

    #[test]
    fn statuses_map_to_the_documented_kinds() {
        for (status, kind) in [
            (0, RetryKind::Caller),
            (200, RetryKind::Caller),
            (304, RetryKind::Caller),
            (400, RetryKind::Caller),
            (401, RetryKind::Auth),
            (403, RetryKind::Caller),
            (404, RetryKind::Caller),
            (408, RetryKind::Caller),
            (429, RetryKind::Throttled),
            (499, RetryKind::Caller),
            (500, RetryKind::Server),
            (502, RetryKind::Server),
            (503, RetryKind::Throttled),
            (504, RetryKind::Server),
            (599, RetryKind::Server),
            (600, RetryKind::Caller),
            (u16::MAX, RetryKind::Caller),
        ] {
            assert_eq!(RetryKind::from_status(status), kind, "{status}");
        }
    }

    #[test]
    fn a_row_without_a_retry_key_follows_its_internal_flag_then_its_status() {
        for (status, internal, kind) in [
            (400, false, RetryKind::Caller),
            (400, true, RetryKind::Server),
            (401, false, RetryKind::Auth),
            (401, true, RetryKind::Server),
            (429, false, RetryKind::Throttled),
            (429, true, RetryKind::Server),
            (500, true, RetryKind::Server),
            // A 5xx row the table calls the caller's fault.
            (503, false, RetryKind::Caller),
        ] {
            assert_eq!(RetryKind::table_default(status, internal), kind);
        }
    }
}
