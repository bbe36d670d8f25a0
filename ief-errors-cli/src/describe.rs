//! What the command says about an error, decided once: whose fault it is
//! and how a status reads.

use clap::ValueEnum;

/// Whose fault an error is; also the value of `list --fault`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Fault {
    /// The service's own fault.
    Internal,
    /// The caller's: fixed by changing the request.
    Caller,
}

impl Fault {
    /// The fault of an error the table flags (or not) as internal.
    pub(crate) const fn of(is_internal: bool) -> Self {
        if is_internal {
            Fault::Internal
        } else {
            Fault::Caller
        }
    }

    /// `internal` or `caller`.
    pub(crate) const fn word(self) -> &'static str {
        match self {
            Fault::Internal => "internal",
            Fault::Caller => "caller",
        }
    }

    /// What the fault means to the person reading.
    pub(crate) const fn meaning(self) -> &'static str {
        match self {
            Fault::Internal => "the service's own fault; retry later or contact support",
            Fault::Caller => "fixed by changing the request",
        }
    }
}

/// The status with its reason phrase, such as `400 Bad Request`.
pub(crate) fn status_with_reason(status: u16) -> String {
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason());
    match reason {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}
