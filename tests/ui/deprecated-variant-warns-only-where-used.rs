#![deny(deprecated)]

// The generated code names the deprecated variant too (in `ALL`, its
// tables and derives); only the use below may be reported.
ief_errors::ief_errors!("ui/tables/deprecated.toml");

fn main() {
    let _current = IefError::Second;
    let _old = IefError::First;
}
