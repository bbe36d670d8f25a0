//! Editing only the table rebuilds the crate that invokes the macro: no
//! `touch`, no `cargo clean`.

use ief_errors_tests::FixtureCrate;

fn table(message: &str) -> String {
    format!(
        "[[error]]\ncode = \"X.1\"\nname = \"First\"\nstatus = 400\nmessage.en = \"{message}\"\n\
         message.zh = \"第一\"\nremediation.en = \"Fix it.\"\nremediation.zh = \"修复\"\n"
    )
}

const MAIN: &str = r#"
ief_errors::ief_errors!("codes.toml");

fn main() {
    println!("{}", IefError::First);
}
"#;

#[test]
fn editing_the_table_changes_the_next_build() {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "rebuild-on-edit",
        "",
        &[
            ("src/main.rs", MAIN),
            ("codes.toml", &table("before the edit")),
        ],
    );
    assert_eq!(fixture.cargo(&["run", "--quiet"]), "before the edit\n");

    // Cargo compares modification times; make sure the edit is seen as newer
    // even on file systems with coarse timestamps.
    std::thread::sleep(std::time::Duration::from_millis(1_100));
    fixture.write("codes.toml", &table("after the edit"));
    assert_eq!(fixture.cargo(&["run", "--quiet"]), "after the edit\n");
}

#[test]
fn an_absolute_path_is_tracked_too() {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "rebuild-absolute",
        "",
        &[("tables/codes.toml", &table("one"))],
    );
    let absolute = fixture.dir.join("tables/codes.toml");
    let main = MAIN.replace(
        "\"codes.toml\"",
        &format!("{:?}", absolute.display().to_string()),
    );
    fixture.write("src/main.rs", &main);
    assert_eq!(fixture.cargo(&["run", "--quiet"]), "one\n");

    std::thread::sleep(std::time::Duration::from_millis(1_100));
    fixture.write("tables/codes.toml", &table("two"));
    assert_eq!(fixture.cargo(&["run", "--quiet"]), "two\n");
}
