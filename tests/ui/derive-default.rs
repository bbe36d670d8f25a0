ief_errors::ief_errors! {
    #[derive(Default)]
    pub enum E from "ui/tables/base.toml";
}

fn main() {}
