//! The head of a Word document (organisation, subject, the document's stamp, the
//! letter's deadlines, the annex label) and its end (chair, opening); in a changes
//! document the stamp reads as the older one revised, with the summary of changes as a
//! comment on it.

use super::{Out, Para, plain};
use crate::model::rich::{Inline, Rich, Version};
use crate::render::view::View;

pub(super) fn heading(v: &View, out: &mut Out) {
    let m = &v.meta;
    let line = plain(&format!("{} · {}", m.organisation, m.body));
    out.para("Organisation", &line, &Para::default());
    out.para("Heading1", &plain(&m.subject), &Para::default());
    if let Some(stamp) = stamp(v) {
        let comment = v.doc.redline.then(|| summary(v));
        let p = Para {
            comment,
            ..Para::default()
        };
        out.para("Stamp", &stamp, &p);
    }
    if let Some(d) = &v.deadlines {
        out.para("Heading2", &plain(&d.heading), &keep());
        for deadline in &d.deadlines {
            for (i, action) in deadline.actions.iter().enumerate() {
                let date = match i {
                    0 => bold(&deadline.date),
                    _ => Rich::default(),
                };
                let line = [date, plain("\t"), super::xml(action)];
                out.para("Deadline", &line.into_iter().collect(), &Para::default());
            }
        }
    }
    if let (Some(annex), true) = (&m.annex, v.doc.draft) {
        out.para("Annex", &plain(annex), &keep());
    }
}

/// A paragraph kept with the next.
pub(super) fn keep() -> Para {
    Para {
        keep_next: true,
        ..Para::default()
    }
}

/// "TD210 Rev.1 · 11 September 2025 · Update of the agenda"; in a changes document, each
/// part the diff says changed (`diff::revisions::header`) marked, the older deleted and
/// the newer inserted (all of it inserted against the draft, which has none).
fn stamp(v: &View) -> Option<Rich> {
    let stamp = v.doc.stamp.as_ref()?;
    // In Arabic, a right-to-left mark starts each part and each side of its separators:
    // without them the number's Latin letters, the dots and the dates' digits (an older
    // date's and a newer one's too) would run together left to right.
    let (rlm, sep) = match v.dir {
        "rtl" => ("\u{200F}", "\u{200F} · \u{200F}"),
        _ => ("", " · "),
    };
    let parts = |stamp: &str, date: &str, summary: Option<Rich>| {
        let mut p = vec![
            [plain(rlm), bold(stamp)].into_iter().collect(),
            plain(&format!("{rlm}{date}")),
        ];
        p.extend(summary.map(|s| [plain(rlm), s].into_iter().collect::<Rich>()));
        p
    };
    let date = v.doc.date.clone().unwrap_or_default();
    let summary = v.doc.summary.as_ref().map(super::xml);
    let new = parts(stamp, &date, summary);
    if !v.doc.redline {
        return Some(joined(new, sep));
    }
    let Some(before) = &v.doc.previous else {
        return Some(joined(new, sep).inserted());
    };
    let old = parts(
        &before.stamp,
        &before.date,
        Some(super::xml(&before.summary)),
    );
    // The number always changed; the date and the summary where the diff says so.
    let changed = [true, before.date_changed, before.summary_changed];
    let pieces: Vec<Rich> = (old.iter().zip(&new).zip(changed))
        .map(|((o, n), changed)| match changed {
            true => [o.clone().deleted(), n.clone().inserted()]
                .into_iter()
                .collect(),
            false => n.clone(),
        })
        .collect();
    Some(joined(pieces, sep))
}

/// `parts` with `sep` between them.
fn joined(parts: Vec<Rich>, sep: &str) -> Rich {
    let mut out = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(Inline::Text(sep.to_string()));
        }
        out.extend(part.0);
    }
    Rich(out)
}

/// `t` in bold.
fn bold(t: &str) -> Rich {
    Rich(vec![Inline::Strong(plain(t).0)])
}

/// The summary of changes, as a comment's paragraphs: its heading, then a line each.
pub(super) fn summary(v: &View) -> Vec<Rich> {
    let mut lines = vec![bold(&v.doc.changes_heading)];
    if v.doc.changes.is_empty() {
        lines.push(plain(&v.doc.no_changes));
    }
    // A comment holds no revision marks: each line as the newer version reads.
    let newer = |l: &Rich| l.version(Version::Newer).plain();
    lines.extend((v.doc.changes.iter()).map(|l| plain(&format!("• {}", newer(l)))));
    lines
}

pub(super) fn closing(v: &View, out: &mut Out) {
    let m = &v.meta;
    if !m.chair.is_empty() {
        let chair = plain(&format!("{}{}", m.chair_label, m.chair));
        out.para("Closing", &chair, &Para::default());
    }
    if let (Some(opening), true) = (&m.opening, v.doc.draft) {
        out.para("Normal", &plain(opening), &Para::default());
    }
}
