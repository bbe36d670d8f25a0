//! A set of tables read together, in layering order: their rows and every
//! problem with them.

use std::sync::OnceLock;

use crate::diagnostic::{Diagnostics, Problem, RenderedProblem, render};
use crate::load::{PathBase, load_all, normalize_text};
use crate::model::{Row, Span};
use crate::shipped::{SHIPPED_FILE, ShippedTable};
use crate::source::{LineIndex, TableFile};
use crate::{parse, validate};

/// How many problems are rendered: a file that is no table at all (the
/// wrong path, a binary) would otherwise give one per line, each a compiler
/// error that takes time to report and more to scroll past.
pub const MAX_REPORTED_PROBLEMS: usize = 200;

/// Tables read, parsed, validated and layered: the rows an enum is generated
/// from, and every problem found on the way.
///
/// Rows of later tables are appended to those of earlier ones; a code or a
/// name defined twice across them is a problem naming both places, so a
/// table listed later can never override an earlier one. Only the first
/// table must have rows: a fork's own may have none yet. The rows are those
/// still valid, so an enum can be generated beside the problems.
#[derive(Debug, Clone)]
pub struct Tables {
    extends: Option<ShippedTable>,
    files: Vec<TableFile>,
    rows: Vec<Row>,
    problems: Vec<Problem>,
    /// Each file's line index, built on the first `line_column`: a front end
    /// locating many values of a large table indexes it once.
    line_indexes: OnceLock<Vec<LineIndex>>,
}

impl Tables {
    /// Reads the tables at `paths`, in layering order, resolving relative
    /// paths against `base`.
    #[must_use]
    pub fn read<P: AsRef<str>>(paths: &[P], base: &PathBase) -> Tables {
        Tables::read_extending(None, paths, base)
    }

    /// As [`read`](Self::read), with the shipped table `extends` layered
    /// before the tables at `paths`, as `#[ief_errors(extends = "ief")]`
    /// layers it: file 0, named by [`ShippedTable::path`]. The tables at
    /// `paths` may then all be empty.
    ///
    /// ```
    /// use ief_errors_table::{PathBase, ShippedTable, Tables};
    ///
    /// let base = PathBase::directory(std::env::temp_dir(), "the temporary directory");
    /// let no_paths: &[&str] = &[];
    /// let tables = Tables::read_extending(Some(ShippedTable::Ief), no_paths, &base);
    /// assert!(tables.is_valid());
    /// assert_eq!(tables.rows()[0].code.value, "IEF.011002");
    /// ```
    #[must_use]
    pub fn read_extending<P: AsRef<str>>(
        extends: Option<ShippedTable>,
        paths: &[P],
        base: &PathBase,
    ) -> Tables {
        let paths: Vec<String> = paths.iter().map(|path| path.as_ref().to_owned()).collect();
        let shipped = extends
            .map(|table| {
                TableFile::in_memory(table.path(), &normalize_text(table.text().to_owned()))
            })
            .into_iter()
            .collect();
        let (files, diagnostics) = load_all(shipped, &paths, base);
        Tables::check(extends, files, diagnostics)
    }

    /// Checks tables whose texts are at hand, as `(path, text)` pairs in
    /// layering order; the paths only name the tables in messages. The
    /// texts are read as files are: a byte-order mark dropped, CRLF as LF.
    #[must_use]
    pub fn from_texts<P: AsRef<str>, T: AsRef<str>>(texts: &[(P, T)]) -> Tables {
        let files = texts
            .iter()
            .map(|(path, text)| {
                TableFile::in_memory(path.as_ref(), &normalize_text(text.as_ref().to_owned()))
            })
            .collect();
        Tables::check(None, files, Diagnostics::default())
    }

    fn check(
        extends: Option<ShippedTable>,
        files: Vec<TableFile>,
        mut diagnostics: Diagnostics,
    ) -> Tables {
        let mut rows = Vec::new();
        for (index, file) in files.iter().enumerate().filter(|(_, file)| file.is_read) {
            let rows_required = index == 0;
            rows.extend(parse::parse_table(
                index,
                &file.text,
                rows_required,
                &mut diagnostics,
            ));
        }
        let shipped = extends.map(|table| (SHIPPED_FILE, table));
        let rows = validate::validate(rows, shipped, &mut diagnostics);
        let problems = diagnostics.into_problems();
        Tables {
            extends,
            files,
            rows,
            problems,
            line_indexes: OnceLock::new(),
        }
    }

    /// The shipped table layered first, if any: its rows are the first of
    /// [`rows`](Self::rows), in its order.
    #[must_use]
    pub fn extends(&self) -> Option<ShippedTable> {
        self.extends
    }

    /// The valid rows, in layering order: the enum's variants.
    #[must_use]
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The files, one per path, in the order given.
    #[must_use]
    pub fn files(&self) -> &[TableFile] {
        &self.files
    }

    /// The 1-based line and column (in characters) where `span` starts, or
    /// `None` for a span of no file here.
    #[must_use]
    pub fn line_column(&self, span: &Span) -> Option<(usize, usize)> {
        let text = &self.files.get(span.file)?.text;
        let indexes = self.line_indexes.get_or_init(|| {
            self.files
                .iter()
                .map(|file| LineIndex::new(&file.text))
                .collect()
        });
        Some(indexes.get(span.file)?.line_column(text, span.bytes.start))
    }

    /// Every problem, in the order found.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Whether the tables have no problem: the macro accepts them.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    /// The first [`MAX_REPORTED_PROBLEMS`] problems, located and rendered as
    /// the compiler shows them, in file order and, within a file, in the
    /// order of its text. [`unreported`](Self::unreported) says what is left.
    #[must_use]
    pub fn render_problems(&self) -> Vec<RenderedProblem> {
        self.render_problems_where(|_| true)
    }

    /// As [`render_problems`](Self::render_problems), of the problems
    /// `keep` accepts: the first [`MAX_REPORTED_PROBLEMS`] of those, however
    /// many others come before them.
    #[must_use]
    pub fn render_problems_where(&self, keep: impl Fn(&Problem) -> bool) -> Vec<RenderedProblem> {
        render(
            self.problems.iter().filter(|problem| keep(problem)),
            &self.files,
            MAX_REPORTED_PROBLEMS,
        )
    }

    /// When there are more problems than are rendered, how many more, in
    /// the words a front end shows after the rendered ones.
    #[must_use]
    pub fn unreported(&self) -> Option<String> {
        let left_out = self.problems.len().checked_sub(MAX_REPORTED_PROBLEMS)?;
        (left_out > 0)
            .then(|| format!("and {left_out} more problems, not shown; fix the ones above first"))
    }
}
