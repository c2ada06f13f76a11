//! Helpers shared by the integration tests: run the real binary, copy fixtures, edit them.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The repository's root (tests run the binary from there unless told otherwise).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `agenda ARGS` in `dir`. Its standard error is given without the sample's warning
/// that its one-month deadline is a Saturday (see [`quiet`]); [`agenda_raw`] keeps it.
pub fn agenda(dir: &Path, args: &[&str]) -> Run {
    let run = agenda_raw(dir, args);
    Run {
        stderr: quiet(&run.stderr),
        ..run
    }
}

/// Runs `agenda ARGS` in `dir`, its standard error as it is.
pub fn agenda_raw(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the agenda binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Copies the folder `from` (recursively) into `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A temporary folder holding a copy of fixture meeting `name` (from tests/fixtures/mini or
/// agendas/) as `<tmp>/<meeting>`.
pub fn copy_meeting(source: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(source, &tmp.path().join(source.file_name().unwrap()));
    tmp
}

/// Replaces the first occurrence of `from` with `to` in `file` (which must contain it).
pub fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        file.display()
    );
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

/// The mini fixture meeting.
pub fn mini() -> PathBuf {
    root().join("tests/fixtures/mini/m")
}

/// The sample meeting.
pub fn sample() -> PathBuf {
    root().join("agendas/sg12-2025-09")
}

/// Every file under `dir`, relative path → bytes.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// The names in the folder `dir`, sorted, but the output's lock file.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != ".agenda.lock")
        .collect();
    names.sort();
    names
}

/// `stderr` without the sample's warning that its one-month deadline (9 August 2025, as
/// the letter has it) is a Saturday: every command that reads the sample gives it, and
/// the tests of other things would otherwise each repeat it.
pub fn quiet(stderr: &str) -> String {
    stderr
        .split_inclusive("\n\n")
        .filter(|block| !block.starts_with("warning: the deadline 2025-08-09 is a Saturday\n"))
        .collect()
}

/// Builds the sample with `options` (`--format`, `--lang`…) into a new folder, which it
/// returns; the build must succeed.
pub fn build_sample(options: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let sample = sample();
    let mut args = vec![
        "build",
        sample.to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
    ];
    args.extend_from_slice(options);
    let run = agenda(&root(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    out
}

/// Publishes meeting `meeting` of `dir` again as it now is (its sources were edited), then
/// builds its `formats` in English into `dir/out`: the folder of its English files.
pub fn republish_and_build(dir: &Path, meeting: &str, formats: &str) -> PathBuf {
    let run = agenda(dir, &["publish", meeting, "--republish"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let args = [
        "build", meeting, "-o", "out", "--format", formats, "--lang", "en",
    ];
    let run = agenda(dir, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir.join("out").join(meeting).join("en")
}

/// `agenda revise MEETING STREAM --summary SUMMARY --date DATE` in `dir`.
pub fn revise_meeting(
    dir: &std::path::Path,
    (meeting, stream): (&str, &str),
    summary: &str,
    date: &str,
) -> Run {
    let args = [
        "revise",
        meeting,
        stream,
        "--summary",
        summary,
        "--date",
        date,
    ];
    agenda(dir, &args)
}
