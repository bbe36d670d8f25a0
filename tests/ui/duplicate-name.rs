ief_errors::ief_errors!("ui/tables/duplicate-name.toml");

fn main() {}
