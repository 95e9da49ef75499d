//! The library and its picker: broken files listed with their error, search by typing,
//! Enter opens.

mod common;

use std::path::PathBuf;

use brief::app::Msg;
use brief::app::picker::{Picker, PickerEffect};
use brief::briefing::library::{self, Origin};
use brief::ui::Theme;
use common::screen_text;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

fn fixture_folder(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
}

/// A picker over the valid fixtures plus one broken file.
fn picker() -> Picker {
    let paths = [
        fixture_folder("valid"),
        fixture_folder("invalid").join("dangling-ref.toml"),
    ];
    Picker::new(
        library::scan(library::origins(&paths, &[])),
        Rect::new(0, 0, 100, 30),
    )
}

fn key(picker: &mut Picker, code: KeyCode) -> Option<PickerEffect> {
    picker.update(&Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn draw(picker: &Picker) -> String {
    let mut terminal =
        Terminal::new(TestBackend::new(picker.area.width, picker.area.height)).unwrap();
    terminal
        .draw(|frame| brief::ui::picker::draw(frame, picker, &Theme::default()))
        .unwrap();
    screen_text(terminal.backend().buffer())
}

#[test]
fn no_path_means_the_bundled_briefing_first() {
    let origins = library::origins(&[], &[]);
    assert_eq!(origins, [Origin::Bundled(0)]);
}

#[test]
fn one_briefing_is_counted_as_one_and_a_narrow_row_keeps_its_name_whole() {
    let picker = Picker::new(
        library::scan(library::origins(&[], &[])),
        Rect::new(0, 0, 60, 20),
    );
    let screen = draw(&picker);
    assert!(screen.contains("brief: 1 briefing "), "{screen}");
    assert!(
        screen.contains("  dprk-troops-russia.toml (bundled) · 16 actors"),
        "{screen}"
    );
}

#[test]
fn a_broken_file_is_listed_with_its_error_and_the_others_still_open() {
    let mut picker = picker();
    assert_eq!(picker.entries.len(), 4);
    let screen = draw(&picker);
    assert!(
        screen.contains("brief: 4 briefings (1 with errors)"),
        "{screen}"
    );
    assert!(screen.contains("✗ "));
    assert!(screen.contains("speaker 'nobody' is not the id of any actor"));
    assert!(screen.contains("Only what is required"));
    let broken = picker
        .entries
        .iter()
        .position(|e| e.summary.is_err())
        .unwrap();
    for _ in 0..broken {
        key(&mut picker, KeyCode::Down);
    }
    assert_eq!(key(&mut picker, KeyCode::Enter), None);
    assert!(
        picker
            .notice
            .as_deref()
            .unwrap()
            .starts_with("Cannot open:")
    );
    key(&mut picker, KeyCode::Home);
    assert_eq!(
        key(&mut picker, KeyCode::Enter),
        Some(PickerEffect::Open(0))
    );
}

#[test]
fn typing_narrows_the_list_and_esc_clears_then_quits() {
    let mut picker = picker();
    for c in "windows".chars() {
        key(&mut picker, KeyCode::Char(c));
    }
    assert_eq!(picker.shown.len(), 1);
    let entry = picker.selected_entry().unwrap();
    assert_eq!(
        picker.entries[entry]
            .summary
            .as_ref()
            .unwrap()
            .title
            .as_str(),
        "Windows line endings"
    );
    assert!(draw(&picker).contains("Search: windows▏  1 shown"));
    assert_eq!(
        key(&mut picker, KeyCode::Enter),
        Some(PickerEffect::Open(entry))
    );
    assert_eq!(key(&mut picker, KeyCode::Esc), None);
    assert_eq!(picker.shown.len(), 4);
    assert_eq!(key(&mut picker, KeyCode::Esc), Some(PickerEffect::Quit));
}

#[test]
fn picker_survives_tiny_and_huge_terminals() {
    let mut picker = picker();
    for (w, h) in [(0, 0), (1, 1), (2, 2), (30, 10), (400, 200)] {
        picker.update(&Msg::Resize(w, h));
        key(&mut picker, KeyCode::End);
        draw(&picker);
    }
}

#[test]
fn a_large_briefing_is_outlined_for_the_picker_with_the_counts_a_full_load_finds() {
    let dir = tempfile::tempdir().unwrap();
    let large = dir.path().join("large.toml");
    let text = brief::synthetic::briefing(brief::synthetic::Size { quotes: 9_000 });
    assert!(text.len() as u64 > library::LARGE_FILE_BYTES);
    std::fs::write(&large, &text).unwrap();
    // An item list written as a key cannot be outlined: the file is loaded in full.
    let inline = dir.path().join("inline.toml");
    std::fs::write(&inline, format!("quotes = []\n{text}")).unwrap();
    let entries = library::scan(vec![Origin::File(large.clone()), Origin::File(inline)]);
    let full = brief::briefing::load_path(&large).unwrap();
    let outlined = entries[0].summary.as_ref().unwrap();
    assert_eq!(outlined.counts, full.counts());
    assert_eq!(
        outlined.counts,
        "900 actors, 9000 quotes, 900 events, 180 implications"
    );
    assert_eq!(
        (outlined.id.as_str(), &outlined.title, &outlined.tags),
        (full.meta.id.as_str(), &full.meta.title, &full.meta.tags)
    );
    // Here both lists of quotes are an error only a full load names.
    let error = entries[1].summary.as_ref().unwrap_err();
    assert!(error.contains("inline.toml"), "{error}");
}

#[test]
fn backspace_on_an_empty_library_query_stays_and_ctrl_u_clears_the_query() {
    use brief::app::library::{LibraryEffect, LibraryView, Mode};
    let mut view = LibraryView::new(Mode::Search, Rect::new(0, 0, 100, 30));
    let press = |view: &mut LibraryView, code, modifiers| {
        view.update(&Msg::Key(KeyEvent::new(code, modifiers)))
    };
    for c in "grave".chars() {
        press(&mut view, KeyCode::Char(c), KeyModifiers::NONE);
    }
    assert_eq!(view.query, "grave");
    assert_eq!(
        press(&mut view, KeyCode::Char('u'), KeyModifiers::CONTROL),
        None
    );
    assert_eq!(view.query, "", "Ctrl-u clears what was typed");
    // Backspace held past the last letter never leaves the list (into the picker's filter).
    for _ in 0..3 {
        assert_eq!(
            press(&mut view, KeyCode::Backspace, KeyModifiers::NONE),
            None
        );
    }
    assert_eq!(
        press(&mut view, KeyCode::Esc, KeyModifiers::NONE),
        Some(LibraryEffect::Close)
    );
}

#[test]
fn every_text_on_the_pickers_selection_bar_takes_the_bars_colours() {
    let picker = picker();
    let theme = Theme::default();
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal
        .draw(|frame| brief::ui::picker::draw(frame, &picker, &theme))
        .unwrap();
    let buf = terminal.backend().buffer();
    let marker = (0..buf.area.height)
        .find(|&y| (0..buf.area.width).any(|x| buf[(x, y)].symbol() == "▶"))
        .expect("the selected entry");
    let bar = theme.selection;
    // Both lines of the selected entry: every cell with text is in the bar's colours.
    for y in marker..marker + 2 {
        for x in 2..buf.area.width - 2 {
            let cell = &buf[(x, y)];
            if cell.symbol().trim().is_empty() {
                continue;
            }
            assert_eq!(
                (cell.fg, cell.bg),
                (bar.fg.unwrap(), bar.bg.unwrap()),
                "{:?} at {x},{y}",
                cell.symbol()
            );
        }
    }
}

#[test]
fn the_picker_counts_one_item_in_the_singular() {
    // Relative to the package (tests run there), so the row has room for the counts however
    // long the checkout's path.
    let hotline = PathBuf::from("tests/fixtures/library/trilateral-hotline.toml");
    let entries = library::scan(vec![Origin::File(hotline)]);
    let summary = entries[0].summary.as_ref().unwrap();
    assert_eq!(
        summary.counts,
        "6 actors, 2 quotes, 3 events, 1 implication"
    );
    let mut picker = Picker::new(entries, Rect::new(0, 0, 120, 20));
    picker.update(&Msg::Resize(120, 20));
    let mut terminal = Terminal::new(TestBackend::new(120, 20)).unwrap();
    terminal
        .draw(|frame| brief::ui::picker::draw(frame, &picker, &Theme::default()))
        .unwrap();
    let text = screen_text(terminal.backend().buffer());
    assert!(text.contains("3 events, 1 implication ·"), "{text}");
}

/// The library list in `mode` at `width` x `height`, over a store of the bundled briefing
/// and the two library fixtures; `fill` gives it its rows.
fn library_screen(
    width: u16,
    height: u16,
    mode: brief::app::library::Mode,
    fill: impl FnOnce(
        &brief::store::Store,
        &brief::store::Library,
        &mut brief::app::library::LibraryView,
    ),
) -> ratatui::buffer::Buffer {
    use brief::app::library::LibraryView;
    let dir = tempfile::tempdir().unwrap();
    let mut store = brief::store::Store::open(&dir.path().join("store.sqlite3")).unwrap();
    let origins = library::origins(&[], &[fixture_folder("library")]);
    let (library, _) = store.refresh(&origins).unwrap();
    let mut view = LibraryView::new(mode, Rect::new(0, 0, width, height));
    fill(&store, &library, &mut view);
    // To the last row.
    view.update(&Msg::Key(KeyEvent::new(KeyCode::End, KeyModifiers::NONE)));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| brief::ui::library::draw(frame, &view, &Theme::default()))
        .unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn the_merged_timeline_draws_undated_events_last_with_status_colour_and_grade() {
    use brief::briefing::model::Status;
    use brief::store::TimelineScope;
    let theme = Theme::default();
    for (width, height) in [(120, 40), (60, 20)] {
        let mode = brief::app::library::Mode::timeline(vec![(
            TimelineScope::All,
            "the whole library".to_owned(),
        )]);
        let buffer = library_screen(width, height, mode, |store, library, view| {
            view.set_timeline(store.timeline(library, &TimelineScope::All, 200).unwrap());
        });
        let text = screen_text(&buffer);
        assert!(
            text.contains("Timeline of the whole library: 7 dated, then 11 undated"),
            "{width}x{height}:\n{text}"
        );
        // The last rows are undated, each with its status and grade.
        assert!(
            text.contains("undated: This year · ◇ expected · ")
                && text.contains("○ possible · F3 · Japan"),
            "{width}x{height}:\n{text}"
        );
        // The glyph takes its status's colour, as in the panes.
        let glyph = buffer
            .content()
            .iter()
            .find(|cell| cell.symbol() == "○")
            .expect("a possible event's glyph");
        assert_eq!(
            glyph.fg,
            theme.status(Status::Possible).fg.unwrap(),
            "{width}x{height}"
        );
    }
}

#[test]
fn a_quote_found_in_the_library_names_its_speaker_whole_in_a_narrow_list() {
    for (width, height) in [(120, 40), (60, 20)] {
        let buffer = library_screen(
            width,
            height,
            brief::app::library::Mode::Search,
            |store, library, view| {
                view.set_hits(store.search(library, "three in the morn", 10).unwrap());
            },
        );
        let lines = common::screen(&buffer);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("quote: “The real test") && l.contains("” — Dr. A. Tanabe")),
            "{width}x{height}:\n{}",
            lines.join("\n")
        );
    }
}
