//! `agenda new`, as a library function: the sources of a new meeting ([`super::sources`])
//! checked, then written into its folder, all four or none, never over a file that is
//! there.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{Spec, sources};
use crate::diag::{self, Diagnostic};
use crate::error::Error;
use crate::{lang, load, validate};

/// What `agenda new` is asked for, as given on the command line.
pub struct Asked<'a> {
    pub dir: &'a Path,
    pub title: &'a str,
    pub first_day: &'a str,
    pub last_day: &'a str,
    pub languages: &'a [String],
    /// Where the JSON Schemas are, if `agenda schema` wrote them: the sources then name
    /// them on their first line, for editors (`../../schemas`, from the meeting's folder).
    pub schemas: Option<String>,
}

/// Writes the new meeting's four sources into `a.dir`.
pub fn create(a: &Asked) -> Result<(), Error> {
    let first_day = date(a.first_day, "--first-day")?;
    let last_day = date(a.last_day, "--last-day")?;
    if last_day < first_day {
        return Err(Error::usage(format!(
            "the last day {last_day} is before the first day {first_day}"
        )));
    }
    if let Some(unknown) = a.languages.iter().find(|l| !lang::is_known(l)) {
        return Err(Error::usage(format!(
            "`{unknown}` is not a language agenda has (it has {})",
            lang::known().join(", ")
        )));
    }
    if a.title.trim().is_empty() {
        return Err(Error::usage("--title is empty: give the meeting's title"));
    }
    let spec = Spec {
        title: a.title,
        first_day,
        last_day,
        languages: a.languages,
    };
    let texts = with_schemas(sources(&spec), a.schemas.as_deref());
    checked(a.dir, &texts)?;
    write(a.dir, texts)
}

/// The sources with a first line naming their schema for editors, where there are any.
fn with_schemas(texts: [String; 4], schemas: Option<&str>) -> [String; 4] {
    let Some(schemas) = schemas else {
        return texts;
    };
    let [meeting, agenda, timeplan, letter] = texts;
    let line = |name: &str, text: String| {
        format!("# yaml-language-server: $schema={schemas}/{name}.schema.json\n{text}")
    };
    [
        line("meeting", meeting),
        line("agenda", agenda),
        line("timeplan", timeplan),
        line("letter", letter),
    ]
}

fn date(s: &str, option: &str) -> Result<NaiveDate, Error> {
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .ok_or_else(|| Error::usage(format!("{option}: `{s}` is not a date (write YYYY-MM-DD)")))?;
    let years = validate::YEARS;
    match years.contains(&chrono::Datelike::year(&d)) {
        true => Ok(d),
        false => Err(Error::usage(format!(
            "{option}: {s} is not in a year a meeting can be held in ({} to {})",
            years.start(),
            years.end()
        ))),
    }
}

/// Checks the new sources as `agenda check` would; a problem is a fault of this tool, said
/// as such, after the problems found.
fn checked(dir: &Path, [meeting, agenda, timeplan, letter]: &[String; 4]) -> Result<(), Error> {
    let mut diags = Vec::new();
    let mut loaded = load::from_texts(
        dir,
        meeting.clone(),
        agenda.clone(),
        timeplan.clone(),
        &mut diags,
    );
    let letter = diag::SourceFile::new(dir.join(load::LETTER_FILE), letter.clone());
    loaded.letter = Some(load::read_source(letter, &mut diags));
    let valid = validate::validate(&loaded, &mut diags);
    if valid.is_some() && !diags.iter().any(Diagnostic::is_error) {
        return Ok(());
    }
    diag::sort(&mut diags);
    Err(Error::Internal {
        message: "agenda new made sources that do not pass the check (a fault of agenda): nothing written".into(),
        problems: diags,
    })
}

/// Writes the four files into `dir` (made if need be), never over a file that is there.
fn write(dir: &Path, [meeting, agenda, timeplan, letter]: [String; 4]) -> Result<(), Error> {
    let files = [
        (load::MEETING_FILE, meeting),
        (load::AGENDA_FILE, agenda),
        (load::TIMEPLAN_FILE, timeplan),
        (load::LETTER_FILE, letter),
    ];
    // Every target is looked at before any is written: a link, even to nothing, is there.
    let there = |name: &&str| std::fs::symlink_metadata(dir.join(name)).is_ok();
    if let Some((name, _)) = files.iter().find(|(name, _)| there(name)) {
        return Err(Error::usage(format!(
            "{} is there already: agenda new never writes over a file (choose another folder)",
            diag::display_path(&dir.join(name))
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::usage(format!(
            "cannot make {} ({})",
            diag::display_path(dir),
            crate::files::io_reason(&e)
        ))
    })?;
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
            return Err(Error::usage(format!(
                "cannot write {} ({})",
                diag::display_path(&path),
                crate::files::io_reason(&e)
            )));
        }
    }
    Ok(())
}
