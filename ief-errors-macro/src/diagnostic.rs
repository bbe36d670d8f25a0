//! Problems found in a table, collected and rendered together.
//!
//! The compiler cannot point into a TOML file, so each message carries its own
//! location, rustc style: `path:line:col: what is wrong`, the line itself with a
//! caret under the value, and a `help:` line when the fix is known.

use std::fmt::Write as _;
use std::ops::Range;

use crate::load::TableFile;
use crate::model::{FileId, Span};

/// Everything wrong with the tables of one invocation, in the order found.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    problems: Vec<Problem>,
}

/// One thing wrong with a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub(crate) file: FileId,
    /// The offending bytes; `None` for problems with the file as a whole.
    pub(crate) bytes: Option<Range<usize>>,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
    /// Other places that explain this one, such as "first defined here".
    pub(crate) notes: Vec<(Span, String)>,
}

impl Problem {
    pub(crate) fn at(span: Span, message: impl Into<String>) -> Self {
        Problem {
            file: span.file,
            bytes: Some(span.bytes),
            message: message.into(),
            help: None,
            notes: Vec::new(),
        }
    }

    pub(crate) fn whole_file(file: FileId, message: impl Into<String>) -> Self {
        Problem {
            file,
            bytes: None,
            message: message.into(),
            help: None,
            notes: Vec::new(),
        }
    }

    #[must_use]
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    #[must_use]
    pub(crate) fn note(mut self, span: Span, note: impl Into<String>) -> Self {
        self.notes.push((span, note.into()));
        self
    }
}

impl Diagnostics {
    pub(crate) fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    pub(crate) fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Renders each problem as one compiler message, in file order, with the
    /// file it is about.
    pub(crate) fn render(&self, files: &[TableFile]) -> Vec<(FileId, String)> {
        let mut problems: Vec<&Problem> = self.problems.iter().collect();
        problems.sort_by_key(|problem| {
            (
                problem.file,
                problem.bytes.as_ref().map(|bytes| bytes.start),
            )
        });
        let lines: Vec<LineIndex> = files
            .iter()
            .map(|file| LineIndex::new(&file.text))
            .collect();
        let files = Files {
            files,
            lines: &lines,
        };
        problems
            .into_iter()
            .map(|problem| (problem.file, render_problem(problem, &files)))
            .collect()
    }
}

/// The table files with their line indexes, for rendering.
struct Files<'a> {
    files: &'a [TableFile],
    lines: &'a [LineIndex],
}

impl Files<'_> {
    fn get(&self, file: FileId) -> Option<(&TableFile, &LineIndex)> {
        Some((self.files.get(file)?, self.lines.get(file)?))
    }
}

fn render_problem(problem: &Problem, files: &Files<'_>) -> String {
    let mut out = String::new();
    if let Some(bytes) = &problem.bytes {
        let span = Span {
            file: problem.file,
            bytes: bytes.clone(),
        };
        let _ = write!(out, "{}: {}", location(files, &span), problem.message);
        out.push_str(&snippet_at(files, &span));
    } else {
        let path = files
            .get(problem.file)
            .map_or("", |(file, _)| file.written_path.as_str());
        let _ = write!(out, "{path}: {}", problem.message);
    }
    for (span, note) in &problem.notes {
        let _ = write!(out, "\n{}: note: {note}", location(files, span));
        out.push_str(&snippet_at(files, span));
    }
    if let Some(help) = &problem.help {
        let _ = write!(out, "\n  = help: {help}");
    }
    out
}

/// `path:line:column` of the start of a span.
fn location(files: &Files<'_>, span: &Span) -> String {
    match files.get(span.file) {
        Some((file, lines)) => {
            let (line, column) = lines.line_column(&file.text, span.bytes.start);
            format!("{}:{line}:{column}", file.written_path)
        }
        None => String::from("<unknown>"),
    }
}

fn snippet_at(files: &Files<'_>, span: &Span) -> String {
    match files.get(span.file) {
        Some((file, lines)) => snippet(&file.text, lines, &span.bytes),
        None => String::new(),
    }
}

/// The line holding `span.start`, and a caret line under the span's part of it.
fn snippet(text: &str, index: &LineIndex, span: &Range<usize>) -> String {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let (line_number, _) = index.line_column(text, start);
    let line_range = index.line_range(text, line_number);
    let line = &text[line_range.clone()];
    // A span may start on a line's `\r` (past the shown text) or run onto later lines.
    let end = floor_char_boundary(
        text,
        span.end.min(line_range.end).max(start).min(text.len()),
    );

    let gutter = " ".repeat(line_number.to_string().len());
    let mut carets = String::new();
    for character in text[line_range.start..start].chars() {
        // Mirror tabs so the caret lines up however the terminal renders them.
        if character == '\t' {
            carets.push('\t');
        } else {
            carets.push_str(&" ".repeat(display_width(character)));
        }
    }
    let underlined: usize = text[start..end].chars().map(display_width).sum();
    carets.push_str(&"^".repeat(underlined.max(1)));
    format!("\n{gutter} |\n{line_number} | {line}\n{gutter} | {carets}")
}

/// Columns a character takes in a terminal: CJK text and full-width
/// punctuation, common in these tables, take two.
fn display_width(character: char) -> usize {
    match u32::from(character) {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Maps byte offsets to 1-based lines and columns (columns count characters).
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
    fn line_range(&self, text: &str, line: usize) -> Range<usize> {
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

    fn span(file: FileId, bytes: Range<usize>) -> Span {
        Span { file, bytes }
    }

    #[test]
    fn rendered_problem_shows_location_line_caret_and_help() {
        let text = "[[error]]\r\nstatus = 999\r\n";
        let start = text.find("999").unwrap();
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(
            Problem::at(
                span(0, start..start + 3),
                "status 999 is not an HTTP status",
            )
            .help("use a status from 100 to 599"),
        );
        let rendered: Vec<String> = diagnostics
            .render(&[TableFile::in_memory("data/codes.toml", text)])
            .into_iter()
            .map(|(_, message)| message)
            .collect();
        assert_eq!(rendered.len(), 1);
        insta::assert_snapshot!(rendered[0]);
    }

    #[test]
    fn carets_under_wide_characters_take_two_columns() {
        let text = "zh = \"请求\"\n";
        let start = text.find('请').unwrap();
        let rendered = snippet(text, &LineIndex::new(text), &(start..start + 6));
        assert!(rendered.ends_with("|       ^^^^"), "{rendered}");
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)] // a reversed span is one of the inputs guarded against
    fn span_on_a_carriage_return_or_past_the_end_is_shown_without_panicking() {
        let text = "a = 1\r\nb = 2";
        let index = LineIndex::new(text);
        assert!(snippet(text, &index, &(5..7)).ends_with("|      ^"));
        assert!(snippet(text, &index, &(40..50)).ends_with("|      ^"));
        assert!(snippet(text, &index, &(9..3)).contains("2 | b = 2"));
    }

    #[test]
    fn problems_and_notes_name_the_file_they_are_in() {
        let files = [
            TableFile::in_memory("base.toml", "code = \"A\"\n"),
            TableFile::in_memory("fork.toml", "# fork\ncode = \"A\"\n"),
        ];
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(
            Problem::at(span(1, 14..17), "duplicate code `A`")
                .note(span(0, 7..10), "first defined here"),
        );
        diagnostics.push(Problem::whole_file(1, "the fork is odd"));
        let rendered = diagnostics.render(&files);
        assert!(rendered.iter().all(|(file, _)| *file == 1));
        assert_eq!(rendered[0].1, "fork.toml: the fork is odd");
        insta::assert_snapshot!(rendered[1].1);
    }

    #[test]
    fn notes_point_at_their_own_lines() {
        let text = "code = \"A\"\ncode = \"A\"\n";
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(
            Problem::at(span(0, 18..21), "duplicate code `A`")
                .note(span(0, 7..10), "first defined here"),
        );
        let rendered = diagnostics.render(&[TableFile::in_memory("t.toml", text)]);
        insta::assert_snapshot!(rendered[0].1);
    }
}
