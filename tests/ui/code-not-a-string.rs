ief_errors::ief_errors!("ui/tables/code-not-a-string.toml");

fn main() {}
