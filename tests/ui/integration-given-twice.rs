ief_errors::ief_errors! {
    #[ief_errors(http)]
    #[ief_errors(crate = "::ief_errors", http)]
    pub enum E from "ui/tables/base.toml";
}

fn main() {}
