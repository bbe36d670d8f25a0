ief_errors::ief_errors!("ui/tables/no-rows.toml");

fn main() {}
