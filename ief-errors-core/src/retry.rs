//! What a client should do after an error, as a table row answers it: the
//! kinds in their order, how a table spells them, and the defaults for a
//! row that does not say.
//!
//! The generator writes each row's kind as its number here, and the facade's
//! `RetryKind` has these numbers as its discriminants, so the two read one
//! order.

/// Back off, then retry.
pub const THROTTLED: u8 = 0;
/// The service failed: retry with backoff.
pub const SERVER: u8 = 1;
/// Renew the credentials, then retry once.
pub const AUTH: u8 = 2;
/// The request must change.
pub const CALLER: u8 = 3;

/// The value of a table's `retry` key for each kind, indexed by its number.
pub const KEYS: [&str; 4] = ["throttled", "server", "auth", "caller"];

/// Whether a row without an `internal` key is internal: a 5xx status.
#[must_use]
pub const fn is_internal_by_default(status: u16) -> bool {
    status >= 500
}

/// The kind of a row without a `retry` key: server for an internal row,
/// throttled for status 429, auth for 401, caller otherwise.
///
/// ```
/// use ief_errors_core::retry;
///
/// assert_eq!(retry::default_kind(503, true), retry::SERVER);
/// assert_eq!(retry::default_kind(429, false), retry::THROTTLED);
/// assert_eq!(retry::default_kind(400, false), retry::CALLER);
/// ```
#[must_use]
pub const fn default_kind(status: u16, internal: bool) -> u8 {
    match (internal, status) {
        (true, _) => SERVER,
        (false, 429) => THROTTLED,
        (false, 401) => AUTH,
        (false, _) => CALLER,
    }
}

/// The kind a `retry` value names, exactly as a table spells it.
#[must_use]
pub fn kind_of_key(value: &str) -> Option<u8> {
    KEYS.iter()
        .position(|key| *key == value)
        .and_then(|index| u8::try_from(index).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_spelt_at_its_number() {
        for (kind, key) in [
            (THROTTLED, "throttled"),
            (SERVER, "server"),
            (AUTH, "auth"),
            (CALLER, "caller"),
        ] {
            assert_eq!(KEYS[usize::from(kind)], key);
            assert_eq!(kind_of_key(key), Some(kind));
        }
        assert_eq!(kind_of_key("Server"), None);
    }

    #[test]
    fn an_internal_row_is_a_server_error_whatever_its_status() {
        assert_eq!(default_kind(400, true), SERVER);
        assert_eq!(default_kind(429, true), SERVER);
        assert_eq!(default_kind(401, false), AUTH);
        assert!(is_internal_by_default(500) && !is_internal_by_default(499));
    }
}
