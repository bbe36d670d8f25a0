ief_errors::ief_errors! {
    #[ief_errors(crate = "my sdk")]
    pub enum EdgeError from "ui/tables/base.toml";
}

fn main() {}
