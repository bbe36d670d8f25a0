ief_errors::ief_errors!("ui/tables/whitespace-only-text.toml");

fn main() {}
