//! Stage 4, render, for Word: a document's body as WordprocessingML, from the same views
//! as the other formats, built for the Word markup (see [`crate::render::inline`]). The
//! package around it (styles, page set-up, header and footer from the reference
//! document, the zip) is made by [`crate::docx`].
//!
//! In a changes document every change is one of Word's own revision marks, dated with
//! the revision and by the meeting's secretariat, so that Word's "accept all" gives the
//! new version's text and "reject all" the older one's. The agenda's marks come from the
//! diff's marks on the view (built for Word: a moved item deleted where it was and
//! inserted where it is). A time-plan table is written as the diff's table marks say
//! (see [`crate::diff::marks::TableMarks`]): one both versions show with the same shape
//! is the view's table, each cell carrying the marks; one reshaped is the older deleted
//! whole and the newer inserted, from the view's unmarked versions of the plan. The summary
//! of changes, and where an item moved from, are comments, which are not text.

mod agenda;
mod allocation;
mod front;
mod letter;
mod marks;
mod plan;
pub mod runs;
mod table;
pub mod xml;

use runs::{Fmt, Mark, Marks, Tongue};

use super::documents::Document;
use super::view;
use crate::model::Meeting;
use crate::model::rich::Rich;

/// A document's body: its blocks, in order, and its comments.
#[derive(Debug)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub comments: Vec<Comment>,
    /// Whether the body reads right to left (the package sets the section's direction).
    pub rtl: bool,
    /// Who the revision marks and comments are by, and their date (`2025-09-11T00:00:00Z`).
    pub author: String,
    pub date: String,
    /// The document's title, for the package's core properties.
    pub title: String,
    /// Its pictures: each one's relationship id and PNG bytes (the letter's QR code).
    pub images: Vec<Image>,
}

/// A picture of the body: the id its drawing names it by, and its PNG bytes.
#[derive(Debug)]
pub struct Image {
    pub id: String,
    pub png: Vec<u8>,
}

/// A part of the body: paragraphs and tables, or the end of a section of pages (which
/// the package writes from the reference document's page set-up).
#[derive(Debug, PartialEq, Eq)]
pub enum Block {
    Xml(String),
    /// The pages so far end here; they were landscape or not. In a changes document, a
    /// break only one version has is inserted or deleted with its paragraph: `mark` is
    /// that paragraph's mark (`<w:rPr><w:ins …/></w:rPr>`), or empty.
    SectionEnd {
        landscape: bool,
        mark: String,
    },
}

/// A comment: its id, and its paragraphs (runs).
#[derive(Debug)]
pub struct Comment {
    pub id: u32,
    pub paragraphs: Vec<String>,
}

/// The width of the text of the pages (twips): portrait, and landscape (the plan by
/// group's pages), as the reference document sets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextWidth {
    pub portrait: u32,
    pub landscape: u32,
}

impl Default for TextWidth {
    /// A4 with 2 cm margins.
    fn default() -> Self {
        TextWidth {
            portrait: 9638,
            landscape: 14570,
        }
    }
}

/// The body of `doc` of `meeting` from its `view` (see [`view::build`]), its tables as
/// wide as `width` says.
pub fn body(meeting: &Meeting, doc: &Document, view: &view::View, width: TextWidth) -> Body {
    let lang = view.lang.as_str();
    let date = doc.date;
    let mut out = Out {
        tongue: runs::tongue(lang),
        width,
        marks: Marks::new(meeting.meta.secretariat.get(lang), date),
        blocks: Vec::new(),
        comments: Vec::new(),
        images: Vec::new(),
        xml: String::new(),
        last: None,
    };
    match &view.letter {
        Some(l) => letter::letter(view, l, &mut out),
        None => front::heading(view, &mut out),
    }
    if let Some(a) = &view.agenda {
        agenda::agenda(a, &mut out);
    }
    if let Some(t) = &view.timeplan {
        plan::timeplan(t, &mut out);
    }
    if view.letter.is_none() {
        front::closing(view, &mut out);
    }
    out.flush();
    Body {
        blocks: out.blocks,
        comments: out.comments,
        rtl: out.tongue.rtl,
        author: out.marks.author,
        date: out.marks.date,
        title: view.doc.title.clone(),
        images: out.images,
    }
}

/// The body being written.
struct Out {
    tongue: Tongue,
    width: TextWidth,
    marks: Marks,
    blocks: Vec<Block>,
    comments: Vec<Comment>,
    images: Vec<Image>,
    /// Paragraphs and tables since the last block.
    xml: String,
    /// The last paragraph of `xml`, where nothing (a table, a section's end) has come
    /// after it.
    last: Option<LastPara>,
}

/// A paragraph just written: where its properties end in [`Out::xml`] (the offset of its
/// `</w:pPr>`), what they are, and whether its mark is a revision.
struct LastPara {
    end_of_props: usize,
    props: String,
    marked: bool,
}

/// How a paragraph is laid out besides its style.
#[derive(Debug, Default, Clone)]
struct Para {
    keep_next: bool,
    /// A comment on the whole paragraph: its paragraphs.
    comment: Option<Vec<Rich>>,
    /// The paragraph is in a table cell: its mark is never a revision.
    in_cell: bool,
    /// Indented by this many steps from its leading edge.
    indent: usize,
    page_break: bool,
    /// The paragraph's mark inserted or deleted, whatever its text (an empty paragraph
    /// that only one version has).
    mark: Option<Mark>,
    /// The properties the paragraph had before, where its mark took the place of the one
    /// before it (see [`Out::caption`]): written as a change of its properties.
    props_before: Option<String>,
}

impl Out {
    fn flush(&mut self) {
        self.last = None;
        if !self.xml.is_empty() {
            self.blocks.push(Block::Xml(std::mem::take(&mut self.xml)));
        }
    }

    /// The end of a section of pages, inserted or deleted with its paragraph where `mark`
    /// says so.
    fn end_section(&mut self, landscape: bool, mark: Option<Mark>) {
        self.flush();
        let mark = match mark {
            Some(m) => format!("<w:rPr><{} {}/></w:rPr>", m.tag(), self.marks.attrs()),
            None => String::new(),
        };
        self.blocks.push(Block::SectionEnd { landscape, mark });
    }

    /// The caption right above a table. A caption that only the newer version has, after
    /// a paragraph both have, is inserted as the mark of that paragraph and the caption's
    /// text, not as the caption's text and its own mark: rejected, the two paragraphs
    /// join and the caption's mark stands for the one before (its properties given back
    /// by the change recorded), where a mark of its own would leave an empty paragraph
    /// before the table (LibreOffice cannot join a paragraph to a table).
    fn caption(&mut self, rich: &Rich) {
        if rich.is_empty() {
            return;
        }
        let keep = front::keep();
        let before = self.last.as_ref().filter(|l| !l.marked);
        let (Some(Mark::Ins), Some(before)) = (runs::whole(rich), before) else {
            return self.para("Caption", rich, &keep);
        };
        let (at, props) = (before.end_of_props, before.props.clone());
        let mark = format!("<w:rPr><w:ins {}/></w:rPr>", self.marks.attrs());
        self.xml.insert_str(at, &mark);
        let p = Para {
            props_before: Some(props),
            ..keep
        };
        self.para("Caption", rich, &p);
    }

    /// The runs of rich text `rich`.
    fn runs(&mut self, rich: &Rich, fmt: Fmt) -> String {
        runs::runs(rich, fmt, &self.tongue, &mut self.marks)
    }

    /// A paragraph of style `style` holding rich text `rich`; wholly inserted or
    /// deleted, its mark is too.
    fn para(&mut self, style: &str, rich: &Rich, p: &Para) {
        let xml = self.para_xml(style, rich, p);
        let props = xml.find("</w:pPr>").unwrap_or_default();
        self.last = Some(LastPara {
            end_of_props: self.xml.len() + props,
            props: xml["<w:p><w:pPr>".len().min(props)..props].to_string(),
            marked: xml[..props].contains("<w:rPr>") || xml[..props].contains("<w:pPrChange"),
        });
        self.xml.push_str(&xml);
    }

    /// The properties of a paragraph: its style, and how it is laid out.
    fn para_xml(&mut self, style: &str, rich: &Rich, p: &Para) -> String {
        let mark = p.mark.or_else(|| runs::whole(rich));
        let whole = mark.filter(|_| !p.in_cell && p.props_before.is_none());
        let mut x = format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>");
        if p.keep_next {
            x.push_str("<w:keepNext/>");
        }
        if p.page_break {
            x.push_str("<w:pageBreakBefore/>");
        }
        if self.tongue.rtl {
            x.push_str("<w:bidi/>");
        }
        if p.indent > 0 {
            x.push_str(&format!("<w:ind w:firstLine=\"{}\"/>", 240 * p.indent));
        }
        if let Some(m) = whole {
            x.push_str(&format!(
                "<w:rPr><{} {}/></w:rPr>",
                m.tag(),
                self.marks.attrs()
            ));
        }
        if let Some(before) = &p.props_before {
            let attrs = self.marks.attrs();
            x.push_str(&format!(
                "<w:pPrChange {attrs}><w:pPr>{before}</w:pPr></w:pPrChange>"
            ));
        }
        x.push_str("</w:pPr>");
        let runs = self.runs(rich, Fmt::default());
        match &p.comment {
            Some(text) => x.push_str(&self.commented(&runs, text, whole)),
            None => x.push_str(&runs),
        }
        // A line per paragraph: Word ignores it, and the XML reads (and diffs) well.
        x.push_str("</w:p>\n");
        x
    }

    /// `runs` with comment `text` on them; its reference inside the paragraph's mark,
    /// where the paragraph is wholly marked.
    fn commented(&mut self, runs: &str, text: &[Rich], whole: Option<Mark>) -> String {
        let id = self.marks.next_id();
        let paragraphs = text.iter().map(|t| self.runs(t, Fmt::default())).collect();
        self.comments.push(Comment { id, paragraphs });
        let mut reference = format!(
            "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"{id}\"/></w:r>"
        );
        if let Some(m) = whole {
            reference = format!(
                "<{} {}>{reference}</{}>",
                m.tag(),
                self.marks.attrs(),
                m.tag()
            );
        }
        format!(
            "<w:commentRangeStart w:id=\"{id}\"/>{runs}<w:commentRangeEnd w:id=\"{id}\"/>{reference}"
        )
    }
}

/// A rich text of the view as Word marks it (see [`marks::resolved`]).
fn xml(r: &Rich) -> Rich {
    marks::resolved(r)
}

/// Plain text as rich text.
fn plain(t: &str) -> Rich {
    Rich::text(t)
}
