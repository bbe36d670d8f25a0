//! Problems found in a table, collected and rendered together.
//!
//! The compiler cannot point into a TOML file, so each message carries its own
//! location, rustc style: `path:line:col: what is wrong`, the line itself with a
//! caret under the value, and a `help:` line when the fix is known. The
//! command's `check` prints the same text, or the same facts as JSON.

use std::fmt::Write as _;
use std::ops::Range;

use crate::model::Span;
use crate::source::{FileId, LineIndex, TableFile, floor_char_boundary};
use crate::text::{is_shown_escaped, push_shown, shown};

/// Everything wrong with the tables of one invocation, in the order found.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    problems: Vec<Problem>,
}

/// One thing wrong with a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in.
    pub file: FileId,
    /// The offending bytes of the file's text; `None` for problems with the
    /// file as a whole (it cannot be read, it has no rows).
    pub bytes: Option<Range<usize>>,
    /// What is wrong, in one line.
    pub message: String,
    /// How to fix it, when that is known.
    pub help: Option<String>,
    /// Other places that explain this one, such as "first defined here".
    pub notes: Vec<(Span, String)>,
    /// Whether the rendered message quotes the line: not for a place in a
    /// file that could not be decoded, whose line cannot be shown.
    pub(crate) quotes_line: bool,
}

impl Problem {
    pub(crate) fn at(span: Span, message: impl Into<String>) -> Self {
        Problem {
            file: span.file,
            bytes: Some(span.bytes),
            message: message.into(),
            help: None,
            notes: Vec::new(),
            quotes_line: true,
        }
    }

    pub(crate) fn whole_file(file: FileId, message: impl Into<String>) -> Self {
        Problem {
            file,
            bytes: None,
            message: message.into(),
            help: None,
            notes: Vec::new(),
            quotes_line: false,
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

    #[must_use]
    pub(crate) fn without_line(mut self) -> Self {
        self.quotes_line = false;
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

    pub(crate) fn into_problems(self) -> Vec<Problem> {
        self.problems
    }
}

/// A problem as a person or a tool reads it: where it is as a path, line
/// and column, and the whole message as the compiler shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedProblem {
    /// The file it is in, as [`Problem::file`].
    pub file: FileId,
    /// The file's path as written.
    pub path: String,
    /// The 1-based line and column (in characters) where the problem
    /// starts; `None` for the file as a whole.
    pub line_column: Option<(usize, usize)>,
    /// What is wrong, in one line.
    pub message: String,
    /// How to fix it, when that is known.
    pub help: Option<String>,
    /// The places that explain it, located the same way.
    pub notes: Vec<RenderedNote>,
    /// The whole message, rustc style: `path:line:col: message`, the line
    /// with a caret, the notes, `= help:`. The compiler shows exactly this.
    pub text: String,
}

/// A note of a [`RenderedProblem`], such as "first defined here".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedNote {
    /// The path of the file the note points into, as written.
    pub path: String,
    /// Its 1-based line and column.
    pub line_column: (usize, usize),
    /// What the place is.
    pub message: String,
}

/// Renders each problem, in file order and, within a file, in the order of
/// the text (problems with the whole file first).
pub(crate) fn render<'a>(
    problems: impl Iterator<Item = &'a Problem>,
    files: &[TableFile],
    limit: usize,
) -> Vec<RenderedProblem> {
    let mut problems: Vec<&Problem> = problems.collect();
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
        .take(limit)
        .map(|problem| render_problem(problem, &files))
        .collect()
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

    fn path(&self, file: FileId) -> &str {
        self.files
            .get(file)
            .map_or("<unknown>", |file| file.written_path.as_str())
    }

    fn line_column(&self, span: &Span) -> Option<(usize, usize)> {
        let (file, lines) = self.get(span.file)?;
        Some(lines.line_column(&file.text, span.bytes.start))
    }
}

fn render_problem(problem: &Problem, files: &Files<'_>) -> RenderedProblem {
    let raw_path = files.path(problem.file);
    let path = shown(raw_path);
    let path = path.as_str();
    let span = problem.bytes.as_ref().map(|bytes| Span {
        file: problem.file,
        bytes: bytes.clone(),
    });
    let line_column = span.as_ref().and_then(|span| files.line_column(span));
    let mut text = String::new();
    match line_column {
        Some((line, column)) => {
            let _ = write!(text, "{path}:{line}:{column}: {}", problem.message);
        }
        // A path that is empty is itself the problem.
        None if path.is_empty() => text.push_str(&problem.message),
        None => {
            let _ = write!(text, "{path}: {}", problem.message);
        }
    }
    if let Some(span) = span.as_ref().filter(|_| problem.quotes_line) {
        text.push_str(&snippet_at(files, span));
    }
    let mut notes = Vec::with_capacity(problem.notes.len());
    for (span, note) in &problem.notes {
        let note_path = files.path(span.file);
        let (line, column) = files.line_column(span).unwrap_or((1, 1));
        let _ = write!(text, "\n{}:{line}:{column}: note: {note}", shown(note_path));
        text.push_str(&snippet_at(files, span));
        notes.push(RenderedNote {
            path: note_path.to_owned(),
            line_column: (line, column),
            message: note.clone(),
        });
    }
    if let Some(help) = &problem.help {
        let _ = write!(text, "\n  = help: {help}");
    }
    RenderedProblem {
        file: problem.file,
        path: raw_path.to_owned(),
        line_column,
        message: problem.message.clone(),
        help: problem.help.clone(),
        notes,
        text,
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
    // A span may start on a line's `\r` (past the shown text) or run onto later lines.
    let end = floor_char_boundary(
        text,
        span.end.min(line_range.end).max(start).min(text.len()),
    );

    let gutter = " ".repeat(line_number.to_string().len());
    // The line is table text: what would act on a terminal or show as
    // nothing (a tab too, which terminals widen as they please) is shown as
    // an escape, and the carets count the escape's width. A long line is
    // shown around the span, so a line of megabytes costs a few hundred
    // characters.
    // Each slice is taken with `get`: a span can start past the line's
    // shown text (on its `\r`), and a table of a lone `\r` once made one of
    // these panic.
    let before: Vec<char> = text
        .get(line_range.start..start)
        .unwrap_or_default()
        .chars()
        .collect();
    let window_start = before.len().saturating_sub(SHOWN_BEFORE);
    let underlined: Vec<char> = text
        .get(start..end)
        .unwrap_or_default()
        .chars()
        .take(SHOWN_UNDERLINED)
        .collect();
    let after_start = start
        + underlined
            .iter()
            .map(|character| character.len_utf8())
            .sum::<usize>();
    let after: Vec<char> = text
        .get(after_start..line_range.end)
        .unwrap_or_default()
        .chars()
        .take(SHOWN_AFTER)
        .collect();
    let cut_after = after_start
        + after
            .iter()
            .map(|character| character.len_utf8())
            .sum::<usize>()
        < line_range.end;

    let mut shown_line = String::new();
    let mut carets = String::new();
    if window_start > 0 {
        shown_line.push('…');
        carets.push(' ');
    }
    for &character in &before[window_start..] {
        push_shown(&mut shown_line, character);
        carets.push_str(&" ".repeat(shown_width(character)));
    }
    for &character in &underlined {
        push_shown(&mut shown_line, character);
    }
    for &character in &after {
        push_shown(&mut shown_line, character);
    }
    if cut_after {
        shown_line.push('…');
    }
    let width: usize = underlined.iter().copied().map(shown_width).sum();
    carets.push_str(&"^".repeat(width.max(1)));
    format!("\n{gutter} |\n{line_number} | {shown_line}\n{gutter} | {carets}")
}

/// How much of a long line is shown: characters before the span, of the
/// span, and after it.
const SHOWN_BEFORE: usize = 80;
const SHOWN_UNDERLINED: usize = 120;
const SHOWN_AFTER: usize = 40;

/// Columns a character of the quoted line takes as it is shown.
fn shown_width(character: char) -> usize {
    if is_shown_escaped(character) || matches!(character, '\t' | '\n' | '\r') {
        let mut escape = String::new();
        push_shown(&mut escape, character);
        escape.len()
    } else {
        display_width(character)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let rendered: Vec<String> = render(
            diagnostics.problems().iter(),
            &[TableFile::in_memory("data/codes.toml", text)],
            usize::MAX,
        )
        .into_iter()
        .map(|rendered| rendered.text)
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
        let rendered = render(diagnostics.problems().iter(), &files, usize::MAX);
        assert!(rendered.iter().all(|rendered| rendered.file == 1));
        assert_eq!(rendered[0].text, "fork.toml: the fork is odd");
        assert_eq!(rendered[1].notes[0].path, "base.toml");
        assert_eq!(rendered[1].notes[0].line_column, (1, 8));
        insta::assert_snapshot!(rendered[1].text);
    }

    #[test]
    fn notes_point_at_their_own_lines() {
        let text = "code = \"A\"\ncode = \"A\"\n";
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(
            Problem::at(span(0, 18..21), "duplicate code `A`")
                .note(span(0, 7..10), "first defined here"),
        );
        let rendered = render(
            diagnostics.problems().iter(),
            &[TableFile::in_memory("t.toml", text)],
            usize::MAX,
        );
        assert_eq!(rendered[0].line_column, Some((2, 8)));
        insta::assert_snapshot!(rendered[0].text);
    }

    #[test]
    fn the_quoted_line_shows_escapes_and_the_carets_stay_under_the_value() {
        let text = "a = \"\u{1b}[2J\u{3164}\"\nstatus = 999\u{200b}x\n";
        let start = text.find("999").unwrap();
        let rendered = snippet(text, &LineIndex::new(text), &(start..start + 3));
        assert!(
            rendered.contains("2 | status = 999\\u{200b}x"),
            "{rendered}"
        );
        assert!(rendered.ends_with("  |          ^^^"), "{rendered}");
        let value = text.find('"').unwrap();
        let rendered = snippet(text, &LineIndex::new(text), &(value..value + 9));
        assert!(
            rendered.contains("1 | a = \"\\u{1b}[2J\\u{3164}\""),
            "{rendered}"
        );
        assert!(
            rendered.ends_with(&format!("  |     {}", "^".repeat(19))),
            "{rendered}"
        );
    }

    #[test]
    fn a_path_with_a_line_break_is_shown_escaped() {
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(Problem::whole_file(0, "no rows"));
        let rendered = render(
            diagnostics.problems().iter(),
            &[TableFile::in_memory("a\nerror: fake.toml", "")],
            usize::MAX,
        );
        assert_eq!(rendered[0].text, "a\\nerror: fake.toml: no rows");
        assert_eq!(rendered[0].path, "a\nerror: fake.toml");
    }

    #[test]
    fn a_tab_is_shown_as_an_escape_with_the_caret_after_it() {
        let text = "a\t= 999\n";
        let start = text.find("999").unwrap();
        let rendered = snippet(text, &LineIndex::new(text), &(start..start + 3));
        assert!(
            rendered.ends_with("1 | a\\t= 999\n  |      ^^^"),
            "{rendered}"
        );
    }

    #[test]
    fn a_long_line_is_shown_around_the_value() {
        let text = format!("{} status = 999 {}\n", "x".repeat(5_000), "y".repeat(5_000));
        let start = text.find("999").unwrap();
        let rendered = snippet(&text, &LineIndex::new(&text), &(start..start + 3));
        assert!(rendered.len() < 600, "{}", rendered.len());
        assert!(rendered.contains("| …x"), "{rendered}");
        assert!(rendered.contains("status = 999 y"), "{rendered}");
        assert!(rendered.contains("y…"), "{rendered}");
        let caret_line = rendered.lines().last().unwrap();
        let line = rendered.lines().nth(2).unwrap();
        // Columns, not bytes: `…` is one column.
        let caret = caret_line
            .chars()
            .position(|character| character == '^')
            .unwrap();
        let under: String = line.chars().skip(caret).take(3).collect();
        assert_eq!(under, "999", "{rendered}");
    }
}
