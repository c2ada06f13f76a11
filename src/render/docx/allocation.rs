//! The allocation table in Word: a heading, then a table of the documents (number,
//! title, source, where taken) with its header repeated on each page; in a changes
//! document, a row only the newer issue has is inserted whole, one only the older has
//! deleted whole, and a changed cell carries its marks.

use super::runs::Mark;
use super::table::{Cell, Row, Table, Versions, table_pair};
use super::{Out, plain, xml};
use crate::model::rich::Rich;
use crate::render::view::{AllocationView, DocumentMark};

pub(super) fn allocation(a: &AllocationView, out: &mut Out) {
    let text = |r: Rich| Cell {
        span: 1,
        text: xml(&r),
        ..Cell::default()
    };
    let l = &a.labels;
    let head = [&l.number, &l.title, &l.source, &l.items].map(|h| Cell {
        bold: true,
        ..text(plain(h))
    });
    let mut rows = vec![Row {
        cells: head.to_vec(),
        header: true,
        mark: None,
    }];
    for r in &a.rows {
        let mark = match r.mark {
            _ if a.added => None,
            DocumentMark::Inserted => Some(Mark::Ins),
            DocumentMark::Deleted => Some(Mark::Del),
            DocumentMark::Kept => None,
        };
        let cells = [&r.number, &r.title, &r.source, &r.items].map(|c| text(c.clone()));
        rows.push(Row {
            cells: cells.to_vec(),
            header: false,
            mark,
        });
    }
    let table = Table {
        widths: vec![3, 9, 4, 2],
        rows,
        style: "TableText",
        landscape: false,
        name: a.heading.clone(),
    };
    // Its heading is the table's caption: a table only the newer issue shows is inserted
    // with it (see [`super::Out::caption`]), which LibreOffice's "reject all" takes back.
    let caption = plain(&a.heading);
    let versions = match a.added {
        true => Versions::Added(caption, table),
        false => Versions::Only(caption, table),
    };
    table_pair(versions, out);
}
