ief_errors::ief_errors!("ui/tables/duplicate-code.toml");

fn main() {}
