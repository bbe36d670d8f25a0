//! The tables this library ships, which a set of tables can extend by name
//! (`#[ief_errors(extends = "ief")]`) rather than carry a copy of.

use crate::source::FileId;

/// The file of the shipped table among tables that extend it: the first.
pub(crate) const SHIPPED_FILE: FileId = 0;

/// A table shipped with this version of the crates, layered first by
/// [`Tables::read_extending`](crate::Tables::read_extending).
///
/// Its text is built into the library, so a fork that extends it gets the
/// rows of the `ief-errors` release it builds with, and the new official
/// codes with each upgrade.
///
/// ```
/// use ief_errors_table::ShippedTable;
///
/// let ief = ShippedTable::from_name("ief").unwrap();
/// assert_eq!(ief.name(), "ief");
/// assert!(ief.text().contains("code = \"IEF.100004\""));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShippedTable {
    /// The official IEF table, from which `ief_errors::IefError` is generated.
    Ief,
}

impl ShippedTable {
    /// Every shipped table.
    pub const ALL: [ShippedTable; 1] = [ShippedTable::Ief];

    /// The table `extends = "name"` names; names are matched exactly.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|table| table.name() == name)
    }

    /// The name `extends = "..."` gives it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            ShippedTable::Ief => "ief",
        }
    }

    /// The table's TOML text, as shipped.
    #[must_use]
    pub const fn text(self) -> &'static str {
        match self {
            ShippedTable::Ief => include_str!("../data/codes.toml"),
        }
    }

    /// The path messages name it by: the file in this release's package,
    /// such as `ief-errors-0.1.0/data/codes.toml`.
    #[must_use]
    pub const fn path(self) -> &'static str {
        match self {
            ShippedTable::Ief => {
                concat!("ief-errors-", env!("CARGO_PKG_VERSION"), "/data/codes.toml")
            }
        }
    }

    /// The names `extends` accepts, quoted and joined for a message:
    /// `"ief"`.
    #[must_use]
    pub fn names_for_message() -> String {
        let names: Vec<String> = Self::ALL
            .iter()
            .map(|table| format!("\"{}\"", table.name()))
            .collect();
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_exact() {
        assert_eq!(ShippedTable::from_name("ief"), Some(ShippedTable::Ief));
        assert_eq!(ShippedTable::from_name("IEF"), None);
        assert_eq!(ShippedTable::from_name(" ief"), None);
        assert_eq!(ShippedTable::from_name(""), None);
    }

    #[test]
    fn path_names_this_release() {
        assert_eq!(
            ShippedTable::Ief.path(),
            format!("ief-errors-{}/data/codes.toml", env!("CARGO_PKG_VERSION"))
        );
    }
}
