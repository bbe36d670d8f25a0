ief_errors::ief_errors! {
    pub enum EdgeError "ui/tables/base.toml";
}

fn main() {}
