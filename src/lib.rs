//! `brief`: a terminal reader for news briefings.
//!
//! The library holds everything the binary does, so tests, benchmarks and fuzz targets drive
//! the same code a user runs.

pub mod action;
pub mod app;
pub mod attribution;
pub mod briefing;
pub mod chart;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod draft;
pub mod effects;
pub mod event;
pub mod export;
pub mod fold;
pub mod keymap;
pub mod pane;
pub mod paths;
pub mod provenance;
pub mod screen;
pub mod store;
pub mod synthetic;
pub mod terminal;
pub mod text;
pub mod toml_caps;
pub mod toml_read;
pub mod toml_stream;
pub mod ui;
pub mod verify;
