ief_errors::ief_errors!("ui/tables/base.toml/codes.toml");

fn main() {}
