//! The invitation letter's key deadlines: each is given by a rule before the first day
//! ("2 months", "6 weeks", "13 days": calendar months keep the day of the month, so 9
//! September less a month is 9 August) or by a date, which wins over the rule. A deadline
//! on a Saturday or a Sunday is worth a second look: a warning, not an error.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::Cx;
use crate::diag::Diagnostic;
use crate::load::model::Deadline as DeadlineFile;
use crate::load::spanned::Sp;
use crate::model::Tr;
use crate::model::{Deadline, Period as Before};

/// The deadlines of `list`, each checked; `None` if one is wrong (each problem reported).
pub(super) fn deadlines(
    list: &[DeadlineFile],
    first_day: Option<NaiveDate>,
    cx: &mut Cx,
) -> Option<Vec<Deadline>> {
    let mut out = Some(Vec::new());
    for d in list {
        match (deadline(d, first_day, cx), &mut out) {
            (Some(d), Some(list)) => list.push(d),
            _ => out = None,
        }
    }
    out
}

fn deadline(d: &DeadlineFile, first_day: Option<NaiveDate>, cx: &mut Cx) -> Option<Deadline> {
    let before = d.before.as_ref().map(|b| (b, period(b, cx)));
    let given = d.date.as_ref().map(|s| (s, cx.date(s)));
    let actions: Vec<Option<Tr>> = d.actions.value.0.iter().map(|a| cx.tr(a)).collect();
    if d.actions.value.0.is_empty() {
        cx.error(
            d.actions.pos,
            "a deadline with nothing due",
            "list what is due by then under `actions:`, one text each",
        );
    }
    let date = match (&before, &given) {
        (_, Some((_, date))) => (*date)?,
        (Some((b, rule)), None) => computed(first_day?, (*rule)?, b, cx)?,
        (None, None) => {
            cx.error(
                d.actions.pos,
                "a deadline with neither `before:` nor `date:`",
                "give how long before the first day it falls (`before: 2 months`) or its date (`date: YYYY-MM-DD`)",
            );
            return None;
        }
    };
    let span = |s: &Sp<String>| s.pos.with_len(s.value.chars().count());
    let at = given.map_or_else(|| before.map(|(b, _)| span(b)), |(s, _)| Some(span(s)));
    if let (Some(pos), Weekday::Sat | Weekday::Sun) = (at, date.weekday()) {
        let friday = date - Days::new(u64::from(date.weekday().num_days_from_monday() - 4));
        cx.diags.push(
            Diagnostic::warning(
                &cx.file,
                pos,
                format!("the deadline {date} is a {}", date.format("%A")),
            )
            .hint(format!(
                "if the letter gives another day, write it: `date: {friday}` (the Friday before)"
            )),
        );
    }
    Some(Deadline {
        date,
        rule: before.map(|(b, _)| b.value.trim().to_string()),
        before: before.and_then(|(_, p)| p),
        actions: actions.into_iter().collect::<Option<_>>()?,
    })
}

/// "2 months", "6 weeks", "1 month", "13 days".
pub(super) fn period(s: &Sp<String>, cx: &mut Cx) -> Option<Before> {
    let words: Vec<&str> = s.value.split_whitespace().collect();
    let n = words.first().and_then(|n| n.parse::<u32>().ok());
    let before = match (n, words.get(1).copied(), words.len()) {
        (Some(n), Some("day" | "days"), 2) => Some(Before::Days(n)),
        (Some(n), Some("week" | "weeks"), 2) => Some(Before::Weeks(n)),
        (Some(n), Some("month" | "months"), 2) => Some(Before::Months(n)),
        _ => None,
    };
    if before.is_none() {
        cx.error(
            s.pos.with_len(s.value.chars().count()),
            format!(
                "`{}` is not a time before the meeting",
                s.value.escape_debug()
            ),
            "write a number and days, weeks or months: `13 days`, `6 weeks`, `2 months`",
        );
    }
    before
}

/// `first_day` less `before`; a rule that goes out of the calendar is reported at `at`.
fn computed(
    first_day: NaiveDate,
    before: Before,
    at: &Sp<String>,
    cx: &mut Cx,
) -> Option<NaiveDate> {
    let date = match before {
        Before::Days(n) => first_day.checked_sub_days(Days::new(n.into())),
        Before::Weeks(n) => first_day.checked_sub_days(Days::new(u64::from(n) * 7)),
        Before::Months(n) => first_day.checked_sub_months(Months::new(n)),
    };
    if date.is_none() {
        cx.error(
            at.pos,
            "the deadline falls outside the calendar",
            "give a shorter time before the meeting",
        );
    }
    date
}
