ief_errors::ief_errors! {
    #[ief_errors(path = "::my_sdk")]
    pub enum EdgeError from "ui/tables/base.toml";
}

fn main() {}
