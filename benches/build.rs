//! Builds the `phf::Map` the lookup benchmark compares against, from the
//! same codes as the shipped table, the way a phf user would: at build time.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let table = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/codes.toml");
    println!("cargo::rerun-if-changed={}", table.display());
    let text = std::fs::read_to_string(&table).expect("data/codes.toml is readable");
    let codes: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("code = \""))
        .filter_map(|rest| rest.strip_suffix('"'))
        .collect();
    assert_eq!(
        codes.len(),
        149,
        "every row of data/codes.toml has a code line"
    );

    let mut map = phf_codegen::Map::new();
    for (index, code) in codes.iter().enumerate() {
        let _ = map.entry(*code, &index.to_string());
    }
    let mut source = String::new();
    let _ = writeln!(
        source,
        "/// The shipped codes and their row index, as a `phf` map."
    );
    let _ = writeln!(
        source,
        "pub static PHF_CODES: phf::Map<&'static str, usize> = {};",
        map.build()
    );
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("phf_codes.rs");
    std::fs::write(out, source).expect("OUT_DIR is writable");
}
