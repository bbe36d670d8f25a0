//! The scratch workspaces the build benchmarks write and build.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes `text` to `path`, creating its directories.
///
/// # Panics
///
/// If the file cannot be written.
pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a file has a directory"))
        .expect("create a directory");
    std::fs::write(path, text).expect("write a file");
}

/// Rewrites a file as it is, which gives it a new modification time, so
/// that cargo rebuilds its crate.
///
/// # Panics
///
/// If the file cannot be read or written.
pub fn touch(path: &Path) {
    let bytes = std::fs::read(path).expect("read a source file");
    std::fs::write(path, bytes).expect("rewrite a source file");
}

/// Runs a command and insists that it succeeds.
///
/// # Panics
///
/// If it cannot run or fails.
pub fn run(command: &mut Command) {
    let status = command.status().expect("run a command");
    assert!(status.success(), "{command:?} failed");
}

/// The cargo that runs the benchmark, or the one on the `PATH`.
#[must_use]
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// This repository's workspace.
///
/// # Panics
///
/// Never: `benches/` is inside it.
#[must_use]
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ is in the workspace")
        .to_path_buf()
}
