//! What the picker and the library list share: a selected row and a scroll offset over rows
//! of one height, moved by the keys, the wheel and the clicks every list answers to.

use ratatui::crossterm::event::MouseEventKind;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent};
use ratatui::layout::Rect;

/// A selected row and the first row on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The selected row.
    pub selected: usize,
    /// The first row on screen.
    pub offset: usize,
}

/// What the mouse asks of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pointer {
    /// Move the selection by this many rows (the wheel).
    Move(isize),
    /// Select this row (a click on another row).
    Select(usize),
    /// Open the selected row (a click on it).
    Open,
}

impl Cursor {
    /// Moves the selection by `delta` rows within `len`, scrolling so that it is among the
    /// `visible` rows on screen.
    pub fn move_by(&mut self, delta: isize, len: usize, visible: usize) {
        let visible = visible.max(1);
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
        self.offset = self.offset.min(len.saturating_sub(visible));
    }

    /// What `mouse` asks of a list drawn in the bordered box `list`, rows `row_height` high.
    pub fn pointer(
        &self,
        mouse: &MouseEvent,
        list: Rect,
        row_height: u16,
        len: usize,
    ) -> Option<Pointer> {
        match mouse.kind {
            MouseEventKind::ScrollDown => Some(Pointer::Move(3)),
            MouseEventKind::ScrollUp => Some(Pointer::Move(-3)),
            MouseEventKind::Down(MouseButton::Left)
                if mouse.row > list.y && mouse.row + 1 < list.bottom() =>
            {
                let position =
                    self.offset + usize::from((mouse.row - list.y - 1) / row_height.max(1));
                match position {
                    p if p >= len => None,
                    p if p == self.selected => Some(Pointer::Open),
                    p => Some(Pointer::Select(p)),
                }
            }
            _ => None,
        }
    }
}

/// The move a list key asks for (arrows, `Ctrl-n`/`Ctrl-p`, half pages of `page` rows with
/// PageUp/PageDown and `Ctrl-u`/`Ctrl-d`, Home and End), or None for any other key.
pub fn key_move(key: &KeyEvent, page: isize) -> Option<isize> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Down => 1,
        KeyCode::Char('n') if ctrl => 1,
        KeyCode::Up => -1,
        KeyCode::Char('p') if ctrl => -1,
        KeyCode::PageDown => page,
        KeyCode::Char('d') if ctrl => page,
        KeyCode::PageUp => -page,
        KeyCode::Char('u') if ctrl => -page,
        KeyCode::Home => isize::MIN,
        KeyCode::End => isize::MAX,
        _ => return None,
    })
}

/// A list box below a title and a query line, above the status line.
pub fn list_area(area: Rect) -> Rect {
    Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(3),
        ..area
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_clamp_to_the_list_and_scroll_to_show_the_selection() {
        let mut cursor = Cursor::default();
        cursor.move_by(isize::MAX, 10, 4);
        assert_eq!(
            cursor,
            Cursor {
                selected: 9,
                offset: 6
            }
        );
        cursor.move_by(-8, 10, 4);
        assert_eq!(
            cursor,
            Cursor {
                selected: 1,
                offset: 1
            }
        );
        cursor.move_by(5, 0, 4);
        assert_eq!(cursor, Cursor::default());
    }
}
