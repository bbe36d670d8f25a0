//! The shipped IEF table as the command sees it: a plain view of each row
//! for the formatters, and the lookup of a code as a person types it.

use std::borrow::Cow;

use ief_errors::{IefError, Lang, RetryKind};

use crate::describe::Fault;

/// The update date of the published page the shipped table was imported
/// from; a test holds it to the table's import record.
pub(crate) const SHIPPED_PAGE_DATE: &str = "2025-08-26";

/// One row, as the formatters show it. Its texts come from a table, so they
/// are outside text: formatters escape them.
#[derive(Clone, Debug)]
pub(crate) struct Entry<'t> {
    pub(crate) code: &'t str,
    pub(crate) name: Cow<'t, str>,
    pub(crate) status: u16,
    pub(crate) fault: Fault,
    pub(crate) retry: RetryKind,
    /// In the order of [`Lang::ALL`].
    pub(crate) messages: [&'t str; Lang::ALL.len()],
    /// In the order of [`Lang::ALL`].
    pub(crate) remediations: [&'t str; Lang::ALL.len()],
}

impl Entry<'static> {
    pub(crate) fn of(error: IefError) -> Self {
        Entry {
            code: error.code(),
            name: Cow::Borrowed(error.name()),
            status: error.status(),
            fault: Fault::of(error.is_internal()),
            retry: error.retry_kind(),
            messages: Lang::ALL.map(|lang| error.message(lang)),
            remediations: Lang::ALL.map(|lang| error.remediation(lang)),
        }
    }
}

impl<'t> Entry<'t> {
    pub(crate) fn message(&self, lang: Lang) -> &'t str {
        self.messages[lang_index(lang)]
    }

    pub(crate) fn remediation(&self, lang: Lang) -> &'t str {
        self.remediations[lang_index(lang)]
    }
}

#[cfg(test)]
impl Entry<'static> {
    /// A row whose every text holds control sequences: CSI, OSC with BEL,
    /// C1 CSI, a bidirectional override, DEL and a line break.
    pub(crate) fn hostile() -> Self {
        Entry {
            code: "X.1\u{1b}[2J",
            name: Cow::Borrowed("Name\u{7}"),
            status: 400,
            fault: Fault::Caller,
            retry: RetryKind::Caller,
            messages: ["en\u{1b}]0;title\u{7}\u{9b}31m", "zh\u{202e}"],
            remediations: ["fix\u{7f}", "修\n复"],
        }
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|known| *known == lang)
        .unwrap_or(0)
}

/// What a code as typed names.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    Found(IefError),
    /// A bare number that ends several codes.
    Several(Vec<IefError>),
    Unknown,
}

/// Finds a code as a person types it: any case, surrounding whitespace
/// ignored, and a bare number standing for the one code that ends in it.
pub(crate) fn look_up(typed: &str) -> Lookup {
    let typed = normalized(typed);
    let typed = typed.as_str();
    if let Some(error) = IefError::ALL
        .iter()
        .find(|error| error.code().eq_ignore_ascii_case(typed))
    {
        return Lookup::Found(*error);
    }
    if typed.is_empty() || !typed.bytes().all(|byte| byte.is_ascii_digit()) {
        return Lookup::Unknown;
    }
    let mut ending: Vec<IefError> = IefError::ALL
        .iter()
        .copied()
        .filter(|error| error.code().ends_with(typed))
        .collect();
    match ending.len() {
        0 => Lookup::Unknown,
        1 => Lookup::Found(ending.remove(0)),
        _ => Lookup::Several(ending),
    }
}

/// The code a server sent, read as a person's typing is (any case,
/// whitespace around it), but never a bare number standing for a code.
pub(crate) fn find_code(code: &str) -> Option<IefError> {
    let code = normalized(code);
    IefError::ALL
        .iter()
        .copied()
        .find(|error| error.code().eq_ignore_ascii_case(&code))
}

/// `typed` trimmed, with full-width forms (`ＩＥＦ．１００００４`, as a
/// Chinese input method types them) and the ideographic full stop `。` read
/// as their ASCII letters, digits and dot.
pub(crate) fn normalized(typed: &str) -> String {
    typed
        .trim()
        .chars()
        .map(|character| match character {
            '\u{3002}' => '.',
            '\u{FF01}'..='\u{FF5E}' => {
                char::from_u32(u32::from(character) - 0xFEE0).unwrap_or(character)
            }
            character => character,
        })
        .collect()
}

/// The three codes nearest `typed` (any case; a bare number read as an IEF
/// code's number), nearest first; none for another service's code, which
/// no IEF code stands for.
pub(crate) fn nearest_codes(typed: &str) -> Vec<IefError> {
    let mut typed = normalized(typed).to_ascii_uppercase();
    if typed.is_empty() {
        return Vec::new();
    }
    if typed.bytes().all(|byte| byte.is_ascii_digit()) {
        typed.insert_str(0, "IEF.");
    }
    let names_another_service = typed
        .split_once('.')
        .is_some_and(|(prefix, _)| !prefix.is_empty() && prefix != "IEF");
    if names_another_service {
        return Vec::new();
    }
    let mut near: Vec<(usize, IefError)> = IefError::ALL
        .iter()
        .map(|error| (strsim::levenshtein(&typed, error.code()), *error))
        .collect();
    near.sort_by_key(|(distance, _)| *distance);
    near.into_iter().take(3).map(|(_, error)| error).collect()
}

/// Where a code the table does not have comes from, in words.
pub(crate) fn origin_note(code: &str) -> String {
    let code = code.trim();
    match code.split_once('.').map(|(prefix, _)| prefix) {
        Some(prefix) if prefix.eq_ignore_ascii_case("APIGW") => {
            "APIGW.* codes come from the API gateway in front of IEF, not from IEF itself; see the gateway's error-code list".to_owned()
        }
        Some(prefix) if prefix.eq_ignore_ascii_case("IEF") => format!(
            "the shipped table does not have this code; IEF may have added it since {SHIPPED_PAGE_DATE}"
        ),
        // A number before the dot (`100004.0`) names no service.
        Some(prefix) if !prefix.is_empty() && prefix.bytes().all(|byte| byte.is_ascii_digit()) => {
            format!("this code names no service: {prefix} is a number, not a service's prefix such as IEF in IEF.100004; this table covers IEF only")
        }
        // The prefix as it was written: services spell theirs in mixed case.
        Some(prefix) if !prefix.is_empty() => {
            format!("{prefix}.* codes come from another service ({prefix}); this table covers IEF only")
        }
        _ => "this code names no service (such as IEF.100004); this table covers IEF only"
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_date_is_the_tables_import_record() {
        let table = include_str!("../data/codes.toml");
        let record = crate::record::read(table).unwrap().unwrap();
        assert_eq!(record.date, SHIPPED_PAGE_DATE);
    }

    #[test]
    fn codes_are_found_in_any_case_and_with_whitespace_around() {
        for typed in [
            "IEF.100004",
            "ief.100004",
            "Ief.100004",
            " IEF.100004\t\n",
            "ＩＥＦ．１００００４",
            "ief。100004",
            "\u{3000}100004",
        ] {
            assert_eq!(
                look_up(typed),
                Lookup::Found(IefError::InvalidOffset),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn a_bare_number_finds_the_one_code_ending_in_it() {
        assert_eq!(look_up("100004"), Lookup::Found(IefError::InvalidOffset));
        assert_eq!(look_up(" 310002 "), Lookup::Found(IefError::TokenExpired));
    }

    #[test]
    fn a_bare_number_ending_several_codes_lists_them() {
        let Lookup::Several(candidates) = look_up("04") else {
            panic!("04 ends several codes");
        };
        assert!(candidates.len() > 1);
        assert!(candidates.iter().all(|error| error.code().ends_with("04")));
        assert!(candidates.contains(&IefError::InvalidOffset));
    }

    #[test]
    fn no_match_is_unknown() {
        for typed in ["IEF.100006", "999999", "", "  ", "IEF.", "100004x"] {
            assert_eq!(look_up(typed), Lookup::Unknown, "{typed:?}");
        }
    }

    #[test]
    fn near_misses_suggest_their_neighbours() {
        assert_eq!(
            nearest_codes("IEF.100006")[..2],
            [IefError::InvalidOffset, IefError::InvalidLimit]
        );
        assert_eq!(
            nearest_codes("ief.100006").first(),
            Some(&IefError::InvalidOffset)
        );
        assert!(nearest_codes("APIGW.0101").is_empty());
        assert_eq!(
            nearest_codes("0100004").first(),
            Some(&IefError::InvalidOffset)
        );
        for typed in ["IEF.999999", "IEF.4", "ief.4"] {
            assert_eq!(nearest_codes(typed).len(), 3, "{typed}");
        }
    }

    #[test]
    fn the_note_names_a_foreign_prefix() {
        assert_eq!(
            origin_note("IAM.0001"),
            "IAM.* codes come from another service (IAM); this table covers IEF only"
        );
        assert_eq!(
            origin_note("IoTEdge.00000005"),
            "IoTEdge.* codes come from another service (IoTEdge); this table covers IEF only"
        );
        assert_eq!(
            origin_note("ModelArts.0104"),
            "ModelArts.* codes come from another service (ModelArts); this table covers IEF only"
        );
        assert_eq!(
            origin_note("100004.0"),
            "this code names no service: 100004 is a number, not a service's prefix such as IEF in IEF.100004; this table covers IEF only"
        );
        assert!(origin_note("IEF.999999").contains("IEF may have added it since 2025-08-26"));
        assert!(origin_note("APIGW.0301").starts_with("APIGW.* codes come from the API gateway"));
        assert!(origin_note("400").contains("this table covers IEF only"));
    }
}
