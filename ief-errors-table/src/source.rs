//! A table file's text, and positions in it as lines and columns.

use std::ops::Range;
use std::path::PathBuf;

/// Which table file: its index in the order the paths were given.
pub type FileId = usize;

/// One table file as read. A file that could not be read (or decoded) has
/// an empty text, or the part of it that decoded; its problems say why.
#[derive(Debug, Clone)]
pub struct TableFile {
    /// The path as the user wrote it: every message names the file this way.
    pub written_path: String,
    /// The absolute path that was read: the generated code includes it, so
    /// that an edit rebuilds the invoking crate.
    pub resolved_path: PathBuf,
    /// The file's text, with CRLF line endings read as LF, so that how the
    /// file was checked out never changes the data.
    pub text: String,
    /// Whether the whole file was read and decoded.
    pub is_read: bool,
    /// Whether the text was read from `resolved_path`, which generated code
    /// may then include; not for a table held in memory.
    pub is_on_disk: bool,
}

impl TableFile {
    /// A table that was never on disk: for tests, editors and tools that
    /// hold the text already. `written_path` names it in messages.
    #[must_use]
    pub fn in_memory(written_path: &str, text: &str) -> Self {
        TableFile {
            written_path: written_path.to_owned(),
            resolved_path: PathBuf::from(written_path),
            text: text.to_owned(),
            is_read: true,
            is_on_disk: false,
        }
    }
}

/// Maps byte offsets to 1-based lines and columns (columns count characters).
#[derive(Debug, Clone)]
pub(crate) struct LineIndex {
    /// Byte offset at which each line starts.
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(offset, _)| offset + 1))
            .collect();
        LineIndex { line_starts }
    }

    /// The 1-based line and column of a byte offset; offsets past the end
    /// point just after the last character.
    pub(crate) fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let column = text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    /// The byte range of a 1-based line, without its line ending (LF or CRLF).
    pub(crate) fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.line_starts[line - 1];
        let mut end = self
            .line_starts
            .get(line)
            .map_or(text.len(), |next| next - 1);
        if text[start..end].ends_with('\r') {
            end -= 1;
        }
        start..end
    }
}

pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locate(text: &str, offset: usize) -> (usize, usize) {
        LineIndex::new(text).line_column(text, offset)
    }

    #[test]
    fn first_byte_is_line_one_column_one() {
        assert_eq!(locate("code = 1\n", 0), (1, 1));
    }

    #[test]
    fn lf_lines_count_from_one() {
        let text = "a = 1\nstatus = 999\n";
        assert_eq!(locate(text, text.find("999").unwrap()), (2, 10));
    }

    #[test]
    fn crlf_lines_count_the_same_as_lf() {
        let text = "a = 1\r\nb = 2\r\nstatus = 999\r\n";
        assert_eq!(locate(text, text.find("999").unwrap()), (3, 10));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "message.zh = \"请求\" x\n";
        assert_eq!(locate(text, text.find('x').unwrap()), (1, 19));
    }

    #[test]
    fn last_line_without_newline_is_located() {
        let text = "a = 1\nname = \"x\"";
        assert_eq!(locate(text, text.len() - 1), (2, 10));
        assert_eq!(locate(text, text.len()), (2, 11));
    }

    #[test]
    fn offset_inside_a_character_rounds_down() {
        let text = "请";
        assert_eq!(locate(text, 1), (1, 1));
    }
}
