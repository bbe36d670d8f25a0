ief_errors::ief_errors!("ui/tables/text-not-a-string.toml");

fn main() {}
