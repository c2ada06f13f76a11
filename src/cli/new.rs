//! `agenda new DIR` on the command line: a new meeting's sources written (see
//! [`crate::scaffold::create`]), naming the JSON Schemas where `agenda schema` wrote them
//! in the current folder.

use std::path::Path;

use super::console::Said;
use crate::error::Error;
use crate::{load, scaffold};

/// What `agenda new` was asked for.
pub(super) struct Asked<'a> {
    pub dir: &'a Path,
    pub title: &'a str,
    pub first_day: &'a str,
    pub last_day: &'a str,
    pub languages: &'a [String],
}

pub(super) fn new(a: &Asked) -> Result<Said, Error> {
    scaffold::create(&scaffold::Asked {
        dir: a.dir,
        title: a.title,
        first_day: a.first_day,
        last_day: a.last_day,
        languages: a.languages,
        schemas: relative_schemas(a.dir),
    })?;
    let line = format!(
        "wrote {} ({}, {}, {}, {})\n",
        crate::diag::display_path(a.dir),
        load::MEETING_FILE,
        load::AGENDA_FILE,
        load::TIMEPLAN_FILE,
        load::LETTER_FILE
    );
    Ok(Said::ok(&[], line))
}

/// `schemas/` of the current folder as seen from `dir` (`../../schemas`), if it is there.
fn relative_schemas(dir: &Path) -> Option<String> {
    let here = std::env::current_dir().ok()?;
    if !here.join("schemas/meeting.schema.json").is_file() {
        return None;
    }
    let target = std::path::absolute(dir).ok()?;
    let inside = target.strip_prefix(&here).ok()?;
    let depth = inside.components().count();
    Some(format!("{}schemas", "../".repeat(depth)))
}
