use core::fmt;

/// A language the error tables carry text in.
///
/// ```
/// use ief_errors::{IefError, Lang};
///
/// assert_eq!(Lang::default(), Lang::En);
/// assert_eq!(IefError::TokenExpired.message(Lang::Zh), "token已过期");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English: the table's `message.en` and `remediation.en`.
    #[default]
    En,
    /// Simplified Chinese: the table's `message.zh` and `remediation.zh`.
    Zh,
}

impl Lang {
    /// Every language, in the order the table's keys list them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The language's tag as the table's keys spell it: `"en"` or `"zh"`.
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }
}

/// Writes the tag, `en` or `zh`.
impl fmt::Display for Lang {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.tag())
    }
}
