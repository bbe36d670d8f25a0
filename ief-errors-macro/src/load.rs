//! Finding and reading the table file.
//!
//! A relative path is resolved against the directory of the crate that invokes
//! the macro (`CARGO_MANIFEST_DIR`, read when the macro expands), never against
//! the compiler's working directory, which differs between cargo, rust-analyzer
//! and workspaces.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use syn::LitStr;

use crate::diagnostic::LineIndex;

/// A table file read into memory.
#[derive(Debug)]
pub(crate) struct TableFile {
    /// The path as the user wrote it: every message names the file this way.
    pub(crate) written_path: String,
    /// The absolute path that was read, for `include_bytes!`.
    pub(crate) resolved_path: PathBuf,
    /// The file's text, with CRLF line endings read as LF, so that how the
    /// file was checked out never changes the data.
    pub(crate) text: String,
}

#[cfg(test)]
impl TableFile {
    /// A table that was never on disk, for tests of the later stages.
    pub(crate) fn in_memory(written_path: &str, text: &str) -> Self {
        TableFile {
            written_path: written_path.to_owned(),
            resolved_path: PathBuf::from(written_path),
            text: text.to_owned(),
        }
    }
}

/// Why a table could not be read; rendered as one message naming the file.
pub(crate) struct LoadError(pub(crate) String);

/// The tables named by `paths`, in order, each with its index in `paths`;
/// each path that cannot be read, or that repeats an earlier one, is an
/// error at its literal instead.
pub(crate) fn load_all(paths: &[LitStr]) -> (Vec<(usize, TableFile)>, Vec<syn::Error>) {
    let mut files: Vec<(usize, TableFile)> = Vec::with_capacity(paths.len());
    let mut errors = Vec::new();
    for (index, literal) in paths.iter().enumerate() {
        let loaded = load(&literal.value()).and_then(|file| {
            match files
                .iter()
                .find(|(_, earlier)| same_file(&earlier.resolved_path, &file.resolved_path))
            {
                Some((earlier, _)) => Err(LoadError(format!(
                    "{}: this table is already listed (as {:?}, table {} of this invocation); list each table once",
                    file.written_path,
                    paths[*earlier].value(),
                    earlier + 1
                ))),
                None => Ok(file),
            }
        });
        match loaded {
            Ok(file) => files.push((index, file)),
            Err(LoadError(message)) => errors.push(syn::Error::new(literal.span(), message)),
        }
    }
    (files, errors)
}

/// Whether two resolved paths name one file: `a.toml` and `./a.toml` do,
/// and so do a symbolic or a hard link and its target.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return (a.dev(), a.ino()) == (b.dev(), b.ino());
        }
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

pub(crate) fn load(written_path: &str) -> Result<TableFile, LoadError> {
    let resolved_path = resolve_table_path(written_path)?;
    // A FIFO would block the build forever, and a device such as /dev/zero
    // would be read until memory runs out: only regular files are tables.
    if let Ok(metadata) = std::fs::metadata(&resolved_path) {
        if !metadata.is_file() && !metadata.is_dir() {
            return Err(LoadError(format!(
                "{written_path}: is not a regular file{}; name a TOML file",
                shown_if_relative(written_path, &resolved_path)
            )));
        }
    }
    let bytes = std::fs::read(&resolved_path)
        .map_err(|error| read_error(written_path, &resolved_path, &error))?;
    let text = decode_table_text(written_path, bytes)?;
    Ok(TableFile {
        written_path: written_path.to_owned(),
        resolved_path,
        text,
    })
}

/// Why the file could not be read, naming it as written and, for a
/// relative path, as resolved.
fn read_error(written_path: &str, resolved_path: &Path, error: &std::io::Error) -> LoadError {
    let relative = !Path::new(written_path).is_absolute();
    let resolved = shown_if_relative(written_path, resolved_path);
    LoadError(match error.kind() {
        ErrorKind::NotFound if relative => format!(
            "{written_path}: no such file (looked for {}); relative paths are resolved against the directory of the invoking crate's Cargo.toml",
            resolved_path.display()
        ),
        ErrorKind::NotFound => format!("{written_path}: no such file"),
        _ if resolved_path.is_dir() => {
            format!("{written_path}: is a directory{resolved}; name the table file inside it")
        }
        ErrorKind::PermissionDenied => format!(
            "{written_path}: permission denied{resolved}; make the file readable by the user running cargo"
        ),
        _ => format!("{written_path}: cannot be read{resolved}: {error}"),
    })
}

/// ` (resolved path)` for a relative path, which a reader cannot place otherwise.
fn shown_if_relative(written_path: &str, resolved_path: &Path) -> String {
    if Path::new(written_path).is_absolute() {
        String::new()
    } else {
        format!(" ({})", resolved_path.display())
    }
}

/// The file's text; a file that is not UTF-8 is reported at its first bad byte.
pub(crate) fn decode_table_text(written_path: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    let mut text = String::from_utf8(bytes).map_err(|error| {
        let valid_up_to = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        // The valid prefix is text, so it can be located like any other offset.
        let prefix = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
        let (line, column) = LineIndex::new(prefix).line_column(prefix, valid_up_to);
        LoadError(format!(
            "{written_path}:{line}:{column}: the file is not valid UTF-8 (byte 0x{:02x}); save the table as UTF-8",
            bytes[valid_up_to]
        ))
    })?;
    // Editors on Windows may start the file with a byte-order mark, which TOML
    // does not allow; it carries no meaning, so drop it.
    if text.starts_with('\u{feff}') {
        let _ = text.remove(0);
    }
    // TOML keeps the line endings of a multi-line string as written, so a
    // CRLF checkout would put `\r\n` into the texts. Lines and columns of
    // problems are the same either way.
    if text.contains("\r\n") {
        text = text.replace("\r\n", "\n");
    }
    Ok(text)
}

fn resolve_table_path(written_path: &str) -> Result<PathBuf, LoadError> {
    if written_path.is_empty() {
        return Err(LoadError(
            "the table path is empty; write the path of a TOML file, such as \"data/codes.toml\""
                .to_owned(),
        ));
    }
    let path = Path::new(written_path);
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(manifest_dir) => Ok(Path::new(&manifest_dir).join(path)),
        None => Err(LoadError(format!(
            "{written_path}: CARGO_MANIFEST_DIR is not set, so a relative path cannot be resolved; build with cargo or write an absolute path"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_paths_are_used_as_written() {
        let absolute = std::env::temp_dir().join("codes.toml");
        let written = absolute.to_str().unwrap();
        assert_eq!(resolve_table_path(written).ok(), Some(absolute));
    }

    #[test]
    fn relative_paths_resolve_against_the_manifest_directory() {
        // Cargo sets CARGO_MANIFEST_DIR for this test binary as it does for the macro.
        let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            resolve_table_path("data/codes.toml").ok(),
            Some(manifest_dir.join("data/codes.toml"))
        );
    }

    #[test]
    fn unreadable_files_say_why() {
        let resolved = Path::new("/nonexistent/codes.toml");
        let denied = std::io::Error::from(ErrorKind::PermissionDenied);
        assert_eq!(
            read_error("codes.toml", resolved, &denied).0,
            "codes.toml: permission denied (/nonexistent/codes.toml); make the file readable by the user running cargo"
        );
        let other = std::io::Error::other("disk on fire");
        assert_eq!(
            read_error("codes.toml", resolved, &other).0,
            "codes.toml: cannot be read (/nonexistent/codes.toml): disk on fire"
        );
    }

    #[test]
    fn a_missing_relative_path_names_where_it_was_looked_for() {
        let missing = std::io::Error::from(ErrorKind::NotFound);
        assert_eq!(
            read_error(
                "data/codes.toml",
                Path::new("/crate/data/codes.toml"),
                &missing
            )
            .0,
            "data/codes.toml: no such file (looked for /crate/data/codes.toml); relative paths are resolved against the directory of the invoking crate's Cargo.toml"
        );
        assert_eq!(
            read_error("/abs/codes.toml", Path::new("/abs/codes.toml"), &missing).0,
            "/abs/codes.toml: no such file"
        );
    }

    #[test]
    fn invalid_utf8_is_located_at_its_first_bad_byte() {
        let Err(LoadError(message)) = decode_table_text("t.toml", b"a = 1\nb = \"\xff\"".to_vec())
        else {
            panic!("invalid UTF-8 must be an error");
        };
        assert_eq!(
            message,
            "t.toml:2:6: the file is not valid UTF-8 (byte 0xff); save the table as UTF-8"
        );
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let text = decode_table_text("t.toml", "\u{feff}a = 1".as_bytes().to_vec()).ok();
        assert_eq!(text.as_deref(), Some("a = 1"));
    }

    #[test]
    fn links_and_other_spellings_of_a_path_are_the_same_file() {
        let directory =
            std::env::temp_dir().join(format!("ief-errors-same-file-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&directory);
        std::fs::create_dir_all(directory.join("sub")).unwrap();
        let table = directory.join("t.toml");
        std::fs::write(&table, "# table\n").unwrap();
        std::fs::write(directory.join("other.toml"), "# table\n").unwrap();
        assert!(same_file(&table, &directory.join("sub/../t.toml")));
        assert!(same_file(&table, &directory.join("./t.toml")));
        #[cfg(unix)]
        {
            std::fs::hard_link(&table, directory.join("hard.toml")).unwrap();
            std::os::unix::fs::symlink(&table, directory.join("soft.toml")).unwrap();
            assert!(same_file(&table, &directory.join("hard.toml")));
            assert!(same_file(&table, &directory.join("soft.toml")));
        }
        assert!(!same_file(&table, &directory.join("other.toml")));
        let _ = std::fs::remove_dir_all(&directory);
    }

    #[test]
    fn crlf_line_endings_read_as_lf() {
        let text = decode_table_text("t.toml", b"a = \"\"\"\r\none\r\ntwo\"\"\"\r\n".to_vec()).ok();
        assert_eq!(text.as_deref(), Some("a = \"\"\"\none\ntwo\"\"\"\n"));
        // A lone carriage return is not a line ending, and TOML rejects it where it matters.
        let lone = decode_table_text("t.toml", b"a = 1\r".to_vec()).ok();
        assert_eq!(lone.as_deref(), Some("a = 1\r"));
    }

    #[test]
    fn an_empty_path_is_an_error_not_the_manifest_directory() {
        let Err(LoadError(message)) = resolve_table_path("") else {
            panic!("an empty path must not resolve");
        };
        assert!(message.starts_with("the table path is empty"));
    }
}
