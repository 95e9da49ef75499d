//! Stage 2, syntax: the verbs of saying or acting in a sentence with their subjects
//! ([`clause`]), and what a noun phrase names ([`phrase`]). Pure functions of the
//! [`Doc`](crate::draft::article::Doc) layer: they register nothing.

pub mod clause;
pub mod phrase;
