//! How a fork's copy of a shipped table differs from the table this release
//! ships: what `ief-errors check` warns of, and what a fork's own test can
//! assert, so that a copy cannot fall behind an upgrade unseen.

use std::collections::{HashMap, HashSet};

use crate::model::{Located, Row};
use crate::shipped::{SHIPPED_FILE, ShippedTable};
use crate::source::FileId;
use crate::tables::Tables;

/// How one table of a set differs from a shipped table whose codes it
/// holds: the codes it lacks, when it is a copy, and the rows it holds
/// otherwise than shipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The table, as in [`Tables::files`].
    pub file: FileId,
    /// The shipped table compared with.
    pub shipped: ShippedTable,
    /// How many of the shipped codes the table holds.
    pub shared_codes: usize,
    /// How many codes the shipped table has.
    pub shipped_codes: usize,
    /// The shipped codes the table lacks, in the shipped order: listed only
    /// for a copy, a table holding at least half of the shipped codes (a
    /// fork's own table that overrides a few rows lacks the rest by design).
    pub missing_codes: Vec<String>,
    /// The rows the table holds otherwise than shipped, in its order.
    pub changed_rows: Vec<ChangedRow>,
    /// The first of the shipped codes the table holds in another order
    /// than shipped (where it writes it): the first that comes after a
    /// code shipped later. An enum's order is its variants' numbers.
    pub out_of_order: Option<Located<String>>,
}

/// A row of a copy whose values differ from the shipped row of its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedRow {
    /// The code, where the copy writes it.
    pub code: Located<String>,
    /// Each key whose value differs, in the schema's order.
    pub fields: Vec<ChangedField>,
}

/// One key of a row whose value differs from the shipped row's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedField {
    /// The key, as the schema spells it: `status`, `message.en`, ...
    pub key: &'static str,
    /// The copy's value: a text quoted and escaped as Rust's `{:?}` writes
    /// it, a number or `true`/`false` as it is, or empty when the key is
    /// absent (`deprecated`).
    pub here: String,
    /// The shipped value, written the same way.
    pub shipped: String,
}

impl Drift {
    /// Whether the table holds the shipped rows exactly as shipped, and all
    /// of them if it is a copy.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.missing_codes.is_empty() && self.changed_rows.is_empty() && self.out_of_order.is_none()
    }

    /// Whether the table holds at least half of the shipped codes, which
    /// makes it a copy of the shipped table rather than a fork's own table.
    #[must_use]
    pub fn is_copy(&self) -> bool {
        self.shipped_codes > 0 && self.shared_codes * 2 >= self.shipped_codes
    }
}

impl ShippedTable {
    /// The valid rows of the table as shipped, in its order.
    #[must_use]
    pub fn rows(self) -> Vec<Row> {
        Tables::from_texts(&[(self.path(), self.text())])
            .rows()
            .to_vec()
    }

    /// How each table of `tables` that holds codes of this shipped table
    /// differs from it, one [`Drift`] per such table in file order, empty
    /// or not; tables holding none of its codes, and the shipped table
    /// itself when `tables` extend it, are left out. Codes are matched as
    /// everywhere, ignoring ASCII case.
    ///
    /// A fork that keeps a copy can hold it to the release it builds with:
    ///
    /// ```
    /// use ief_errors_table::{ShippedTable, Tables};
    ///
    /// let copy = ShippedTable::Ief.text().replacen("status = 400", "status = 409", 1);
    /// let tables = Tables::from_texts(&[("data/codes.toml", copy.as_str())]);
    /// let drift = ShippedTable::Ief.compare(&tables);
    /// assert_eq!(drift.len(), 1);
    /// assert!(drift[0].is_copy() && drift[0].missing_codes.is_empty());
    /// let changed = &drift[0].changed_rows[0];
    /// assert_eq!((changed.fields[0].here.as_str(), changed.fields[0].shipped.as_str()), ("409", "400"));
    ///
    /// let current = Tables::from_texts(&[("data/codes.toml", ShippedTable::Ief.text())]);
    /// assert!(ShippedTable::Ief.compare(&current).iter().all(|drift| drift.is_empty()));
    /// ```
    #[must_use]
    pub fn compare(self, tables: &Tables) -> Vec<Drift> {
        let shipped_rows = self.rows();
        let shipped_by_code: HashMap<String, (usize, &Row)> = shipped_rows
            .iter()
            .enumerate()
            .map(|(position, row)| (row.code.value.to_ascii_uppercase(), (position, row)))
            .collect();
        let extended_file = tables.extends().map(|_| SHIPPED_FILE);
        let mut drifts: Vec<Drift> = Vec::new();
        for (file, _) in tables.files().iter().enumerate() {
            if Some(file) == extended_file {
                continue;
            }
            let mut held = HashSet::new();
            let mut changed_rows = Vec::new();
            let mut latest_position = None;
            let mut out_of_order = None;
            for row in tables
                .rows()
                .iter()
                .filter(|row| row.code.span.file == file)
            {
                let code = row.code.value.to_ascii_uppercase();
                let Some(&(position, shipped)) = shipped_by_code.get(&code) else {
                    continue;
                };
                let _ = held.insert(code);
                if latest_position.is_some_and(|latest| position < latest) {
                    let _ = out_of_order.get_or_insert_with(|| row.code.clone());
                }
                latest_position = latest_position.max(Some(position));
                let fields = changed_fields(row, shipped);
                if !fields.is_empty() {
                    changed_rows.push(ChangedRow {
                        code: row.code.clone(),
                        fields,
                    });
                }
            }
            if held.is_empty() {
                continue;
            }
            let mut drift = Drift {
                file,
                shipped: self,
                shared_codes: held.len(),
                shipped_codes: shipped_rows.len(),
                missing_codes: Vec::new(),
                changed_rows,
                out_of_order,
            };
            if drift.is_copy() {
                drift.missing_codes = shipped_rows
                    .iter()
                    .filter(|row| !held.contains(&row.code.value.to_ascii_uppercase()))
                    .map(|row| row.code.value.clone())
                    .collect();
            }
            drifts.push(drift);
        }
        drifts
    }
}

/// The keys whose values differ between a row and the shipped one, with
/// both values. `internal` and `retry` are compared as they take effect,
/// written or by default.
fn changed_fields(here: &Row, shipped: &Row) -> Vec<ChangedField> {
    let text = |value: &str| format!("{value:?}");
    let values = |row: &Row| {
        [
            ("code", text(&row.code.value)),
            ("name", text(&row.name.value)),
            ("status", row.status.value.to_string()),
            ("internal", row.is_internal().to_string()),
            ("retry", text(row.retry_kind().key_value())),
            ("message.en", text(&row.message.en.value)),
            ("message.zh", text(&row.message.zh.value)),
            ("remediation.en", text(&row.remediation.en.value)),
            ("remediation.zh", text(&row.remediation.zh.value)),
            (
                "deprecated",
                row.deprecated
                    .as_ref()
                    .map_or_else(String::new, |reason| text(&reason.value)),
            ),
        ]
    };
    values(here)
        .into_iter()
        .zip(values(shipped))
        .filter(|((_, here), (_, shipped))| here != shipped)
        .map(|((key, here), (_, shipped))| ChangedField { key, here, shipped })
        .collect()
}
