//! Compile-fail tests: one mistake per file in `ui/`, each with the table it
//! reads in `ui/tables/` and the compiler output a person has read in a
//! `.stderr` beside it. Regenerate with `TRYBUILD=overwrite` and review the diff.
//!
//! trybuild compiles the cases in a crate of its own under
//! `target/tests/trybuild/ief-errors-tests/`, and the macro resolves relative
//! paths against the invoking crate's directory. So that the paths written in
//! the cases (`ui/tables/...`, relative to this crate) mean the same file
//! there, the tables are copied into that crate first; the path rule itself
//! is not bent.

use std::path::{Path, PathBuf};

#[test]
fn ui() {
    copy_tables_into_trybuild_crate();
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}

fn copy_tables_into_trybuild_crate() {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target directory");
    let trybuild_crate = target_dir.join("tests/trybuild/ief-errors-tests");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/tables");
    let destination: PathBuf = trybuild_crate.join("ui/tables");
    let _ = std::fs::remove_dir_all(&destination);
    std::fs::create_dir_all(&destination).expect("create the trybuild crate's table directory");
    for entry in std::fs::read_dir(&source).expect("ui/tables exists") {
        let entry = entry.expect("list ui/tables");
        let _ = std::fs::copy(entry.path(), destination.join(entry.file_name()))
            .expect("copy a fixture table");
    }
    // A fork's copy of the shipped table, made as a fork makes it.
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/codes.toml");
    let _ = std::fs::copy(shipped, destination.join("copy-of-shipped.toml"))
        .expect("copy the shipped table");
}
