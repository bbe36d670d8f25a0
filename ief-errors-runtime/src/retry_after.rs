//! The `Retry-After` header of an error response (RFC 9110, section 10.2.3).

use core::time::Duration;
use std::time::SystemTime;

/// How long the server asked the client to wait, as the header said it.
///
/// Whole seconds, as HTTP writes both forms: kept in 16 bytes, so that
/// `ApiError` stays under the size at which clippy's `result_large_err`
/// flags every `Result<_, ApiError>` in users' code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum RetryAfter {
    /// `Retry-After: 120`: seconds from when the response was read.
    DelaySeconds(u64),
    /// `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`: a moment, in seconds
    /// since the Unix epoch (HTTP dates start in 1970), so the wait shrinks
    /// as time passes.
    AtUnixSeconds(u64),
}

impl RetryAfter {
    /// The header's value, or `None` when the headers have none, or more
    /// than one value (the field is a single value; a list is malformed),
    /// or a value that is neither a whole number of seconds nor an HTTP
    /// date in any of the three forms RFC 9110 requires a recipient to read.
    pub(crate) fn from_headers(headers: &http::HeaderMap) -> Option<RetryAfter> {
        let mut values = headers.get_all(http::header::RETRY_AFTER).iter();
        let value = values.next()?;
        if values.next().is_some() {
            return None;
        }
        Self::parse(value.to_str().ok()?)
    }

    fn parse(value: &str) -> Option<RetryAfter> {
        let value = value.trim_matches([' ', '\t']);
        if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) {
            // HTTP puts no bound on the digits: more seconds than a u64
            // holds is the longest wait there is, for the client to cap.
            return Some(RetryAfter::DelaySeconds(value.parse().unwrap_or(u64::MAX)));
        }
        // httpdate reads years from 1970 on, so a date is never before the epoch.
        let moment = httpdate::parse_http_date(value).ok()?;
        let since_epoch = moment.duration_since(SystemTime::UNIX_EPOCH).ok()?;
        Some(RetryAfter::AtUnixSeconds(since_epoch.as_secs()))
    }

    /// The header as HTTP writes it: the seconds, or the moment as an HTTP
    /// date (`None` for a moment past what a date can write).
    #[cfg(feature = "axum")]
    pub(crate) fn header_value(self) -> Option<http::HeaderValue> {
        match self {
            RetryAfter::DelaySeconds(seconds) => Some(http::HeaderValue::from(seconds)),
            RetryAfter::AtUnixSeconds(seconds) => {
                let moment = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))?;
                // httpdate writes four-digit years only.
                if seconds >= 253_402_300_800 {
                    return None;
                }
                http::HeaderValue::from_str(&httpdate::fmt_http_date(moment)).ok()
            }
        }
    }

    /// The time left to wait now: zero once a date has passed.
    pub(crate) fn remaining(self) -> Duration {
        match self {
            RetryAfter::DelaySeconds(seconds) => Duration::from_secs(seconds),
            RetryAfter::AtUnixSeconds(seconds) => (SystemTime::UNIX_EPOCH
                + Duration::from_secs(seconds))
            .duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_are_a_delay() {
        for (value, seconds) in [
            ("0", 0),
            ("120", 120),
            (" 7\t", 7),
            ("007", 7),
            ("18446744073709551615", u64::MAX),
            ("18446744073709551616", u64::MAX),
            ("99999999999999999999999999999999", u64::MAX),
        ] {
            assert_eq!(
                RetryAfter::parse(value),
                Some(RetryAfter::DelaySeconds(seconds)),
                "{value:?}"
            );
        }
    }

    #[test]
    fn the_three_date_forms_name_the_same_moment() {
        for value in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(
                RetryAfter::parse(value),
                Some(RetryAfter::AtUnixSeconds(784_111_777)),
                "{value}"
            );
        }
    }

    #[test]
    fn anything_else_is_malformed() {
        for value in [
            "",
            " ",
            "-5",
            "+5",
            "1.5",
            "5s",
            "0x10",
            "１２０",
            "120, 120",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37 +0000",
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "1994-11-06T08:49:37Z",
            "tomorrow",
        ] {
            assert_eq!(RetryAfter::parse(value), None, "{value:?}");
        }
    }

    #[test]
    fn a_date_in_the_past_leaves_nothing_to_wait() {
        for value in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Thu, 01 Jan 1970 00:00:00 GMT",
        ] {
            let past = RetryAfter::parse(value).unwrap();
            assert_eq!(past.remaining(), Duration::ZERO, "{value}");
        }
    }
}
