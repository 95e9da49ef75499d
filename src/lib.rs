//! `brief`: a terminal reader for news briefings.
//!
//! The library holds everything the binary does, so tests, benchmarks and fuzz targets drive
//! the same code a user runs.

pub mod briefing;
pub mod check;
pub mod cli;
pub mod diag;
pub mod text;
pub mod toml_read;
