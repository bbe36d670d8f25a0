//! Which keys of a body mean what, and which of two texts for one field is
//! kept.

use alloc::string::String;

/// Keys that hold the code, the message and the request id, in order of
/// preference: IEF's documented form first, then the shapes other Huawei
/// Cloud services and the API gateway use.
const CODE_KEYS: [&str; 3] = ["error_code", "errorCode", "code"];
const MESSAGE_KEYS: [&str; 3] = ["error_msg", "errorMsg", "message"];
const REQUEST_ID_KEYS: [&str; 2] = ["request_id", "requestId"];
const ERROR_KEY: &str = "error";
pub(crate) const AUTHORIZATION_KEY: &str = "encoded_authorization_message";

/// Which object a map is: the pass reads only the top and the `error`
/// object there (every other object is skipped unread).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Top,
    ErrorObject,
}

/// A key of an object, read without allocating.
#[derive(Clone, Copy)]
pub(super) enum Key {
    Code(usize),
    Message(usize),
    RequestId(usize),
    Error,
    Authorization,
    Other,
}

impl Key {
    /// What `key` names in an object of `role`; a known key carries its rank.
    pub(super) fn of(key: &str, role: Role) -> Key {
        if key == AUTHORIZATION_KEY {
            return Key::Authorization;
        }
        let rank = |keys: &[&str]| keys.iter().position(|known| *known == key);
        if let Some(rank) = rank(&CODE_KEYS) {
            Key::Code(rank)
        } else if let Some(rank) = rank(&MESSAGE_KEYS) {
            Key::Message(rank)
        } else if let Some(rank) = rank(&REQUEST_ID_KEYS) {
            Key::RequestId(rank)
        } else if key == ERROR_KEY && role == Role::Top {
            Key::Error
        } else {
            Key::Other
        }
    }
}

/// The text found under a key with the rank of that key (lower is
/// preferred); for the authorization message, the rank is its depth.
pub(super) type Ranked = Option<(usize, String)>;

/// Keeps `text` of `rank` if nothing of the same or a better rank was kept:
/// the preferred key wins whatever the order of keys, and of one key
/// repeated, the first, as for the authorization message (the first of the
/// shallowest), so one rule holds for every field. `text` is made only when
/// it would be kept, so the scan decodes no string it would throw away;
/// returns whether it was kept.
pub(super) fn keep_better(
    slot: &mut Ranked,
    rank: usize,
    text: impl FnOnce() -> Option<String>,
) -> bool {
    if slot.as_ref().is_none_or(|(kept, _)| rank < *kept) {
        if let Some(text) = text() {
            *slot = Some((rank, text));
            return true;
        }
    }
    false
}
