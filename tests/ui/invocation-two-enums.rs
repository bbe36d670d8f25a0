ief_errors::ief_errors! {
    pub enum EdgeError from "ui/tables/base.toml";
    pub enum OtherError from "ui/tables/base.toml";
}

fn main() {}
