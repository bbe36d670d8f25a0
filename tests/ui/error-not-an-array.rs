ief_errors::ief_errors!("ui/tables/error-not-an-array.toml");

fn main() {}
