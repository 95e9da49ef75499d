//! The writers: the outline as a format-1 briefing ([`toml`]) and as the report for its
//! author ([`report`]).

pub mod report;
pub mod toml;
pub mod toml_out;
