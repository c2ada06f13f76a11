//! The document register, checked: every document has a number of its own and a title;
//! dates, links and statuses read; the groups it is for are groups of the time plan (by
//! id, or by the code the plan shows, "Q5/12"). In a workbook, every problem also names
//! its cell ("D4").

use std::collections::HashMap;
use std::sync::Arc;

use super::Cx;
use crate::diag::Pos;
use crate::hints::choice_hint;
use crate::load::register::{Entry, Register as Read, workbook::cell_name};
use crate::load::spanned::Sp;
use crate::model::Group;
use crate::model::documents::{Document, Register, Withdrawn, Written, key, normalised};

/// The statuses a document may have.
const STATUSES: [&str; 3] = ["submitted", "revised", "withdrawn"];

/// The register of `read`, checked against the groups of the time plans; none if it has
/// problems (said in `cx`).
pub(super) fn register(read: &Read, groups: &[&Group], cx: &mut Cx) -> Option<Arc<Register>> {
    cx.file = Arc::clone(&read.file);
    let before = cx.diags.len();
    let mut seen: HashMap<String, Pos> = HashMap::new();
    let mut out = Vec::with_capacity(read.entries.len());
    for entry in &read.entries {
        out.extend(document(entry, (&mut seen, groups), cx));
    }
    if read.cells {
        for d in &mut cx.diags[before..] {
            if d.pos != Pos::FILE {
                d.message = format!("{} (cell {})", d.message, cell_name(d.pos));
            }
        }
    }
    let ok = cx.diags[before..].iter().all(|d| !d.is_error());
    ok.then(|| Arc::new(Register::new(out.into_iter().map(Arc::new).collect())))
}

/// The numbers seen so far (where first written), and the groups a document may be for.
type Seen<'a, 'g> = (&'a mut HashMap<String, Pos>, &'a [&'g Group]);

/// One document of the register.
fn document(e: &Entry, (seen, groups): Seen, cx: &mut Cx) -> Option<Document> {
    let number = normalised(&e.number.value);
    let pos = e.number.pos.with_len(e.number.value.chars().count());
    if number.is_empty() {
        let hint = "write its number as the organisation numbers it (C 12, TD 45/GEN) in the `number` column";
        cx.error(pos, "this document has no number", hint);
        return None;
    }
    if !cx.code(&e.number, "a document number", "C 12, TD 45/GEN") {
        return None;
    }
    // "C 12 Rev 1" is "C 12 Rev.1": the same revision of the same document.
    let (base, revision) = crate::model::documents::split_revision(&number);
    let same = format!("{}#{revision}", key(&base));
    if let Some(first) = seen.get(&key(&number)).or_else(|| seen.get(&same)) {
        let message = format!(
            "document {number} is in the register twice (first at {}:{})",
            first.line, first.col
        );
        let hint = "keep one entry per document: a revision has a number of its own (C 12 Rev.1)";
        cx.error(pos, message, hint);
        return None;
    }
    seen.insert(key(&number), e.number.pos);
    seen.insert(same, e.number.pos);
    let title = e.title.value.trim().to_string();
    if title.is_empty() {
        let at = e.title.pos.with_len(1);
        cx.error(
            at,
            format!("document {number} has no title"),
            "write its title in the `title` column",
        );
    }
    let date = e.date.as_ref().map(|d| cx.date(d));
    let link = e.link.as_ref().map(|l| super::letter::link(l, cx));
    let groups = for_groups(&e.groups.0, groups, cx);
    let withdrawn = withdrawn(e, &number, cx);
    Some(Document {
        identity: crate::model::documents::Identity::of(&number),
        number,
        title: (!title.is_empty()).then_some(title)?,
        source: e
            .source
            .as_ref()
            .map_or_else(String::new, |s| s.value.trim().to_string()),
        date: date.flatten(),
        link: link.flatten(),
        groups: groups?,
        withdrawn: withdrawn?,
        written: Some(Written {
            file: Arc::clone(&cx.file),
            title: e.title.pos,
            source: e.source.as_ref().map_or(e.title.pos, |s| s.pos),
        }),
    })
}

/// The groups a document is for: each an id of a group of the time plan, or the code it
/// shows ("Q5/12"); any name is taken where the meeting has no time plan.
fn for_groups(names: &[Sp<String>], groups: &[&Group], cx: &mut Cx) -> Option<Vec<String>> {
    let mut out = Some(Vec::new());
    for name in names {
        let v = name.value.trim();
        let found = if groups.is_empty() {
            Some(v.to_string())
        } else {
            groups
                .iter()
                .find(|g| {
                    g.id == v
                        || g.code
                            .as_ref()
                            .is_some_and(|c| c.0.iter().any(|(_, t)| t.text == v))
                })
                .map(|g| g.id.clone())
        };
        match (found, &mut out) {
            (Some(id), Some(list)) if !list.contains(&id) => list.push(id),
            (Some(_), _) => {}
            (None, _) => {
                // A register written from a spreadsheet names groups by their codes.
                let coded = (groups.iter())
                    .filter_map(|g| {
                        (g.code.as_ref()?.0)
                            .get("en")
                            .or(g.code.as_ref()?.0.values().next())
                    })
                    .map(|l| l.text.as_str());
                let ids: Vec<&str> = groups.iter().map(|g| g.id.as_str()).chain(coded).collect();
                let pos = name.pos.with_len(name.value.chars().count());
                cx.error(
                    pos,
                    format!("unknown group `{v}` in the time plan"),
                    choice_hint(v, &ids),
                );
                out = None;
            }
        }
    }
    out
}

/// Whether and when a document was withdrawn: its status, and the date given.
fn withdrawn(e: &Entry, number: &str, cx: &mut Cx) -> Option<Option<Withdrawn>> {
    let status = match &e.status {
        None => None,
        Some(s) => {
            let v = s.value.trim().to_lowercase();
            if !STATUSES.contains(&v.as_str()) {
                let pos = s.pos.with_len(s.value.chars().count());
                cx.error(
                    pos,
                    format!("`{}` is not a status", s.value.trim()),
                    choice_hint(&v, &STATUSES),
                );
                return None;
            }
            Some(v)
        }
    };
    let Some(on) = &e.withdrawn else {
        return Some((status.as_deref() == Some("withdrawn")).then_some(Withdrawn::Always));
    };
    let day = cx.date(on)?;
    if let Some(other) = status.as_deref().filter(|s| *s != "withdrawn") {
        let pos = on.pos.with_len(on.value.chars().count());
        let message = format!("document {number} is {other}, yet has a date it was withdrawn");
        cx.error(
            pos,
            message,
            "make its status `withdrawn`, or remove the date it was withdrawn",
        );
        return None;
    }
    Some(Some(Withdrawn::On(day)))
}
