//! Checking quotes against their source text.
