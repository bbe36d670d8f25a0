//! The name the invoking crate gives the facade, read from its `Cargo.toml`.
//!
//! Generated code names the facade by an absolute path. A crate may depend on
//! it under another name (`errs = { package = "ief-errors" }`), in which case
//! `::ief_errors` does not exist there; the manifest says which name does, as
//! the `proc-macro-crate` crate finds it.

use std::path::{Path, PathBuf};

use ief_errors_table::identifier::{is_identifier, is_keyword};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use toml::Spanned;

use crate::invocation::path_separator;
use toml::de::{DeTable, DeValue};

const FACADE_PACKAGE: &str = "ief-errors";

/// How generated code names the facade.
pub(crate) struct FacadePath {
    /// `::ief_errors`, or `::name` for the name the manifest gives the facade.
    pub(crate) tokens: TokenStream,
    /// The invoking crate's manifest was read and does not depend on the
    /// facade: `tokens` is a guess that will not resolve unless the crate
    /// declares `extern crate ... as ief_errors` itself.
    pub(crate) not_a_dependency: bool,
}

/// The facade's path in the invoking crate. A manifest that cannot be read
/// (a build without cargo) keeps the default, `::ief_errors`.
pub(crate) fn facade_path() -> FacadePath {
    let found = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or(FacadeEntry::Unreadable, |directory| {
            facade_name_in(&PathBuf::from(directory))
        });
    let not_a_dependency = matches!(found, FacadeEntry::Missing);
    let name = match found {
        FacadeEntry::Named(name) => name,
        FacadeEntry::Unreadable | FacadeEntry::Missing => "ief_errors".to_owned(),
    };
    // A dependency key is a valid crate name, but `Ident::new` panics on
    // anything else, and a macro must not panic.
    let name = if is_identifier(&name) && !is_keyword(&name) {
        name
    } else {
        "ief_errors".to_owned()
    };
    let mut tokens = TokenStream::from_iter(path_separator());
    tokens.extend([TokenTree::Ident(Ident::new(&name, Span::call_site()))]);
    FacadePath {
        tokens,
        not_a_dependency,
    }
}

/// What a manifest says of the facade.
#[derive(Debug, PartialEq, Eq)]
enum FacadeEntry {
    /// There is no manifest, or it is not TOML.
    Unreadable,
    /// The crate name it depends on the facade under.
    Named(String),
    /// It does not depend on the facade.
    Missing,
}

/// What the manifest in `manifest_dir` says of the facade.
fn facade_name_in(manifest_dir: &Path) -> FacadeEntry {
    let Ok(text) = std::fs::read_to_string(manifest_dir.join("Cargo.toml")) else {
        return FacadeEntry::Unreadable;
    };
    let Ok(manifest) = DeTable::parse(&text) else {
        return FacadeEntry::Unreadable;
    };
    facade_name_in_manifest(&manifest.into_inner(), manifest_dir)
        .map_or(FacadeEntry::Missing, FacadeEntry::Named)
}

fn facade_name_in_manifest(manifest: &DeTable<'_>, manifest_dir: &Path) -> Option<String> {
    if table(manifest, "package")
        .and_then(|package| string(package, "name"))
        .is_some_and(|name| name == FACADE_PACKAGE)
    {
        // The facade itself (its library declares `extern crate self as
        // ief_errors`), or its tests, examples and doctests.
        return Some("ief_errors".to_owned());
    }
    let workspace_dependencies = || workspace_dependencies(manifest_dir);
    dependency_tables(manifest)
        .into_iter()
        .find_map(|dependencies| facade_key(dependencies, &workspace_dependencies))
        .map(|key| key.replace('-', "_"))
}

/// `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]` and their
/// `[target.'cfg(..)'.*]` forms, the plain dependencies first.
fn dependency_tables<'t, 'i>(manifest: &'t DeTable<'i>) -> Vec<&'t DeTable<'i>> {
    const KINDS: [&str; 5] = [
        "dependencies",
        "dev-dependencies",
        "dev_dependencies",
        "build-dependencies",
        "build_dependencies",
    ];
    let mut tables: Vec<&DeTable<'_>> = KINDS
        .iter()
        .filter_map(|kind| table(manifest, kind))
        .collect();
    if let Some(targets) = table(manifest, "target") {
        for (_, target) in targets {
            if let Some(target) = target.get_ref().as_table() {
                tables.extend(KINDS.iter().filter_map(|kind| table(target, kind)));
            }
        }
    }
    tables
}

/// The key of the entry that is the facade: its `package` is `ief-errors`,
/// or, with no `package`, its key is. `workspace = true` entries take their
/// `package` from the workspace's `[workspace.dependencies]`.
fn facade_key(
    dependencies: &DeTable<'_>,
    workspace_dependencies: &dyn Fn() -> Option<Vec<(String, Option<String>)>>,
) -> Option<String> {
    dependencies.iter().find_map(|(key, value)| {
        let key = key.get_ref().as_ref();
        let entry = value.get_ref().as_table();
        let mut package = entry.and_then(|entry| string(entry, "package"));
        let inherited = entry
            .and_then(|entry| value_of(entry, "workspace"))
            .and_then(|flag| flag.get_ref().as_bool())
            == Some(true);
        if package.is_none() && inherited {
            package = workspace_dependencies()?
                .into_iter()
                .find(|(name, _)| name == key)
                .and_then(|(_, package)| package);
        }
        (package.as_deref().unwrap_or(key) == FACADE_PACKAGE).then(|| key.to_owned())
    })
}

/// The `[workspace.dependencies]` of the nearest manifest above
/// `manifest_dir` that has a `[workspace]`, as `(key, package)` pairs.
fn workspace_dependencies(manifest_dir: &Path) -> Option<Vec<(String, Option<String>)>> {
    manifest_dir.ancestors().find_map(|directory| {
        let text = std::fs::read_to_string(directory.join("Cargo.toml")).ok()?;
        let manifest = DeTable::parse(&text).ok()?.into_inner();
        let workspace = table(&manifest, "workspace")?;
        let dependencies = table(workspace, "dependencies").map_or_else(Vec::new, |entries| {
            entries
                .iter()
                .map(|(key, value)| {
                    let package = value
                        .get_ref()
                        .as_table()
                        .and_then(|entry| string(entry, "package"));
                    (key.get_ref().to_string(), package)
                })
                .collect()
        });
        Some(dependencies)
    })
}

/// The value of `key` in `table`.
fn value_of<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
    table
        .iter()
        .find_map(|(name, value)| (name.get_ref() == key).then_some(value))
}

fn table<'t, 'i>(parent: &'t DeTable<'i>, key: &str) -> Option<&'t DeTable<'i>> {
    value_of(parent, key)?.get_ref().as_table()
}

fn string(parent: &DeTable<'_>, key: &str) -> Option<String> {
    value_of(parent, key)?.get_ref().as_str().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `manifests` (relative directory, contents) under a fresh
    /// directory and returns the name found for the first one's crate.
    fn name_found(test: &str, manifests: &[(&str, &str)]) -> Option<String> {
        // One directory per case, not one per process holding them, so that
        // removing it leaves nothing behind.
        let root =
            std::env::temp_dir().join(format!("ief-errors-manifest-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (directory, contents) in manifests {
            std::fs::create_dir_all(root.join(directory)).unwrap();
            std::fs::write(root.join(directory).join("Cargo.toml"), contents).unwrap();
        }
        let found = match facade_name_in(&root.join(manifests[0].0)) {
            FacadeEntry::Named(name) => Some(name),
            FacadeEntry::Unreadable | FacadeEntry::Missing => None,
        };
        let _ = std::fs::remove_dir_all(&root);
        found
    }

    const PACKAGE: &str = "[package]\nname = \"app\"\n";

    #[test]
    fn a_plain_dependency_is_ief_errors() {
        let manifest = format!("{PACKAGE}[dependencies]\nief-errors = \"0.1\"\n");
        assert_eq!(
            name_found("plain", &[("", &manifest)]).as_deref(),
            Some("ief_errors")
        );
    }

    #[test]
    fn a_renamed_dependency_is_found_by_its_package() {
        for (test, entry) in [
            (
                "inline",
                "errs = { package = \"ief-errors\", version = \"0.1\" }",
            ),
            (
                "dashed",
                "my-errs = { package = \"ief-errors\", path = \"../x\" }",
            ),
        ] {
            let manifest = format!("{PACKAGE}[dependencies]\n{entry}\n");
            let expected = entry.split(' ').next().unwrap().replace('-', "_");
            assert_eq!(name_found(test, &[("", &manifest)]), Some(expected));
        }
        let dotted = format!("{PACKAGE}[dependencies.e]\npackage = \"ief-errors\"\n");
        assert_eq!(name_found("dotted", &[("", &dotted)]).as_deref(), Some("e"));
    }

    #[test]
    fn dev_build_and_target_dependencies_count() {
        for (test, section) in [
            ("dev", "[dev-dependencies]"),
            ("build", "[build-dependencies]"),
            ("target", "[target.'cfg(unix)'.dependencies]"),
        ] {
            let manifest = format!("{PACKAGE}{section}\nerrs = {{ package = \"ief-errors\" }}\n");
            assert_eq!(
                name_found(test, &[("", &manifest)]).as_deref(),
                Some("errs"),
                "{section}"
            );
        }
    }

    #[test]
    fn a_workspace_inherited_rename_is_read_from_the_workspace() {
        let member = format!("{PACKAGE}[dependencies]\nerrs = {{ workspace = true }}\n");
        let workspace = "[workspace]\nmembers = [\"app\"]\n\n\
                         [workspace.dependencies]\nerrs = { package = \"ief-errors\", version = \"0.1\" }\n";
        assert_eq!(
            name_found("workspace", &[("app", &member), ("", workspace)]).as_deref(),
            Some("errs")
        );
    }

    #[test]
    fn the_facade_itself_uses_its_own_name() {
        let manifest = "[package]\nname = \"ief-errors\"\n";
        assert_eq!(
            name_found("facade", &[("", manifest)]).as_deref(),
            Some("ief_errors")
        );
    }

    #[test]
    fn a_manifest_without_the_facade_gives_no_name() {
        let manifest = format!("{PACKAGE}[dependencies]\nsdk = \"1\"\n");
        assert_eq!(name_found("none", &[("", &manifest)]), None);
        assert_eq!(name_found("broken", &[("", "not [toml")]), None);
    }

    #[test]
    fn only_a_manifest_that_was_read_can_say_the_facade_is_missing() {
        let root = std::env::temp_dir().join(format!(
            "ief-errors-manifest-missing-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        assert_eq!(facade_name_in(&root), FacadeEntry::Unreadable);
        std::fs::write(
            root.join("Cargo.toml"),
            format!("{PACKAGE}[dependencies]\nsdk = \"1\"\n"),
        )
        .unwrap();
        assert_eq!(facade_name_in(&root), FacadeEntry::Missing);
        let _ = std::fs::remove_dir_all(&root);
    }
}
