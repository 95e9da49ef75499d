//! What the reader shows, as plain data that both the model (`app/`) and the view (`ui/`) use:
//! where each part of the screen goes, the lines of each item and of the detail view, and
//! which rows fit. Keeping it below both lets `update` scroll and place clicks by exactly the
//! lines the view draws.

pub mod detail;
pub mod flow;
pub mod help;
pub mod layout;
pub mod lines;
pub mod message;
pub mod overview;
pub mod piece;
pub mod row_cache;
pub mod row_shape;
pub mod wrap;
