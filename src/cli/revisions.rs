//! `agenda revise` and `agenda publish` on the command line: starting revisions
//! ([`crate::revise::start`]) and freezing published ones ([`crate::lock::publish`]).

use std::path::Path;

use super::console::{Line, Said};
use crate::diag;
use crate::error::{Error, ExitCode};
use crate::revise::{self, Stream};

/// `agenda revise`: the stream's next revision started, and what to do with it.
pub(super) fn revise(
    dir: &Path,
    stream: Stream,
    summary: Option<&str>,
    date: Option<&str>,
) -> Result<Said, Error> {
    let started = revise::start(&revise::Asked {
        dir,
        stream,
        summary,
        date,
        today: chrono::Local::now().date_naive(),
    })?;
    let mut lines = Vec::new();
    if let Some(concern) = started.date_concern {
        lines.push(Line::Err(format!(
            "warning: {concern}\n  = hint: give the date with --date YYYY-MM-DD\n"
        )));
    }
    let todo = if summary.is_some() {
        ""
    } else {
        ", write its summary"
    };
    let what = match &started.copy_of {
        Some(copy) => format!("a copy of {}", diag::display_path(copy)),
        None => "an addendum: give what changes".to_string(),
    };
    lines.push(Line::Out(format!(
        "started {} ({what}): edit it{todo}, then `agenda publish`\n",
        diag::display_path(&started.file)
    )));
    Ok(Said {
        lines,
        code: ExitCode::Ok,
    })
}

/// `agenda publish`: a line per file it records.
pub(super) fn publish(dir: &Path, republish: bool) -> Result<Said, Error> {
    let publication = crate::lock::publish(dir, republish)?;
    let text: String = (publication.lines.iter())
        .map(|l| format!("{l}\n"))
        .collect();
    Ok(Said::ok(&publication.warnings, text))
}
