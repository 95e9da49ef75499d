//! Page furniture: the parts of a web page's text that are not the story (bylines, photo
//! captions and credits, links, print-edition lines, author bios, embedded-post credits), and
//! the dateline that opens a wire story (`WASHINGTON (AP) —`). None of it becomes a title, a
//! timeline event or a region.

use crate::draft::lexicon;

/// Most words of a byline (`By Jane Doe and John Roe`).
const BYLINE_WORDS: usize = 10;

/// Words a line of page furniture starts with (lowercase).
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "photo", "photos", "image", "images", "video", "credit", "credits", "advertisement",
    "supported by", "continue reading", "read more", "related:", "related coverage", "sign up",
    "subscribe", "follow us", "share this", "copyright", "©", "a version of this article",
    "this article appeared", "image caption", "media caption", "image copyright",
    "analysis:", "contributing:", "reporting by", "editing by", "additional reporting",
    "pic.twitter.com", "order reprints", "listen to this article", "updated", "published",
    "posted", "last updated", "getty images", "ap photo", "file photo", "caption",
];

/// Words in a line that mark a photo caption or credit.
const CAPTION_MARKS: &[&str] = &[
    "Getty Images",
    "AP Photo",
    "(Photo",
    "Photograph:",
    "/Reuters",
    "/AFP",
    "via Getty",
    "Image copyright",
];

/// Nouns of an author's bio line (`Jane Doe is a reporter for ...`).
const BIO_NOUNS: &[&str] = &[
    "reporter",
    "correspondent",
    "writer",
    "editor",
    "columnist",
    "contributor",
    "journalist",
];

/// True when the paragraph `text` is page furniture, not the story.
pub fn is_furniture(text: &str) -> bool {
    let text = text.trim();
    let lower = text.to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let links = text.matches(" | ").count() >= 2;
    // A one-word opener only on a line that is no sentence (`Photo`, `Updated 3 May`,
    // `Photo: Jane Doe`), not `Photos show the damage.`
    let sentence = text.ends_with(['.', '?', '!', '”', '"']);
    let opener = OPENERS.iter().any(|o| {
        lower.strip_prefix(o).is_some_and(|rest| {
            let next = rest.chars().next();
            !next.is_some_and(char::is_alphanumeric)
                && (o.contains(' ') || next.is_none_or(|c| c == ':') || !sentence)
        })
    });
    let byline = words.first() == Some(&"By")
        && words.len() <= BYLINE_WORDS
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    let caption = CAPTION_MARKS.iter().any(|m| text.contains(m));
    // `— Rep. Ilhan Omar (@Ilhan) November 19, 2019`: the credit line of an embedded post.
    let post_credit = text.starts_with(['—', '–']) && text.contains("(@");
    let bio = is_bio(&words);
    links || opener || byline || caption || post_credit || bio
}

/// True for an author's bio: `Jane Doe is a senior reporter covering ...`, `Contact him at`.
fn is_bio(words: &[&str]) -> bool {
    let named = words.len() > 3
        && words[0].starts_with(char::is_uppercase)
        && words[1].starts_with(char::is_uppercase)
        && matches!(words[2], "is" | "was")
        && words[3..]
            .iter()
            .take(4)
            .any(|w| BIO_NOUNS.contains(&w.trim_end_matches([',', '.'])));
    let contact = words.first() == Some(&"Contact") && words.iter().any(|w| w.contains('@'));
    named || contact
}

/// The length in bytes of the dateline that opens `text` (`CAIRO — `, `WASHINGTON (AP) — `,
/// `Indianapolis – `), with the dash and the space after it; 0 when there is none.
pub fn dateline_len(text: &str) -> usize {
    let Some((place, dash, rest)) = [" — ", " – ", " -- ", " - ", ": "]
        .iter()
        .filter_map(|dash| text.split_once(dash).map(|(p, _)| (p, *dash)))
        .min_by_key(|(p, _)| p.len())
        .map(|(place, dash)| (place, dash, &text[place.len() + dash.len()..]))
    else {
        return 0;
    };
    if place.len() > 60 || !rest.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"') {
        return 0;
    }
    // `SAN FRANCISCO (AP)`, `LONDON`, `Indianapolis`, `BEIRUT, Lebanon`.
    let place_words: Vec<&str> = place
        .split([' ', ','])
        .filter(|w| !(w.is_empty() || (w.starts_with('(') && w.ends_with(')'))))
        .collect();
    // The city in capitals, then perhaps its state or country: `BEIRUT, Lebanon`.
    let capitals = place_words.first().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
    }) && place_words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase));
    let one_capitalised = place_words.len() == 1
        && place_words[0].starts_with(char::is_uppercase)
        && place_words[0].chars().skip(1).all(char::is_lowercase)
        && !lexicon::is_not_name(place_words[0]);
    let agency = place.contains('(');
    let place_like = !place_words.is_empty()
        && place_words.len() <= 4
        && place_words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '.' || c == '\'')
        })
        // `NEW DELHI:` is a dateline; `Analysis:` is not.
        && (capitals || ((one_capitalised || (agency && place_words.len() <= 3)) && dash != ": "));
    if place_like {
        text.len() - rest.len()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines_are_recognised() {
        for line in [
            "Order Reprints | Today's Paper | Subscribe",
            "By Jane Doe and John Roe",
            "Photo",
            "Rescue teams search the rubble. (Photo: Jane Doe/Getty Images)",
            "— Rep. Ann Lee (@annlee) March 3, 2021",
            "Jane Doe is a senior reporter covering energy for the paper.",
            "A version of this article appears in print on May 4, Section A.",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "By noon the square was full.",
            "Photographers gathered outside the court on Monday.",
            "The minister said the talks would resume.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn datelines_are_measured() {
        let cut = |t: &'static str| &t[dateline_len(t)..];
        assert_eq!(cut("CAIRO — The talks ended."), "The talks ended.");
        assert_eq!(cut("WASHINGTON (AP) — Congress voted."), "Congress voted.");
        assert_eq!(cut("Indianapolis – Teachers rallied."), "Teachers rallied.");
        assert_eq!(cut("BEIRUT, Lebanon — Smoke rose."), "Smoke rose.");
        assert_eq!(
            cut("Two hostages — an American — were freed."),
            "Two hostages — an American — were freed."
        );
        assert_eq!(cut("Meanwhile — Nothing."), "Meanwhile — Nothing.");
        assert_eq!(cut("NEW DELHI: Rates held."), "Rates held.");
        assert_eq!(cut("Analysis: Rates held."), "Analysis: Rates held.");
    }
}
