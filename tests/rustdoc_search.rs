//! Variant docs in rustdoc: found from the search box by code and number,
//! and escaped so no code or text breaks a table cell or becomes markup.

use std::path::Path;

use ief_errors_tests::FixtureCrate;

const LIB: &str = r#"//! Docs under every rustdoc lint.
#![deny(warnings, missing_docs)]
#![deny(
    rustdoc::broken_intra_doc_links,
    rustdoc::private_intra_doc_links,
    rustdoc::invalid_html_tags,
    rustdoc::bare_urls,
    rustdoc::invalid_rust_codeblocks,
    rustdoc::unescaped_backticks,
    rustdoc::redundant_explicit_links
)]

ief_errors::ief_errors! {
    /// Codes that are hard to show.
    pub enum Edge from "codes.toml";
}
"#;

const TABLE: &str = r#"
[[error]]
code = "QX.424242"
name = "Searchable"
status = 400
message.en = "See https://example.com/x and [the link](Edge) <b>bold</b> `tick"
message.zh = "| 不是 | 单元格 |"
remediation.en = "<script>alert(1)</script> & &amp; *a* _b_ ~c~ # d"
remediation.zh = "修复"

[[error]]
code = "QX.535353"
name = "Typography"
status = 400
message.en = "Don't pass \"--force\"... use -- or ---"
message.zh = """
第一行
第二行"""
remediation.en = "Run `cli --no-cache` with 'quotes' -- then retry..."
remediation.zh = "修复"

[[error]]
code = "QX|PIPE<tag>`tick`"
name = "Marked"
status = 500
message.en = "Pipe, tag and backtick code."
message.zh = "竖线"
remediation.en = "None."
remediation.zh = "无"
deprecated = "Use <Searchable> | not `this`"

[[error]]
code = "Q\"X'717171"
name = "Quoted"
status = 404
message.en = "Quotes in the code."
message.zh = "引号"
remediation.en = "None."
remediation.zh = "无"

[[error]]
code = "E9"
name = "E9"
status = 404
message.en = "A code equal to its variant's name."
message.zh = "同名"
remediation.en = "None."
remediation.zh = "无"
"#;

fn documented() -> FixtureCrate {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "rustdoc-search",
        "",
        &[("src/lib.rs", LIB), ("codes.toml", TABLE)],
    );
    let _ = fixture.cargo(&["doc", "--no-deps", "--quiet"]);
    fixture
}

fn read_dir_text(directory: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(directory).expect("the directory exists") {
        let path = entry.expect("list the directory").path();
        if path.is_dir() {
            text.push_str(&read_dir_text(&path));
        } else if let Ok(contents) = std::fs::read_to_string(&path) {
            text.push_str(&contents);
        }
    }
    text
}

#[test]
fn docs_build_under_every_rustdoc_lint_and_variants_are_searchable() {
    let fixture = documented();
    let doc = fixture.doc_dir();
    let index = read_dir_text(&doc.join("search.index"));
    // `E9` is not an alias of the variant `E9`: rustc refuses an alias equal
    // to the item's name, and the build above would have failed.
    for alias in ["QX.424242", "424242", "QX717171", "717171"] {
        assert!(index.contains(alias), "the search index has {alias:?}");
    }

    let page = std::fs::read_to_string(doc.join("rustdoc_search/enum.Edge.html"))
        .expect("the enum's page exists");
    assert!(!page.contains("<script>alert"), "raw HTML is escaped");
    assert!(!page.contains("<b>bold</b>"), "raw HTML is escaped");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.contains("<th></th>"), "no empty header row");
    // Seven rows for each of the five variants, and the deprecation of one.
    assert_eq!(page.matches("<tr>").count(), 5 * 7 + 1);
    // Dashes, dots and straight quotes are not made typographic, and a line
    // break stays a line break.
    assert!(
        page.contains("<td>Don&#39;t pass &quot;--force&quot;... use -- or ---</td>")
            || page.contains("<td>Don't pass \"--force\"... use -- or ---</td>"),
        "{page}"
    );
    assert!(page.contains("第一行<br>第二行"), "{page}");
    let variants = page
        .split("id=\"implementations\"")
        .next()
        .unwrap_or_default();
    for typographic in ['–', '—', '…', '’', '“'] {
        assert!(
            !variants.contains(typographic),
            "{typographic} in a variant's docs"
        );
    }
    // Every variant's table has its two columns on every row: a `|` in a
    // code or text never adds a cell.
    for row in page.split("<tr>").skip(1) {
        let row = row.split("</tr>").next().unwrap_or_default();
        let cells = row.matches("<td").count() + row.matches("<th").count();
        assert_eq!(cells, 2, "a table row has two cells: {row}");
    }
    assert!(
        page.contains("<code>QX|PIPE&lt;tag&gt;`tick`</code>"),
        "{page}"
    );
}

/// The macro's own rustdoc (what an editor shows on hover) carries an
/// example as text, since the macro crate cannot run it; it must be the
/// example the facade's documentation compiles and runs, line for line.
#[test]
fn the_macros_hover_example_is_one_the_facades_doctests_run() {
    let root = ief_errors_tests::workspace_root();
    let hover = std::fs::read_to_string(root.join("ief-errors-macro/src/hover.md")).unwrap();
    let facade = std::fs::read_to_string(root.join("ief-errors/src/macro.md")).unwrap();
    let example = &hover[hover.find("# Example").expect("an example")..];
    let start = example.find("```text\n").expect("a block") + "```text\n".len();
    let block = &example[start..start + example[start..].find("```").unwrap()];
    let facade_lines: Vec<&str> = facade.lines().map(str::trim).collect();
    let mut lines = 0;
    for line in block.lines().map(str::trim).filter(|line| !line.is_empty()) {
        assert!(
            facade_lines.contains(&line),
            "{line:?} is not in the facade's doctested macro.md"
        );
        lines += 1;
    }
    assert!(lines >= 5);
    // The grammar and the schema are there too.
    assert!(hover.contains("# Grammar") && hover.contains("[[error]]"));
}
