//! Baselines for the benchmarks: what a user of `ief-errors` would otherwise write.

pub mod scratch;
pub mod synthetic;

// phf_codegen writes the map's keys as long unseparated literals.
#[allow(clippy::unreadable_literal)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/phf_codes.rs"));
}

pub use generated::PHF_CODES;
