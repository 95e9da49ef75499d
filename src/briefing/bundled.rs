//! Briefings compiled into the binary, so `brief` works from any folder.

/// File name and text of each bundled briefing; the first is opened when no path is given.
pub const BUNDLED: &[(&str, &str)] = &[(
    "dprk-troops-russia.toml",
    include_str!("../../briefings/dprk-troops-russia.toml"),
)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_briefing_loads() {
        for (name, text) in BUNDLED {
            if let Err(error) = super::super::load_bytes(name, text.as_bytes()) {
                panic!("{error}");
            }
        }
    }
}
