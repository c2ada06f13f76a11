//! Each file of a meeting, made by its format's writer from the view it shows (a
//! document's, or a group page's), or from the meeting's calendar feed: its bytes, and
//! what its manifest entry says of it.

use std::path::Path;

use super::cache::Pdfs;
use crate::docx;
use crate::error::Error;
use crate::format::Format;
use crate::model::Meeting;
use crate::output::{self, OutFile};
use crate::pdf;
use crate::render::calendar::{self, Feed};
use crate::render::view::{GroupView, View};
use crate::render::{self, Engine, documents::Document, inline::Markup};

/// What a meeting's files are made with: its templates, its Typst layout, and the
/// reference document of its Word files (read only where they are asked for; else the
/// built-in one stands, unused).
pub(super) struct Makers {
    pub engine: Engine,
    pub layout: pdf::Layout,
    pub reference: docx::Reference,
}

impl Makers {
    pub fn new(templates: Option<&Path>, formats: &[Format]) -> Result<Makers, Error> {
        let engine = Engine::new(templates).map_err(Error::Template)?;
        let layout = pdf::Layout::new(engine.layout(), engine.layout_name());
        let reference = match formats.contains(&Format::Docx) {
            true => docx::Reference::for_templates(templates).map_err(Error::Reference)?,
            false => docx::Reference::builtin(),
        };
        Ok(Makers {
            engine,
            layout,
            reference,
        })
    }
}

/// A file's entry, bytes and path aside: none of a document, revision or group.
fn entry(path: String, format: Format, lang: &str, document: &str) -> OutFile {
    OutFile {
        path,
        format: format.name().to_string(),
        lang: lang.to_string(),
        document: document.to_string(),
        revision: None,
        changes: false,
        group: None,
        issued: None,
        source: None,
        bytes: Vec::new(),
    }
}

/// `<lang>/<meeting>.ics`, or `<lang>/groups/<group>.ics`.
pub(super) fn calendar_file(
    meeting: &Meeting,
    feed: &Feed,
    lang: &str,
    group: Option<&str>,
) -> OutFile {
    let path = match group {
        Some(g) => format!("{lang}/groups/{g}.ics"),
        None => format!("{lang}/{}.ics", meeting.id),
    };
    OutFile {
        group: group.map(str::to_string),
        bytes: calendar::ics::calendar(meeting, feed, lang, group).into_bytes(),
        ..entry(path, Format::Ics, lang, "calendar")
    }
}

/// `<lang>/revisions.atom`: the feed of the meeting's revisions.
pub(super) fn feed_file(meeting: &Meeting, docs: &[Document], lang: &str) -> OutFile {
    let path = format!("{lang}/revisions.atom");
    OutFile {
        bytes: render::atom::atom(meeting, docs, lang).into_bytes(),
        ..entry(path, Format::Atom, lang, "feed")
    }
}

/// `<lang>/layout.typ`, which that language's `.typ` files import.
pub(super) fn layout_file(engine: &Engine, lang: &str) -> OutFile {
    let path = format!("{lang}/{}", render::LAYOUT.0);
    OutFile {
        bytes: engine.layout().as_bytes().to_vec(),
        ..entry(path, Format::Typ, lang, "layout")
    }
}

/// What a page's files are made with, and from.
pub(super) struct Page<'a> {
    pub makers: &'a Makers,
    pub pdfs: &'a Pdfs,
    pub meeting: &'a Meeting,
}

impl Page<'_> {
    /// The PDF at `path` in `lang`, from Typst source `typ` (see [`Pdfs::make`]); if Typst
    /// cannot set a character, led by its places in the sources ([`pdf::with_sources`]).
    fn pdf(
        &self,
        lang: &str,
        (path, typ): (&str, String),
        (ident, date): (&str, chrono::NaiveDate),
    ) -> Result<(Vec<u8>, String), Error> {
        let made = self
            .pdfs
            .make(&self.makers.layout, (path, typ), (ident, date));
        made.map_err(|e| match e {
            Error::Typst(e) => Error::Typst(pdf::with_sources(e, self.meeting, lang)),
            e => e,
        })
    }
}

/// `<lang>/groups/<group>.<format>`: a group's page.
pub(super) fn group_file(
    page: &Page,
    feed: &Feed,
    view: &GroupView,
    format: Format,
) -> Result<OutFile, Error> {
    let (lang, group) = (view.lang.as_str(), view.id.as_str());
    let engine = &page.makers.engine;
    let text = |markup| engine.render_group(view, markup).map_err(Error::Template);
    let path = format!("{lang}/groups/{group}.{}", format.name());
    let (bytes, source) = match format {
        Format::Md => (text(Markup::Markdown)?.into_bytes(), None),
        Format::Html => (text(Markup::Html)?.into_bytes(), None),
        Format::Typ => (text(Markup::Typst)?.into_bytes(), None),
        Format::Pdf => {
            let ident = format!("{}/{lang}/groups/{group}", page.meeting.id);
            let typ = text(Markup::Typst)?;
            let (bytes, source) = page.pdf(lang, (&path, typ), (&ident, feed.issued))?;
            (bytes, Some(source))
        }
        // Calendars and feeds are files of their own, and Word files are documents
        // only: never a group page's format (see `Plan::new`).
        Format::Ics | Format::Atom | Format::Docx => (Vec::new(), None),
    };
    Ok(OutFile {
        group: Some(group.to_string()),
        source,
        bytes,
        ..entry(path, format, lang, "group")
    })
}

/// `<lang>/<document>.<format>`: a document.
pub(super) fn document_file(
    page: &Page,
    doc: &Document,
    view: &View,
    format: Format,
) -> Result<OutFile, Error> {
    let lang = view.lang.as_str();
    let path = format!("{lang}/{}.{}", doc.name, format.name());
    let (bytes, source) = document_bytes(page, doc, (view, &path), format)?;
    Ok(OutFile {
        revision: doc.revision,
        changes: doc.changes.is_some(),
        // A revision's date, or the letter's (which the index orders by); none for the draft.
        issued: (doc.stamp.as_ref().map(|(_, d)| d))
            .or(doc.letter.map(|_| &doc.date))
            .map(|d| d.to_string()),
        source,
        bytes,
        ..entry(path, format, lang, &doc.document)
    })
}

/// The bytes of `doc` in `format` (written at `path`), and for a PDF the key of its Typst
/// source.
fn document_bytes(
    page: &Page,
    doc: &Document,
    (view, path): (&View, &str),
    format: Format,
) -> Result<(Vec<u8>, Option<String>), Error> {
    let (meeting, makers) = (page.meeting, page.makers);
    let text = |markup| makers.engine.render(view, markup).map_err(Error::Template);
    Ok(match format {
        Format::Md => (text(Markup::Markdown)?.into_bytes(), None),
        Format::Html => (text(Markup::Html)?.into_bytes(), None),
        Format::Typ => (text(Markup::Typst)?.into_bytes(), None),
        Format::Pdf => {
            let ident = format!("{}/{}/{}", meeting.id, view.lang, doc.name);
            let typ = text(Markup::Typst)?;
            let date = doc.date;
            let (bytes, source) = page.pdf(&view.lang, (path, typ), (&ident, date))?;
            (bytes, Some(source))
        }
        Format::Docx => (word_file(page, doc, (view, path))?, None),
        // Calendars and feeds are files of their own, never a document's format:
        // `Plan::new` asks for none.
        Format::Ics | Format::Atom => (Vec::new(), None),
    })
}

/// The `.docx` of `doc` (written at `path`), on the meeting's reference document.
fn word_file(page: &Page, doc: &Document, (view, path): (&View, &str)) -> Result<Vec<u8>, Error> {
    let (meeting, reference) = (page.meeting, &page.makers.reference);
    let body = render::docx::body(meeting, doc, view, reference.text_width);
    let about = docx::About {
        title: &body.title,
        lang: &view.lang,
        creator: &body.author,
        date: doc.date,
    };
    docx::package(reference, &body, &about).map_err(|reason| Error::Package {
        path: format!("{}/{path}", meeting.id),
        reason,
    })
}

/// What the manifest of `meeting` says of it: its line and its groups' names in each
/// of its languages.
pub(super) fn about(meeting: &Meeting, feed: &Feed) -> output::About {
    let m = &meeting.meta;
    let in_each = |f: &dyn Fn(&str) -> String| -> std::collections::BTreeMap<String, String> {
        meeting
            .languages
            .iter()
            .map(|l| (l.clone(), f(l)))
            .collect()
    };
    let titles = in_each(&|l| render::wording::meeting_line(m, &crate::lang::locale(l)));
    let groups = feed.plan.groups.iter().map(|g| output::Named {
        id: g.id.clone(),
        names: in_each(&|l| g.name.get(l).to_string()),
    });
    output::About {
        meeting: meeting.id.clone(),
        titles,
        groups: groups.collect(),
        key: String::new(),
        frozen: Vec::new(),
    }
}
