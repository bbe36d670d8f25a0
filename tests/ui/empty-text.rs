ief_errors::ief_errors!("ui/tables/empty-text.toml");

fn main() {}
