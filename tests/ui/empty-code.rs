ief_errors::ief_errors!("ui/tables/empty-code.toml");

fn main() {}
