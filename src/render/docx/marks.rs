//! How Word shows what a changes document marks. Its "accept all" and "reject all" must
//! give the newer and the older document exactly, so where the view marks a text's words
//! but a version reads otherwise than its words (it has formatting, which word marks do
//! not carry), Word deletes the older text whole and inserts the newer; and where the
//! view shows a change as readers read it ("9 10", a number struck through before the
//! new one), Word marks each version as it reads alone.

use crate::model::rich::{Inline, Rich, Version};

/// `r` as Word marks it: each [`Inline::Revised`] resolved (see the module's doc).
pub fn resolved(r: &Rich) -> Rich {
    Rich(parts(&r.0))
}

fn parts(parts: &[Inline]) -> Vec<Inline> {
    let mut out = Vec::new();
    for p in parts {
        match p {
            Inline::Revised { marked, old, new } => out.extend(revised(marked, old, new)),
            Inline::Emphasis(c) => out.push(Inline::Emphasis(self::parts(c))),
            Inline::Strong(c) => out.push(Inline::Strong(self::parts(c))),
            Inline::Superscript(c) => out.push(Inline::Superscript(self::parts(c))),
            Inline::Isolated(c) => out.push(Inline::Isolated(self::parts(c))),
            Inline::Inserted(c) => out.push(Inline::Inserted(self::parts(c))),
            Inline::Deleted(c) => out.push(Inline::Deleted(self::parts(c))),
            Inline::Link { href, body } => out.push(Inline::Link {
                href: href.clone(),
                body: self::parts(body),
            }),
            other => out.push(other.clone()),
        }
    }
    out
}

/// A revised text: its marks where each version of them reads exactly as that version
/// whole, else the older text deleted whole and the newer inserted.
fn revised(marked: &[Inline], old: &[Inline], new: &[Inline]) -> Vec<Inline> {
    let marked = Rich(marked.to_vec());
    let exact = |whole: &[Inline], v: Version| normal(&marked.version(v).0) == normal(whole);
    match exact(old, Version::Older) && exact(new, Version::Newer) {
        true => marked.0,
        false => vec![
            Inline::Deleted(old.to_vec()),
            Inline::Inserted(new.to_vec()),
        ],
    }
}

/// Parts as they read: a line break as text, and texts side by side as one (word marks
/// cut a text where its words changed).
pub(super) fn normal(parts: &[Inline]) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for part in parts {
        let part = match part {
            Inline::LineBreak => Inline::Text("\n".to_string()),
            Inline::Emphasis(c) => Inline::Emphasis(normal(c)),
            Inline::Strong(c) => Inline::Strong(normal(c)),
            Inline::Superscript(c) => Inline::Superscript(normal(c)),
            Inline::Isolated(c) => Inline::Isolated(normal(c)),
            Inline::Link { href, body } => Inline::Link {
                href: href.clone(),
                body: normal(body),
            },
            other => other.clone(),
        };
        match (out.last_mut(), part) {
            (Some(Inline::Text(t)), Inline::Text(more)) => t.push_str(&more),
            (_, part) => out.push(part),
        }
    }
    out
}

/// A plain text (a number, a time) that a changes document shows as readers read it
/// ("9 10": the older struck through, a space, the newer), marked as Word needs: the older
/// version deleted and the newer inserted where the view marks it, with nothing between
/// (each version reads alone), else as it is; with `space` before each version that has
/// text (so that each version reads "title (when)"). The readers' space between the
/// versions is no part of either: each version is trimmed.
pub fn each_version(r: &Rich, space: bool) -> Rich {
    let (older, newer) = (trimmed(r, Version::Older, space), newer(r, space));
    match r.is_marked() {
        false => newer,
        true => [older.deleted(), newer.inserted()].into_iter().collect(),
    }
}

/// The newer version of a plain text (a number, a time), trimmed as [`each_version`]
/// trims it; with `space` before it if it has text.
pub fn newer(r: &Rich, space: bool) -> Rich {
    trimmed(r, Version::Newer, space)
}

fn trimmed(r: &Rich, v: Version, space: bool) -> Rich {
    let t = r.version(v).plain().trim().to_string();
    match space && !t.is_empty() {
        true => Rich::text(format!(" {t}")),
        false => Rich::text(t),
    }
}

/// A line (a paragraph of its own) in both versions: the newer as it is where the view
/// marks nothing in it (`marked`), else the older deleted whole and the newer inserted
/// whole (a line only one version has is then wholly marked, and so is its paragraph).
pub fn line(older: Rich, newer: Rich, marked: bool) -> Rich {
    match marked {
        false => newer,
        true => [older.deleted(), newer.inserted()].into_iter().collect(),
    }
}
