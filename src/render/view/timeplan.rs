//! The time plan as the templates read it: by day (a row per day, a cell per slot or span
//! of slots listing its sessions) and, where the document shows it, by group (see
//! [`super::grid`]); in a changes document, redlined.

use chrono::NaiveDate;
use serde::Serialize;

use super::grid::{self, GridView};
use super::{Viewing, notes, session};
use crate::diff::NoteDelta;
use crate::diff::marks::{SessionMark, TableMarks, TimeplanMarks, WholeMark};
use crate::model::layout;
use crate::model::rich::{Inline, Rich};
use crate::model::{Cell, Footnote, Outside, Row, Session, Status, Timeplan, Tr};
use crate::render::redline::Presence;
use crate::render::{redline, wording};

#[derive(Debug, Serialize)]
pub struct TimeplanView {
    pub heading: Rich,
    /// The sentence under the heading (in a changes document, its words marked; one
    /// removed, struck through).
    pub banner: Option<Rich>,
    /// Whether the document shows the plan by day.
    pub by_day: bool,
    /// The caption of the table by day where the plan has tables by group too ("By
    /// day"); otherwise the heading is the table's caption.
    pub by_day_caption: Option<String>,
    /// Slot labels (empty where a slot has none; redlined where the label changed).
    pub slots: Vec<Rich>,
    pub rows: Vec<RowView>,
    /// The plan by group, where the document shows it.
    pub grid: Option<GridView>,
    /// "Morning: 09:30–12:30 (Fridays: 09:00–12:00)", one line per slot with hours, then
    /// the legend of the plan by group's parentheses where it has them (redlined in a
    /// changes document).
    pub hours: Vec<Rich>,
    pub footnotes: Vec<FootnoteView>,
    pub notes: Vec<Rich>,
    /// In a changes document: which versions show each table, and whether those both
    /// show keep their shape (the diff's [`TableMarks`]).
    #[serde(skip)]
    pub tables: Option<TableMarks>,
    /// In a changes document where a table is added, removed or reshaped: the plan as
    /// each version shows it, unmarked, for an output that replaces such a table whole.
    #[serde(skip)]
    pub versions: Option<Box<Versions>>,
}

/// The older and the newer plan as documents that are not changes documents show them.
#[derive(Debug)]
pub struct Versions {
    pub older: TimeplanView,
    pub newer: TimeplanView,
}

/// A row of the plan by day: a day, or an entry over the whole row (the weekend).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    Day,
    Whole,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    pub kind: RowKind,
    pub weekday: String,
    pub date: String,
    /// For a whole-row entry over several days: its last day.
    pub until: String,
    /// For a whole-row entry: whether its row header gives its dates (it covers a
    /// weekday: "Excursion day" on a Wednesday; the weekend is plain without them, as in
    /// the letter).
    pub dated: bool,
    pub cells: Vec<CellView>,
    /// For whole rows: the text across the row.
    pub text: Rich,
    /// For a day before or after the meeting: "before the meeting" (else empty).
    pub outside: String,
    /// A whole row, or a day, that changed.
    pub changed: bool,
}

#[derive(Debug, Serialize)]
pub struct CellView {
    pub span: usize,
    /// Empty for an empty cell.
    pub text: Rich,
    /// In a changes document: the cell's sessions (`text`'s blocks), with the versions
    /// that have each, in the order each version has them; for an output that gives
    /// each version back exactly (Word joins them with [`redline::join_lines`]).
    pub blocks: Vec<Block>,
    pub empty: bool,
    pub changed: bool,
}

/// A block of a cell (a session, on lines of its own) and the versions that have it.
#[derive(Debug, Serialize)]
pub struct Block {
    pub text: Rich,
    pub presence: Presence,
}

#[derive(Debug, Serialize)]
pub struct FootnoteView {
    /// The mark (redlined where the footnote is new or gone).
    pub mark: Rich,
    pub text: Rich,
    pub changed: bool,
}

/// The time plan; with `old` and the diff's marks, every cell that changed is redlined
/// and flagged.
pub(super) fn timeplan(
    t: &Timeplan,
    old: Option<(&Timeplan, &TimeplanMarks)>,
    cx: &Viewing,
) -> TimeplanView {
    let marks = old.map(|(_, m)| m);
    let old_notes = old.map(|(o, m)| (o.notes.as_slice(), &m.notes));
    let plans = Plans { new: t, old };
    TimeplanView {
        heading: cx
            .revised(
                marks.and_then(|m| m.heading.as_ref()),
                &t.heading,
                old.map(|(o, _)| &o.heading),
            )
            .0,
        banner: banner(t, old, cx),
        by_day: t.views.by_day,
        by_day_caption: t.views.by_group.then(|| cx.loc.text("table-by-day", &[])),
        slots: (0..t.slots.len())
            .map(|k| slot_label(k, &plans, cx).unwrap_or_default())
            .collect(),
        rows: t.rows.iter().map(|r| row(r, &plans, cx)).collect(),
        grid: t.views.by_group.then(|| grid::grid(&plans, cx)),
        hours: (super::hours::hours(&plans, cx).into_iter())
            .chain(if_needed_legend(&plans, cx))
            .collect(),
        footnotes: footnotes(&plans, cx),
        notes: notes(&t.notes, old_notes, cx),
        tables: marks.map(|m| m.tables.clone()),
        versions: old.filter(|(_, m)| !m.tables.all_kept()).map(|(o, _)| {
            Box::new(Versions {
                older: timeplan(o, None, cx),
                newer: timeplan(t, None, cx),
            })
        }),
    }
}

/// The plan shown, and in a changes document the plan before it with the diff's marks.
pub(super) struct Plans<'a> {
    pub new: &'a Timeplan,
    pub old: Option<(&'a Timeplan, &'a TimeplanMarks)>,
}

impl Plans<'_> {
    pub fn marks(&self) -> Option<&TimeplanMarks> {
        self.old.map(|(_, m)| m)
    }

    /// The plan before, in a changes document; else the plan shown.
    pub fn older(&self) -> &Timeplan {
        self.old.map_or(self.new, |o| o.0)
    }

    /// Where the older plan had session `s`: its slot, then its index.
    fn place_before(&self, s: &Session) -> Option<(usize, usize)> {
        let older = self.older();
        let i = older.sessions.iter().position(|o| o.id == s.id)?;
        Some((older.sessions[i].slot, i))
    }

    /// The label the older plan gave slot `id`, in a changes document.
    pub fn older_label(&self, id: &str) -> Option<&Tr> {
        let (old, _) = self.old?;
        old.slots.iter().find(|s| s.id == id)?.label.as_ref()
    }

    pub fn mark(&self, s: &Session) -> Option<&SessionMark> {
        self.marks().and_then(|m| m.sessions.get(&s.id))
    }

    /// The sessions of the older plan that left, on `date`, from slots `ids`.
    pub fn left_from<'s>(&'s self, date: NaiveDate, ids: &[&str]) -> Vec<&'s Session> {
        let Some((old, marks)) = self.old else {
            return Vec::new();
        };
        marks
            .left
            .iter()
            .map(|i| &old.sessions[*i])
            .filter(|s| s.date == date)
            .filter(|s| {
                old.slots
                    .get(s.slot)
                    .is_some_and(|d| ids.contains(&d.id.as_str()))
            })
            .collect()
    }
}

fn row(r: &Row, p: &Plans, cx: &Viewing) -> RowView {
    match r {
        Row::Day { date, cells } => {
            let cells: Vec<CellView> = cells.iter().map(|c| cell(c, *date, p, cx)).collect();
            RowView {
                kind: RowKind::Day,
                weekday: cx.loc.weekday_heading(*date),
                date: cx.loc.day_month(*date),
                until: String::new(),
                dated: true,
                changed: cells.iter().any(|c| c.changed),
                cells,
                text: Rich::default(),
                outside: outside_said(*date, p.new, cx),
            }
        }
        Row::Whole { from, to, text } => {
            let (text, changed) = whole_text((*from, *to), text, p, cx);
            RowView {
                kind: RowKind::Whole,
                // One day is named as a day row is; several by their first and last dates.
                weekday: if from == to {
                    cx.loc.weekday_heading(*from)
                } else {
                    String::new()
                },
                date: cx.loc.day_month(*from),
                until: if from == to {
                    String::new()
                } else {
                    cx.loc.day_month(*to)
                },
                dated: layout::covers_weekday(*from, *to),
                cells: Vec::new(),
                text,
                changed,
                outside: String::new(),
            }
        }
    }
}

/// "before the meeting" or "after the meeting", for a day of plan `t` outside the
/// meeting's days; else empty.
pub(super) fn outside_said(date: NaiveDate, t: &Timeplan, cx: &Viewing) -> String {
    match t.outside(date) {
        Some(Outside::Before) => cx.loc.text("outside-before", &[]),
        Some(Outside::After) => cx.loc.text("outside-after", &[]),
        None => String::new(),
    }
}

/// The legend of the plan by group's parentheses ("In parentheses: held only if needed"),
/// where it shows a session held only if needed: in a changes document, inserted or
/// deleted where only one version shows one.
fn if_needed_legend(p: &Plans, cx: &Viewing) -> Option<Rich> {
    let uses =
        |t: &Timeplan| t.views.by_group && t.sessions.iter().any(|s| s.status == Status::IfNeeded);
    let text = Rich::text(cx.loc.text("grid-if-needed", &[]));
    match (p.old.map(|(o, _)| uses(o)), uses(p.new)) {
        (None | Some(true), true) => Some(text),
        (Some(false), true) => Some(text.inserted()),
        (Some(true), false) => Some(text.deleted()),
        (_, false) => None,
    }
}

/// The label of slot `k` of the newer plan, redlined where the diff says it changed
/// (with the older label whole); none where it has no label and had none.
pub(super) fn slot_label(k: usize, p: &Plans, cx: &Viewing) -> Option<Rich> {
    let slot = &p.new.slots[k];
    let changes = p.marks().and_then(|m| m.labels.get(&slot.id));
    let older = p.older_label(&slot.id);
    match (&slot.label, changes) {
        (Some(label), _) => Some(cx.revised(changes, label, older).0),
        (None, Some(_)) => older.map(|o| cx.rich(o).deleted()),
        (None, None) => None,
    }
}

/// The text of the whole-row entry over `days` as the diff marks it: inserted where the
/// older plan had none on its days, its words marked (with the older text whole) where
/// it changed; and whether it is marked.
pub(super) fn whole_text(
    days: (NaiveDate, NaiveDate),
    text: &Tr,
    p: &Plans,
    cx: &Viewing,
) -> (Rich, bool) {
    let (from, to) = days;
    let older = p.old.and_then(|(o, _)| {
        o.rows.iter().find_map(|r| match r {
            Row::Whole {
                from: f,
                to: t,
                text,
            } if *f <= to && from <= *t => Some(text),
            _ => None,
        })
    });
    match p.marks().and_then(|m| m.whole.get(&from)) {
        Some(WholeMark::Inserted) => (cx.rich(text).inserted(), true),
        Some(WholeMark::Changed(texts)) => cx.revised(Some(texts), text, older),
        None => (cx.rich(text), false),
    }
}

/// A cell: the sessions that left the slots it covers (struck through), then its own,
/// each marked as the diff says, one after the other.
fn cell(c: &Cell, date: NaiveDate, p: &Plans, cx: &Viewing) -> CellView {
    let ids: Vec<&str> = (p.new.slots[c.slot..c.slot + c.span].iter())
        .map(|s| s.id.as_str())
        .collect();
    let left = p.left_from(date, &ids);
    let own: Vec<Own> = (c.sessions.iter())
        .map(|i| own(&p.new.sessions[*i], p, cx))
        .collect();
    let struck = (left.iter()).map(|s| Rich::text(plain(s, p.older(), cx)).deleted());
    let text = redline::lines(struck.chain(own.iter().map(|o| o.block.clone())));
    CellView {
        span: c.span,
        empty: text.is_empty(),
        changed: !left.is_empty() || own.iter().any(|o| o.marked),
        text,
        blocks: blocks(left, own, p, cx),
    }
}

/// A session of a cell: its block as the cell shows it, which versions have it, whether
/// the diff marks it, and where the older plan had it (its slot, then its index).
struct Own {
    block: Rich,
    presence: Presence,
    marked: bool,
    was: Option<(usize, usize)>,
}

/// Session `s` of the newer plan in its cell. A session whose place or details changed
/// (or whose group was renamed, which changes how it reads) is [`Inline::Revised`]: its
/// block, and its older and newer blocks whole.
fn own(s: &Session, p: &Plans, cx: &Viewing) -> Own {
    let (block, marked) = session_block(s, p, cx);
    let was = p.place_before(s);
    let (block, presence) = match (p.mark(s), was) {
        (Some(m), _) if m.arrived => (block, Presence::New),
        (Some(m), Some((_, o))) if m.renamed || m.changed => {
            let older = p.older();
            let revised = Inline::Revised {
                marked: block.0,
                old: unmarked(&older.sessions[o], older, cx).0,
                new: unmarked(s, p.new, cx).0,
            };
            (Rich(vec![revised]), Presence::Both)
        }
        _ => (block, Presence::Both),
    };
    Own {
        block,
        presence,
        marked,
        was,
    }
}

/// The blocks of a cell in the order each version has them: each session that left, as
/// the older plan showed it, deleted where that plan had it, among the cell's own.
fn blocks(left: Vec<&Session>, own: Vec<Own>, p: &Plans, cx: &Viewing) -> Vec<Block> {
    let gone = (left.into_iter())
        .filter_map(|s| Some((p.place_before(s)?, unmarked(s, p.older(), cx).deleted())))
        .collect();
    let own = own.into_iter().map(|o| {
        let block = Block {
            text: o.block,
            presence: o.presence,
        };
        (o.was, block)
    });
    in_order(gone, own)
}

/// A cell's blocks in the order each version has them: `own`, the blocks of its
/// sessions (with where the older plan had each, for those both versions have), in the
/// newer plan's order, and among them `gone`, those only the older plan has, each
/// before the first of `own` that the older plan had after it.
pub(super) fn in_order<K: Ord + Copy>(
    mut gone: Vec<(K, Rich)>,
    own: impl Iterator<Item = (Option<K>, Block)>,
) -> Vec<Block> {
    gone.sort_by_key(|(k, _)| *k);
    let mut gone = gone.into_iter().peekable();
    let old_block = |text| Block {
        text,
        presence: Presence::Old,
    };
    let mut out = Vec::new();
    for (was, block) in own {
        if let (Some(was), Presence::Both) = (was, block.presence) {
            while let Some((_, g)) = gone.next_if(|(k, _)| *k < was) {
                out.push(old_block(g));
            }
        }
        out.push(block);
    }
    out.extend(gone.map(|(_, g)| old_block(g)));
    out
}

/// Session `s` in its cell as `plan` shows it, unmarked.
fn unmarked(s: &Session, plan: &Timeplan, cx: &Viewing) -> Rich {
    session_block(
        s,
        &Plans {
            new: plan,
            old: None,
        },
        cx,
    )
    .0
}

/// A session in a cell of the plan by day: its groups (with footnote marks and status),
/// its code, room and own hours on one line, then its text; and whether the diff marks it.
fn session_block(s: &Session, p: &Plans, cx: &Viewing) -> (Rich, bool) {
    let mark = p.mark(s);
    let head = match (mark, p.old.and_then(|(o, _)| o.session(&s.id))) {
        (Some(m), Some(old)) if !m.arrived && m.fields.any_shown() => {
            let both = session::Both {
                old: (old, p.older()),
                new: (s, p.new),
                fields: m.fields,
            };
            session::head(&both, cx)
        }
        _ => head(s, p.new, cx),
    };
    let (text, words) = match &s.text {
        Some(text) => cx.marked(mark.and_then(|m| m.words.as_ref()), text),
        None => (Rich::default(), false),
    };
    let block = redline::lines([head, text]);
    match mark {
        Some(m) if m.arrived => (block.inserted(), true),
        Some(m) => (block, m.changed || words),
        None => (block, false),
    }
}

/// The head line of session `s` of plan `t`: its groups (with footnote marks and status),
/// then its code, room and own hours.
fn head(s: &Session, t: &Timeplan, cx: &Viewing) -> Rich {
    let mut head = Rich::text(group_label(&s.groups, t, cx.lang));
    if !s.marks.is_empty() {
        head.0
            .push(Inline::Superscript(Rich::text(s.marks.join(",")).0));
    }
    if let Some(note) = wording::status_note(s.status, &cx.loc) {
        let sep = match head.is_empty() {
            true => String::new(),
            false => cx.loc.text("note-sep", &[]),
        };
        head.0.extend(Rich::text(format!("{sep}{note}")).0);
    }
    let details = Rich::text(details(s, t, cx));
    redline::joined([head, details], Rich::text(cx.loc.text("part-sep", &[])))
}

/// The sentence under the heading: as written, or with its words marked where the diff
/// says it changed (all struck through where the newer plan has none).
fn banner(t: &Timeplan, old: Option<(&Timeplan, &TimeplanMarks)>, cx: &Viewing) -> Option<Rich> {
    let changes = old.and_then(|(_, m)| m.banner.as_ref());
    match (&t.banner, old) {
        (Some(b), _) => Some(
            cx.revised(changes, b, old.and_then(|(o, _)| o.banner.as_ref()))
                .0,
        ),
        (None, Some((o, _))) => o
            .banner
            .as_ref()
            .and(changes)?
            .get(cx.lang)
            .map(|w| redline::pieces(w)),
        (None, None) => None,
    }
}

/// The groups of a session as the plan by day's cells show them: each by its short form
/// (else its name), "WP1 + Q2/12", or by its name, as the plan's `group_labels` says.
pub(super) fn group_label(groups: &[String], t: &Timeplan, lang: &str) -> String {
    let naming = t.views.by_day_labels;
    let label = |id: &String| match t.group(id) {
        Some(g) => g.label(naming, lang).to_string(),
        None => id.clone(),
    };
    groups.iter().map(label).collect::<Vec<_>>().join(" + ")
}

/// "PL-1 · Popov Room · 09:00–12:00": what is known of a session besides its groups (its
/// hours where they are its own; the slots' hours are under the plan).
fn details(s: &Session, t: &Timeplan, cx: &Viewing) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(s.code.clone());
    parts.extend(
        s.room
            .as_ref()
            .and_then(|r| t.room(r))
            .map(|r| r.name.get(cx.lang).to_string()),
    );
    parts.extend(s.hours.map(|h| wording::hours_text(h, &cx.loc)));
    parts.join(&cx.loc.text("part-sep", &[]))
}

/// A session of the older plan as plain text, to be struck through: its groups and
/// details, then its text as a reader sees it.
fn plain(s: &Session, t: &Timeplan, cx: &Viewing) -> String {
    let mut head = vec![group_label(&s.groups, t, cx.lang), details(s, t, cx)];
    head.retain(|p| !p.is_empty());
    let mut parts = vec![head.join(&cx.loc.text("part-sep", &[]))];
    parts.extend(wording::status_note(s.status, &cx.loc));
    parts.extend(s.text.as_ref().map(|x| cx.seen(x)));
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

/// The footnotes under the plan; in a changes document, with those gone struck through
/// where they stood (after the footnote before them in the older plan that stays).
fn footnotes(p: &Plans, cx: &Viewing) -> Vec<FootnoteView> {
    let mark_of = |m: &str| p.marks().and_then(|marks| marks.footnotes.get(m));
    let older = |m: &str| {
        p.old
            .and_then(|(o, _)| o.footnotes.iter().find(|f| f.mark == m))
    };
    let mut out: Vec<FootnoteView> = Vec::new();
    let mut gone = p
        .old
        .map(|(o, _)| o.footnotes.iter())
        .into_iter()
        .flatten()
        .peekable();
    for f in &p.new.footnotes {
        // The older plan's footnotes gone before this one (or before the first that stays).
        while let Some(g) = gone.next_if(|g| g.mark != f.mark && older(&f.mark).is_some()) {
            out.extend(removed(g, mark_of(&g.mark), cx));
        }
        gone.next_if(|g| g.mark == f.mark);
        let (mark, (text, changed)) = match mark_of(&f.mark) {
            Some(NoteDelta::Added(_)) => (
                Rich::text(&f.mark).inserted(),
                (cx.rich(&f.text).inserted(), true),
            ),
            Some(NoteDelta::Changed(texts)) => (
                Rich::text(&f.mark),
                cx.revised(Some(texts), &f.text, older(&f.mark).map(|o| &o.text)),
            ),
            _ => (Rich::text(&f.mark), (cx.rich(&f.text), false)),
        };
        out.push(FootnoteView {
            mark,
            text,
            changed,
        });
    }
    out.extend(gone.filter_map(|g| removed(g, mark_of(&g.mark), cx)));
    out
}

/// A footnote of the older plan, struck through, if the diff says it is gone.
fn removed(f: &Footnote, delta: Option<&NoteDelta>, cx: &Viewing) -> Option<FootnoteView> {
    matches!(delta, Some(NoteDelta::Removed(_))).then(|| FootnoteView {
        mark: Rich::text(&f.mark).deleted(),
        text: cx.gone(&f.text),
        changed: true,
    })
}
