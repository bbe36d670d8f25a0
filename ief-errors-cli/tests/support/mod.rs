//! What the tests of the command share: the command itself, the workspace
//! it is tested in, and the check that no text reaches a terminal live.

#![allow(dead_code)] // each test binary uses its own part

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// The command, with colour off so outputs compare as text.
pub(crate) fn ief_errors() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ief-errors"));
    let _ = command.env("NO_COLOR", "1");
    command
}

/// The workspace's root, which holds `data/codes.toml` and `tests/ui/`.
pub(crate) fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the command is a workspace member")
        .to_path_buf()
}

/// Fails on any live control character other than a line break, and on
/// bidirectional controls.
pub(crate) fn assert_safe(output: &Output) {
    for bytes in [&output.stdout, &output.stderr] {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text
                .chars()
                .any(|character| (character.is_control() && character != '\n')
                    || matches!(character, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{text}"
        );
    }
}
