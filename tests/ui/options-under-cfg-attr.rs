ief_errors::ief_errors! {
    #[cfg_attr(all(), ief_errors(serde))]
    pub enum E from "ui/tables/base.toml";
}

fn main() {}
