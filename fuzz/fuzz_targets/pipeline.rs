//! Fuzzes the whole build, through the very function `agenda build` calls
//! (`agenda::build::build`): load → validate → diff → views → every format (Markdown,
//! HTML, Typst, PDF, Word, iCalendar, Atom, group pages) → the output folder.
//!
//! The input is a meeting's files, `meeting.yaml`, `agenda.yaml`, `timeplan.yaml` and
//! (optional) `letter.yaml` and `documents.yaml` (the register), separated by lines
//! holding `%%`, written into a meeting
//! folder of this process's own. Whatever the input, nothing may panic; a meeting the checks refuse
//! is said (its diagnostics print); and a meeting that passes them (the glyph check
//! included) must be published in every format: source text must never break a
//! template's markup, Typst, or a Word file.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use agenda::build::{self, Options, Outcome, Quiet};
use agenda::error::Error;
use agenda::format::Format;
use libfuzzer_sys::fuzz_target;

/// This process's folder: `m/` (the meeting) and `out/` (where it is published).
fn folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("agenda-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("m")).expect("a folder for the meeting");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(5, "\n%%\n");
    let meeting = folder().join("m");
    for name in ["meeting.yaml", "agenda.yaml", "timeplan.yaml"] {
        let part = parts.next().unwrap_or_default();
        std::fs::write(meeting.join(name), part).expect("the meeting's files are written");
    }
    // The letter and the register, where the input has a fourth and a fifth part (an
    // empty fourth part: no letter); else none.
    for name in ["letter.yaml", "documents.yaml"] {
        let path = meeting.join(name);
        match parts.next().filter(|p| !p.is_empty() || name == "documents.yaml") {
            Some(part) => std::fs::write(&path, part).expect("the file is written"),
            None => {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    let options = Options {
        jobs: 1,
        ..Options::new(folder().join("out"), &Format::ALL)
    };
    match build::build(&[meeting], &options, &Quiet) {
        // Diagnostics of any input print without panicking.
        Err(Error::Invalid(diags)) => {
            let _ = agenda::diag::render_all(&diags);
        }
        Err(e) => panic!("a meeting folder that is there does not build: {e}"),
        Ok(report) => {
            for outcome in &report.meetings {
                if let Outcome::Failed(e) = outcome {
                    panic!("a valid meeting is not published: {e}");
                }
            }
        }
    }
});
