ief_errors::ief_errors! {
    pub struct EdgeError from "ui/tables/base.toml";
}

fn main() {}
