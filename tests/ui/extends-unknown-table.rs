ief_errors::ief_errors! {
    #[ief_errors(extends = "iam")]
    pub enum AcmeError from "ui/tables/base.toml";
}

fn main() {}
