//! A folder of annotated articles (`NAME.txt`, `NAME.ann`, and optionally `metadata.tsv`),
//! read once with everything the scores need.

use std::collections::HashMap;
use std::path::Path;

use super::brat::{self, Annotation};
use super::gold::{GoldQuote, gold_quotes};
use super::names::NameIndex;
use super::resolve::{Resolution, resolve};

/// One annotated article.
pub struct Article {
    /// The file name without `.txt`.
    pub name: String,
    /// Its publisher: the metadata's, else the file name up to its first `_`.
    pub publisher: String,
    /// The text.
    pub text: String,
    /// Its attributions, for a drafter to learn from.
    pub annotation: Annotation,
    /// Its gold quotations, of any length.
    pub gold: Vec<GoldQuote>,
    /// Each gold quotation's Source resolved to a name, when the heuristic can.
    pub resolved: Vec<Option<Resolution>>,
    /// Its names.
    pub index: NameIndex,
}

impl Article {
    /// Reads an article from its text and annotation.
    pub fn new(
        name: &str,
        publisher: &str,
        author: Option<&str>,
        text: String,
        ann: &str,
    ) -> Result<Article, String> {
        let annotation = brat::parse(ann, &text).map_err(|e| format!("{name}.ann: {e}"))?;
        let gold = gold_quotes(&text, &annotation);
        let index = NameIndex::new(&text);
        let resolved = resolve(&text, &annotation, &gold, &index, author);
        Ok(Article {
            name: name.to_owned(),
            publisher: publisher.to_owned(),
            text,
            annotation,
            gold,
            resolved,
            index,
        })
    }
}

/// True when `dir` holds brat annotation (`*.ann`).
pub fn is_annotated(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.path().extension().is_some_and(|x| x == "ann"))
    })
}

/// The NAME of every `NAME.ann` of `dir`, in name order.
pub fn annotated_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    Ok(names)
}

/// Every `NAME.ann` of `dir` with its `NAME.txt`, in name order; an unreadable or malformed
/// pair is an error naming it.
pub fn load(dir: &Path) -> Result<Vec<Article>, String> {
    let metadata = metadata(dir);
    annotated_names(dir)?
        .iter()
        .map(|name| {
            let read = |ext: &str| {
                let path = dir.join(format!("{name}.{ext}"));
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
            };
            let (publisher, author) = match metadata.get(name) {
                Some((p, a)) => (p.clone(), a.as_deref()),
                None => (name.split('_').next().unwrap_or(name).to_owned(), None),
            };
            Article::new(name, &publisher, author, read("txt")?, &read("ann")?)
        })
        .collect()
}

/// `metadata.tsv`: file name -> (publisher, author); empty when absent.
fn metadata(dir: &Path) -> HashMap<String, (String, Option<String>)> {
    let Ok(text) = std::fs::read_to_string(dir.join("metadata.tsv")) else {
        return HashMap::new();
    };
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name);
    let (Some(file), Some(publisher), author) =
        (column("filename"), column("publisher"), column("author"))
    else {
        return HashMap::new();
    };
    lines
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let author = author
                .and_then(|a| fields.get(a))
                .filter(|a| !a.is_empty() && **a != "None")
                .map(|a| (*a).to_owned());
            Some((
                (*fields.get(file)?).to_owned(),
                ((*fields.get(publisher)?).to_owned(), author),
            ))
        })
        .collect()
}
