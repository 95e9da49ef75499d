//! Any bytes as an article into `brief draft`: it must never panic, its TOML must always load
//! as a briefing, and its report must hold nothing a terminal could act on. Run with
//! `-rss_limit_mb` and `-timeout` so work that grows too fast with the article is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let article = String::from_utf8_lossy(data);
    let drafted = brief::draft::draft(&article, &brief::draft::Options::default());
    if let Err(e) = brief::briefing::load_bytes("draft.toml", drafted.toml.as_bytes()) {
        panic!("the draft does not load: {e}\n{}", drafted.toml);
    }
    let unsafe_char = drafted
        .report
        .chars()
        .find(|&c| c != '\n' && brief::text::is_unsafe_char(c));
    assert!(unsafe_char.is_none(), "the report holds {unsafe_char:?}");
});
