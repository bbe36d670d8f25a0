// A fork's own table may not repeat a code or a name the shipped table has:
// `extends` layers it first, and a later table cannot override it.
ief_errors::ief_errors! {
    #[ief_errors(extends = "ief")]
    pub enum AcmeError from "ui/tables/repeats-shipped-rows.toml";
}

fn main() {}
