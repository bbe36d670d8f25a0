//! The codes the command answers from, as a catalogue: the shipped IEF
//! table (`IefError`), or the tables read with `--table`, layered as the
//! macro layers them. Each entry is a plain view of one row for the
//! formatters, borrowing from its source; the catalogue finds a code as a
//! person types it and says where a code it does not have may come from.

use std::borrow::Cow;

use ief_errors::{IefError, Lang, RetryKind};
use ief_errors_table::{Row, Tables};

use crate::describe::Fault;
use crate::escape::escape_controls;

/// The update date of the published page the shipped table was imported
/// from; a test holds it to the table's import record.
pub(crate) const SHIPPED_PAGE_DATE: &str = "2025-08-26";

/// The longest text, in bytes, for which `explain` suggests codes.
const MAX_TYPO_LENGTH: usize = 256;

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
    /// Why the code should no longer be used, when the table says so.
    pub(crate) deprecated: Option<&'t str>,
}

impl Entry<'static> {
    /// A row of the shipped table. The generated enum has no deprecation
    /// reason to give, and the shipped table has no deprecated row; a test
    /// holds it to that.
    pub(crate) fn of(error: IefError) -> Self {
        Entry {
            code: error.code(),
            name: Cow::Borrowed(error.name()),
            status: error.status(),
            fault: Fault::of(error.is_internal()),
            retry: error.retry_kind(),
            messages: Lang::ALL.map(|lang| error.message(lang)),
            remediations: Lang::ALL.map(|lang| error.remediation(lang)),
            deprecated: None,
        }
    }
}

impl<'t> Entry<'t> {
    /// A valid row of tables read with `--table`.
    pub(crate) fn of_row(row: &'t Row) -> Self {
        let text = |lang: Lang, texts: &'t ief_errors_table::Bilingual| match lang {
            Lang::En => texts.en.value.as_str(),
            Lang::Zh => texts.zh.value.as_str(),
        };
        Entry {
            code: &row.code.value,
            name: Cow::Borrowed(&row.name.value),
            status: row.status.value,
            fault: Fault::of(row.is_internal()),
            retry: retry_kind_of(row.retry_kind()),
            messages: Lang::ALL.map(|lang| text(lang, &row.message)),
            remediations: Lang::ALL.map(|lang| text(lang, &row.remediation)),
            deprecated: row.deprecated.as_ref().map(|reason| reason.value.as_str()),
        }
    }

    pub(crate) fn message(&self, lang: Lang) -> &'t str {
        self.messages[lang_index(lang)]
    }

    pub(crate) fn remediation(&self, lang: Lang) -> &'t str {
        self.remediations[lang_index(lang)]
    }
}

/// The facade's kind for the table library's: both are named by the
/// `retry` key's values, so the name carries it across.
fn retry_kind_of(kind: ief_errors_table::RetryKind) -> RetryKind {
    kind.key_value().parse().unwrap_or(RetryKind::Caller)
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
            deprecated: Some("old\u{1b}[2J\n"),
        }
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|known| *known == lang)
        .unwrap_or(0)
}

/// Where a catalogue's rows come from.
#[derive(Debug)]
enum Source<'t> {
    /// The IEF table built into the command.
    Shipped,
    /// Tables read with `--table`: their paths as written, in layering order.
    Tables(Vec<&'t str>),
}

/// The rows the command answers from, in table order, and what it knows
/// about their source.
#[derive(Debug)]
pub(crate) struct Catalogue<'t> {
    entries: Vec<Entry<'t>>,
    source: Source<'t>,
    /// The service prefixes of the codes (`IEF` of `IEF.100004`), in the
    /// order they first appear.
    prefixes: Vec<&'t str>,
}

impl Catalogue<'static> {
    /// The shipped IEF table.
    pub(crate) fn shipped() -> Self {
        Catalogue::new(
            IefError::ALL
                .iter()
                .map(|error| Entry::of(*error))
                .collect(),
            Source::Shipped,
        )
    }
}

impl<'t> Catalogue<'t> {
    /// The valid rows of `tables`, which the caller has checked.
    pub(crate) fn of_tables(tables: &'t Tables) -> Self {
        Catalogue::new(
            tables.rows().iter().map(Entry::of_row).collect(),
            Source::Tables(
                tables
                    .files()
                    .iter()
                    .map(|file| file.written_path.as_str())
                    .collect(),
            ),
        )
    }

    fn new(entries: Vec<Entry<'t>>, source: Source<'t>) -> Self {
        let mut prefixes: Vec<&'t str> = Vec::new();
        for entry in &entries {
            if let Some(prefix) = service_prefix(entry.code) {
                if !prefixes.contains(&prefix) {
                    prefixes.push(prefix);
                }
            }
        }
        Catalogue {
            entries,
            source,
            prefixes,
        }
    }

    /// Every row, in table order.
    pub(crate) fn entries(&self) -> &[Entry<'t>] {
        &self.entries
    }

    /// The source in a few words, for messages: `the IEF table (149 codes,
    /// published 2025-08-26)`, `the tables data/codes.toml, data/custom.toml
    /// (152 codes)`.
    pub(crate) fn described(&self) -> String {
        let count = match self.entries.len() {
            1 => "1 code".to_owned(),
            count => format!("{count} codes"),
        };
        match &self.source {
            Source::Shipped => format!("the IEF table ({count}, published {SHIPPED_PAGE_DATE})"),
            Source::Tables(paths) => format!("{} ({count})", tables_named(paths)),
        }
    }

    /// `(not in the IEF table)`, or the tables' words for it.
    pub(crate) fn not_in(&self) -> &'static str {
        match &self.source {
            Source::Shipped => "(not in the IEF table)",
            Source::Tables(paths) if paths.len() == 1 => "(not in the table)",
            Source::Tables(_) => "(not in the tables)",
        }
    }

    /// Finds a code as a person types it: any case, surrounding whitespace
    /// ignored, full-width forms read as ASCII, and a bare number standing
    /// for the one code that ends in it.
    pub(crate) fn look_up(&self, typed: &str) -> Lookup<'_, 't> {
        if let Some(found) = self.find_code(typed) {
            return Lookup::Found(found);
        }
        let typed = normalized(typed);
        if typed.is_empty() || !typed.bytes().all(|byte| byte.is_ascii_digit()) {
            return Lookup::Unknown;
        }
        let mut ending: Vec<&Entry<'t>> = self
            .entries
            .iter()
            .filter(|entry| entry.code.ends_with(typed.as_str()))
            .collect();
        match ending.len() {
            0 => Lookup::Unknown,
            1 => Lookup::Found(ending.remove(0)),
            _ => Lookup::Several(ending),
        }
    }

    /// The row of the code a server sent, read as a person's typing is (any
    /// case, whitespace around it), but never a bare number standing for a
    /// code. A table holds no two codes that differ only in case (the table
    /// library refuses them), so at most one row matches.
    pub(crate) fn find_code(&self, code: &str) -> Option<&Entry<'t>> {
        let typed = normalized(code);
        self.entries
            .iter()
            .find(|entry| normalized(entry.code).eq_ignore_ascii_case(&typed))
    }

    /// The three codes nearest `typed` (any case; a bare number read as a
    /// code's number, the part after its prefix), nearest first; none for
    /// another service's code, which no code of the catalogue stands for,
    /// or for text longer than [`MAX_TYPO_LENGTH`] bytes.
    pub(crate) fn nearest_codes(&self, typed: &str) -> Vec<&Entry<'t>> {
        let typed = normalized(typed).to_ascii_uppercase();
        // A typo is a few characters off a code, not hundreds; and the
        // distance costs the typed length for every code of the table.
        if typed.is_empty() || typed.len() > MAX_TYPO_LENGTH {
            return Vec::new();
        }
        let is_number = typed.bytes().all(|byte| byte.is_ascii_digit());
        if self.names_another_service(&typed) {
            return Vec::new();
        }
        let mut near: Vec<(usize, &Entry<'t>)> = self
            .entries
            .iter()
            .map(|entry| {
                let code = normalized(entry.code).to_ascii_uppercase();
                // Every code's prefix is the same distance from a number
                // read with it, so the number is compared with the rest.
                let compared = if is_number {
                    code.split_once('.')
                        .map_or(code.as_str(), |(_, number)| number)
                } else {
                    code.as_str()
                };
                (strsim::levenshtein(&typed, compared), entry)
            })
            .collect();
        near.sort_by_key(|(distance, _)| *distance);
        near.into_iter().take(3).map(|(_, entry)| entry).collect()
    }

    /// Whether `typed` (normalized) has a prefix, such as `IAM` in
    /// `IAM.0001` or `100004` in `100004.0`, that no code here has.
    pub(crate) fn names_another_service(&self, typed: &str) -> bool {
        typed.split_once('.').is_some_and(|(prefix, _)| {
            !prefix.is_empty()
                && !self
                    .prefixes
                    .iter()
                    .any(|known| known.eq_ignore_ascii_case(prefix))
        })
    }

    /// Where a code the catalogue does not have comes from, in words.
    pub(crate) fn origin_note(&self, code: &str) -> String {
        match &self.source {
            Source::Shipped => shipped_origin_note(code),
            Source::Tables(paths) => self.tables_origin_note(code, paths),
        }
    }

    fn tables_origin_note(&self, code: &str, paths: &[&str]) -> String {
        let code = code.trim();
        let coverage = self.coverage(paths);
        // A code of the tables with a prefix, to show what a prefix is.
        let example = self
            .entries
            .iter()
            .find_map(|entry| Some((service_prefix(entry.code)?, entry.code)))
            .map(|(prefix, code)| (escape_controls(prefix), escape_controls(code)));
        match code.split_once('.').map(|(prefix, _)| prefix) {
            Some(prefix) if self.prefixes.iter().any(|known| known.eq_ignore_ascii_case(prefix)) => format!(
                "{} {} other {prefix}.* codes, but not this one; the service may have added it since",
                capitalized(&tables_named(paths)),
                if paths.len() == 1 { "has" } else { "have" },
            ),
            Some(prefix) if prefix.eq_ignore_ascii_case("APIGW") => {
                "APIGW.* codes come from Huawei Cloud's API gateway in front of the service, not from the service itself; see the gateway's error-code list".to_owned()
            }
            Some(prefix) if !prefix.is_empty() && prefix.bytes().all(|byte| byte.is_ascii_digit()) => match example {
                Some((example_prefix, code)) => format!(
                    "this code names no service: {prefix} is a number, not a service's prefix such as {example_prefix} in {code}; {coverage}"
                ),
                None => format!("this code names no service: {prefix} is a number, not a service's prefix; {coverage}"),
            },
            Some(prefix) if !prefix.is_empty() => {
                format!("{prefix}.* codes come from another service ({prefix}); {coverage}")
            }
            _ => match example {
                Some((_, code)) => format!("this code names no service (such as {code}); {coverage}"),
                None => format!("this code names no service; {coverage}"),
            },
        }
    }

    /// `the tables cover IEF and EDGE only`, from the codes' prefixes.
    fn coverage(&self, paths: &[&str]) -> String {
        let verb = if paths.len() == 1 { "covers" } else { "cover" };
        let subject = if paths.len() == 1 {
            "the table"
        } else {
            "the tables"
        };
        match self.prefixes.as_slice() {
            [] if paths.len() == 1 => "the table's codes name no service".to_owned(),
            [] => "the tables' codes name no service".to_owned(),
            [only] => format!("{subject} {verb} {} only", escape_controls(only)),
            [first @ .., last] => format!(
                "{subject} {verb} {} and {} only",
                first
                    .iter()
                    .map(|prefix| escape_controls(prefix))
                    .collect::<Vec<_>>()
                    .join(", "),
                escape_controls(last)
            ),
        }
    }
}

/// `the table data/custom.toml`, `the tables data/codes.toml, data/custom.toml`.
pub(crate) fn tables_named(paths: &[&str]) -> String {
    let noun = if paths.len() == 1 { "table" } else { "tables" };
    // An empty path is named as the empty string it is, not as nothing.
    let paths: Vec<Cow<'_, str>> = paths
        .iter()
        .map(|path| {
            if path.is_empty() {
                Cow::Borrowed("\"\"")
            } else {
                escape_controls(path)
            }
        })
        .collect();
    format!("the {noun} {}", paths.join(", "))
}

fn capitalized(text: &str) -> String {
    let mut characters = text.chars();
    characters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(characters).collect()
    })
}

/// The service a code names: the part before its first dot, unless that
/// is empty or a number.
fn service_prefix(code: &str) -> Option<&str> {
    code.split_once('.')
        .map(|(prefix, _)| prefix)
        .filter(|prefix| !prefix.is_empty() && !prefix.bytes().all(|byte| byte.is_ascii_digit()))
}

/// What a code as typed names.
#[derive(Debug)]
pub(crate) enum Lookup<'c, 't> {
    Found(&'c Entry<'t>),
    /// A bare number that ends several codes.
    Several(Vec<&'c Entry<'t>>),
    Unknown,
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

/// Where a code the shipped table does not have comes from, in words.
fn shipped_origin_note(code: &str) -> String {
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

    fn shipped_code(lookup: &Lookup<'_, '_>) -> Option<&'static str> {
        match lookup {
            Lookup::Found(entry) => IefError::from_code(entry.code).map(IefError::code),
            _ => None,
        }
    }

    fn codes<'a>(entries: &[&'a Entry<'_>]) -> Vec<&'a str> {
        entries.iter().map(|entry| entry.code).collect()
    }

    #[test]
    fn the_shipped_date_is_the_tables_import_record() {
        let table = include_str!("../data/codes.toml");
        let record = crate::record::read(table, crate::page::PageLanguage::Chinese)
            .unwrap()
            .unwrap();
        assert_eq!(record.date, SHIPPED_PAGE_DATE);
    }

    /// `Entry::of` gives no shipped row a deprecation: the generated enum
    /// has none to give. The day the table deprecates a code, the command
    /// must learn it (from the table, or from a method of the enum).
    #[test]
    fn the_shipped_table_has_no_deprecated_row() {
        let tables = Tables::from_texts(&[("data/codes.toml", include_str!("../data/codes.toml"))]);
        assert!(tables.is_valid());
        assert_eq!(tables.rows().len(), IefError::ALL.len());
        assert!(tables.rows().iter().all(|row| row.deprecated.is_none()));
    }

    #[test]
    fn shipped_rows_read_from_the_table_are_the_enums() {
        let tables = Tables::from_texts(&[("data/codes.toml", include_str!("../data/codes.toml"))]);
        let from_tables = Catalogue::of_tables(&tables);
        let shipped = Catalogue::shipped();
        for (read, built_in) in from_tables.entries().iter().zip(shipped.entries()) {
            assert_eq!(format!("{read:?}"), format!("{built_in:?}"));
        }
        assert_eq!(from_tables.entries().len(), shipped.entries().len());
    }

    #[test]
    fn every_retry_kind_of_the_tables_is_the_facades() {
        for kind in ief_errors_table::RetryKind::all() {
            assert_eq!(retry_kind_of(kind).as_str(), kind.key_value());
        }
    }

    #[test]
    fn codes_are_found_in_any_case_and_with_whitespace_around() {
        let shipped = Catalogue::shipped();
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
                shipped_code(&shipped.look_up(typed)),
                Some("IEF.100004"),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn a_bare_number_finds_the_one_code_ending_in_it() {
        let shipped = Catalogue::shipped();
        assert_eq!(shipped_code(&shipped.look_up("100004")), Some("IEF.100004"));
        assert_eq!(
            shipped_code(&shipped.look_up(" 310002 ")),
            Some("IEF.310002")
        );
    }

    #[test]
    fn a_bare_number_ending_several_codes_lists_them() {
        let shipped = Catalogue::shipped();
        let Lookup::Several(candidates) = shipped.look_up("04") else {
            panic!("04 ends several codes");
        };
        assert!(candidates.len() > 1);
        assert!(candidates.iter().all(|entry| entry.code.ends_with("04")));
        assert!(codes(&candidates).contains(&"IEF.100004"));
    }

    #[test]
    fn no_match_is_unknown() {
        let shipped = Catalogue::shipped();
        for typed in ["IEF.100006", "999999", "", "  ", "IEF.", "100004x"] {
            assert!(
                matches!(shipped.look_up(typed), Lookup::Unknown),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn near_misses_suggest_their_neighbours() {
        let shipped = Catalogue::shipped();
        assert_eq!(
            codes(&shipped.nearest_codes("IEF.100006"))[..2],
            ["IEF.100004", "IEF.100005"]
        );
        assert_eq!(
            codes(&shipped.nearest_codes("ief.100006")).first(),
            Some(&"IEF.100004")
        );
        assert!(shipped.nearest_codes("APIGW.0101").is_empty());
        assert!(shipped.nearest_codes(&"IEF.100006".repeat(100)).is_empty());
        assert_eq!(
            codes(&shipped.nearest_codes("0100004")).first(),
            Some(&"IEF.100004")
        );
        for typed in ["IEF.999999", "IEF.4", "ief.4"] {
            assert_eq!(shipped.nearest_codes(typed).len(), 3, "{typed}");
        }
    }

    #[test]
    fn the_note_names_a_foreign_prefix() {
        let shipped = Catalogue::shipped();
        assert_eq!(
            shipped.origin_note("IAM.0001"),
            "IAM.* codes come from another service (IAM); this table covers IEF only"
        );
        assert_eq!(
            shipped.origin_note("IoTEdge.00000005"),
            "IoTEdge.* codes come from another service (IoTEdge); this table covers IEF only"
        );
        assert_eq!(
            shipped.origin_note("ModelArts.0104"),
            "ModelArts.* codes come from another service (ModelArts); this table covers IEF only"
        );
        assert_eq!(
            shipped.origin_note("100004.0"),
            "this code names no service: 100004 is a number, not a service's prefix such as IEF in IEF.100004; this table covers IEF only"
        );
        assert!(
            shipped
                .origin_note("IEF.999999")
                .contains("IEF may have added it since 2025-08-26")
        );
        assert!(
            shipped
                .origin_note("APIGW.0301")
                .starts_with("APIGW.* codes come from the API gateway")
        );
        assert!(
            shipped
                .origin_note("400")
                .contains("this table covers IEF only")
        );
    }

    const FORK: &str = r#"
[[error]]
code = "EDGE.7001"
name = "EdgeDown"
status = 503
message.en = "The edge is down."
message.zh = "边缘离线"
remediation.en = "Wait."
remediation.zh = "等待"

[[error]]
code = "Edge.7009"
name = "EdgeDownMixedCase"
status = 400
message.en = "Another."
message.zh = "另一个"
remediation.en = "Fix it."
remediation.zh = "修复"
deprecated = "replaced by EDGE.7001"
"#;

    fn fork_tables() -> Tables {
        let shipped = include_str!("../data/codes.toml");
        let tables = Tables::from_texts(&[("data/codes.toml", shipped), ("fork.toml", FORK)]);
        assert!(tables.is_valid(), "{:#?}", tables.render_problems());
        tables
    }

    #[test]
    fn a_forks_catalogue_names_its_tables_and_prefixes() {
        let tables = fork_tables();
        let fork = Catalogue::of_tables(&tables);
        assert_eq!(fork.entries().len(), 151);
        assert_eq!(fork.prefixes, ["IEF", "EDGE", "Edge"]);
        assert_eq!(
            fork.described(),
            "the tables data/codes.toml, fork.toml (151 codes)"
        );
        assert_eq!(
            fork.origin_note("IAM.1"),
            "IAM.* codes come from another service (IAM); the tables cover IEF, EDGE and Edge only"
        );
        assert!(
            fork.origin_note("edge.9")
                .contains("have other edge.* codes, but not this one")
        );
        assert!(!fork.names_another_service("EDGE.9"));
        assert!(fork.names_another_service("IAM.9"));
        assert_eq!(
            fork.entries()[150].deprecated,
            Some("replaced by EDGE.7001")
        );
    }

    #[test]
    fn codes_are_found_in_any_case_and_a_table_with_case_twins_is_refused() {
        let tables = fork_tables();
        let fork = Catalogue::of_tables(&tables);
        let Lookup::Found(found) = fork.look_up(" edge.7009 ") else {
            panic!("a code in another case is found");
        };
        assert_eq!(found.name, "EdgeDownMixedCase");
        assert_eq!(
            fork.find_code("edge.7001").map(|entry| entry.code),
            Some("EDGE.7001")
        );
        let twins = FORK.replace("code = \"Edge.7009\"", "code = \"Edge.7001\"");
        let tables = Tables::from_texts(&[("fork.toml", twins.as_str())]);
        assert!(!tables.is_valid());
        let messages: Vec<String> = tables
            .render_problems()
            .into_iter()
            .map(|problem| problem.message)
            .collect();
        assert_eq!(
            messages,
            ["code `Edge.7001` is code `EDGE.7001` in another case"]
        );
    }

    #[test]
    fn a_bare_number_of_a_fork_is_compared_with_every_codes_number() {
        let tables = fork_tables();
        let fork = Catalogue::of_tables(&tables);
        assert!(matches!(fork.look_up("7001"), Lookup::Found(found) if found.code == "EDGE.7001"));
        assert_eq!(
            codes(&fork.nearest_codes("7002"))[..2],
            ["EDGE.7001", "Edge.7009"]
        );
    }
}
