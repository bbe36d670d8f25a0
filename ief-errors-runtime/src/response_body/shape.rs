//! Which keys of a body mean what, and which of two texts for one field is
//! kept.

use alloc::string::String;

/// Keys that hold the code and the message, by family: a code and a message
/// of the same family in one object are a pair, the shape every official
/// SDK looks for. In order of preference: IEF's documented form first, then
/// the forms other Huawei Cloud services and the API gateway use.
pub(super) const CODE_KEYS: [&str; FAMILIES] = ["error_code", "errorCode", "code"];
pub(super) const MESSAGE_KEYS: [&str; FAMILIES] = ["error_msg", "errorMsg", "message"];
pub(super) const FAMILIES: usize = 3;
const REQUEST_ID_KEYS: [&str; 2] = ["request_id", "requestId"];
const ERROR_KEY: &str = "error";
pub(crate) const AUTHORIZATION_KEY: &str = "encoded_authorization_message";

/// Which object a map is: the pass reads only the top and the `error`
/// object there (the search below the top is `nested`'s).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Top,
    ErrorObject,
}

/// A key of an object, read without allocating.
#[derive(Clone, Copy)]
pub(super) enum Key {
    /// Of the family at this index of `CODE_KEYS`.
    Code(usize),
    /// Of the family at this index of `MESSAGE_KEYS`.
    Message(usize),
    RequestId(usize),
    Error,
    Authorization,
    Other,
}

impl Key {
    /// What `key` names in an object of `role`; a known key carries its rank.
    pub(super) fn of(key: &str, role: Role) -> Key {
        Self::of_bytes(key.as_bytes(), role)
    }

    /// The same for a key's bytes as the body wrote them.
    pub(super) fn of_bytes(key: &[u8], role: Role) -> Key {
        // Most keys of a large body are none of these: their length says so.
        if !matches!(key.len(), 4 | 5 | 7..=10 | 29) {
            return Key::Other;
        }
        if key == AUTHORIZATION_KEY.as_bytes() {
            return Key::Authorization;
        }
        let rank = |keys: &[&str]| keys.iter().position(|known| known.as_bytes() == key);
        if let Some(family) = rank(&CODE_KEYS) {
            Key::Code(family)
        } else if let Some(family) = rank(&MESSAGE_KEYS) {
            Key::Message(family)
        } else if let Some(rank) = rank(&REQUEST_ID_KEYS) {
            Key::RequestId(rank)
        } else if key == ERROR_KEY.as_bytes() && role == Role::Top {
            Key::Error
        } else {
            Key::Other
        }
    }
}

/// The text found under a key with the rank of that key (lower is
/// preferred).
pub(super) type Ranked = Option<(usize, String)>;

/// Keeps `text` of `rank` unless something of a better rank was kept: the
/// preferred key wins whatever the order of keys, and of one key repeated,
/// the last, as every JSON reader the official SDKs use reads an object.
/// `text` is made only when it could be kept, so no string is decoded to be
/// thrown away.
pub(super) fn keep_better(slot: &mut Ranked, rank: usize, text: impl FnOnce() -> Option<String>) {
    if slot.as_ref().is_none_or(|(kept, _)| rank <= *kept) {
        if let Some(text) = text() {
            *slot = Some((rank, text));
        }
    }
}
