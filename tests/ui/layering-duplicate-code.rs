ief_errors::ief_errors!("ui/tables/base.toml", "ui/tables/layer-duplicate-code.toml");

fn main() {}
