ief_errors::ief_errors!(b"ui/tables/base.toml");

fn main() {}
