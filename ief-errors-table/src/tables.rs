//! A set of tables read together, in layering order: their rows and every
//! problem with them.

use crate::diagnostic::{Diagnostics, Problem, RenderedProblem, render};
use crate::load::{PathBase, load_all, normalize_text};
use crate::model::Row;
use crate::source::TableFile;
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
    files: Vec<TableFile>,
    rows: Vec<Row>,
    problems: Vec<Problem>,
}

impl Tables {
    /// Reads the tables at `paths`, in layering order, resolving relative
    /// paths against `base`.
    #[must_use]
    pub fn read<P: AsRef<str>>(paths: &[P], base: &PathBase) -> Tables {
        let paths: Vec<String> = paths.iter().map(|path| path.as_ref().to_owned()).collect();
        let (files, diagnostics) = load_all(&paths, base);
        Tables::check(files, diagnostics)
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
        Tables::check(files, Diagnostics::default())
    }

    fn check(files: Vec<TableFile>, mut diagnostics: Diagnostics) -> Tables {
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
        let rows = validate::validate(rows, &mut diagnostics);
        Tables {
            files,
            rows,
            problems: diagnostics.into_problems(),
        }
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
