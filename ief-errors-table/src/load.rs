//! Finding and reading the table files.
//!
//! A relative path is resolved against a base directory that the front end
//! names: the macro uses the directory of the crate that invokes it
//! (`CARGO_MANIFEST_DIR`, read when the macro expands), never the compiler's
//! working directory, which differs between cargo, rust-analyzer and
//! workspaces; the command uses its working directory.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostics, Problem};
use crate::model::Span;
#[cfg(test)]
use crate::source::LineIndex;
use crate::source::{FileId, TableFile};
use crate::text::quoted;

/// The largest table file read.
const MAX_TABLE_BYTES: u64 = 256 << 20;

/// What a relative table path is resolved against.
#[derive(Debug, Clone)]
pub struct PathBase {
    /// The directory, or why there is none.
    directory: Result<PathBuf, String>,
    /// The directory in words, for a message about a file not found there.
    described_as: String,
}

impl PathBase {
    /// The directory of the crate being built, as the macro resolves paths:
    /// `CARGO_MANIFEST_DIR`. Outside cargo a relative path is an error.
    #[must_use]
    pub fn manifest_dir() -> Self {
        PathBase {
            directory: std::env::var_os("CARGO_MANIFEST_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    "CARGO_MANIFEST_DIR is not set, so a relative path cannot be resolved; build with cargo or write an absolute path".to_owned()
                }),
            described_as: "the directory of the invoking crate's Cargo.toml".to_owned(),
        }
    }

    /// `directory`, described in messages as `described_as` (such as "the
    /// current directory").
    #[must_use]
    pub fn directory(directory: PathBuf, described_as: &str) -> Self {
        PathBase {
            directory: Ok(directory),
            described_as: described_as.to_owned(),
        }
    }
}

/// `files` (tables already in memory, such as a shipped one) followed by
/// the tables named by `paths`, one [`TableFile`] per path in order (a file
/// that cannot be read is there without its text), and a problem for each
/// path that cannot be read or repeats an earlier one.
pub(crate) fn load_all(
    mut files: Vec<TableFile>,
    paths: &[String],
    base: &PathBase,
) -> (Vec<TableFile>, Diagnostics) {
    let first_path = files.len();
    files.reserve(paths.len());
    let mut diagnostics = Diagnostics::default();
    for (index, written_path) in paths.iter().enumerate() {
        let mut file = TableFile {
            written_path: written_path.clone(),
            resolved_path: PathBuf::from(written_path),
            text: String::new(),
            is_read: false,
            is_on_disk: true,
        };
        match load(first_path + index, written_path, base) {
            Ok(loaded) => file = loaded,
            Err((problem, decoded_part)) => {
                file.text = decoded_part;
                diagnostics.push(problem);
            }
        }
        if file.is_read {
            let earlier = files[first_path..].iter().position(|earlier| {
                earlier.is_read && same_file(&earlier.resolved_path, &file.resolved_path)
            });
            if let Some(earlier) = earlier {
                diagnostics.push(Problem::whole_file(
                    first_path + index,
                    format!(
                        "this table is already listed (as {}, table {} of this invocation); list each table once",
                        quoted(&paths[earlier]),
                        earlier + 1
                    ),
                ));
                file.is_read = false;
                file.text.clear();
            }
        }
        files.push(file);
    }
    (files, diagnostics)
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

/// The file at `written_path`, or the problem that stops it being read
/// (with what of its text could be decoded, so that problem can be located).
#[allow(clippy::result_large_err)] // called once per table file
fn load(file: FileId, written_path: &str, base: &PathBase) -> Result<TableFile, (Problem, String)> {
    let about_file = |message: String| (Problem::whole_file(file, message), String::new());
    let resolved_path = resolve_table_path(written_path, base).map_err(about_file)?;
    // A FIFO would block the build forever, and a device such as /dev/zero
    // would be read until memory runs out: only regular files are tables.
    if let Ok(metadata) = std::fs::metadata(&resolved_path) {
        if !metadata.is_file() && !metadata.is_dir() {
            return Err(about_file(format!(
                "is not a regular file{}; name a TOML file",
                shown_if_relative(written_path, &resolved_path)
            )));
        }
        // Far past any table (50,000 rows take about 15 MiB), and read
        // whole into memory, so a wrong path fails at once.
        if metadata.len() > MAX_TABLE_BYTES {
            return Err(about_file(format!(
                "is {} bytes{}; a table may be at most {MAX_TABLE_BYTES} bytes ({} MiB)",
                metadata.len(),
                shown_if_relative(written_path, &resolved_path),
                MAX_TABLE_BYTES >> 20
            )));
        }
    }
    let bytes = std::fs::read(&resolved_path)
        .map_err(|error| about_file(read_error(written_path, &resolved_path, base, &error)))?;
    match decode_table_text(bytes) {
        Ok(text) => Ok(TableFile {
            written_path: written_path.to_owned(),
            resolved_path,
            text,
            is_read: true,
            is_on_disk: true,
        }),
        Err(NotUtf8 { valid_prefix, byte }) => {
            let at = valid_prefix.len();
            let problem = Problem::at(
                Span {
                    file,
                    bytes: at..at,
                },
                format!("the file is not valid UTF-8 (byte 0x{byte:02x}); save the table as UTF-8"),
            )
            .without_line();
            Err((problem, valid_prefix))
        }
    }
}

/// Why the file could not be read, naming it, for a relative path, as resolved.
fn read_error(
    written_path: &str,
    resolved_path: &Path,
    base: &PathBase,
    error: &std::io::Error,
) -> String {
    let relative = !Path::new(written_path).is_absolute();
    let resolved = shown_if_relative(written_path, resolved_path);
    match error.kind() {
        ErrorKind::NotFound if relative => format!(
            "no such file (looked for {}); relative paths are resolved against {}",
            resolved_path.display(),
            base.described_as
        ),
        ErrorKind::NotFound => "no such file".to_owned(),
        _ if resolved_path.is_dir() => {
            format!("is a directory{resolved}; name the table file inside it")
        }
        ErrorKind::PermissionDenied => {
            format!("permission denied{resolved}; make the file readable by the user running cargo")
        }
        _ => format!("cannot be read{resolved}: {error}"),
    }
}

/// ` (resolved path)` for a relative path, which a reader cannot place otherwise.
fn shown_if_relative(written_path: &str, resolved_path: &Path) -> String {
    if Path::new(written_path).is_absolute() {
        String::new()
    } else {
        format!(" ({})", resolved_path.display())
    }
}

/// A file that is not UTF-8: the text before its first bad byte, and that byte.
pub(crate) struct NotUtf8 {
    pub(crate) valid_prefix: String,
    pub(crate) byte: u8,
}

/// The file's text, without a byte-order mark and with CRLF read as LF.
pub(crate) fn decode_table_text(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid_up_to = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        NotUtf8 {
            valid_prefix: String::from_utf8_lossy(&bytes[..valid_up_to]).into_owned(),
            byte: bytes[valid_up_to],
        }
    })?;
    Ok(normalize_text(text))
}

/// The text as a table means it: without a byte-order mark, with CRLF read as LF.
pub(crate) fn normalize_text(mut text: String) -> String {
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
    text
}

fn resolve_table_path(written_path: &str, base: &PathBase) -> Result<PathBuf, String> {
    if written_path.is_empty() {
        return Err(
            "the table path is empty; write the path of a TOML file, such as \"data/codes.toml\""
                .to_owned(),
        );
    }
    let path = Path::new(written_path);
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    match &base.directory {
        Ok(directory) => Ok(directory.join(path)),
        Err(why) => Err(why.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_paths_are_used_as_written() {
        let absolute = std::env::temp_dir().join("codes.toml");
        let written = absolute.to_str().unwrap();
        assert_eq!(
            resolve_table_path(written, &PathBase::manifest_dir()).ok(),
            Some(absolute)
        );
    }

    #[test]
    fn relative_paths_resolve_against_the_manifest_directory() {
        // Cargo sets CARGO_MANIFEST_DIR for this test binary as it does for the macro.
        let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            resolve_table_path("data/codes.toml", &PathBase::manifest_dir()).ok(),
            Some(manifest_dir.join("data/codes.toml"))
        );
    }

    #[test]
    fn unreadable_files_say_why() {
        let resolved = Path::new("/nonexistent/codes.toml");
        let denied = std::io::Error::from(ErrorKind::PermissionDenied);
        assert_eq!(
            read_error("codes.toml", resolved, &PathBase::manifest_dir(), &denied),
            "permission denied (/nonexistent/codes.toml); make the file readable by the user running cargo"
        );
        let other = std::io::Error::other("disk on fire");
        assert_eq!(
            read_error("codes.toml", resolved, &PathBase::manifest_dir(), &other),
            "cannot be read (/nonexistent/codes.toml): disk on fire"
        );
    }

    #[test]
    fn a_relative_path_without_a_base_says_why() {
        let base = PathBase {
            directory: Err("no base".to_owned()),
            described_as: String::new(),
        };
        assert_eq!(
            resolve_table_path("a.toml", &base),
            Err("no base".to_owned())
        );
        assert!(resolve_table_path("/a.toml", &base).is_ok());
    }

    #[test]
    fn a_missing_relative_path_names_where_it_was_looked_for() {
        let missing = std::io::Error::from(ErrorKind::NotFound);
        assert_eq!(
            read_error(
                "data/codes.toml",
                Path::new("/crate/data/codes.toml"),
                &PathBase::manifest_dir(),
                &missing
            ),
            "no such file (looked for /crate/data/codes.toml); relative paths are resolved against the directory of the invoking crate's Cargo.toml"
        );
        assert_eq!(
            read_error(
                "/abs/codes.toml",
                Path::new("/abs/codes.toml"),
                &PathBase::manifest_dir(),
                &missing
            ),
            "no such file"
        );
    }

    #[test]
    fn invalid_utf8_is_located_at_its_first_bad_byte() {
        let Err(NotUtf8 { valid_prefix, byte }) =
            decode_table_text(b"a = 1\nb = \"\xff\"".to_vec())
        else {
            panic!("invalid UTF-8 must be an error");
        };
        assert_eq!((valid_prefix.as_str(), byte), ("a = 1\nb = \"", 0xff));
        let location = LineIndex::new(&valid_prefix).line_column(&valid_prefix, valid_prefix.len());
        assert_eq!(location, (2, 6));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let text = decode_table_text("\u{feff}a = 1".as_bytes().to_vec()).ok();
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
        let text = decode_table_text(b"a = \"\"\"\r\none\r\ntwo\"\"\"\r\n".to_vec()).ok();
        assert_eq!(text.as_deref(), Some("a = \"\"\"\none\ntwo\"\"\"\n"));
        // A lone carriage return is not a line ending, and TOML rejects it where it matters.
        let lone = decode_table_text(b"a = 1\r".to_vec()).ok();
        assert_eq!(lone.as_deref(), Some("a = 1\r"));
    }

    #[test]
    fn an_empty_path_is_an_error_not_the_manifest_directory() {
        let Err(message) = resolve_table_path("", &PathBase::manifest_dir()) else {
            panic!("an empty path must not resolve");
        };
        assert!(message.starts_with("the table path is empty"));
    }
}
