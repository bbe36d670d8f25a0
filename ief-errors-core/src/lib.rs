//! The rules that `ief-errors`' code generator (at build time) and its run
//! time must compute identically, each written once: the perfect hash of
//! error codes ([`hash`]), the characters shown escaped ([`text`]), and a
//! row's retry and internal defaults ([`retry`]).
//!
//! Not for direct use: depend on [`ief-errors`](https://docs.rs/ief-errors).
//! Both sides depend on this exact version, so its API follows theirs.

#![no_std]
#![forbid(unsafe_code)]

pub mod hash;
pub mod retry;
pub mod text;
