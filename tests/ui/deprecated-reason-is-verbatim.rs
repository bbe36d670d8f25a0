#![deny(deprecated)]

ief_errors::ief_errors! {
    enum E from "ui/tables/deprecated-reason-with-markers.toml";
}

fn main() {
    let _ = E::Old;
    let _ = E::New;
}
