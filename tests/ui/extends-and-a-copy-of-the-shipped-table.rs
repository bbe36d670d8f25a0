// A fork that adds `extends` and still lists its copy of the shipped table
// gets one error saying so, not one per repeated row.
ief_errors::ief_errors! {
    #[ief_errors(extends = "ief")]
    pub enum AcmeError from "ui/tables/copy-of-shipped.toml", "ui/tables/base.toml";
}

fn main() {}
