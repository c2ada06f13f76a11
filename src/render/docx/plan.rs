//! The time plan in Word: its heading, the table by day, the tables by group (on
//! landscape pages, as in the PDF), the hours, footnotes and notes. In a changes
//! document each table is as the diff's table marks say (kept, its cells marked; or
//! replaced, added or removed whole: see [`super::table::Versions`]), and the sections'
//! ends too; the heading, hours, footnotes and notes carry the diff's marks.

use super::front::keep;
use super::marks;
use super::runs::Mark;
use super::table::{Cell, Merge, Row, Table, Versions, table_pair};
use super::{Out, Para, plain, runs, xml};
use crate::diff::marks::TableMark;
use crate::model::GroupKind;
use crate::model::rich::{Inline, Rich, Version};
use crate::render::redline;
use crate::render::view::{Block, FootnoteView, GridPart, RowKind, RowView, TimeplanView};

/// Time plan `t` (redlined in a changes document).
pub(super) fn timeplan(t: &TimeplanView, out: &mut Out) {
    let breaks = Breaks::of(t);
    // The landscape pages start with the heading where no plan by day comes first.
    if let Some(mark) = breaks.before_heading {
        out.end_section(false, mark);
    }
    out.para("Heading2", &xml(&t.heading), &keep());
    if let Some(banner) = &t.banner {
        out.para("Banner", &xml(banner), &keep());
    }
    if let Some(v) = by_day_versions(t) {
        table_pair(v, out);
    }
    if let Some(mark) = breaks.after_by_day {
        out.end_section(false, mark);
    }
    if breaks.landscape_end.is_some() {
        grid_parts(t, out);
    }
    // The hours, footnotes and notes stay with the plan, on its last landscape page.
    lists(t, out);
    for note in &t.notes {
        out.para("Note", &xml(note), &Para::default());
    }
    if let Some(mark) = breaks.landscape_end {
        out.end_section(true, mark);
    }
}

/// Which plans a version shows.
#[derive(Clone, Copy)]
struct Shows {
    by_day: bool,
    by_group: bool,
}

impl Shows {
    /// What version `v` of `t` shows: in a changes document, as the diff marks its tables.
    fn of(t: &TimeplanView, v: Version) -> Shows {
        match &t.tables {
            None => Shows {
                by_day: t.by_day,
                by_group: t.grid.is_some(),
            },
            Some(m) => Shows {
                by_day: m.by_day.is_some_and(|d| d.shown_in(v)),
                by_group: m.by_group.is_some_and(|g| g.shown_in(v)),
            },
        }
    }
}

/// The ends of sections a time plan has, where the versions a document shows have them:
/// none; in both (no mark); or in one only (its paragraph inserted or deleted).
struct Breaks {
    /// Before the heading: the landscape pages of a plan by group alone.
    before_heading: Option<Option<Mark>>,
    /// After the plan by day, where a plan by group follows it.
    after_by_day: Option<Option<Mark>>,
    /// After the plan by group.
    landscape_end: Option<Option<Mark>>,
}

impl Breaks {
    fn of(t: &TimeplanView) -> Breaks {
        let older = t.tables.as_ref().map(|_| Shows::of(t, Version::Older));
        let newer = Shows::of(t, Version::Newer);
        let mark = |has: fn(Shows) -> bool| break_mark(older.map(has), has(newer));
        Breaks {
            before_heading: mark(|s| s.by_group && !s.by_day),
            after_by_day: mark(|s| s.by_group && s.by_day),
            landscape_end: mark(|s| s.by_group),
        }
    }
}

/// Whether a break (or a page break) is written, and its mark: `older` is whether the
/// older version has it (none outside a changes document), `newer` whether the newer does.
fn break_mark(older: Option<bool>, newer: bool) -> Option<Option<Mark>> {
    match (older, newer) {
        (None, true) | (Some(true), true) => Some(None),
        (Some(false), true) => Some(Some(Mark::Ins)),
        (Some(true), false) => Some(Some(Mark::Del)),
        (_, false) => None,
    }
}

/// The plan by day in the versions that show it: as it is (outside a changes document,
/// or where both versions show it with one shape: its cells carry the diff's marks),
/// the older replaced by the newer, or the one version that shows it, whole.
fn by_day_versions(t: &TimeplanView) -> Option<Versions> {
    let caption = |v: &TimeplanView| v.by_day_caption.as_deref().map(plain).unwrap_or_default();
    let Some(marks) = &t.tables else {
        return t.by_day.then(|| Versions::Only(caption(t), by_day(t)));
    };
    let (mark, versions) = match (marks.by_day?, &t.versions) {
        (TableMark::Kept, _) | (_, None) => {
            return Some(Versions::Only(by_day_caption(t), by_day(t)));
        }
        (mark, Some(v)) => (mark, v),
    };
    let (older, newer) = (&versions.older, &versions.newer);
    Some(match mark {
        TableMark::Added => Versions::Added(caption(newer), by_day(newer)),
        TableMark::Removed => Versions::Removed(caption(older), by_day(older)),
        _ => Versions::Replaced {
            caption: by_day_caption(t),
            older: by_day(older),
            newer: by_day(newer),
        },
    })
}

/// The caption of the plan by day that both versions show: "By day" where the plan by
/// group follows it in both, inserted or deleted where it does in one only.
fn by_day_caption(t: &TimeplanView) -> Rich {
    let text = |v: Option<&TimeplanView>| {
        (v.and_then(|v| v.by_day_caption.as_deref()).map(plain)).unwrap_or_default()
    };
    let versions = t.versions.as_deref();
    match t.tables.as_ref().and_then(|m| m.by_group) {
        Some(TableMark::Added) => text(Some(t)).inserted(),
        Some(TableMark::Removed) => text(versions.map(|v| &v.older)).deleted(),
        _ => text(Some(t)),
    }
}

/// The parts of the plan by group, each on a page of its own after a page break: each
/// as the diff marks it.
fn grid_parts(t: &TimeplanView, out: &mut Out) {
    let count = match &t.tables {
        Some(m) => m.parts.len(),
        None => t.grid.as_ref().map_or(0, |g| g.parts.len()),
    };
    for i in 0..count {
        let mark = t.tables.as_ref().and_then(|m| m.parts.get(i).copied());
        let older = mark.map(|m| m.shown_in(Version::Older));
        let newer = mark.is_none_or(|m| m.shown_in(Version::Newer));
        if let (true, Some(mark)) = (i > 0, break_mark(older, newer)) {
            let page_break = Para {
                page_break: true,
                mark,
                ..Para::default()
            };
            out.para("Normal", &Rich::default(), &page_break);
        }
        if let Some(v) = grid_part(t, i, mark) {
            table_pair(v, out);
        }
    }
}

/// Part `i` of the plan by group in the versions that show it, as the diff marks it
/// (`mark`: none outside a changes document).
fn grid_part(t: &TimeplanView, i: usize, mark: Option<TableMark>) -> Option<Versions> {
    let table = |v: &TimeplanView| {
        let g = v.grid.as_ref()?;
        let p = g.parts.get(i)?;
        Some((plain(&p.caption), part(p, &g.groups_label)))
    };
    let (mark, versions) = match (mark, &t.versions) {
        (None | Some(TableMark::Kept), _) | (_, None) => {
            let (caption, part) = table(t)?;
            return Some(Versions::Only(caption, part));
        }
        (Some(mark), Some(v)) => (mark, v),
    };
    let (older, newer) = (table(&versions.older), table(&versions.newer));
    Some(match (mark, older, newer) {
        (TableMark::Replaced { same_days }, Some(o), Some(n)) => Versions::Replaced {
            caption: match same_days {
                true => n.0,
                false => [o.0.deleted(), n.0.inserted()].into_iter().collect(),
            },
            older: o.1,
            newer: n.1,
        },
        (TableMark::Removed, Some(o), _) => Versions::Removed(o.0, o.1),
        (_, _, Some(n)) => Versions::Added(n.0, n.1),
        (_, Some(o), None) => Versions::Removed(o.0, o.1),
        (_, None, None) => return None,
    })
}

/// The hours of the slots and the footnotes, a paragraph each: as they are, or in a
/// changes document each line that changed in its older version deleted and its newer
/// inserted.
fn lists(t: &TimeplanView, out: &mut Out) {
    let hours = (t.hours.iter()).map(|h| {
        let (older, newer) = (h.version(Version::Older), h.version(Version::Newer));
        marks::line(older, newer, h.is_marked())
    });
    let footnote = |f: &FootnoteView, v: Version| {
        let mark = f.mark.version(v);
        if mark.is_empty() {
            return Rich::default();
        }
        let mut parts = vec![Inline::Superscript(mark.0), Inline::Text(" ".into())];
        parts.extend(f.text.version(v).0);
        Rich(parts)
    };
    let notes = (t.footnotes.iter()).map(|f| {
        let (older, newer) = (footnote(f, Version::Older), footnote(f, Version::Newer));
        marks::line(older, newer, f.mark.is_marked() || f.text.is_marked())
    });
    for line in hours.chain(notes) {
        out.para("Small", &xml(&line), &Para::default());
    }
}

/// The plan by day: a header row of slots, a row per day or whole-row entry.
fn by_day(t: &TimeplanView) -> Table {
    let name = t
        .by_day_caption
        .as_deref()
        .map(plain)
        .unwrap_or_else(|| xml(&t.heading));
    let columns = t.slots.len() + 1;
    let mut head = vec![cell(Rich::default())];
    head.extend(t.slots.iter().map(|s| Cell {
        bold: true,
        ..cell(xml(s))
    }));
    let mut rows = vec![Row {
        cells: head,
        header: true,
        mark: None,
    }];
    for r in &t.rows {
        let mut cells = Vec::new();
        if r.kind == RowKind::Day {
            cells.push(cell(day_head(r)));
            cells.extend(r.cells.iter().map(|c| Cell {
                span: c.span,
                ..cell(xml(&blocks(&c.blocks)))
            }));
        } else {
            let text = Cell {
                bold: true,
                grey: true,
                ..cell(xml(&r.text))
            };
            if r.dated {
                cells.push(cell(plain(&whole_dates(&r.weekday, &r.date, &r.until))));
                cells.push(Cell {
                    span: columns - 1,
                    ..text
                });
            } else {
                cells.push(Cell {
                    span: columns,
                    ..text
                });
            }
        }
        rows.push(Row {
            cells,
            header: false,
            mark: None,
        });
    }
    let mut widths = vec![2];
    widths.extend(t.slots.iter().map(|_| 3));
    Table {
        widths,
        rows,
        style: "TableText",
        landscape: false,
        name: runs::plain_text(&name, Version::Newer),
    }
}

/// A day's row header: its weekday and date, and where it is outside the meeting, that.
fn day_head(r: &RowView) -> Rich {
    let mut head = plain(&format!("{}\n{}", r.weekday, r.date));
    if !r.outside.is_empty() {
        head.0.push(Inline::LineBreak);
        head.0.push(Inline::Emphasis(plain(&r.outside).0));
    }
    head
}

/// A cell's blocks, each version's on lines of their own.
fn blocks(blocks: &[Block]) -> Rich {
    redline::join_lines(
        blocks
            .iter()
            .map(|b| (b.text.clone(), b.presence))
            .collect(),
    )
}

/// "Saturday\n13 September -\n14 September" for a whole-row entry's header.
fn whole_dates(weekday: &str, date: &str, until: &str) -> String {
    let mut s = String::new();
    if !weekday.is_empty() {
        s.push_str(&format!("{weekday}\n"));
    }
    s.push_str(date);
    if !until.is_empty() {
        s.push_str(&format!(" -\n{until}"));
    }
    s
}

/// A part of the plan by group: its two header rows, then a row per group.
fn part(p: &GridPart, groups_label: &str) -> Table {
    let mut rows = heads(p, groups_label);
    for r in &p.rows {
        let strong = matches!(r.kind, GroupKind::Plenary | GroupKind::WorkingParty);
        let name = Cell {
            bold: strong,
            start: Some(r.depth),
            ..cell(xml(&r.name))
        };
        let mut cells = vec![name];
        cells.extend(r.cells.iter().map(|c| Cell {
            span: c.span,
            ..cell(xml(&blocks(&c.blocks)))
        }));
        rows.push(Row {
            cells,
            header: false,
            mark: None,
        });
    }
    let mut widths = vec![26];
    widths.extend((0..p.columns).map(|_| 10));
    Table {
        widths,
        rows,
        style: "GridText",
        landscape: true,
        name: p.caption.clone(),
    }
}

/// The header rows of a part: the days, then their slots; the groups' column and a
/// whole-row entry's column merged over both.
fn heads(p: &GridPart, groups_label: &str) -> Vec<Row> {
    let label = Cell {
        bold: true,
        start: Some(0),
        ..cell(plain(groups_label))
    };
    let merged = |merge, c: Cell| Cell { merge, ..c };
    let mut days = vec![merged(Merge::Restart, label.clone())];
    for d in &p.days {
        let mut parts = vec![
            Inline::Strong(plain(&d.weekday).0),
            Inline::LineBreak,
            Inline::Text(d.date.clone()),
        ];
        if !d.outside.is_empty() {
            parts.push(Inline::LineBreak);
            parts.push(Inline::Emphasis(plain(&d.outside).0));
        }
        if let Some(w) = &d.whole {
            parts.push(Inline::LineBreak);
            parts.extend(xml(w).0);
        }
        let text = Rich(parts);
        let merge = match d.whole {
            Some(_) => Merge::Restart,
            None => Merge::None,
        };
        let grey = d.whole.is_some();
        days.push(merged(
            merge,
            Cell {
                span: d.span,
                grey,
                ..cell(text)
            },
        ));
    }
    let mut slots = vec![merged(Merge::Continue, label)];
    for h in &p.heads {
        slots.push(match h.whole {
            Some(_) => merged(
                Merge::Continue,
                Cell {
                    grey: true,
                    ..cell(Rich::default())
                },
            ),
            None => cell(xml(&h.slot)),
        });
    }
    [days, slots]
        .into_iter()
        .map(|cells| Row {
            cells,
            header: true,
            mark: None,
        })
        .collect()
}

fn cell(text: Rich) -> Cell {
    Cell {
        span: 1,
        text,
        ..Cell::default()
    }
}
