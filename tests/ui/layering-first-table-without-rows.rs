ief_errors::ief_errors!("ui/tables/no-rows.toml", "ui/tables/base.toml");

fn main() {}
