ief_errors::ief_errors! {
    #[ief_errors(serde, json)]
    pub enum E from "ui/tables/base.toml";
}

fn main() {}
