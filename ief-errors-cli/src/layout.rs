//! How wide output may be. On a terminal, values wrap at word boundaries to
//! its width (`COLUMNS` when set, else the terminal's own), under a hanging
//! indent; anything else (a pipe, a file) gets unwrapped lines, so scripts
//! read one value per line whatever the width of the terminal they run in.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

use anstyle::Style;
use unicode_width::UnicodeWidthChar;

use crate::escape::escape_controls;
use crate::style::LABEL;
use crate::wrap::{wrap, wrap_hanging};

/// The width of every label column: the longest label, `remediation (en)`.
pub(crate) const LABEL_WIDTH: usize = 16;

/// Where a value starts: two spaces, the label column, two spaces.
const VALUE_COLUMN: usize = 2 + LABEL_WIDTH + 2;

/// The narrowest value that goes beside its label; on a narrower terminal
/// each label gets a line of its own, its value indented below it.
const MIN_VALUE_WIDTH: usize = 20;

/// Where a value starts below its label on a narrow terminal.
const NARROW_VALUE_COLUMN: usize = 4;

/// The narrowest width honoured: below it, lines are this wide.
pub(crate) const MIN_COLUMNS: usize = 20;

/// The width assumed on a terminal that reports none.
const DEFAULT_COLUMNS: usize = 80;

/// The widest output honoured; a larger `COLUMNS` means "do not wrap".
const MAX_COLUMNS: usize = u16::MAX as usize;

/// How wide standard output is, if it is a terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    columns: Option<usize>,
}

impl Layout {
    /// The layout of standard output: wrapped to the terminal's width when
    /// it is a terminal, unwrapped otherwise.
    pub(crate) fn of_stdout() -> Self {
        Layout::of_terminal(
            io::stdout().is_terminal(),
            || measured_columns(io::stdout()),
        )
    }

    /// The layout of standard error, as [`Layout::of_stdout`] decides it.
    pub(crate) fn of_stderr() -> Self {
        Layout::of_terminal(
            io::stderr().is_terminal(),
            || measured_columns(io::stderr()),
        )
    }

    fn of_terminal(is_terminal: bool, measured: impl FnOnce() -> Option<usize>) -> Self {
        if !is_terminal {
            return Layout::unwrapped();
        }
        let columns_variable = std::env::var("COLUMNS").ok();
        Layout::wrapped(terminal_columns(columns_variable.as_deref(), measured()))
    }

    /// Output that is never wrapped or shortened.
    pub(crate) const fn unwrapped() -> Self {
        Layout { columns: None }
    }

    /// Output `columns` wide.
    pub(crate) const fn wrapped(columns: usize) -> Self {
        Layout {
            columns: Some(columns),
        }
    }

    /// The width to fit, when there is one (never below [`MIN_COLUMNS`]).
    pub(crate) fn columns(self) -> Option<usize> {
        self.columns.map(|columns| columns.max(MIN_COLUMNS))
    }

    /// A line of its own (a code and its name), wrapped to the width.
    pub(crate) fn line(self, out: &mut impl Write, text: &str) -> io::Result<()> {
        self.hanging(out, text, 0)
    }

    /// A line wrapped to the width, its continuation lines indented by
    /// `indent` (less when the width leaves too little room).
    pub(crate) fn hanging(self, out: &mut impl Write, text: &str, indent: usize) -> io::Result<()> {
        let Some(columns) = self.columns() else {
            return writeln!(out, "{text}");
        };
        let indent = indent.min(columns / 2);
        for (index, line) in wrap_hanging(text, columns, columns - indent)
            .iter()
            .enumerate()
        {
            let indent = if index == 0 { 0 } else { indent };
            writeln!(out, "{:indent$}{line}", "")?;
        }
        Ok(())
    }

    /// `  label             value`, the value escaped and wrapped under itself.
    pub(crate) fn field(self, out: &mut impl Write, label: &str, value: &str) -> io::Result<()> {
        self.write_wrapped(out, label, &escape_controls(value))
    }

    /// A field whose value starts with a styled word: `fault  internal: ...`.
    pub(crate) fn field_with_word(
        self,
        out: &mut impl Write,
        label: &str,
        (style, word): (Style, &str),
        rest: &str,
    ) -> io::Result<()> {
        let value = format!(
            "{style}{}{style:#}: {}",
            escape_controls(word),
            escape_controls(rest)
        );
        self.write_wrapped(out, label, &value)
    }

    /// Writes an escaped value; styles inside it take no width.
    fn write_wrapped(self, out: &mut impl Write, label: &str, value: &str) -> io::Result<()> {
        debug_assert!(label.len() <= LABEL_WIDTH, "label {label:?} is too wide");
        let Some(columns) = self.columns() else {
            if value.is_empty() {
                return writeln!(out, "  {LABEL}{label}{LABEL:#}");
            }
            return writeln!(out, "  {LABEL}{label:<LABEL_WIDTH$}{LABEL:#}  {value}");
        };
        if columns < VALUE_COLUMN + MIN_VALUE_WIDTH {
            writeln!(out, "  {LABEL}{label}{LABEL:#}")?;
            for line in wrap(value, columns - NARROW_VALUE_COLUMN) {
                writeln!(out, "{:NARROW_VALUE_COLUMN$}{line}", "")?;
            }
            return Ok(());
        }
        let lines = wrap(value, columns - VALUE_COLUMN);
        let mut lines = lines.iter();
        let first = lines.next().map_or("", |line| line.as_ref());
        if first.is_empty() {
            // No trailing spaces after a label without a value.
            writeln!(out, "  {LABEL}{label}{LABEL:#}")?;
        } else {
            writeln!(out, "  {LABEL}{label:<LABEL_WIDTH$}{LABEL:#}  {first}")?;
        }
        for line in lines {
            writeln!(out, "{:VALUE_COLUMN$}{line}", "")?;
        }
        Ok(())
    }
}

/// The column count a terminal reports.
#[cfg(unix)]
fn measured_columns(terminal: impl std::os::fd::AsFd) -> Option<usize> {
    let size = rustix::termios::tcgetwinsize(terminal).ok()?;
    Some(usize::from(size.ws_col))
}

#[cfg(not(unix))]
fn measured_columns(terminal: impl std::os::windows::io::AsHandle) -> Option<usize> {
    terminal_size::terminal_size_of(terminal).map(|(width, _)| usize::from(width.0))
}

/// A terminal's width: a positive `COLUMNS`, else what the terminal
/// reports, else 80. `COLUMNS` that is not a positive number is ignored.
fn terminal_columns(columns_variable: Option<&str>, measured: Option<usize>) -> usize {
    columns_variable
        .and_then(|columns| columns.trim().parse::<usize>().ok())
        .or_else(|| {
            // A number too large for usize is a request for no limit.
            columns_variable
                .filter(|columns| {
                    let digits = columns.trim();
                    !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit())
                })
                .map(|_| MAX_COLUMNS)
        })
        .filter(|&columns| columns > 0)
        .or(measured.filter(|&columns| columns > 0))
        .unwrap_or(DEFAULT_COLUMNS)
        .min(MAX_COLUMNS)
}

/// `text` cut to `width` display columns, ending in `…` when cut.
pub(crate) fn shorten(text: &str, width: usize) -> Cow<'_, str> {
    if textwrap::core::display_width(text) <= width {
        return Cow::Borrowed(text);
    }
    let mut shortened = String::new();
    let mut used = 0;
    for character in text.chars() {
        let character_width = character.width().unwrap_or(0);
        if used + character_width + 1 > width {
            break;
        }
        shortened.push(character);
        used += character_width;
    }
    shortened.push('…');
    Cow::Owned(shortened)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(layout: Layout, value: &str) -> String {
        // Styles are stripped as on a pipe; escaped text is not touched.
        let mut out = anstream::StripStream::new(Vec::new());
        layout.field(&mut out, "remediation", value).unwrap();
        String::from_utf8(out.into_inner()).unwrap()
    }

    #[test]
    fn a_long_value_wraps_at_words_under_a_hanging_indent() {
        let value = "Internal error. Contact technical support and retry later.";
        assert_eq!(
            field(Layout::wrapped(50), value),
            "  remediation       Internal error. Contact\n\
             \x20                   technical support and retry\n\
             \x20                   later.\n"
        );
    }

    #[test]
    fn chinese_text_wraps_between_characters_at_its_display_width() {
        let out = field(Layout::wrapped(40), "内部错误,请联系技术支持工程师协助解决");
        for line in out.lines() {
            assert!(textwrap::core::display_width(line) <= 40, "{out}");
        }
        assert_eq!(out.lines().count(), 2, "{out}");
    }

    #[test]
    fn unwrapped_output_keeps_one_line_per_value() {
        let value = "word ".repeat(100);
        assert_eq!(field(Layout::unwrapped(), &value).lines().count(), 1);
    }

    #[test]
    fn a_narrow_terminal_puts_labels_on_their_own_line() {
        let out = field(Layout::wrapped(30), "Obtain a new token and try again.");
        assert_eq!(
            out,
            "  remediation\n\
             \x20   Obtain a new token and try\n\
             \x20   again.\n"
        );
    }

    #[test]
    fn below_the_floor_lines_are_the_floor_wide() {
        let out = field(Layout::wrapped(5), "Obtain a new token and try again.");
        assert_eq!(
            out,
            "  remediation\n\
             \x20   Obtain a new\n\
             \x20   token and try\n\
             \x20   again.\n"
        );
    }

    #[test]
    fn an_empty_value_leaves_no_trailing_spaces() {
        assert_eq!(field(Layout::unwrapped(), ""), "  remediation\n");
        assert_eq!(field(Layout::wrapped(80), ""), "  remediation\n");
    }

    #[test]
    fn values_are_escaped_before_they_are_wrapped() {
        let out = field(Layout::wrapped(80), "a\u{1b}[2J\nb");
        assert_eq!(out, "  remediation       a\\u{1b}[2J\\nb\n");
    }

    #[test]
    fn columns_come_from_the_variable_then_the_terminal_then_80() {
        assert_eq!(terminal_columns(Some("100"), Some(120)), 100);
        assert_eq!(terminal_columns(Some(" 60 "), None), 60);
        assert_eq!(terminal_columns(Some("0"), Some(120)), 120);
        assert_eq!(terminal_columns(Some("wide"), Some(120)), 120);
        assert_eq!(terminal_columns(Some("-5"), None), 80);
        assert_eq!(terminal_columns(None, Some(0)), 80);
        assert_eq!(terminal_columns(None, None), 80);
        assert_eq!(
            terminal_columns(Some("99999999999999999999999"), None),
            MAX_COLUMNS
        );
    }

    #[test]
    fn shortening_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(shorten("Internal error.", 20), "Internal error.");
        assert_eq!(shorten("Internal error.", 9), "Internal…");
        assert_eq!(shorten("查询k8s集群资源失败", 8), "查询k8s…");
    }
}
