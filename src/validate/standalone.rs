//! Checking an agenda or a time-plan file on its own, outside a meeting folder (for
//! `agenda diff` of files sent around): what the meeting would say is taken from the file.

use std::sync::Arc;

use chrono::NaiveDate;

use super::{Cx, agenda, timeplan};
use crate::diag::Diagnostic;
use crate::load::Source;
use crate::model::{Agenda, Timeplan};

/// Checks an agenda file on its own, outside a meeting folder (for `agenda diff`): its
/// languages are those of its heading.
pub fn standalone_agenda(
    src: &Source<crate::load::model::AgendaFile>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Agenda> {
    let model = src.model.as_ref()?;
    alone(src, &model.heading, diags, |cx| {
        let documents = agenda::Documents {
            register: None,
            present: true,
            date: None,
            named_only: true,
        };
        agenda::agenda(model, agenda::Sessions::Unchecked, documents, cx)
    })
}

/// Checks a time-plan file on its own: its languages are those of its heading, and the
/// meeting's days run from its first row to its last.
pub fn standalone_timeplan(
    src: &Source<crate::load::model::TimeplanFile>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Timeplan> {
    let model = src.model.as_ref()?;
    let dates: Vec<NaiveDate> = model
        .days
        .value
        .0
        .iter()
        .flat_map(|d| [Some(&d.date), d.until.as_ref()])
        .flatten()
        .filter_map(|d| NaiveDate::parse_from_str(d.value.trim(), "%Y-%m-%d").ok())
        .collect();
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        diags.push(
            Diagnostic::new(
                &src.file,
                model.days.pos,
                "no day of this time plan has a date that can be read",
            )
            .hint("write each day's `date:` as YYYY-MM-DD, e.g. 2025-09-09"),
        );
        return None;
    };
    let span = (*first, *last);
    alone(src, &model.heading, diags, |cx| {
        timeplan::timeplan(model, span, cx)
    })
}

/// Runs `check` on a file whose languages are those of `heading`; `None` on any problem.
fn alone<F, T>(
    src: &Source<F>,
    heading: &crate::load::model::Text,
    diags: &mut Vec<Diagnostic>,
    check: impl FnOnce(&mut Cx) -> Option<T>,
) -> Option<T> {
    let before = diags.len();
    let mut cx = Cx {
        optional: Vec::new(),
        file: Arc::clone(&src.file),
        diags,
        languages: languages_of(heading),
    };
    let checked = check(&mut cx);
    if diags[before..].iter().any(Diagnostic::is_error) {
        None
    } else {
        checked
    }
}

fn languages_of(text: &crate::load::model::Text) -> Vec<String> {
    match &text.value {
        crate::load::model::LangText::Per(per) => per.iter().map(|(l, _)| l.clone()).collect(),
        crate::load::model::LangText::All(_) => vec!["en".to_string()],
    }
}
