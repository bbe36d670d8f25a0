ief_errors::ief_errors! {
    #[repr(transparent)]
    pub enum Transparent from "ui/tables/129-rows.toml";
}

fn main() {}
