ief_errors::ief_errors!("ui/tables/several-mistakes.toml");

fn main() {}
