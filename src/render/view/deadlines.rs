//! The letter's key deadlines, as the draft shows them: each date, and what is due by then.

use serde::Serialize;

use super::Viewing;
use crate::model::Meta;

#[derive(Debug, Serialize)]
pub struct DeadlinesView {
    /// "Key deadlines" / "重要截止日期".
    pub heading: String,
    pub deadlines: Vec<DeadlineView>,
}

#[derive(Debug, Serialize)]
pub struct DeadlineView {
    /// "9 July 2025" / "2025年7月9日".
    pub date: String,
    /// What is due, one rich text each.
    pub actions: Vec<crate::model::rich::Rich>,
}

/// The deadlines of the meeting, where it has some and shows them.
pub(super) fn deadlines(m: &Meta, cx: &Viewing) -> Option<DeadlinesView> {
    if !m.show_deadlines || m.deadlines.is_empty() {
        return None;
    }
    Some(DeadlinesView {
        heading: cx.loc.text("deadlines-heading", &[]),
        deadlines: m
            .deadlines
            .iter()
            .map(|d| DeadlineView {
                date: cx.loc.long_date(d.date),
                actions: d.actions.iter().map(|a| cx.rich(a)).collect(),
            })
            .collect(),
    })
}
