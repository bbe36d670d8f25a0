ief_errors::ief_errors! {
    #[cfg_attr(all(), derive(Default))]
    pub enum E from "ui/tables/129-rows.toml";
}

fn main() {}
