//! Any bytes into the briefing loader: it must return Ok or Err, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = brief::briefing::load_bytes("fuzz.toml", data);
    let _ = std::str::from_utf8(data).map(brief::config::parse);
});
