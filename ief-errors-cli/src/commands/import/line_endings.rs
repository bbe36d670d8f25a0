//! The table file's own layout, its line endings and byte-order mark, kept
//! through an import.

pub(super) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// `text` with the line endings and byte-order mark of the file it
/// replaces, so an import changes rows, not the file's layout.
pub(super) fn in_the_files_layout(text: String, old: Option<&str>) -> String {
    let Some(old) = old else {
        return text;
    };
    let mut text = without_bom(&text).to_owned();
    if old.contains("\r\n") {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if old.starts_with('\u{feff}') {
        text.insert(0, '\u{feff}');
    }
    text
}
