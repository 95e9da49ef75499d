//! The config file: key bindings, theme colours, library folders and mouse. A missing file
//! means defaults; a broken one stops start-up with `config.toml:LINE:COL: message`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ratatui::style::Color;
use toml::Spanned;

use crate::action::Action;
use crate::briefing::load::read_capped;
use crate::diag::{self, Diagnostic, echo};
use crate::keymap::{KeyChord, Keymap};
use crate::pane::View;
use crate::text::{SafeText, toml_basic_string};
use crate::toml_read::{self, Need, Table};
use crate::ui::theme::Palette;

/// The effective settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Key bindings, defaults with the file's `[keys]` applied.
    pub keymap: Keymap,
    /// Colours for the UI's roles.
    pub palette: Palette,
    /// Folders opened when no path is given.
    pub library: Vec<PathBuf>,
    /// Whether the platform data folder (`$XDG_DATA_HOME/brief/briefings`) is in the library.
    pub data_dir: bool,
    /// Folders a briefing's source `file` may be in besides the briefing's own folder
    /// (relative entries are relative to each briefing's folder).
    pub sources: Vec<PathBuf>,
    /// Whether the mouse is captured (click and wheel); off lets the terminal select text.
    pub mouse: bool,
    /// What a briefing opens on.
    pub start: View,
    /// Where the reader's export key writes reports (made when missing); `None` when the
    /// system names no documents or data folder and the config names none either.
    pub export_dir: Option<PathBuf>,
    /// Where the settings came from.
    pub origin: Origin,
}

/// Which file the config was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// This file was read.
    File(PathBuf),
    /// No file at this path; defaults are in use.
    Missing(PathBuf),
    /// No config folder could be determined (no home directory).
    Nowhere,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            keymap: Keymap::defaults(),
            palette: Palette::default(),
            library: Vec::new(),
            data_dir: true,
            sources: Vec::new(),
            mouse: true,
            start: View::Panes,
            export_dir: default_export_dir(),
            origin: Origin::Nowhere,
        }
    }
}

/// The platform's config file: `$XDG_CONFIG_HOME/brief/config.toml` (else
/// `~/.config/brief/config.toml`) on Linux.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "brief")
        .map(|dirs| dirs.config_dir().join("config.toml"))
}

/// The platform's briefing folder: `$XDG_DATA_HOME/brief/briefings` on Linux.
pub fn data_briefings() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "brief").map(|dirs| dirs.data_dir().join("briefings"))
}

/// Where reports go when the config does not say: the `brief` folder of the user's documents
/// folder (`XDG_DOCUMENTS_DIR` on Linux, when `user-dirs.dirs` names one), else `exports` in
/// the data folder (`$XDG_DATA_HOME/brief/exports`). Never the current folder: a report is
/// written only where the user can find it again.
pub fn default_export_dir() -> Option<PathBuf> {
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(|d| d.join("brief")))
        .or_else(|| {
            directories::ProjectDirs::from("", "", "brief")
                .map(|dirs| dirs.data_dir().join("exports"))
        })
}

/// The library folders of a config: its `library` list plus the data folder when enabled and
/// present.
pub fn library_folders(config: &Config) -> Vec<PathBuf> {
    let mut folders = config.library.clone();
    if config.data_dir
        && let Some(data) = data_briefings()
        && data.is_dir()
    {
        folders.push(data);
    }
    folders
}

/// Reads the config at `explicit` (which must exist) or at the default path (which may not).
/// Errors are messages ready to print.
pub fn load(explicit: Option<&Path>) -> Result<Config, String> {
    let path = match (explicit, default_path()) {
        (Some(path), _) => path.to_path_buf(),
        (None, Some(path)) => path,
        (None, None) => return Ok(Config::default()),
    };
    if explicit.is_none() && !path.exists() {
        return Ok(Config {
            origin: Origin::Missing(path),
            ..Config::default()
        });
    }
    let name = path.display().to_string();
    let shown = SafeText::excerpt(&name, 200);
    let bytes = read_capped(&path).map_err(|e| format!("{shown}: {e}"))?;
    // A NUL byte means a binary or special file (`/proc/self/environ`), whose parse errors
    // would echo its lines: refused before parsing, showing nothing of it.
    if bytes.contains(&0) {
        return Err(format!(
            "{shown}: holds NUL bytes, so it is not a config file (a text file of TOML); \
             nothing of it is shown"
        ));
    }
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| format!("{shown}: not UTF-8 text (at byte {})", e.valid_up_to()))?;
    let mut config = parse(text).map_err(|diagnostics| {
        diag::render(&name, text, &diagnostics)
            .trim_end()
            .to_owned()
    })?;
    config.origin = Origin::File(path);
    Ok(config)
}

const ROOT_KEYS: &[&str] = &[
    "mouse",
    "start",
    "export_dir",
    "library",
    "data_dir",
    "sources",
    "keys",
    "theme",
];

/// The values of `start`, each with the view it opens.
const START_VIEWS: [(&str, View); 4] = [
    ("overview", View::Overview),
    ("panes", View::Panes),
    ("timeline_chart", View::TimelineChart),
    ("network", View::Network),
];

/// Parses config text, collecting every problem.
pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = toml_read::parse(text)?;
    let mut errors = Vec::new();
    let root = Table::new(&doc, 0..0, "the config", ROOT_KEYS, &mut errors);
    let mut config = Config::default();
    if let Some(mouse) = root.boolean("mouse", &mut errors) {
        config.mouse = mouse;
    }
    if let Some(data_dir) = root.boolean("data_dir", &mut errors) {
        config.data_dir = data_dir;
    }
    if let Some(start) = root.str("start", Need::Optional, &mut errors) {
        match START_VIEWS.iter().find(|(name, _)| name == start.get_ref()) {
            Some((_, view)) => config.start = *view,
            None => errors.push(Diagnostic::at(
                start.span(),
                format!(
                    "start {} is not one of: overview, panes, timeline_chart, network",
                    echo(start.get_ref())
                ),
            )),
        }
    }
    if let Some(dir) = root.str("export_dir", Need::Optional, &mut errors) {
        config.export_dir = Some(expand_home(dir.get_ref()));
    }
    config.library = root
        .str_list("library", &mut errors)
        .iter()
        .map(|p| expand_home(p.get_ref()))
        .collect();
    config.sources = root
        .str_list("sources", &mut errors)
        .iter()
        .map(|p| expand_home(p.get_ref()))
        .collect();
    if let Some((table, span)) = root.table("theme", Need::Optional, &mut errors) {
        let names = config.palette.colors().map(|(name, _)| name);
        let theme = Table::new(table, span, "[theme]", &names, &mut errors);
        for name in names {
            if let Some(value) = theme.str(name, Need::Optional, &mut errors) {
                match Color::from_str(value.get_ref()) {
                    Ok(color) => {
                        if let Some(slot) = config.palette.color_mut(name) {
                            *slot = color;
                        }
                    }
                    Err(_) => errors.push(Diagnostic::at(
                        value.span(),
                        format!(
                            "{} is not a colour; use an ANSI name (red, lightblue, darkgray, ...), reset, 0-255 or #rrggbb",
                            echo(value.get_ref())
                        ),
                    )),
                }
            }
        }
    }
    if let Some((table, span)) = root.table("keys", Need::Optional, &mut errors) {
        config.keymap = keys(table, span, &mut errors);
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

/// Reads `[keys]`: each action's list replaces its defaults; a key bound twice is an error.
fn keys(
    table: &crate::toml_read::Map<'_>,
    span: std::ops::Range<usize>,
    errors: &mut Vec<Diagnostic>,
) -> Keymap {
    let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
    let keys = Table::new(table, span, "[keys]", &names, errors);
    let mut overrides = Vec::new();
    let mut spans: Vec<(KeyChord, Spanned<&str>)> = Vec::new();
    for action in Action::ALL {
        let values = keys.str_list(action.name(), errors);
        if values.is_empty() && !table.contains_key(action.name()) {
            continue;
        }
        let mut chords = Vec::new();
        for value in values {
            match KeyChord::parse(value.get_ref()) {
                Some(chord) => {
                    chords.push(chord);
                    spans.push((chord, value));
                }
                None => errors.push(Diagnostic::at(
                    value.span(),
                    format!(
                        "{} is not a key; write a character or a name (enter, esc, tab, backtab, backspace, space, up, pagedown, f1, ...) with optional ctrl-, alt-, shift-",
                        echo(value.get_ref())
                    ),
                )),
            }
        }
        overrides.push((*action, chords));
    }
    match Keymap::with_overrides(overrides) {
        Ok(keymap) => keymap,
        Err(conflicts) => {
            for conflict in conflicts {
                let span = spans
                    .iter()
                    .rev()
                    .find(|(chord, _)| *chord == conflict.key)
                    .map(|(_, v)| v.span());
                let message = format!(
                    "key '{}' is bound to both {} and {}; give one of them another key",
                    conflict.key,
                    conflict.first.name(),
                    conflict.second.name()
                );
                errors.push(Diagnostic {
                    span: Some(span.unwrap_or(keys.span())),
                    message,
                });
            }
            Keymap::defaults()
        }
    }
}

/// Expands a leading `~/` to the home folder.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(path),
    }
}

/// The effective settings as a config file (valid TOML), with where they came from.
pub fn describe(config: &Config) -> String {
    let mut out = String::new();
    let origin = match &config.origin {
        Origin::File(path) => format!(
            "# read from {}",
            SafeText::excerpt(&path.display().to_string(), 300)
        ),
        Origin::Missing(path) => format!(
            "# {} does not exist: defaults in use",
            SafeText::excerpt(&path.display().to_string(), 300)
        ),
        Origin::Nowhere => "# no config folder on this system: defaults in use".to_owned(),
    };
    let _ = writeln!(out, "{origin}\n");
    let _ = writeln!(out, "mouse = {}", config.mouse);
    let start = START_VIEWS
        .iter()
        .find(|(_, view)| *view == config.start)
        .map_or("panes", |(name, _)| name);
    let _ = writeln!(out, "start = \"{start}\"");
    match &config.export_dir {
        Some(dir) => {
            let _ = writeln!(
                out,
                "export_dir = {}",
                toml_basic_string(&dir.display().to_string())
            );
        }
        None => {
            let _ = writeln!(
                out,
                "# export_dir: none (no documents or data folder on this system)"
            );
        }
    }
    let _ = writeln!(out, "data_dir = {}", config.data_dir);
    let library: Vec<String> = config
        .library
        .iter()
        .map(|p| toml_basic_string(&p.display().to_string()))
        .collect();
    let _ = writeln!(out, "library = [{}]", library.join(", "));
    let sources: Vec<String> = config
        .sources
        .iter()
        .map(|p| toml_basic_string(&p.display().to_string()))
        .collect();
    let _ = writeln!(out, "sources = [{}]\n", sources.join(", "));
    let _ = writeln!(out, "[theme]");
    for (key, color) in config.palette.colors() {
        let _ = writeln!(
            out,
            "{key} = {}",
            toml_basic_string(&color.to_string().to_lowercase())
        );
    }
    let _ = writeln!(out, "\n[keys]");
    for (action, chords) in config.keymap.bindings() {
        let keys: Vec<String> = chords
            .iter()
            .map(|c| toml_basic_string(&c.to_string()))
            .collect();
        let line = format!("{} = [{}]", action.name(), keys.join(", "));
        let _ = writeln!(out, "{line:40} # {}", action.description());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        let diagnostics = parse(text).unwrap_err();
        diag::render("config.toml", text, &diagnostics)
    }

    #[test]
    fn empty_config_is_the_defaults() {
        let config = parse("").unwrap();
        assert!(config.mouse);
        assert_eq!(config.palette, Palette::default());
        assert_eq!(config.keymap.keys_label(Action::Quit), "q");
        assert_eq!(config.keymap.keys_label(Action::QuitAll), "Q");
        // Reports never land in the current folder by default.
        assert!(config.export_dir.is_none_or(|dir| dir.is_absolute()));
    }

    #[test]
    fn a_users_keys_replace_that_actions_defaults() {
        let config = parse("[keys]\nquit = [\"x\"]\nnext = [\"ctrl-n\", \"down\"]\n").unwrap();
        assert_eq!(config.keymap.keys_label(Action::Quit), "x");
        assert_eq!(config.keymap.keys_label(Action::Next), "ctrl-n, down");
        assert_eq!(config.keymap.keys_label(Action::Previous), "k, up");
    }

    #[test]
    fn errors_name_line_column_and_value() {
        assert!(
            error("[keys]\nquitt = [\"q\"]\n").starts_with(
                "config.toml:2:1: unknown key 'quitt' in [keys]; did you mean 'quit'?"
            )
        );
        assert!(
            error("[keys]\nquit = [\"ctrl-\"]\n")
                .starts_with("config.toml:2:9: 'ctrl-' is not a key")
        );
        assert!(error("[keys]\nquit = [\"j\"]\n").starts_with(
            "config.toml:2:9: key 'j' is bound to both quit and next; give one of them another key"
        ));
        assert!(
            error("[theme]\nfocus = \"blurple\"\n")
                .starts_with("config.toml:2:9: 'blurple' is not a colour")
        );
        assert!(
            error("mouse = \"yes\"\n")
                .starts_with("config.toml:1:9: 'mouse' in the config must be true or false")
        );
    }

    #[test]
    fn describe_is_a_config_that_reads_back_the_same() {
        let config =
            parse("mouse = false\n[keys]\nquit = [\"x\"]\n[theme]\nfocus = \"#ff8800\"\n").unwrap();
        let again = parse(&describe(&config)).unwrap();
        assert!(!again.mouse);
        assert_eq!(again.keymap.keys_label(Action::Quit), "x");
        assert_eq!(again.palette, config.palette);
    }
}
