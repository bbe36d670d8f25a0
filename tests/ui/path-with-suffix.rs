ief_errors::ief_errors!("ui/tables/base.toml"suffix);

fn main() {}
