ief_errors::ief_errors! {
    pub enum match from "ui/tables/base.toml";
}

fn main() {}
