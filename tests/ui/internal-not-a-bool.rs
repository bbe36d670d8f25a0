ief_errors::ief_errors!("ui/tables/internal-not-a-bool.toml");

fn main() {}
