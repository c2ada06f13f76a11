//! The time plan in Word: its heading, the table by day, the tables by group (on
//! landscape pages, as in the PDF), the hours, footnotes and notes. In a changes
//! document each table, and the lists of hours and footnotes, are the older and newer
//! versions made one (see [`super::table`]); the heading and the notes carry the diff's
//! marks.

use super::front::keep;
use super::marks;
use super::runs::Mark;
use super::table::{Cell, Merge, Row, Table, Versions, table_pair};
use super::{Out, Para, plain, runs, xml};
use crate::model::GroupKind;
use crate::model::rich::{Inline, Rich, Version};
use crate::render::redline;
use crate::render::view::{Block, FootnoteView, GridPart, GridView, RowKind, TimeplanView};

/// Time plan `t` (redlined in a changes document), from the plain views of the older
/// version (in a changes document) and of the newer.
pub(super) fn timeplan(
    t: &TimeplanView,
    (old, new): (Option<&TimeplanView>, &TimeplanView),
    out: &mut Out,
) {
    let grids = (old.and_then(|o| o.grid.as_ref()), new.grid.as_ref());
    let breaks = Breaks::of(old, new);
    // The landscape pages start with the heading where no plan by day comes first.
    if let Some(mark) = breaks.before_heading {
        out.end_section(false, mark);
    }
    out.para("Heading2", &xml(&t.heading), &keep());
    by_day_versions(t, (old, new), out);
    if let Some(mark) = breaks.after_by_day {
        out.end_section(false, mark);
    }
    if let Some(mark) = breaks.landscape_end {
        grid_parts(grids, (old.is_some(), t.grid.as_ref()), out);
        lists(t, out);
        out.end_section(true, mark);
    } else {
        lists(t, out);
    }
    for note in &t.notes {
        out.para("Note", &xml(note), &Para::default());
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
    fn of(old: Option<&TimeplanView>, new: &TimeplanView) -> Breaks {
        let has = |v: &TimeplanView, by_day: Option<bool>| {
            v.grid.is_some() && by_day.is_none_or(|d| d == v.by_day)
        };
        let mark = |by_day: Option<bool>| {
            let (older, newer) = (old.map(|o| has(o, by_day)), has(new, by_day));
            break_mark(older, newer)
        };
        Breaks {
            before_heading: mark(Some(false)),
            after_by_day: mark(Some(true)),
            landscape_end: mark(None),
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

/// The plan by day, in the versions that show it: both (made one), or the one that does
/// (inserted or deleted whole, where the other version shows no plan by day).
fn by_day_versions(
    t: &TimeplanView,
    (old, new): (Option<&TimeplanView>, &TimeplanView),
    out: &mut Out,
) {
    let caption = |v: &TimeplanView| v.by_day_caption.as_deref().map(plain).unwrap_or_default();
    let table = |v: &TimeplanView| (caption(v), by_day(v));
    let marked = by_day(t);
    let (older, newer) = (
        old.filter(|o| o.by_day).map(table),
        new.by_day.then(|| table(new)),
    );
    let versions = match (&older, &newer, old.is_some()) {
        (Some(o), Some(n), _) => Versions::Both((&o.0, &o.1), (&n.0, &n.1), Some(&marked)),
        (None, Some(n), false) => Versions::Only(&n.0, &n.1),
        (None, Some(n), true) => Versions::Added(&n.0, &n.1),
        (Some(o), None, _) => Versions::Removed(&o.0, &o.1),
        (None, None, _) => return,
    };
    table_pair(versions, out);
}

/// The parts of the plan by group, each on a page of its own, the older and newer made
/// one part by part.
fn grid_parts(
    (old, new): (Option<&GridView>, Option<&GridView>),
    (changes, marked): (bool, Option<&GridView>),
    out: &mut Out,
) {
    let tables = |g: Option<&GridView>| -> Vec<(Rich, Table)> {
        g.map(|g| {
            g.parts
                .iter()
                .map(|p| (plain(&p.caption), part(p, &g.groups_label)))
                .collect()
        })
        .unwrap_or_default()
    };
    let (old, new, marked) = (tables(old), tables(new), tables(marked));
    for i in 0..old.len().max(new.len()) {
        let older = changes.then_some(i < old.len());
        if let (true, Some(mark)) = (i > 0, break_mark(older, i < new.len())) {
            let page_break = Para {
                page_break: true,
                mark,
                ..Para::default()
            };
            out.para("Normal", &Rich::default(), &page_break);
        }
        let versions = match (old.get(i), new.get(i), changes) {
            (_, Some(n), false) => Versions::Only(&n.0, &n.1),
            (Some(o), Some(n), true) => {
                Versions::Both((&o.0, &o.1), (&n.0, &n.1), marked.get(i).map(|m| &m.1))
            }
            (None, Some(n), true) => Versions::Added(&n.0, &n.1),
            (Some(o), None, _) => Versions::Removed(&o.0, &o.1),
            (None, None, _) => continue,
        };
        table_pair(versions, out);
    }
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
        ..cell(plain(s))
    }));
    let mut rows = vec![Row {
        cells: head,
        header: true,
    }];
    for r in &t.rows {
        let mut cells = Vec::new();
        if r.kind == RowKind::Day {
            cells.push(cell(plain(&format!("{}\n{}", r.weekday, r.date))));
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
            None => cell(plain(&h.slot)),
        });
    }
    [days, slots]
        .into_iter()
        .map(|cells| Row {
            cells,
            header: true,
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
