//! The documents allocated under an agenda item, as the templates read them: a line
//! each, its number (linked where the register has a link), title and source; in a
//! changes document, those it allocates anew inserted, and those it no longer does
//! (moved out, replaced, withdrawn, removed) struck through after them.

use std::sync::Arc;

use serde::Serialize;

use super::Viewing;
use crate::diff::marks::ItemDocuments;
use crate::model::documents::{Document, key};
use crate::model::rich::{Inline, Rich};

/// How a changes document shows a document under an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentMark {
    #[serde(rename = "")]
    Kept,
    Inserted,
    Deleted,
}

/// A document under an item.
#[derive(Debug, Serialize)]
pub struct DocumentView {
    /// Its number (linked), title and source, marked as a whole in a changes document.
    pub line: Rich,
    pub mark: DocumentMark,
}

/// The documents under an item: `docs` as it allocates them, each `Inserted` where
/// `all_new` (an item added) or the marks say so, and those it allocated before, struck
/// through where they stood.
pub(super) fn under(
    docs: &[Arc<Document>],
    marks: Option<&ItemDocuments>,
    all_new: bool,
    cx: &Viewing,
) -> Vec<DocumentView> {
    let inserted =
        |d: &Document| all_new || marks.is_some_and(|m| m.inserted.contains(&key(&d.number)));
    let mut keys: Vec<String> = docs.iter().map(|d| key(&d.number)).collect();
    let mut out: Vec<DocumentView> = (docs.iter())
        .map(|d| {
            let mark = if inserted(d) {
                DocumentMark::Inserted
            } else {
                DocumentMark::Kept
            };
            view(d, mark, cx)
        })
        .collect();
    for gone in marks.into_iter().flat_map(|m| &m.deleted) {
        let after = gone
            .after
            .as_ref()
            .and_then(|a| keys.iter().position(|k| k == a));
        let at = after.map_or(0, |i| i + 1);
        keys.insert(at, key(&gone.doc.number));
        out.insert(at, view(&gone.doc, DocumentMark::Deleted, cx));
    }
    out
}

/// The documents under an item of the older issue that is gone (or stood elsewhere):
/// all struck through.
pub(super) fn gone(docs: &[Arc<Document>], cx: &Viewing) -> Vec<DocumentView> {
    docs.iter()
        .map(|d| view(d, DocumentMark::Deleted, cx))
        .collect()
}

/// One document's line: "C 61: Title (Source)".
pub(super) fn view(d: &Document, mark: DocumentMark, cx: &Viewing) -> DocumentView {
    let number = match &d.link {
        Some(href) => Rich(vec![Inline::Link {
            href: href.clone(),
            body: vec![Inline::Text(d.number.clone())],
        }]),
        None => Rich::text(d.number.clone()),
    };
    let mut parts = vec![number];
    if !d.title.is_empty() {
        parts.push(Rich::text(format!(
            "{}{}",
            cx.loc.text("detail-sep", &[]),
            d.title
        )));
    }
    if !d.source.is_empty() {
        let from = cx.loc.text("document-from", &[("source", &d.source)]);
        parts.push(Rich::text(from));
    }
    let line: Rich = parts.into_iter().collect();
    let line = match mark {
        DocumentMark::Kept => line,
        DocumentMark::Inserted => line.inserted(),
        DocumentMark::Deleted => line.deleted(),
    };
    DocumentView { line, mark }
}
