//! A pane's frame drawn on its edges alone. ratatui's `Block` also restyles every cell of
//! the area it frames (a tenth of a key's work with the panes filling a 160x50 screen),
//! though the panes' blocks have no style of their own: this draws the same cells without
//! that pass.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

/// A border in `style`, a title on its top edge (left) and one on its bottom edge (right).
pub struct Border<'a> {
    /// The lines and corners.
    pub set: border::Set<'a>,
    /// The style of the lines (the titles' own styles go over it).
    pub style: Style,
    /// On the top edge, after the corner.
    pub title: Line<'a>,
    /// On the bottom edge, before the corner.
    pub bottom: Option<Line<'a>>,
}

impl<'a> Border<'a> {
    /// Draws the border on the edges of `rect`, as a bordered `Block` with these titles would.
    pub fn draw(self, buf: &mut Buffer, rect: Rect) {
        let rect = rect.intersection(buf.area);
        let room = rect.width.saturating_sub(2);
        let fits = |line: &Option<&Line>| line.is_none_or(|line| line.width() <= usize::from(room));
        if rect.width < 2
            || rect.height < 2
            || !fits(&Some(&self.title))
            || !fits(&self.bottom.as_ref())
        {
            // Where a title is cut or the frame is degenerate, the block's own rules.
            self.into_block().render(rect, buf);
            return;
        }
        let (left, top) = (rect.left(), rect.top());
        let (right, bottom) = (rect.right() - 1, rect.bottom() - 1);
        let set = self.set;
        for x in left + 1..right {
            buf[(x, top)]
                .set_symbol(set.horizontal_top)
                .set_style(self.style);
            buf[(x, bottom)]
                .set_symbol(set.horizontal_bottom)
                .set_style(self.style);
        }
        for y in top + 1..bottom {
            buf[(left, y)]
                .set_symbol(set.vertical_left)
                .set_style(self.style);
            buf[(right, y)]
                .set_symbol(set.vertical_right)
                .set_style(self.style);
        }
        for (x, y, symbol) in [
            (left, top, set.top_left),
            (right, top, set.top_right),
            (left, bottom, set.bottom_left),
            (right, bottom, set.bottom_right),
        ] {
            buf[(x, y)].set_symbol(symbol).set_style(self.style);
        }
        buf.set_line(left + 1, top, &self.title, room);
        if let Some(line) = &self.bottom {
            let width = u16::try_from(line.width()).unwrap_or(room);
            buf.set_line(right - width, bottom, line, width);
        }
    }

    /// The same border as a `Block`.
    fn into_block(self) -> Block<'a> {
        let block = Block::bordered()
            .border_set(self.set)
            .border_style(self.style)
            .title(self.title);
        match self.bottom {
            Some(line) => block.title_bottom(line.right_aligned()),
            None => block,
        }
    }
}
