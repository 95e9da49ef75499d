//! Briefings: the format-1 model, its loader, its analytic grades, and the briefings built into
//! the binary.

pub mod bundled;
pub mod calendar;
mod describe;
pub mod files;
pub mod grade;
mod graded;
pub mod library;
pub mod load;
pub mod model;
mod named;
mod outline;
mod sourced;
mod status;

pub use load::{LoadError, load_bytes, load_path};
pub use model::Briefing;
pub use sourced::Contribution;
