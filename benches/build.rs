//! Benchmarks (divan, stable toolchain): `cargo bench`. Medians are what the README
//! reports; machines are shared and noisy, so compare ratios, not single runs.
//!
//! - `sample_fresh_process`: `agenda build` of the sample meeting, the real binary in a new
//!   process each time (every language, format, revision and changes document);
//! - `sample_in_process`: the same build through the library function `agenda build`,
//!   `watch` and `serve` call (`agenda::build::build`), into a new output folder each
//!   time (nothing reused from a publication), in one process: Typst's memo is as the
//!   build before left it, as in `agenda serve`;
//! - `pdf_warm`: compiling one document of the sample to PDF, fonts loaded and Typst's
//!   cache warm, per document;
//! - `docx_sample`: the sample's 54 Word files (every document in six languages), body and
//!   package, in-process;
//! - `diff_1000_items`: the diff of two 1,000-item agendas;
//! - `archive`: `agenda build` (a new process) of synthetic archives of 20 and 200 meetings
//!   (`support/archive.rs`); divide by the files built for the per-document cost;
//! - `archive_md_html_pdf`: the 200-meeting archive in Markdown, HTML and PDF only;
//! - `archive_rebuild`: a rebuild of the 200-meeting archive, nothing changed or one
//!   revision of one meeting edited;
//! - `serve_reload`: from a save to the reload event of `agenda serve`;
//! - `register_scale`: `agenda build` (a new process, a fresh output folder each time) of
//!   a meeting with a register of 2,000 documents allocated across 60 items and 200
//!   sessions, and of the same meeting without them (`support/register.rs`);
//! - `diff_2000_documents`: the diff of that meeting's two issues of the agenda (2,000
//!   documents allocated, 200 of them moved, replaced, withdrawn or added).

#[path = "support/archive.rs"]
mod archive;
#[path = "support/register.rs"]
mod register;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use agenda::model::Meeting;
use agenda::render::{Engine, documents, inline::Markup};
use divan::Bencher;

/// The allocator of the `agenda` binary, so that in-process figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn sample_dir() -> PathBuf {
    archive::root().join("agendas/sg12-2025-09")
}

fn load(dir: &Path) -> Meeting {
    let mut diags = Vec::new();
    let loaded = agenda::load::load_meeting(dir, &mut diags);
    agenda::validate::validate(&loaded, &mut diags).expect("a valid meeting")
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn sample_fresh_process(bencher: Bencher) {
    let out = tempfile::tempdir().unwrap();
    bencher.bench(|| build(&sample_dir(), out.path()));
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn sample_in_process(bencher: Bencher) {
    use agenda::build::{Options, Quiet, build};
    bencher
        .with_inputs(|| tempfile::tempdir().unwrap())
        .bench_values(|out| {
            let options = Options::new(out.path().join("out"), &[]);
            let report = build(&[sample_dir()], &options, &Quiet).unwrap();
            assert_eq!(report.exit_code(), agenda::error::ExitCode::Ok);
            out
        });
}

/// The Typst source of every document of the sample, by `lang/name`.
static SOURCES: LazyLock<Vec<(String, String, chrono::NaiveDate)>> = LazyLock::new(|| {
    let meeting = load(&sample_dir());
    let engine = Engine::new(None).unwrap();
    let mut out = Vec::new();
    for lang in &meeting.languages {
        // Each document in the languages it is published in.
        for doc in documents::documents(&meeting)
            .into_iter()
            .filter(|d| d.languages.contains(lang))
        {
            let view = agenda::render::view::build(&meeting, &doc, lang);
            let source = engine.render(&view, Markup::Typst).unwrap();
            let date = doc.stamp.map_or(meeting.meta.first_day, |(_, d)| d);
            out.push((format!("{lang}/{}", doc.name), source, date));
        }
    }
    out
});

fn sample_documents() -> Vec<String> {
    SOURCES.iter().map(|(name, _, _)| name.clone()).collect()
}

#[divan::bench(args = sample_documents(), sample_count = 50)]
fn pdf_warm(bencher: Bencher, name: &str) {
    let (_, source, date) = SOURCES.iter().find(|(n, _, _)| n == name).unwrap();
    let engine = Engine::new(None).unwrap();
    let layout = agenda::pdf::Layout::new(engine.layout(), engine.layout_name());
    let at = "document.typ";
    agenda::pdf::compile(source.clone(), at, &layout, name, *date).unwrap();
    bencher
        .with_inputs(|| source.clone())
        .bench_values(|source| agenda::pdf::compile(source, at, &layout, name, *date).unwrap());
}

#[divan::bench(sample_count = 20)]
fn docx_sample(bencher: Bencher) {
    let meeting = load(&sample_dir());
    let reference = agenda::docx::Reference::builtin();
    let docs = documents::documents(&meeting);
    bencher.bench(|| {
        let mut bytes = 0;
        for doc in &docs {
            for lang in doc.languages {
                let view = agenda::render::view::build(&meeting, doc, lang);
                let body = agenda::render::docx::body(&meeting, doc, &view, reference.text_width);
                let about = agenda::docx::About {
                    title: &body.title,
                    lang,
                    creator: &body.author,
                    date: meeting.meta.first_day,
                };
                bytes += agenda::docx::package(&reference, &body, &about)
                    .unwrap()
                    .len();
            }
        }
        bytes
    });
}

#[divan::bench(sample_count = 30)]
fn diff_1000_items(bencher: Bencher) {
    let vocab = archive::Vocab::sample();
    let (old, new) = archive::big_agendas(&vocab, 1000);
    let (meeting, timeplan) = archive::sample_meeting_and_timeplan();
    let read = |agenda: String| {
        let mut diags = Vec::new();
        let dir = Path::new("big");
        let loaded =
            agenda::load::from_texts(dir, meeting.clone(), agenda, timeplan.clone(), &mut diags);
        agenda::validate::validate(&loaded, &mut diags).expect("a valid meeting")
    };
    let (old, new) = (read(old), read(new));
    assert_eq!(count(&old.agenda.items), 1000);
    bencher.bench(|| agenda::diff::diff(&old, &new));
}

fn count(items: &[agenda::model::AgendaItem]) -> usize {
    items.iter().map(|i| 1 + count(&i.items)).sum()
}

#[divan::bench(args = [20, 200], sample_count = 3, sample_size = 1)]
fn archive(bencher: Bencher, meetings: usize) {
    archive_in(bencher, meetings, &[]);
}

/// `archive_md_html_pdf`: the 200-meeting archive in Markdown, HTML and PDF only (issue
/// 30's target: under 30 s).
#[divan::bench(args = [200], sample_count = 3, sample_size = 1)]
fn archive_md_html_pdf(bencher: Bencher, meetings: usize) {
    archive_in(bencher, meetings, &["--format", "md,html,pdf"]);
}

/// `agenda build` of an archive of `meetings` meetings, with `args`.
fn archive_in(bencher: Bencher, meetings: usize, args: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    archive::Vocab::sample().write_archive(&dir.path().join("in"), meetings);
    // A new output folder each time: into the same one, a build would find every meeting
    // unchanged.
    let mut round = 0;
    bencher.bench_local(|| {
        round += 1;
        let out = dir.path().join(format!("out{round}"));
        build_with(&dir.path().join("in"), &out, args)
    });
}

/// `archive_rebuild`: `agenda build` of the 200-meeting archive into the output of a
/// build of it: nothing changed, or one revision of one meeting edited.
#[divan::bench(args = ["nothing changed", "one revision edited"], sample_count = 5, sample_size = 1)]
fn archive_rebuild(bencher: Bencher, what: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in"), dir.path().join("out"));
    let meetings = archive::Vocab::sample().write_archive(&input, 200);
    build(&input, &output);
    let revision = meetings[100].join("revisions/agenda/1.yaml");
    let text = std::fs::read_to_string(&revision).unwrap();
    let mut round = 0;
    bencher.bench_local(|| {
        round += 1;
        if what == "one revision edited" {
            std::fs::write(&revision, format!("{text}# edited, round {round}\n")).unwrap();
        }
        build(&input, &output);
    });
}

#[divan::bench(args = ["without register", "with register"], sample_count = 7, sample_size = 1)]
fn register_scale(bencher: Bencher, which: &str) {
    let input = tempfile::tempdir().unwrap();
    let dir = input.path().join("sg99");
    register::write(&dir, which == "with register");
    bencher
        .with_inputs(|| tempfile::tempdir().unwrap())
        .bench_values(|out| {
            build(&dir, out.path());
            out
        });
}

#[divan::bench(sample_count = 30)]
fn diff_2000_documents(bencher: Bencher) {
    let input = tempfile::tempdir().unwrap();
    let dir = input.path().join("sg99");
    register::write(&dir, true);
    let meeting = load(&dir);
    let (old, new) = (
        &meeting.agenda_revisions[0].doc,
        &meeting.agenda_revisions[1].doc,
    );
    let changes = agenda::diff::agenda::diff(old, new, meeting.meta.syntax);
    let moved = changes
        .iter()
        .filter(|c| matches!(c, agenda::diff::AgendaChange::Document(_)));
    assert_eq!(moved.count(), 200);
    bencher.bench(|| agenda::diff::agenda::diff(old, new, meeting.meta.syntax).len());
}

/// `agenda build IN -o OUT` in a new process.
fn build(input: &Path, output: &Path) {
    build_with(input, output, &[]);
}

/// `agenda build IN -o OUT ARGS` in a new process.
fn build_with(input: &Path, output: &Path, args: &[&str]) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_agenda"))
        .arg("build")
        .arg(input)
        .arg("-o")
        .arg(output)
        .args(args)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

/// `serve_reload`: from the save of one source of the sample (an item's title in
/// `agenda.yaml`) to the reload event a page of `agenda serve` receives: the quiet time
/// that gathers a burst of saves, the build (HTML), and the event.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn serve_reload(bencher: Bencher) {
    use std::io::{BufRead, BufReader, Write};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sg12-2025-09");
    copy(&sample_dir(), &dir);
    // An unpublished copy, so that it may be edited.
    std::fs::remove_file(dir.join("revisions.lock")).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(["serve", "sg12-2025-09", "-o", "out", "--port", "0"])
        .current_dir(tmp.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|a| a.split('/').next())
        .unwrap()
        .to_string();
    while !tmp.path().join("out/index.html").is_file() {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        stream,
        "GET /__agenda/events HTTP/1.1\r\nHost: {addr}\r\n\r\n"
    )
    .unwrap();
    let mut events = BufReader::new(stream).lines();
    let agenda = dir.join("agenda.yaml");
    let text = std::fs::read_to_string(&agenda).unwrap();
    let mut round = 0;
    bencher.bench_local(|| {
        round += 1;
        let edited = text.replace(
            "Opening of the meeting",
            &format!("Opening of the meeting {round}"),
        );
        std::fs::write(&agenda, edited).unwrap();
        while let Some(Ok(line)) = events.next() {
            if line == "event: reload" {
                break;
            }
        }
    });
    let _ = child.kill();
    let _ = child.wait();
}

fn copy(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
