ief_errors::ief_errors!("ui/tables/missing-text.toml");

fn main() {}
