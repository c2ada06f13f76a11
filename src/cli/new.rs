//! `agenda new DIR`: writes a new meeting's sources (see [`crate::scaffold`]), checked
//! before they are written, and never over a file that is there.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{ExitCode, console};
use crate::{lang, load, scaffold, validate};

/// What `agenda new` was asked for.
pub(super) struct Asked<'a> {
    pub dir: &'a Path,
    pub title: &'a str,
    pub first_day: &'a str,
    pub last_day: &'a str,
    pub languages: &'a [String],
}

pub(super) fn new(a: &Asked) -> ExitCode {
    let (first_day, last_day) = match (
        date(a.first_day, "--first-day"),
        date(a.last_day, "--last-day"),
    ) {
        (Ok(f), Ok(l)) if l >= f => (f, l),
        (Ok(f), Ok(l)) => {
            return console::usage(&format!("the last day {l} is before the first day {f}"));
        }
        (Err(e), _) | (_, Err(e)) => return console::usage(&e),
    };
    if let Some(unknown) = a.languages.iter().find(|l| !lang::is_known(l)) {
        return console::usage(&format!(
            "`{unknown}` is not a language agenda has (it has {})",
            lang::known().join(", ")
        ));
    }
    if a.title.trim().is_empty() {
        return console::usage("--title is empty: give the meeting's title");
    }
    let spec = scaffold::Spec {
        title: a.title,
        first_day,
        last_day,
        languages: a.languages,
    };
    let texts = with_schemas(scaffold::sources(&spec), a.dir);
    if let Some(code) = unchecked(a.dir, &texts) {
        return code;
    }
    write(a.dir, texts)
}

/// The sources with a first line naming their schema for editors, where the schemas
/// (`agenda schema`) are in `schemas/` of the current folder.
fn with_schemas(texts: [String; 3], dir: &Path) -> [String; 3] {
    let Some(schemas) = relative_schemas(dir) else {
        return texts;
    };
    let [meeting, agenda, timeplan] = texts;
    let line = |name: &str, text: String| {
        format!("# yaml-language-server: $schema={schemas}/{name}.schema.json\n{text}")
    };
    [
        line("meeting", meeting),
        line("agenda", agenda),
        line("timeplan", timeplan),
    ]
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

fn date(s: &str, option: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .ok_or_else(|| format!("{option}: `{s}` is not a date (write YYYY-MM-DD)"))
        .and_then(|d| {
            let years = validate::YEARS;
            match years.contains(&chrono::Datelike::year(&d)) {
                true => Ok(d),
                false => Err(format!(
                    "{option}: {s} is not in a year a meeting can be held in ({} to {})",
                    years.start(),
                    years.end()
                )),
            }
        })
}

/// Checks the new sources as `agenda check` would; a problem is a fault of this tool, said
/// as such.
fn unchecked(dir: &Path, [meeting, agenda, timeplan]: &[String; 3]) -> Option<ExitCode> {
    let mut diags = Vec::new();
    let loaded = load::from_texts(
        dir,
        meeting.clone(),
        agenda.clone(),
        timeplan.clone(),
        &mut diags,
    );
    let valid = validate::validate(&loaded, &mut diags);
    if valid.is_some() && !diags.iter().any(crate::diag::Diagnostic::is_error) {
        return None;
    }
    console::report(&mut diags);
    Some(console::usage(
        "agenda new made sources that do not pass the check (a fault of agenda): nothing written",
    ))
}

/// Writes the three files into `dir` (made if need be), never over a file that is there.
fn write(dir: &Path, [meeting, agenda, timeplan]: [String; 3]) -> ExitCode {
    let files = [
        (load::MEETING_FILE, meeting),
        (load::AGENDA_FILE, agenda),
        (load::TIMEPLAN_FILE, timeplan),
    ];
    // Every target is looked at before any is written: a link, even to nothing, is there.
    let there = |name: &&str| std::fs::symlink_metadata(dir.join(name)).is_ok();
    if let Some((name, _)) = files.iter().find(|(name, _)| there(name)) {
        return console::usage(&format!(
            "{} is there already: agenda new never writes over a file (choose another folder)",
            crate::diag::display_path(&dir.join(name))
        ));
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        return console::usage(&format!(
            "cannot make {} ({})",
            crate::diag::display_path(dir),
            crate::files::io_reason(&e)
        ));
    }
    for (done, (name, text)) in files.iter().enumerate() {
        let path = dir.join(name);
        let opened = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        // How many files this run made, this one included if it was made.
        let made = done + usize::from(opened.is_ok());
        let written = opened.and_then(|mut f| f.write_all(text.as_bytes()));
        if let Err(e) = written {
            // All three or none: the files this run made are removed (not one it could
            // not make, which may be another's).
            for (made, _) in &files[..made] {
                let _ = std::fs::remove_file(dir.join(made));
            }
            return console::usage(&format!(
                "cannot write {} ({})",
                crate::diag::display_path(&path),
                crate::files::io_reason(&e)
            ));
        }
    }
    let line = format!(
        "wrote {} ({}, {}, {})\n",
        crate::diag::display_path(dir),
        load::MEETING_FILE,
        load::AGENDA_FILE,
        load::TIMEPLAN_FILE
    );
    console::stdout(&line).err().unwrap_or(ExitCode::Ok)
}
