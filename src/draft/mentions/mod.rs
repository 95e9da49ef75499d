//! Stage 3, mentions: the people, states and institutions an article names, collected in
//! reading order into a registry ([`entities`]), from the names of each sentence ([`scan`]).

pub mod entities;
pub mod scan;
