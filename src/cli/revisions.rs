//! `agenda revise` and `agenda publish`: starting revisions and freezing published ones.

use std::io::Write;
use std::path::Path;

use super::{ExitCode, Stream, usage};
use crate::validate;
use crate::{diag, load, lock};

/// `agenda revise`: copies the stream's latest version to the next revision file, with a
/// new `revision:` head. Never overwrites a file.
pub(super) fn revise(
    dir: &Path,
    stream: Stream,
    summary: Option<&str>,
    date: Option<&str>,
) -> ExitCode {
    let (draft, folder) = match stream {
        Stream::Agenda => (load::AGENDA_FILE, load::AGENDA_REVISIONS),
        Stream::Timeplan => (load::TIMEPLAN_FILE, load::TIMEPLAN_REVISIONS),
    };
    let date = match date {
        Some(d) => match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => return usage(&format!("`{d}` is not a date (write YYYY-MM-DD)")),
        },
        None => chrono::Local::now().date_naive(),
    };
    let revisions = dir.join(folder);
    let mut next = 0;
    while revisions.join(format!("{next}.yaml")).exists() {
        next += 1;
    }
    let latest = if next == 0 {
        dir.join(draft)
    } else {
        revisions.join(format!("{}.yaml", next - 1))
    };
    let text = match std::fs::read_to_string(&latest) {
        Ok(t) => t,
        Err(e) => {
            return usage(&format!(
                "cannot read {} ({})",
                diag::display_path(&latest),
                load::io_reason(&e)
            ));
        }
    };
    let target = revisions.join(format!("{next}.yaml"));
    let head = format!(
        "revision:\n  date: {date}\n  summary: {}\n",
        serde_json::to_string(summary.unwrap_or_default()).unwrap_or_default()
    );
    let body = crate::revise::without_head(&text);
    let written = std::fs::create_dir_all(&revisions).and_then(|()| {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .and_then(|mut f| f.write_all(format!("{head}{body}").as_bytes()))
    });
    match written {
        Ok(()) => {
            let todo = if summary.is_some() {
                ""
            } else {
                ", write its summary"
            };
            println!(
                "started {} (a copy of {}): edit it{todo}, then `agenda publish`",
                diag::display_path(&target),
                diag::display_path(&latest)
            );
            ExitCode::Ok
        }
        Err(e) => usage(&format!(
            "cannot write {} ({})",
            diag::display_path(&target),
            load::io_reason(&e)
        )),
    }
}

/// `agenda publish`: records the hashes of the meeting's sources in revisions.lock.
pub(super) fn publish_lock(dir: &Path, republish: bool) -> ExitCode {
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    let valid = validate::validate(&loaded, &mut diags).is_some();
    let mut entries = loaded
        .lock
        .as_ref()
        .map(|l| lock::parse(l, &mut diags))
        .unwrap_or_default();
    if !valid || !diags.is_empty() {
        diag::sort(&mut diags);
        let _ = std::io::stderr().write_all(diag::render_all(&diags).as_bytes());
        return ExitCode::Invalid;
    }
    let mut changed = Vec::new();
    for path in lock::published_files(&loaded) {
        let Some(hash) = lock::current_hash(dir, &path) else {
            continue;
        };
        match entries.get(&path) {
            Some(old) if *old == hash => {}
            Some(_) if !republish => changed.push(path),
            Some(_) => {
                println!("re-published {path}");
                entries.insert(path, hash);
            }
            None => {
                println!("published {path}");
                entries.insert(path, hash);
            }
        }
    }
    if !changed.is_empty() {
        eprintln!(
            "error: published files were edited since: {}",
            changed.join(", ")
        );
        eprintln!(
            "  = hint: undo the edits and start a new revision with `agenda revise`, or re-publish them with `agenda publish --republish`"
        );
        return ExitCode::Invalid;
    }
    let path = dir.join(load::LOCK_FILE);
    match std::fs::write(&path, lock::render(&entries)) {
        Ok(()) => ExitCode::Ok,
        Err(e) => usage(&format!(
            "cannot write {} ({})",
            diag::display_path(&path),
            load::io_reason(&e)
        )),
    }
}
