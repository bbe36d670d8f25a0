//! What an import changed, and what only a person can finish, as the
//! command prints it.

use std::fmt;
use std::io;

use crate::escape::{escape_controls, escape_live, quoted};
use crate::layout::Layout;
use crate::style::{CODE, HELP};

/// The report and its summary line, each line wrapped on a terminal under
/// a hanging indent, rendered in one piece: standard output writes each
/// line as it ends, and a page of 50,000 new codes has as many lines.
pub(super) fn render_report(report: &Report, summary: &str) -> io::Result<Vec<u8>> {
    let layout = Layout::of_stdout();
    let mut buffer = Vec::new();
    for line in report.to_string().lines() {
        layout.hanging(&mut buffer, line, 4)?;
    }
    layout.hanging(&mut buffer, summary, 4)?;
    Ok(buffer)
}

/// `1 code`, `2 codes`.
pub(super) fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// What changed, and what only a person can finish.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) changes: Vec<Change>,
    pub(crate) needs_person: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Change {
    PageDate {
        old: Option<String>,
        new: String,
    },
    Added {
        code: String,
        name: String,
        status: u16,
    },
    Updated {
        code: String,
        field: &'static str,
        old: String,
        new: String,
    },
    StatusChanged {
        code: String,
        old: Option<i64>,
        new: u16,
    },
    Deprecated {
        code: String,
    },
    Republished {
        code: String,
    },
}

/// Every code, name and text in the report is escaped: they come from the
/// page or the table.
impl fmt::Display for Report {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for change in &self.changes {
            match change {
                Change::PageDate { old: None, new } => {
                    writeln!(formatter, "+ page date: {new} recorded")?;
                }
                Change::PageDate {
                    old: Some(old),
                    new,
                } => {
                    writeln!(formatter, "~ page date: {old} -> {new}")?;
                }
                Change::Added { code, name, status } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "+ {CODE}{code}{CODE:#}  added as {name} (status {status})"
                    )?;
                }
                Change::Updated {
                    code,
                    field,
                    old,
                    new,
                } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "~ {CODE}{code}{CODE:#}  {field}: {} -> {}",
                        quoted(old),
                        quoted(new)
                    )?;
                }
                Change::StatusChanged { code, old, new } => {
                    let code = escape_controls(code);
                    let old = old.map_or_else(|| "none".to_owned(), |old| old.to_string());
                    writeln!(formatter, "~ {CODE}{code}{CODE:#}  status: {old} -> {new}")?;
                }
                Change::Deprecated { code } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "- {CODE}{code}{CODE:#}  no longer on the page: kept, marked deprecated"
                    )?;
                }
                Change::Republished { code } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "+ {CODE}{code}{CODE:#}  back on the page: deprecation removed"
                    )?;
                }
            }
        }
        if !self.needs_person.is_empty() {
            writeln!(formatter, "{HELP}needs a person{HELP:#}:")?;
            for item in &self.needs_person {
                writeln!(formatter, "  {}", escape_live(item))?;
            }
        }
        Ok(())
    }
}
