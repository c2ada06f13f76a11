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
        information(i, out);
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

/// The link to the latest meeting information, after its QR code (a picture, as the
/// seed prints it; none where the address is too long for a QR code).
fn information(i: &crate::render::view::ContactView, out: &mut Out) {
    let href = i.href.as_deref().unwrap_or_default();
    let link = linked(plain(&i.label), i.href.as_deref());
    let Some(png) = crate::render::qr::png(href, 4) else {
        return out.para("BodyText", &link, &Para::default());
    };
    let id = format!("rIdAgendaImage{}", out.images.len() + 1);
    let drawing = drawing(&id, out.images.len() + 1, href);
    out.images.push(super::Image { id, png });
    let mut xml = String::from("<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:keepNext/>");
    if out.tongue.rtl {
        xml.push_str("<w:bidi/>");
    }
    xml.push_str("</w:pPr>");
    xml.push_str(&drawing);
    xml.push_str("</w:p>\n");
    out.xml.push_str(&xml);
    out.last = None;
    out.para("BodyText", &link, &Para::default());
}

/// A picture 2.4 cm square, in its own run, its description the address it codes (the
/// namespaces declared where they are used: a reference document's root may lack them).
fn drawing(id: &str, n: usize, description: &str) -> String {
    const SIDE: u32 = 864_000; // 2.4 cm, in EMU
    let description = crate::render::escape::html_string(description);
    format!(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:extent cx=\"{SIDE}\" cy=\"{SIDE}\"/><wp:docPr id=\"{n}\" name=\"QR code {n}\" descr=\"{description}\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"qr{n}.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"{id}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{SIDE}\" cy=\"{SIDE}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
}
