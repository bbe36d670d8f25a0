use core::fmt;
use core::str::FromStr;

use crate::kept_text::KeptText;

/// A language the error tables carry text in.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{IefError, Lang};
///
/// assert_eq!(Lang::default(), Lang::En);
/// assert_eq!(IefError::TokenExpired.message(Lang::Zh), "token已过期");
/// assert_eq!("zh-CN".parse::<Lang>(), Ok(Lang::Zh));
/// assert_eq!(Lang::negotiate("fr;q=1, zh-CN;q=0.8, en;q=0.5"), Lang::Zh);
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

    /// The best language for an `Accept-Language` (or `X-Language`) header
    /// value: the listed language with the highest `q` whose primary tag is
    /// `en` or `zh` (any region or script), the first listed among equals.
    /// English when nothing matches, `q=0` excludes a language, and a
    /// malformed entry is skipped rather than failing the whole header.
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::Lang;
    ///
    /// assert_eq!(Lang::negotiate("zh-CN,zh;q=0.9,en;q=0.8"), Lang::Zh);
    /// assert_eq!(Lang::negotiate("en-US,en;q=0.9,zh-CN;q=0.8"), Lang::En);
    /// assert_eq!(Lang::negotiate("de-DE, *;q=0.1"), Lang::En);
    /// assert_eq!(Lang::negotiate("zh;q=0, en;q=0"), Lang::En);
    /// assert_eq!(Lang::negotiate(""), Lang::En);
    /// ```
    #[must_use]
    pub fn negotiate(header_value: &str) -> Lang {
        best_listed(header_value.split(',')).unwrap_or(Lang::En)
    }

    /// The language a request asks for, from its headers:
    ///
    /// 1. `X-Language`, the header Huawei Cloud's APIs read, when it names
    ///    a language of the tables (`en-us`, `zh-cn`, any region or script);
    /// 2. else `Accept-Language`, by `q` value as in [`negotiate`](Self::negotiate),
    ///    every occurrence of the header read as one list;
    /// 3. else English.
    ///
    /// Malformed, non-ASCII or unknown values are passed over, never an error.
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use http::{HeaderMap, HeaderValue};
    /// use ief_errors::Lang;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("accept-language", HeaderValue::from_static("zh-CN,zh;q=0.9,en;q=0.8"));
    /// assert_eq!(Lang::from_headers(&headers), Lang::Zh);
    ///
    /// headers.insert("x-language", HeaderValue::from_static("en-us"));
    /// assert_eq!(Lang::from_headers(&headers), Lang::En);
    ///
    /// headers.insert("x-language", HeaderValue::from_static("fr-fr"));
    /// assert_eq!(Lang::from_headers(&headers), Lang::Zh);
    ///
    /// assert_eq!(Lang::from_headers(&HeaderMap::new()), Lang::En);
    /// ```
    #[cfg(feature = "http")]
    #[must_use]
    pub fn from_headers(headers: &http::HeaderMap) -> Lang {
        let entries = |name: &'static str| {
            headers
                .get_all(name)
                .into_iter()
                .flat_map(|value| value.as_bytes().split(|&byte| byte == b','))
                .filter_map(|entry| core::str::from_utf8(entry).ok())
        };
        best_listed(entries("x-language"))
            .or_else(|| best_listed(entries("accept-language")))
            .unwrap_or(Lang::En)
    }

    /// The value of a `Content-Language` header for text in this language:
    /// `"en"` or `"zh-CN"`.
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// assert_eq!(ief_errors::Lang::Zh.content_language(), "zh-CN");
    /// ```
    #[must_use]
    pub const fn content_language(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }
}

/// The language of the listed entries (`zh-CN;q=0.8`) with the highest `q`
/// whose primary tag is `en` or `zh`, the first listed among equals; `None`
/// when none is acceptable. Malformed entries are skipped.
fn best_listed<'a>(entries: impl Iterator<Item = &'a str>) -> Option<Lang> {
    let mut best: Option<(u16, Lang)> = None;
    for entry in entries {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let Some(lang) = primary_language(tag) else {
            continue;
        };
        let Some(quality) = parts.try_fold(1000, |quality, parameter| {
            match parameter.trim().split_once('=') {
                Some((name, value)) if name.trim().eq_ignore_ascii_case("q") => {
                    parse_quality(value.trim())
                }
                _ => Some(quality),
            }
        }) else {
            continue;
        };
        if quality > 0 && best.is_none_or(|(best_quality, _)| quality > best_quality) {
            best = Some((quality, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// `en`, `en-GB`, `zh-Hant-TW`... by their primary subtag; `None` for a tag
/// that is not well formed (`zh-`, `en--GB`, `zh-?`): every subtag is one
/// to eight letters or digits.
fn primary_language(tag: &str) -> Option<Lang> {
    let well_formed = tag.split(['-', '_']).all(|subtag| {
        (1..=8).contains(&subtag.len()) && subtag.bytes().all(|byte| byte.is_ascii_alphanumeric())
    });
    if !well_formed {
        return None;
    }
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    if primary.eq_ignore_ascii_case("en") {
        Some(Lang::En)
    } else if primary.eq_ignore_ascii_case("zh") {
        Some(Lang::Zh)
    } else {
        None
    }
}

/// A `q` value (`0` to `1`, up to three decimals) in thousandths.
fn parse_quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    for (position, digit) in fraction.bytes().enumerate() {
        let scale = [100, 10, 1][position];
        thousandths += u16::from(digit - b'0') * scale;
    }
    (thousandths <= 1000).then_some(thousandths)
}

/// Parses `en`, `en-US`, `zh`, `zh-CN` or `zh-Hans`, in any case and with `-`
/// or `_` (`en_us`, `zh_cn`).
impl FromStr for Lang {
    type Err = ParseLangError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const ACCEPTED: [(&str, Lang); 5] = [
            ("en", Lang::En),
            ("en-us", Lang::En),
            ("zh", Lang::Zh),
            ("zh-cn", Lang::Zh),
            ("zh-hans", Lang::Zh),
        ];
        let matches = |accepted: &str| {
            accepted.len() == text.len()
                && accepted.bytes().zip(text.bytes()).all(|(accepted, given)| {
                    let given = if given == b'_' {
                        b'-'
                    } else {
                        given.to_ascii_lowercase()
                    };
                    accepted == given
                })
        };
        ACCEPTED
            .iter()
            .find(|(accepted, _)| matches(accepted))
            .map(|(_, lang)| *lang)
            .ok_or_else(|| ParseLangError {
                input: KeptText::new(text),
            })
    }
}

/// Writes the tag, `en` or `zh`.
impl fmt::Display for Lang {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.tag())
    }
}

/// A string that names no language of the tables, from `str::parse::<Lang>`.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// let error = "fr".parse::<ief_errors::Lang>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "unknown language \"fr\"; expected en, en-US, zh, zh-CN or zh-Hans"
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseLangError {
    input: KeptText,
}

impl ParseLangError {
    /// The input that was not understood (its first 64 bytes).
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

impl fmt::Debug for ParseLangError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("ParseLangError")
            .field("input", &self.input())
            .finish()
    }
}

impl fmt::Display for ParseLangError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("unknown language ")?;
        self.input.fmt_quoted(formatter)?;
        formatter.write_str("; expected en, en-US, zh, zh-CN or zh-Hans")
    }
}

impl core::error::Error for ParseLangError {}

/// Serializes as the tag, `"en"` or `"zh"`.
#[cfg(feature = "serde")]
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

/// Deserializes any spelling [`FromStr`] accepts.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LangVisitor;

        impl serde::de::Visitor<'_> for LangVisitor {
            type Value = Lang;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a language tag such as \"en\" or \"zh-CN\"")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Lang, E> {
                text.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(LangVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_spelling_parses_in_any_case() {
        for (text, lang) in [
            ("en", Lang::En),
            ("EN", Lang::En),
            ("en-US", Lang::En),
            ("en_us", Lang::En),
            ("En-Us", Lang::En),
            ("zh", Lang::Zh),
            ("zh-CN", Lang::Zh),
            ("zh_cn", Lang::Zh),
            ("ZH-CN", Lang::Zh),
            ("zh-Hans", Lang::Zh),
            ("zh_hans", Lang::Zh),
        ] {
            assert_eq!(text.parse::<Lang>(), Ok(lang), "{text}");
        }
    }

    #[test]
    fn other_tags_are_errors_that_name_the_input() {
        for text in [
            "", "fr", "en-GB", "zh-TW", "english", "en-", " en", "zh-Hant",
        ] {
            let error = text.parse::<Lang>().unwrap_err();
            assert_eq!(error.input(), text);
        }
    }

    #[test]
    fn display_round_trips_through_from_str() {
        for lang in Lang::ALL {
            assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
        }
    }

    #[test]
    fn negotiation_follows_q_values() {
        let cases = [
            ("zh-CN,zh;q=0.9,en;q=0.8", Lang::Zh),
            ("en-US,en;q=0.9,zh-CN;q=0.8", Lang::En),
            ("fr-FR, zh;q=0.5, en;q=0.4", Lang::Zh),
            ("en;q=0.5, zh;q=0.500", Lang::En),
            ("zh-, en;q=0.1", Lang::En),
            ("zh--CN, zh-CN-, zh-C?, en;q=0.1", Lang::En),
            ("zh-abcdefghi, zh-Hant", Lang::Zh),
            ("en;q=0.4, zh;q=0.45", Lang::Zh),
            ("zh-Hant-TW", Lang::Zh),
            ("ZH", Lang::Zh),
            ("zh;q=0", Lang::En),
            ("zh;q=0.000, en;q=0", Lang::En),
            ("*", Lang::En),
            ("de, fr", Lang::En),
            ("", Lang::En),
            ("  zh-cn  ;  q = 0.7 ", Lang::Zh),
            ("zh;q=2, en;q=0.1", Lang::En),
            ("zh;q=0.1234, en;q=0.1", Lang::En),
            ("zh;q=abc", Lang::En),
            ("zh;level=1", Lang::Zh),
            (",,;;==", Lang::En),
        ];
        for (header, lang) in cases {
            assert_eq!(Lang::negotiate(header), lang, "{header:?}");
        }
    }

    #[test]
    fn q_values_are_read_to_the_thousandth() {
        assert_eq!(parse_quality("1"), Some(1000));
        assert_eq!(parse_quality("1.000"), Some(1000));
        assert_eq!(parse_quality("1.001"), None);
        assert_eq!(parse_quality("0.5"), Some(500));
        assert_eq!(parse_quality("0.05"), Some(50));
        assert_eq!(parse_quality("0."), Some(0));
        assert_eq!(parse_quality("."), None);
        assert_eq!(parse_quality("-0.5"), None);
    }
}
