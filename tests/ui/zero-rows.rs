ief_errors::ief_errors!("ui/tables/zero-rows.toml");

fn main() {}
