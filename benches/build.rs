//! Builds the `phf::Map` the lookup benchmark compares against, over the
//! shipped codes, the way a phf user would: at build time.

use std::fmt::Write as _;
use std::path::Path;

use ief_errors::IefError;

fn main() {
    let mut map = phf_codegen::Map::new();
    for (index, error) in IefError::ALL.iter().enumerate() {
        let _ = map.entry(error.code(), &index.to_string());
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
