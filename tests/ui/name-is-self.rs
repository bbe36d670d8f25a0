ief_errors::ief_errors!("ui/tables/name-is-self.toml");

fn main() {}
