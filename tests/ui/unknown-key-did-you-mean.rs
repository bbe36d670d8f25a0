ief_errors::ief_errors!("ui/tables/unknown-key-did-you-mean.toml");

fn main() {}
