//! The documents allocated under an agenda item, as the templates read them: a line
//! each, its number (linked where the register has a link), title and source; in a
//! changes document, those it allocates anew inserted, and those it no longer does
//! (moved out, replaced, withdrawn, removed) struck through after them.

use std::sync::Arc;

use serde::Serialize;

use super::Viewing;
use crate::diff::marks::{AllocationMarks, ItemDocuments, RowMark};
use crate::model::documents::{Allocation, Document};
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
    /// The direction its title is written in (`ltr`, `rtl`): a document keeps the
    /// language it was submitted in, whatever the page's.
    pub dir: &'static str,
    /// Its number alone, linked where the register has a link.
    #[serde(skip)]
    pub number: Rich,
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
    let inserted = |d: &Document| all_new || marks.is_some_and(|m| m.inserted.contains(&d.key()));
    let mut keys: Vec<String> = docs.iter().map(|d| d.key()).collect();
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
        keys.insert(at, gone.doc.key());
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
    let mut parts = vec![number.clone()];
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
    DocumentView {
        line,
        mark,
        number,
        dir: direction(&d.title),
    }
}

/// The direction of `text`, by its first letter: right to left for Arabic and Hebrew
/// letters, else left to right.
fn direction(text: &str) -> &'static str {
    let first = text.chars().find(|c| c.is_alphabetic());
    let rtl = first
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF));
    if rtl { "rtl" } else { "ltr" }
}

/// The allocation table of an issue of the agenda: every document registered by its
/// date, by number, and where it is taken; in a changes document, rows and cells marked.
#[derive(Debug, Serialize)]
pub struct AllocationView {
    pub heading: String,
    /// In a changes document, whether only the newer issue shows the table (its rows all
    /// inserted).
    pub added: bool,
    pub labels: AllocationLabels,
    pub rows: Vec<AllocationRow>,
}

#[derive(Debug, Serialize)]
pub struct AllocationLabels {
    pub number: String,
    pub title: String,
    pub source: String,
    pub items: String,
    /// What the sorting buttons of an HTML table say.
    pub sort: String,
}

/// A row: the document (its number linked) and where it is taken ("6, 9", "withdrawn",
/// "replaced by C 72 Rev.1", "–").
#[derive(Debug, Serialize)]
pub struct AllocationRow {
    pub number: Rich,
    pub title: Rich,
    pub source: Rich,
    pub items: Rich,
    pub mark: DocumentMark,
    /// Keys that sort the rows by number, and by item, as text.
    pub by_number: String,
    pub by_item: String,
}

/// The allocation table of `agenda`; with the marks of a changes document, marked. None
/// where the issue allocates no document (nor, in a changes document, the older one: the
/// letter's draft agenda shows no register).
pub(super) fn allocation(
    agenda: &crate::model::Agenda,
    marks: Option<&AllocationMarks>,
    cx: &Viewing,
) -> Option<AllocationView> {
    let table = crate::model::documents::allocation(agenda);
    let allocates = table.iter().any(|(_, a)| matches!(a, Allocation::Under(_)));
    let allocated = marks.is_some_and(|m| m.older_shown);
    if !allocates && !allocated {
        return None;
    }
    // In a changes document whose older issue shows no table, the table is new.
    let added = marks.is_some() && !allocated;
    let mut rows: Vec<AllocationRow> = (table.iter())
        .map(|(d, a)| {
            let mark = match added {
                true => Some(&RowMark::Inserted),
                false => marks.and_then(|m| m.rows.get(&d.key())),
            };
            row(d, a, mark, cx)
        })
        .collect();
    for (after, d, a) in marks.iter().flat_map(|m| &m.deleted) {
        let at = after
            .as_ref()
            .and_then(|k| rows.iter().position(|r| r.by_number == sort_key(k)));
        let mut gone = row(d, a, None, cx);
        gone.mark = DocumentMark::Deleted;
        for part in [
            &mut gone.number,
            &mut gone.title,
            &mut gone.source,
            &mut gone.items,
        ] {
            *part = std::mem::take(part).deleted();
        }
        rows.insert(at.map_or(0, |i| i + 1), gone);
    }
    if rows.is_empty() {
        return None;
    }
    let say = |id: &str| cx.loc.text(id, &[]);
    Some(AllocationView {
        heading: say("allocation-heading"),
        added,
        labels: AllocationLabels {
            number: say("allocation-number"),
            title: say("allocation-title"),
            source: say("allocation-source"),
            items: say("allocation-items"),
            sort: say("allocation-sort"),
        },
        rows,
    })
}

fn row(d: &Arc<Document>, a: &Allocation, mark: Option<&RowMark>, cx: &Viewing) -> AllocationRow {
    let number = view(d, DocumentMark::Kept, cx).number;
    let now = Rich::text(where_taken(a, cx));
    let (title, source) = (Rich::text(d.title.clone()), Rich::text(d.source.clone()));
    let (mark, [number, title, source], items) = match mark {
        None => (DocumentMark::Kept, [number, title, source], now),
        Some(RowMark::Inserted) => (
            DocumentMark::Inserted,
            [number, title, source].map(Rich::inserted),
            now.inserted(),
        ),
        Some(RowMark::Changed(before)) => {
            let before = Rich::text(where_taken(before, cx));
            (
                DocumentMark::Kept,
                [number, title, source],
                Rich::replaced(before, now),
            )
        }
    };
    let by_item = match a {
        Allocation::Under(items) => items.first().map_or_else(String::new, |n| sort_key(n)),
        _ => "~".to_string(),
    };
    AllocationRow {
        number,
        title,
        source,
        items,
        mark,
        by_number: sort_key(&d.key()),
        by_item,
    }
}

/// Where a document is taken, in words.
fn where_taken(a: &Allocation, cx: &Viewing) -> String {
    match a {
        Allocation::Under(items) => items.join(&cx.loc.text("numbers-sep", &[])),
        Allocation::Withdrawn => cx.loc.text("allocation-withdrawn", &[]),
        Allocation::Replaced(by) => cx.loc.text("allocation-replaced", &[("number", by)]),
        Allocation::Unallocated => "–".to_string(),
    }
}

/// A text that sorts as numbers do: each run of digits padded to ten ("C 2" before "C 12";
/// item "9" before "10", "14.3" after "14").
fn sort_key(text: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once('\u{0}')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            out.push_str(&format!("{digits:0>10}"));
            digits.clear();
        }
        if c != '\u{0}' {
            out.extend(c.to_uppercase());
        }
    }
    out
}
