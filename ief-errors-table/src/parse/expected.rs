//! The type a key's value must have, and how to fix the common mistakes.

use toml::de::DeValue;

use crate::schema::{example_value, retry_kind_choices};

/// The type a key's value must have. Each knows how to name itself and how
/// to fix the common mistakes.
#[derive(Clone, Copy)]
pub(crate) enum Expected {
    Text,
    Status,
    Flag,
    /// `message` and `remediation`: a table of texts by language.
    Texts,
    /// `retry`: a string that `validate` holds to the kinds.
    RetryKind,
}

impl Expected {
    pub(crate) fn matches(self, value: &DeValue<'_>) -> bool {
        match self {
            Expected::Text | Expected::RetryKind => value.as_str().is_some(),
            Expected::Status => value.as_integer().is_some(),
            Expected::Flag => value.as_bool().is_some(),
            Expected::Texts => value.as_table().is_some(),
        }
    }

    pub(crate) fn description(self) -> &'static str {
        match self {
            Expected::Text => "a string",
            Expected::Status => "an integer",
            Expected::Flag => "a boolean (`true` or `false`)",
            Expected::Texts => "a table of texts by language",
            Expected::RetryKind => "a string naming a retry kind",
        }
    }

    /// How to write `key` right, given what was written.
    pub(crate) fn help(self, key: &str, found: &DeValue<'_>) -> String {
        match (self, found) {
            (Expected::Status, DeValue::String(text)) if text.trim().parse::<u16>().is_ok() => {
                format!("write the number without quotes: `{key} = {}`", text.trim())
            }
            (Expected::Status, DeValue::Float(float)) if whole_number(float.as_str()).is_some() => {
                let number = whole_number(float.as_str()).unwrap_or_default();
                format!("write a whole number: `{key} = {number}`")
            }
            (Expected::Status, _) => {
                format!("write a number from 100 to 599, such as `{key} = 400`")
            }
            (Expected::Flag, DeValue::String(text))
                if matches!(text.as_ref(), "true" | "false") =>
            {
                format!("write the boolean without quotes: `{key} = {text}`")
            }
            (Expected::Flag, _) => format!("write `{key} = true` or `{key} = false`"),
            (Expected::Text, DeValue::Integer(integer)) => {
                format!(
                    "put the value in quotes: `{key} = \"{}\"`",
                    integer.as_str()
                )
            }
            (Expected::Text, _) => format!(
                "write the value as a string in quotes, such as `{key} = {}`",
                example_value(key)
            ),
            (Expected::Texts, _) => {
                format!("write `{key}.en = \"...\"` and `{key}.zh = \"...\"`")
            }
            (Expected::RetryKind, _) => format!("write {}", retry_kind_choices(key)),
        }
    }
}

/// `400.0` as `400`: a float that holds a whole number in `u16`'s range.
fn whole_number(float: &str) -> Option<u16> {
    let number: f64 = float.parse().ok()?;
    let whole = (number.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&number))
        .then_some(number)?;
    format!("{whole:.0}").parse().ok()
}
