ief_errors::ief_errors! {
    #[ief_errors(extends = ief)]
    pub enum AcmeError from "ui/tables/base.toml";
}

fn main() {}
