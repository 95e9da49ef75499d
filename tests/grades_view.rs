//! Analytic grades in the reader: compact on each row, in words in the detail, a legend in
//! help, and narrowing by credibility, reliability and likelihood.

mod common;

use brief::action::Action;
use brief::app::{Choice, Pane};
use brief::briefing::grade::Credibility;
use brief::ui::Theme;
use common::*;

#[test]
fn rows_carry_compact_grades_legible_without_colour() {
    let app = app(bundled(), 120, 40);
    for theme in [Theme::default(), Theme::monochrome()] {
        let text = screen_text(&render(&app, &theme));
        assert!(text.contains("2014 · ● confirmed · F2"), "{text}");
        assert!(
            text.contains("East Asia [HIGH] · likely · moderate"),
            "{text}"
        );
    }
}

#[test]
fn the_detail_gives_grades_in_words_and_the_basis() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "4 ");
    let lines = detail_text(&app, Pane::Implications, 0);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Estimate: likely (55-80%), moderate")),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.starts_with("Basis: ")));
    type_keys(&mut app, "1");
    let lines = detail_text(&app, Pane::Timeline, 1);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Grade F2: F reliability cannot be judged; 2 probably true")),
        "{lines:#?}"
    );
}

#[test]
fn help_has_a_legend_of_the_scales() {
    let mut app = app(bundled(), 120, 60);
    type_keys(&mut app, "?");
    for _ in 0..200 {
        act(&mut app, Action::Next);
    }
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(
        text.contains("Credibility of the information (1-6)"),
        "{text}"
    );
    assert!(text.contains("Likelihood (US ICD 203)"), "{text}");
}

#[test]
fn credibility_at_most_2_leaves_only_the_better_supported_events() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Narrow);
    let choices = brief::app::facets::choices(&app.briefing, &app.regions, &app.search);
    let at = choices
        .iter()
        .position(|c| *c == Choice::Credibility(Credibility::ProbablyTrue))
        .expect("the bundled briefing is graded");
    for _ in 0..at {
        act(&mut app, Action::Next);
    }
    act(&mut app, Action::Follow);
    let rows = app.rows(Pane::Timeline);
    assert!(rows.len() < app.briefing.timeline.len());
    for position in 0..rows.len() {
        let event = &app.briefing.timeline[rows.get(position).unwrap()];
        assert!(
            event
                .credibility
                .is_some_and(|c| c.at_most(Credibility::ProbablyTrue))
        );
    }
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(
        !text.contains("About 3,000 North Korean troops reported"),
        "{text}"
    );
    assert!(text.contains("narrowed: credibility at most 2"), "{text}");
}
