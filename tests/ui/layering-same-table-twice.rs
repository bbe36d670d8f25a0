ief_errors::ief_errors!("ui/tables/base.toml", "ui/tables/base.toml");

fn main() {}
