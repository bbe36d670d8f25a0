//! The row schema, described once: every key of an `[[error]]` row, in the
//! order a table writes them, with its type, whether it is required and an
//! example value. Reading (which keys are known), the messages (what to add
//! for a missing key) and the command's `import` (which keys a new row gets,
//! in which order) all read it from here.

use std::fmt::Write as _;

use ief_errors_core::retry;

/// The type of a key's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    /// A string.
    Text,
    /// An integer, an HTTP status.
    Status,
    /// A boolean.
    Flag,
    /// A string naming a retry kind.
    RetryKind,
}

/// One key of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowKey {
    /// The key as a table writes it, dotted for texts: `message.en`.
    pub key: &'static str,
    /// The type of its value.
    pub value_type: ValueType,
    /// Whether every row must have it.
    pub required: bool,
    /// A value that would be valid, as TOML, for messages.
    pub example: &'static str,
}

const fn key(
    key: &'static str,
    value_type: ValueType,
    required: bool,
    example: &'static str,
) -> RowKey {
    RowKey {
        key,
        value_type,
        required,
        example,
    }
}

/// Every key of a row, in the order a table writes them.
pub const ROW: &[RowKey] = &[
    key("code", ValueType::Text, true, "\"IEF.100004\""),
    key("name", ValueType::Text, true, "\"InvalidOffset\""),
    key("status", ValueType::Status, true, "400"),
    key("internal", ValueType::Flag, false, "false"),
    key("retry", ValueType::RetryKind, false, "\"server\""),
    key("message.en", ValueType::Text, true, "\"...\""),
    key("message.zh", ValueType::Text, true, "\"...\""),
    key("remediation.en", ValueType::Text, true, "\"...\""),
    key("remediation.zh", ValueType::Text, true, "\"...\""),
    key(
        "deprecated",
        ValueType::Text,
        false,
        "\"replaced by IEF.100005\"",
    ),
];

/// The keys a row table may hold directly: the first part of each dotted key.
pub(crate) const ROW_KEYS: &[&str] = &[
    "code",
    "name",
    "status",
    "internal",
    "retry",
    "message",
    "remediation",
    "deprecated",
];

/// The keys of the `message` and `remediation` tables: the languages.
pub(crate) const LANGUAGE_KEYS: &[&str] = &["en", "zh"];

/// The schema's entry for a dotted key.
#[must_use]
pub fn row_key(key: &str) -> Option<&'static RowKey> {
    ROW.iter().find(|row_key| row_key.key == key)
}

/// An example value of a dotted key, as TOML.
pub(crate) fn example_value(key: &str) -> &'static str {
    row_key(key).map_or("\"...\"", |row_key| row_key.example)
}

/// `key = "throttled"`, `"server"`, `"auth"` or `"caller"`: how to write a
/// retry kind, for help texts.
pub(crate) fn retry_kind_choices(key: &str) -> String {
    let [first, middle @ .., last] = retry::KEYS;
    let mut choices = format!("`{key} = \"{first}\"`");
    for value in middle {
        let _ = write!(choices, ", `\"{value}\"`");
    }
    format!("{choices} or `\"{last}\"`")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short lists are the long one's parts, in its order.
    #[test]
    fn row_and_language_keys_are_the_parts_of_the_dotted_keys() {
        let mut tops: Vec<&str> = Vec::new();
        let mut languages: Vec<&str> = Vec::new();
        for row_key in ROW {
            let (top, language) = row_key.key.split_once('.').unwrap_or((row_key.key, ""));
            if !tops.contains(&top) {
                tops.push(top);
            }
            if !language.is_empty() && !languages.contains(&language) {
                languages.push(language);
            }
        }
        assert_eq!(tops, ROW_KEYS);
        assert_eq!(languages, LANGUAGE_KEYS);
    }

    #[test]
    fn retry_choices_name_every_kind() {
        assert_eq!(
            retry_kind_choices("retry"),
            "`retry = \"throttled\"`, `\"server\"`, `\"auth\"` or `\"caller\"`"
        );
    }
}
