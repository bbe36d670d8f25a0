ief_errors::ief_errors! {
    enum ForkError from "ui/tables/base.toml", "ui/tables/layer-duplicate-name.toml";
}

fn main() {}
