//! Tables in Word: a small model (rows of cells with spans, vertical merges, shading),
//! written as `w:tbl` with its header rows repeated on each page; in a changes document,
//! a table as the diff marks it (see [`Versions`]).

use super::runs::Mark;
use super::xml;
use super::{Out, Para};
use crate::model::rich::{Inline, Rich};

/// A table: its columns' relative widths and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Table {
    pub widths: Vec<u32>,
    pub rows: Vec<Row>,
    /// The paragraph style of its cells.
    pub style: &'static str,
    /// On a landscape page (the plan by group), so as wide as its text.
    pub landscape: bool,
    /// Its name for screen readers (`w:tblCaption`): its caption, or the plan's heading.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Row {
    pub cells: Vec<Cell>,
    /// A header row, repeated at the top of each page.
    pub header: bool,
    /// Inserted or deleted whole (a row of the allocation table in a changes document).
    pub mark: Option<Mark>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Cell {
    pub span: usize,
    pub merge: Merge,
    pub text: Rich,
    pub bold: bool,
    /// Shaded grey (a whole-row entry, such as the weekend).
    pub grey: bool,
    /// Aligned to its leading edge, and indented by this many steps (a group's name).
    pub start: Option<usize>,
}

/// A cell's part in a vertical merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Merge {
    #[default]
    None,
    Restart,
    Continue,
}

/// A table with its caption (rich), in the versions a document shows.
pub(super) enum Versions {
    /// One table: a document's only version, or in a changes document a table both
    /// versions show with the same shape, its cells carrying the diff's marks.
    Only(Rich, Table),
    /// A table both versions show, shaped otherwise: the older deleted row by row and the
    /// newer inserted, under one caption (whose words are marked: a marked paragraph
    /// right before a table would be left empty by LibreOffice's "accept all" or "reject
    /// all", which cannot join a paragraph to a table).
    Replaced {
        caption: Rich,
        older: Table,
        newer: Table,
    },
    /// A table only the newer version shows, or only the older one.
    Added(Rich, Table),
    Removed(Rich, Table),
}

/// A table and its caption, in the versions a document shows.
pub(super) fn table_pair(v: Versions, out: &mut Out) {
    match v {
        Versions::Only(caption, t) => captioned(&caption, &t, None, out),
        Versions::Replaced {
            caption,
            older,
            newer,
        } => {
            out.caption(&caption);
            captioned(&Rich::default(), &older, Some(Mark::Del), out);
            captioned(&Rich::default(), &newer, Some(Mark::Ins), out);
        }
        Versions::Removed(caption, t) => captioned(&caption.deleted(), &t, Some(Mark::Del), out),
        Versions::Added(caption, t) => captioned(&caption.inserted(), &t, Some(Mark::Ins), out),
    }
}

/// A caption above its table; every row marked `mark`, where given.
fn captioned(caption: &Rich, t: &Table, mark: Option<Mark>, out: &mut Out) {
    out.caption(caption);
    let total: u32 = t.widths.iter().sum::<u32>().max(1);
    let width = match t.landscape {
        true => out.width.landscape,
        false => out.width.portrait,
    };
    let twips: Vec<u32> = t.widths.iter().map(|w| w * width / total).collect();
    let mut x = String::from("<w:tbl><w:tblPr><w:tblStyle w:val=\"PlanTable\"/>");
    if out.tongue.rtl {
        x.push_str("<w:bidiVisual/>");
    }
    x.push_str("<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>");
    x.push_str("<w:tblLook w:val=\"0000\"/>");
    if !t.name.is_empty() {
        x.push_str(&format!(
            "<w:tblCaption w:val=\"{}\"/>",
            xml::escaped(&t.name)
        ));
    }
    x.push_str("</w:tblPr><w:tblGrid>");
    for w in &twips {
        x.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    x.push_str("</w:tblGrid>\n");
    out.xml.push_str(&x);
    for row in &t.rows {
        self::row(row, (t, &twips), mark, out);
    }
    out.xml.push_str("</w:tbl>\n");
    out.last = None;
}

fn row(r: &Row, (t, twips): (&Table, &[u32]), mark: Option<Mark>, out: &mut Out) {
    let mark = mark.or(r.mark);
    let mut x = String::from("<w:tr><w:trPr><w:cantSplit/>");
    if r.header {
        x.push_str("<w:tblHeader/>");
    }
    if let Some(m) = mark {
        x.push_str(&format!("<{} {}/>", m.tag(), out.marks.attrs()));
    }
    x.push_str("</w:trPr>");
    out.xml.push_str(&x);
    let mut column = 0;
    for c in &r.cells {
        let width: u32 = twips.iter().skip(column).take(c.span.max(1)).sum();
        column += c.span.max(1);
        cell(c, (t.style, width), mark, out);
    }
    out.xml.push_str("</w:tr>\n");
}

fn cell(c: &Cell, (style, width): (&str, u32), mark: Option<Mark>, out: &mut Out) {
    let mut x = format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>");
    if c.span > 1 {
        x.push_str(&format!("<w:gridSpan w:val=\"{}\"/>", c.span));
    }
    match c.merge {
        Merge::Restart => x.push_str("<w:vMerge w:val=\"restart\"/>"),
        Merge::Continue => x.push_str("<w:vMerge/>"),
        Merge::None => {}
    }
    if c.grey {
        x.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EBEBEB\"/>");
    }
    x.push_str("<w:vAlign w:val=\"center\"/></w:tcPr>");
    out.xml.push_str(&x);
    // A cell that continues a merge shows nothing: the cell above holds the text.
    let shown = match c.merge {
        Merge::Continue => Rich::default(),
        _ => c.text.clone(),
    };
    let mut text = match c.bold && !shown.0.is_empty() {
        true => Rich(vec![Inline::Strong(shown.0)]),
        false => shown,
    };
    text = match mark {
        Some(Mark::Ins) => text.inserted(),
        Some(Mark::Del) => text.deleted(),
        None => text,
    };
    let p = Para {
        in_cell: true,
        indent: c.start.unwrap_or(0),
        ..Para::default()
    };
    let style = if c.start.is_some() {
        "TableTextStart"
    } else {
        style
    };
    out.para(style, &text, &p);
    out.xml.push_str("</w:tc>");
}
