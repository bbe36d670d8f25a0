//! The per-row parts of the expansion, written as text: the variants with
//! their docs, and the static columns and lookup arrays the fixed impls read.
//!
//! A table may have thousands of rows. Building tokens one by one, or lexing
//! them with `proc_macro2` (unoptimized in a proc macro), costs far more than
//! handing one string to the compiler's lexer. So this part alone is text,
//! and every table value enters it through [`push_str_literal`], the one
//! place a value becomes a literal. Nothing searches or rewrites the text
//! afterwards, so no value can become code.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::perfect_hash::{self, PerfectHash};
use super::variant_docs;
use crate::model::Row;

/// The names the fixed impls use for the items written here, in one place so
/// the two sides cannot drift apart.
pub(crate) mod names {
    /// A `const fn` that returns every variant, in order.
    pub(crate) const VARIANTS: &str = "variants";
    pub(crate) const DISCRIMINANTS: &str = "DISCRIMINANTS";
    pub(crate) const NAMES: &str = "NAMES";
    pub(crate) const CODES: &str = "CODES";
    pub(crate) const STATUSES: &str = "STATUSES";
    pub(crate) const INTERNAL: &str = "INTERNAL";
    pub(crate) const RETRY: &str = "RETRY";
    pub(crate) const MESSAGES_EN: &str = "MESSAGES_EN";
    pub(crate) const MESSAGES_ZH: &str = "MESSAGES_ZH";
    pub(crate) const REMEDIATIONS_EN: &str = "REMEDIATIONS_EN";
    pub(crate) const REMEDIATIONS_ZH: &str = "REMEDIATIONS_ZH";
    pub(crate) const SEED: &str = "SEED";
    pub(crate) const PILOTS: &str = "PILOTS";
    pub(crate) const SLOTS: &str = "SLOTS";

    /// The constant holding a text column's texts, joined.
    pub(crate) fn joined(column: &str) -> String {
        format!("{column}_JOINED")
    }

    /// The constant holding where each text of a text column starts.
    pub(crate) fn offsets(column: &str) -> String {
        format!("{column}_OFFSETS")
    }
}

/// A column of texts: generated code reads it as a `Texts` named
/// `constant`, made from the string of its texts joined ([`names::joined`])
/// and the byte string of their offsets ([`names::offsets`]).
pub(crate) struct TextColumn {
    pub(crate) constant: &'static str,
    /// Its key in a table, for messages.
    pub(crate) key: &'static str,
    pub(crate) text: fn(&Row) -> &str,
}

/// Every column of texts, in the order generated code holds them.
pub(crate) const TEXT_COLUMNS: [TextColumn; 6] = [
    TextColumn {
        constant: names::NAMES,
        key: "name",
        text: |row| &row.name.value,
    },
    TextColumn {
        constant: names::CODES,
        key: "code",
        text: |row| &row.code.value,
    },
    TextColumn {
        constant: names::MESSAGES_EN,
        key: "message.en",
        text: |row| &row.message.en.value,
    },
    TextColumn {
        constant: names::MESSAGES_ZH,
        key: "message.zh",
        text: |row| &row.message.zh.value,
    },
    TextColumn {
        constant: names::REMEDIATIONS_EN,
        key: "remediation.en",
        text: |row| &row.remediation.en.value,
    },
    TextColumn {
        constant: names::REMEDIATIONS_ZH,
        key: "remediation.zh",
        text: |row| &row.remediation.zh.value,
    },
];

/// Rust accepts at most 255 `#`s around a raw string.
const MAX_RAW_HASHES: usize = 255;

const STR: &str = "&'static ::core::primitive::str";

/// The variants, each with its rustdoc, search aliases and deprecation: the
/// body of the `enum`.
pub(crate) fn variants(rows: &[Row]) -> String {
    let mut out = String::with_capacity(rows.len() * 512);
    for row in rows {
        // One attribute for the whole doc: fewer nodes for the compiler than one per line.
        out.push_str("#[doc = ");
        push_str_literal(&mut out, &variant_docs::variant_doc(row));
        out.push_str("]\n");
        let aliases = variant_docs::search_aliases(&row.code.value, &row.name.value);
        if !aliases.is_empty() {
            out.push_str("#[doc(");
            for alias in aliases {
                out.push_str("alias = ");
                push_str_literal(&mut out, &alias);
                out.push(',');
            }
            out.push_str(")]\n");
        }
        if let Some(reason) = &row.deprecated {
            out.push_str("#[deprecated = ");
            push_str_literal(&mut out, &reason.value);
            out.push_str("]\n");
        }
        // Validation let through only identifiers that are not keywords.
        out.push_str(&row.name.value);
        out.push_str(",\n");
    }
    out
}

/// `variants()`, every variant named in an array: for an enum whose layout
/// is not known (see `generate::variants_from_discriminants`). `enum_name`
/// is the enum as the user wrote it.
pub(crate) fn named_variants(enum_name: &str, rows: &[Row]) -> String {
    let mut out = String::with_capacity(rows.len() * 32 + 64);
    let _ = write!(
        out,
        "const fn {}() -> &'static [{enum_name}; {}] {{ &[",
        names::VARIANTS,
        rows.len()
    );
    for row in rows {
        let _ = write!(out, "{enum_name}::{},", row.name.value);
    }
    out.push_str("] }\n");
    out
}

/// The items inside the generated `const _` block that hold the table: an
/// `include_bytes!` of each table file (so an edit rebuilds the user's
/// crate), one array per column of numbers indexed by discriminant, and for
/// each column of texts its texts joined in one literal and their ends in
/// one byte string (`generate::text_columns` makes them `Texts`).
pub(crate) fn data(rows: &[Row], tracked_files: &[PathBuf]) -> String {
    let mut out = String::with_capacity(rows.len() * 512 + 1024);
    for path in tracked_files.iter().filter_map(|path| path.to_str()) {
        out.push_str("const _: &[::core::primitive::u8] = ::core::include_bytes!(");
        push_str_literal(&mut out, path);
        out.push_str(");\n");
    }
    let count = rows.len();
    let mut column = |name: &str, element: &str, value: &dyn Fn(&mut String, &Row)| {
        let _ = write!(out, "const {name}: &[{element}; {count}] = &[");
        for row in rows {
            value(&mut out, row);
            out.push(',');
        }
        out.push_str("];\n");
    };
    column(names::STATUSES, "::core::primitive::u16", &|out, row| {
        let _ = write!(out, "{}", row.status.value);
    });
    column(names::INTERNAL, "::core::primitive::bool", &|out, row| {
        out.push_str(if row.is_internal() { "true" } else { "false" });
    });
    column(names::RETRY, "::core::primitive::u8", &|out, row| {
        let _ = write!(out, "{}", row.retry_kind().number());
    });
    for column in &TEXT_COLUMNS {
        push_text_column(&mut out, column.constant, rows.iter().map(column.text));
    }
    out
}

/// The column of texts with the most bytes, by its key in a table, and
/// how many: `push_text_column` numbers them with `u32`s.
pub(crate) fn largest_text_column(rows: &[Row]) -> (&'static str, usize) {
    TEXT_COLUMNS
        .iter()
        .map(|column| {
            let bytes = rows.iter().map(|row| (column.text)(row).len()).sum();
            (column.key, bytes)
        })
        .max_by_key(|&(_, bytes)| bytes)
        .unwrap_or(("name", 0))
}

/// `const COLUMN_JOINED: &str = "..."; const COLUMN_OFFSETS: &[u8] = b"...";`:
/// the texts one after another, and as little-endian `u32`s the offset at
/// which each starts and then the length of them all, each on a character
/// boundary since it is the length of whole texts. That is what
/// `Texts::new` asks.
fn push_text_column<'r>(out: &mut String, column: &str, texts: impl Iterator<Item = &'r str>) {
    let mut joined = String::new();
    let mut offsets = 0_u32.to_le_bytes().to_vec();
    for text in texts {
        joined.push_str(text);
        // `generate` keeps every column under 4 GiB.
        let end = u32::try_from(joined.len()).unwrap_or(u32::MAX);
        offsets.extend_from_slice(&end.to_le_bytes());
    }
    let _ = write!(out, "const {}: {STR} = ", names::joined(column));
    push_str_literal(out, &joined);
    let _ = write!(
        out,
        ";\nconst {}: &'static [::core::primitive::u8] = ",
        names::offsets(column)
    );
    push_byte_string_literal(out, &offsets);
    out.push_str(";\n");
}

/// The perfect hash's seed, pilots and slots as constants, or `None` when
/// there is nothing to place (no rows) or no placement was found, in which
/// case `from_code` scans.
pub(crate) fn perfect_hash(rows: &[Row]) -> Option<String> {
    if rows.is_empty() {
        return None;
    }
    let codes: Vec<&str> = rows.iter().map(|row| row.code.value.as_str()).collect();
    let PerfectHash {
        seed,
        pilots,
        slots,
    } = perfect_hash::build(&codes)?;
    let pilot_type = smallest_unsigned(pilots.iter().map(|pilot| *pilot as usize).max()?);
    let slot_type = smallest_unsigned(rows.len() - 1);
    let mut out = String::with_capacity(16 * (pilots.len() + slots.len()));
    let _ = writeln!(
        out,
        "const {}: ::core::primitive::u64 = {seed};",
        names::SEED
    );
    let _ = write!(
        out,
        "const {}: &[{pilot_type}; {}] = &[",
        names::PILOTS,
        pilots.len()
    );
    for pilot in &pilots {
        let _ = write!(out, "{pilot},");
    }
    let _ = write!(
        out,
        "];\nconst {}: &[{slot_type}; {}] = &[",
        names::SLOTS,
        slots.len()
    );
    for slot in &slots {
        let _ = write!(out, "{slot},");
    }
    out.push_str("];\n");
    Some(out)
}

fn smallest_unsigned(max: usize) -> &'static str {
    if u8::try_from(max).is_ok() {
        "::core::primitive::u8"
    } else if u16::try_from(max).is_ok() {
        "::core::primitive::u16"
    } else {
        "::core::primitive::u32"
    }
}

/// Appends `bytes` as a Rust byte string literal: printable ASCII but `"`
/// and `\` as it is, every other byte as a `\x` escape.
fn push_byte_string_literal(out: &mut String, bytes: &[u8]) {
    out.push_str("b\"");
    for &byte in bytes {
        match byte {
            0x20..=0x7e if byte != b'"' && byte != b'\\' => out.push(char::from(byte)),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push('"');
}

/// Appends `text` as a Rust string literal that reads back as exactly `text`:
/// the one place a table value becomes part of the generated code.
///
/// Raw when it can be, because a raw literal needs no per-character escaping,
/// which is slow in a proc macro (it runs unoptimized); escaped only for text
/// with a carriage return, which raw literals cannot hold, or with a quote
/// followed by more hashes than a raw literal may have.
pub(crate) fn push_str_literal(out: &mut String, text: &str) {
    // A raw literal ends at `"` followed by its hashes: use one more than any such run.
    let mut longest_run = None;
    for (index, _) in text.match_indices('"') {
        let run = text[index + 1..]
            .bytes()
            .take_while(|&byte| byte == b'#')
            .count();
        longest_run = longest_run.max(Some(run));
    }
    if text.contains('\r') || longest_run >= Some(MAX_RAW_HASHES) {
        let _ = write!(out, "{text:?}");
        return;
    }
    let hashes = "#".repeat(longest_run.map_or(0, |run| run + 1));
    out.push('r');
    out.push_str(&hashes);
    out.push('"');
    out.push_str(text);
    out.push('"');
    out.push_str(&hashes);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literal(text: &str) -> String {
        let mut out = String::new();
        push_str_literal(&mut out, text);
        out
    }

    #[test]
    fn literals_read_back_as_the_same_text() {
        for text in [
            "",
            "plain",
            "quote \" inside",
            "\"# and \"##",
            "ends with a quote\"",
            "\"",
            "##\"###",
            "back\\slash {0} %s",
            "new\nline",
            "carriage\r return",
            "\r\n",
            "nul \0 esc \u{1b}[2J bel \u{7} c1 \u{85} del \u{7f}",
            "请求",
            "__ENUM__ __FACADE__ #ident $crate",
            "r#\"x\"#",
            &format!("\"{}", "#".repeat(300)),
        ] {
            let token: proc_macro2::Literal = literal(text).parse().unwrap();
            let value: syn::LitStr =
                syn::parse2(proc_macro2::TokenTree::from(token).into()).unwrap();
            assert_eq!(value.value(), text, "{}", literal(text));
        }
    }

    #[test]
    fn byte_strings_read_back_as_the_same_bytes() {
        let every_byte: Vec<u8> = (0..=255).collect();
        for bytes in [&b""[..], b"plain", b"\"\\\x00\x7f\xff", &every_byte] {
            let mut out = String::new();
            push_byte_string_literal(&mut out, bytes);
            let token: proc_macro2::Literal = out.parse().unwrap();
            let value: syn::LitByteStr =
                syn::parse2(proc_macro2::TokenTree::from(token).into()).unwrap();
            assert_eq!(value.value(), bytes, "{out}");
        }
    }

    #[test]
    fn a_text_column_starts_each_text_at_the_length_before_it() {
        let mut out = String::new();
        push_text_column(&mut out, "COLUMN", ["ab", "", "请求", "\"#"].into_iter());
        let items: syn::File = syn::parse_str(&out).unwrap();
        let values: Vec<&syn::Expr> = items
            .items
            .iter()
            .map(|item| match item {
                syn::Item::Const(constant) => &*constant.expr,
                _ => panic!("only constants"),
            })
            .collect();
        let [syn::Expr::Lit(joined), syn::Expr::Lit(offsets)] = values.as_slice() else {
            panic!("two literals: {out}");
        };
        let (syn::Lit::Str(joined), syn::Lit::ByteStr(offsets)) = (&joined.lit, &offsets.lit)
        else {
            panic!("a string and a byte string: {out}");
        };
        assert_eq!(joined.value(), "ab请求\"#");
        let offsets: Vec<u32> = offsets
            .value()
            .chunks(4)
            .map(|offset| u32::from_le_bytes(offset.try_into().unwrap()))
            .collect();
        assert_eq!(offsets, [0, 2, 2, 8, 10]);
    }

    #[test]
    fn the_largest_text_column_is_counted_in_bytes() {
        let table = "[[error]]\ncode = \"A.1\"\nname = \"First\"\nstatus = 400\n\
                     message.en = \"x\"\nmessage.zh = \"长长长长\"\n\
                     remediation.en = \"yy\"\nremediation.zh = \"z\"\n";
        let tables = crate::Tables::from_texts(&[("t.toml", table)]);
        assert_eq!(tables.rows().len(), 1);
        assert_eq!(largest_text_column(tables.rows()), ("message.zh", 12));
        assert_eq!(largest_text_column(&[]).1, 0);
    }

    #[test]
    fn plain_text_is_a_raw_literal_without_hashes() {
        assert_eq!(literal("plain"), "r\"plain\"");
        assert_eq!(literal("a \"# b"), "r##\"a \"# b\"##");
    }

    #[test]
    fn index_types_fit_the_table() {
        assert_eq!(smallest_unsigned(255), "::core::primitive::u8");
        assert_eq!(smallest_unsigned(256), "::core::primitive::u16");
        assert_eq!(smallest_unsigned(70_000), "::core::primitive::u32");
    }
}
