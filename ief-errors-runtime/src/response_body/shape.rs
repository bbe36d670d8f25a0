//! Which keys of a body mean what, and which of two texts for one field is
//! kept.

use alloc::string::String;

/// Slots of the keys that hold a code, as the official SDKs name them:
/// `error_code`, `errorCode`, `code`, and `error_code` in another case
/// (`Error_Code`), which .NET's reader matches at the top (`Key::of_bytes`).
pub(super) const CODE_SLOTS: usize = 4;
/// Slots of the keys that hold a message: `error_msg`, `errorMsg`,
/// `message`, `details` (PHP's message when it is text beside a `code`),
/// and `error_msg` in another case.
pub(super) const MESSAGE_SLOTS: usize = 5;
/// A code and a message of one of these pairs in one object are an error,
/// the shape every SDK looks for; the first pair an object holds is its
/// error. Go, Python, Java and .NET look for the first three in this order,
/// PHP also for `errorCode` with `message` and `code` with `details`, and
/// .NET for `error_code` and `error_msg` in any case.
pub(super) const PAIRS: [(usize, usize); 6] = [(0, 0), (1, 1), (2, 2), (1, 2), (2, 3), (3, 4)];
/// The slots a code or a message alone is read from: C++ and Node.js take
/// these without their other half.
pub(super) const LONE_SLOTS: core::ops::Range<usize> = 0..3;
/// `request_id`, `requestId`, then `request_id` in another case (.NET).
pub(super) const REQUEST_ID_RANKS: usize = 3;
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
    /// Of the slot at this index (`CODE_KEYS`).
    Code(usize),
    /// Of the slot at this index (`MESSAGE_KEYS`).
    Message(usize),
    RequestId(usize),
    Error,
    Authorization,
    /// `encoded_authorization_message` in another case, at the top.
    AuthorizationInAnyCase,
    Other,
}

impl Key {
    /// The same for a key as the body wrote it, between its quotes: its
    /// escapes (`error\u005fcode`) are read first, as every SDK's reader
    /// reads them.
    pub(super) fn of_written(written: &[u8], role: Role) -> Key {
        if !written.contains(&b'\\') {
            return Self::of_bytes(written, role);
        }
        // Every known key is ASCII and at most 29 bytes long: a longer key,
        // or one with an escape of anything else, is none of them.
        let mut key = [0u8; 29];
        let mut length = 0;
        let mut at = 0;
        while let Some(&byte) = written.get(at) {
            let (decoded, width) = match byte {
                b'\\' => match written.get(at + 1) {
                    Some(b'u') => {
                        // Four hex digits, of an ASCII character.
                        let digit = |at: usize| {
                            let byte = *written.get(at)?;
                            char::from(byte).to_digit(16)
                        };
                        let unit = (2..6)
                            .try_fold(0, |unit, offset| Some(unit * 16 + digit(at + offset)?));
                        match unit.and_then(|unit| u8::try_from(unit).ok()) {
                            Some(ascii) if ascii.is_ascii() => (ascii, 6),
                            _ => return Key::Other,
                        }
                    }
                    Some(&escaped @ (b'"' | b'\\' | b'/')) => (escaped, 2),
                    _ => return Key::Other,
                },
                byte => (byte, 1),
            };
            let Some(slot) = key.get_mut(length) else {
                return Key::Other;
            };
            *slot = decoded;
            length += 1;
            at += width;
        }
        Self::of_bytes(&key[..length], role)
    }

    /// The same for a key's bytes, without escapes.
    pub(super) fn of_bytes(key: &[u8], role: Role) -> Key {
        match key {
            b"error_code" => Key::Code(0),
            b"errorCode" => Key::Code(1),
            b"code" => Key::Code(2),
            b"error_msg" => Key::Message(0),
            b"errorMsg" => Key::Message(1),
            b"message" => Key::Message(2),
            b"details" => Key::Message(3),
            b"request_id" => Key::RequestId(0),
            b"requestId" => Key::RequestId(1),
            b"encoded_authorization_message" => Key::Authorization,
            b"error" if role == Role::Top => Key::Error,
            // .NET reads the top into a type whose fields match any case.
            _ if role == Role::Top && matches!(key.len(), 9 | 10 | 29) => {
                let is = |known: &[u8]| key.eq_ignore_ascii_case(known);
                if is(b"error_code") {
                    Key::Code(3)
                } else if is(b"error_msg") {
                    Key::Message(4)
                } else if is(b"request_id") {
                    Key::RequestId(2)
                } else if is(AUTHORIZATION_KEY.as_bytes()) {
                    Key::AuthorizationInAnyCase
                } else {
                    Key::Other
                }
            }
            _ => Key::Other,
        }
    }
}

/// The text found under a key with the rank of that key (lower is
/// preferred).
pub(super) type Ranked = Option<(usize, String)>;
