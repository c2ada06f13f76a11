//! Checks a time plan and resolves it into [`Timeplan`]: its groups and rooms, its slots
//! and their hours, its rows by day, and every session (the cells of the day rows and the
//! `sessions` list alike), then what only the whole plan shows: a group or a room in two
//! places at once, footnotes used and defined.

mod clash;
mod days;
mod groups;
mod layout;
mod sessions;
mod slots;

use chrono::NaiveDate;

use super::Cx;
use crate::diag::{Diagnostic, Pos};
use crate::load::model::{self, TimeplanFile};
use crate::load::spanned::Sp;
use crate::model::{Footnote, MeetingDays, Naming, Session, Timeplan, Views};

/// The days a time plan must cover.
pub(super) struct Days {
    first_day: NaiveDate,
    last_day: NaiveDate,
}

/// A session while it is checked: where it was written, and where each name it refers to
/// was written.
pub(super) struct Placed {
    session: Session,
    pos: Pos,
    refs: Refs,
}

#[derive(Default)]
pub(super) struct Refs {
    groups: Vec<Sp<String>>,
    room: Option<Sp<String>>,
}

/// `dates`: the meeting's first and last day.
pub(super) fn timeplan(
    src: &TimeplanFile,
    dates: (NaiveDate, NaiveDate),
    cx: &mut Cx,
) -> Option<Timeplan> {
    let meta = &Days {
        first_day: dates.0,
        last_day: dates.1,
    };
    let heading = cx.tr(&src.heading);
    let banner = src.banner.as_ref().map(|b| cx.tr(b));
    let views =
        views(src.views.as_ref(), cx).and_then(|v| labelled(v, src.group_labels.as_ref(), cx));
    let groups = groups::groups(&src.groups, cx);
    let rooms = groups::rooms(&src.rooms, cx);
    let slots = slots::slots(&src.slots, groups.as_deref(), cx);
    let mut placed = Vec::new();
    let rows = days::rows(src, slots.as_deref(), meta, &mut placed, cx);
    let known = sessions::Known {
        src,
        slots: slots.as_deref(),
        meta,
    };
    let listed = sessions::sessions(&src.sessions, &known, &mut placed, cx);
    let footnotes = footnotes(&src.footnotes, cx);
    clash::check(&placed, src, cx);
    let notes: Vec<_> = src.notes.0.iter().map(|n| cx.tr(n)).collect();
    let sessions: Vec<Session> = placed.into_iter().map(|p| p.session).collect();
    let (slots, rows) = (slots?, rows?);
    listed?;
    let rows = layout::rows(rows, &sessions, slots.len());
    Some(Timeplan {
        heading: heading?,
        banner: banner.map_or(Some(None), |b| b.map(Some))?,
        views: views?,
        groups: groups?,
        rooms: rooms?,
        slots,
        rows,
        sessions,
        footnotes: footnotes?,
        notes: notes.into_iter().collect::<Option<_>>()?,
        meeting_days: Some(MeetingDays {
            first: dates.0,
            last: dates.1,
        }),
    })
}

/// `views: [by_day, by_group]`: the default is the plan by day alone.
fn views(src: Option<&Sp<model::List<Sp<String>>>>, cx: &mut Cx) -> Option<Views> {
    let Some(list) = src else {
        return Some(Views::default());
    };
    let mut views = Views {
        by_day: false,
        by_group: false,
        ..Views::default()
    };
    let mut ok = true;
    for v in &list.value.0 {
        match v.value.as_str() {
            "by_day" => views.by_day = true,
            "by_group" => views.by_group = true,
            other => {
                let hint = crate::hints::choice_hint(other, &["by_day", "by_group"]);
                let pos = v.pos.with_len(v.value.chars().count());
                cx.error(pos, format!("unknown view `{other}`"), hint);
                ok = false;
            }
        }
    }
    if ok && !views.by_day && !views.by_group {
        cx.error(
            list.pos,
            "no view listed",
            "list `by_day`, `by_group` or both, or leave `views` out for the plan by day",
        );
        ok = false;
    }
    ok.then_some(views)
}

/// `group_labels: {by_day: name, by_group: code}`: how each view names the groups.
fn labelled(mut views: Views, src: Option<&Sp<model::GroupLabels>>, cx: &mut Cx) -> Option<Views> {
    let Some(labels) = src else {
        return Some(views);
    };
    let mut ok = true;
    let mut naming = |given: &Option<Sp<String>>, shown: bool, cx: &mut Cx| {
        let given = given.as_ref()?;
        let pos = given.pos.with_len(given.value.chars().count());
        let naming = Naming::parse(given.value.trim());
        if naming.is_none() {
            let hint = crate::hints::choice_hint(given.value.trim(), &Naming::NAMES);
            cx.error(pos, format!("unknown group label `{}`", given.value), hint);
            ok = false;
        } else if !shown {
            let message = "a label for a view the plan does not show";
            cx.error(pos, message, "add the view to `views`, or remove this line");
            ok = false;
        }
        naming
    };
    let (day, group) = (&labels.value.by_day, &labels.value.by_group);
    if let Some(n) = naming(day, views.by_day, cx) {
        views.by_day_labels = n;
    }
    if let Some(n) = naming(group, views.by_group, cx) {
        views.by_group_labels = n;
    }
    ok.then_some(views)
}

/// `digits` as superscript digits (a warning's example).
fn superscript(digits: &str) -> String {
    const RAISED: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    (digits.chars())
        .filter_map(|c| c.to_digit(10).map(|d| RAISED[d as usize]))
        .collect()
}

/// The footnotes under the plan: each mark defined once; a mark that is a number warned
/// of (it reads as a power after a code).
fn footnotes(src: &model::List<model::Footnote>, cx: &mut Cx) -> Option<Vec<Footnote>> {
    let mut out = Some(Vec::new());
    let mut seen: Vec<(&str, Pos)> = Vec::new();
    for f in &src.0 {
        let mark = f.mark.value.trim();
        let pos = f.mark.pos.with_len(mark.chars().count());
        let text = cx.tr(&f.text);
        if !cx.code(&f.mark, "a footnote mark", "a, b, *, †") {
            out = None;
        } else if mark.is_empty() {
            cx.error(
                pos,
                "a footnote needs a mark",
                "give it a mark such as `1` or `(a)`",
            );
            out = None;
        } else if let Some((_, at)) = seen.iter().find(|(m, _)| *m == mark) {
            let (l, c) = (at.line, at.col);
            cx.error(
                pos,
                format!("footnote `{mark}` is defined twice (first at line {l}:{c})"),
                "give each footnote its own mark",
            );
            out = None;
        }
        if mark.chars().all(|c| c.is_ascii_digit()) {
            cx.diags.push(
                Diagnostic::warning(
                    &cx.file,
                    pos,
                    format!("footnote mark `{mark}` is a number: raised after a code that ends in a digit, it reads as a power (WP1/12{})", superscript(mark)),
                )
                .hint("give it a letter or a symbol: `a`, `b`, `*`, `†`"),
            );
        }
        seen.push((mark, pos));
        match (&mut out, text) {
            (Some(list), Some(text)) => list.push(Footnote {
                mark: mark.to_string(),
                text,
            }),
            _ => out = None,
        }
    }
    out
}
