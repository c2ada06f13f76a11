//! Tables in Word: a small model (rows of cells with spans, vertical merges, shading),
//! written as `w:tbl` with its header rows repeated on each page; and the older and
//! newer versions of a table made one for a changes document.

use super::runs::{self, Mark};
use super::xml;
use super::{Out, Para, replaced};
use crate::model::rich::{Inline, Rich, Version};

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

impl Table {
    /// Whether `other` has the same rows and cells, spans and merges (its texts aside).
    fn same_shape(&self, other: &Table) -> bool {
        self.widths.len() == other.widths.len()
            && self.rows.len() == other.rows.len()
            && self.rows.iter().zip(&other.rows).all(|(a, b)| {
                a.cells.len() == b.cells.len()
                    && a.cells.iter().zip(&b.cells).all(|(x, y)| {
                        (x.span, x.merge, x.grey, x.bold, x.start)
                            == (y.span, y.merge, y.grey, y.bold, y.start)
                    })
            })
    }
}

/// A table with its caption (rich), in the versions a document shows.
pub(super) enum Versions<'a> {
    /// The only version (a document that is not a changes document).
    Only(&'a Rich, &'a Table),
    /// The older and the newer version, and the newer redlined by the diff's marks
    /// (where it has the newer's shape).
    Both(
        (&'a Rich, &'a Table),
        (&'a Rich, &'a Table),
        Option<&'a Table>,
    ),
    /// A table the newer version added, or the older one had and the newer lost.
    Added(&'a Rich, &'a Table),
    Removed(&'a Rich, &'a Table),
}

/// A table and its caption; in a changes document the older and newer versions made
/// one: cell by cell where they have the same shape, else the older deleted whole and
/// the newer inserted.
pub(super) fn table_pair(v: Versions, out: &mut Out) {
    match v {
        Versions::Both((old_caption, old), (caption, new), marked) if old.same_shape(new) => {
            let marked = marked.filter(|m| m.same_shape(new));
            let mut merged = new.clone();
            for (r, row) in merged.rows.iter_mut().enumerate() {
                for (c, cell) in row.cells.iter_mut().enumerate() {
                    let old_text = &old.rows[r].cells[c].text;
                    let redlined = marked.map(|m| &m.rows[r].cells[c].text);
                    cell.text = merged_text(old_text, &cell.text, redlined);
                }
            }
            captioned(&replaced(old_caption, caption), &merged, None, out);
        }
        // The older table deleted row by row and the newer inserted, under one caption
        // whose words are marked: a marked paragraph right before a table would be left
        // empty by LibreOffice's "accept all" or "reject all" (it cannot join a table).
        Versions::Both((old_caption, old), (caption, new), _) => {
            out.caption(&replaced(old_caption, caption));
            captioned(&Rich::default(), old, Some(Mark::Del), out);
            captioned(&Rich::default(), new, Some(Mark::Ins), out);
        }
        Versions::Removed(caption, t) => {
            captioned(&caption.clone().deleted(), t, Some(Mark::Del), out);
        }
        Versions::Added(caption, t) => {
            captioned(&caption.clone().inserted(), t, Some(Mark::Ins), out);
        }
        Versions::Only(caption, t) => captioned(caption, t, None, out),
    }
}

/// A cell of the older and newer versions made one: the diff's marks where, accepted,
/// they give the newer text and, rejected, the older; else the older deleted whole and
/// the newer inserted.
fn merged_text(old: &Rich, new: &Rich, redlined: Option<&Rich>) -> Rich {
    if let Some(r) = redlined
        && runs::version(r, Version::Newer) == runs::version(new, Version::Newer)
        && runs::version(r, Version::Older) == runs::version(old, Version::Older)
    {
        return r.clone();
    }
    replaced(old, new)
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
