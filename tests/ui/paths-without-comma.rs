ief_errors::ief_errors! {
    pub enum E from "ui/tables/base.toml" "ui/tables/deprecated.toml";
}

fn main() {}
