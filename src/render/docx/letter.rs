//! The invitation letter in Word: its head (the organisation, the place and date, the
//! labelled lines of the reference, addressees, contacts and subject), its body with the
//! key deadlines, the closing and signature, the link to the latest meeting information,
//! Annex A, and the label of Annex B (whose agenda and time plan follow as the draft's).

use super::front::keep;
use super::{Out, Para, plain, xml};
use crate::model::rich::{Inline, Rich};
use crate::render::view::{LetterView, View};

pub(super) fn letter(v: &View, l: &LetterView, out: &mut Out) {
    let strong = |t: &str| Rich(vec![Inline::Strong(plain(t).0)]);
    out.para(
        "Organisation",
        &strong(&v.meta.organisation),
        &Para::default(),
    );
    out.para("DatePlace", &plain(&l.date_place), &Para::default());
    if let Some(stamp) = &l.stamp {
        stamp_line(v, stamp, out);
    }
    labelled(
        out,
        &l.reference_label,
        l.reference.iter().map(|r| plain(r)),
    );
    let addressees = l.addressees.iter().map(|a| plain(&format!("– {a}")));
    labelled(out, &l.addressees_label, addressees);
    // In a right-to-left letter a left-to-right mark on each side keeps a telephone
    // number's groups in their order.
    let lrm = plain(if v.dir == "rtl" { "\u{200E}" } else { "" });
    for c in &l.contacts {
        let value = [
            lrm.clone(),
            linked(xml(&c.value), c.href.as_deref()),
            lrm.clone(),
        ];
        labelled(out, &c.label, [value.into_iter().collect()].into_iter());
    }
    let subject = Rich(vec![Inline::Strong(xml(&l.subject).0)]);
    labelled(out, &l.subject_label, [subject].into_iter());
    body(l, out);
    annex_a(l, out);
    if let Some(annex) = &v.meta.annex {
        let p = Para {
            page_break: true,
            ..keep()
        };
        out.para("Annex", &plain(annex), &p);
    }
}

/// A label and its values, a line each, the values lined up after a tab.
fn labelled(out: &mut Out, label: &str, values: impl Iterator<Item = Rich>) {
    for (i, value) in values.enumerate() {
        let head = plain(&format!("{}\t", if i == 0 { label } else { "" }));
        let line: Rich = [head, value].into_iter().collect();
        out.para("Letterhead", &line, &Para::default());
    }
}

/// `text`, a link to `href` where there is one.
fn linked(text: Rich, href: Option<&str>) -> Rich {
    match href {
        Some(href) => Rich(vec![Inline::Link {
            href: href.to_string(),
            body: text.0,
        }]),
        None => text,
    }
}

/// An addendum's line: "Addendum 1 to TSB Collective letter 3/12 · 1 July 2025 · its
/// summary"; in its changes document, the summary of changes as a comment on it.
fn stamp_line(v: &View, stamp: &str, out: &mut Out) {
    let mut line = vec![Inline::Strong(plain(stamp).0)];
    if let Some(date) = &v.doc.date {
        line.push(Inline::Text(format!(" · {date}")));
    }
    if let Some(summary) = &v.doc.summary {
        line.push(Inline::Text(" · ".into()));
        line.extend(xml(summary).0);
    }
    let p = Para {
        comment: v.doc.redline.then(|| super::front::summary(v)),
        ..Para::default()
    };
    out.para("Stamp", &Rich(line), &p);
}

/// The body: its paragraphs, the key deadlines (a date, then what is due, a line each),
/// the closing, the signature, the link to the latest information, the annexes' count.
fn body(l: &LetterView, out: &mut Out) {
    for p in &l.body {
        out.para("BodyText", &xml(p), &Para::default());
    }
    out.para("BodyText", &plain(&l.deadlines_label), &keep());
    for deadline in &l.deadlines {
        for (i, action) in deadline.actions.iter().enumerate() {
            let date = match i {
                0 => Rich(vec![Inline::Strong(xml(&deadline.date).0)]),
                _ => Rich::default(),
            };
            let line = [date, plain("\t• "), xml(action)];
            out.para("Deadline", &line.into_iter().collect(), &Para::default());
        }
    }
    for p in &l.closing {
        out.para("BodyText", &xml(p), &keep());
    }
    if let Some(s) = &l.signature {
        let lines = [
            plain(&s.name),
            Rich(vec![Inline::LineBreak]),
            plain(&s.title),
        ];
        out.para("Signature", &lines.into_iter().collect(), &Para::default());
    }
    if let Some(i) = &l.information {
        out.para(
            "BodyText",
            &linked(plain(&i.label), i.href.as_deref()),
            &Para::default(),
        );
    }
    out.para("BodyText", &plain(&l.annexes), &Para::default());
}

/// Annex A, from a new page: its label, its title, its sections.
fn annex_a(l: &LetterView, out: &mut Out) {
    let a = &l.annex_a;
    let label = Para {
        page_break: true,
        ..keep()
    };
    out.para("Annex", &plain(&a.label), &label);
    out.para("Heading2", &plain(&a.title), &Para::default());
    for s in &a.sections {
        if let Some(h) = &s.heading {
            out.para("Heading3", &plain(h), &Para::default());
        }
        for p in &s.paragraphs {
            out.para("BodyText", &xml(p), &Para::default());
        }
    }
}
