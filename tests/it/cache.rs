//! Rebuilds redo only what changed: a meeting whose inputs are those its publication was
//! made from is left as it is; any change of its inputs, a damaged manifest or a missing
//! file makes a full build of it, whose bytes are those of a clean build.

use crate::common::{agenda, copy_meeting, edit, files, mini};

fn build(dir: &std::path::Path, out: &str) -> String {
    let run = agenda(dir, &["build", "m", "-o", out]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn unchanged_inputs_leave_the_publication_and_changes_rebuild_it_as_a_clean_build_would() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    assert_eq!(build(dir, "out"), "wrote out/m (13 files)\n");
    let first = files(&dir.join("out/m"));
    assert_eq!(build(dir, "out"), "unchanged out/m (13 files)\n");
    assert_eq!(files(&dir.join("out/m")), first);
    // A change of a source: rebuilt, and the same bytes as a clean build of the new sources.
    edit(
        &dir.join("m/agenda.yaml"),
        "Opening of the *meeting*",
        "Opening",
    );
    assert_eq!(build(dir, "out"), "wrote out/m (13 files)\n");
    assert_eq!(build(dir, "clean"), "wrote clean/m (13 files)\n");
    assert_eq!(files(&dir.join("out/m")), files(&dir.join("clean/m")));
    // A template that applies: rebuilt.
    std::fs::create_dir(dir.join("templates")).unwrap();
    std::fs::write(dir.join("templates/document.md"), "{{ meta.title }}\n").unwrap();
    assert_eq!(build(dir, "out"), "wrote out/m (13 files)\n");
    // Other languages or formats: rebuilt (the other files kept).
    let run = agenda(dir, &["build", "m", "-o", "out", "--format", "md"]);
    assert_eq!(run.stdout, "wrote out/m (13 files)\n");
    let run = agenda(dir, &["build", "m", "-o", "out", "--format", "md"]);
    assert_eq!(run.stdout, "unchanged out/m (13 files)\n");
}

#[test]
fn a_damaged_or_foreign_cache_is_no_cache() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    build(dir, "out");
    let manifest = dir.join("out/m/manifest.json");
    let good = std::fs::read_to_string(&manifest).unwrap();
    let key = good
        .split("\"key\": \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    // A manifest that cannot be read is not taken for this tool's: the folder is not
    // replaced (it may be someone else's), and says so.
    std::fs::write(&manifest, "{ not json").unwrap();
    let run = agenda(dir, &["build", "m", "-o", "out"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: out/m is a folder this tool did not publish"),
        "{}",
        run.stderr
    );
    std::fs::write(&manifest, &good).unwrap();
    let cases: [(&str, String); 2] = [
        ("another binary's key", good.replace(&key, &"0".repeat(64))),
        (
            "no key",
            good.replace(&format!("\"key\": \"{key}\""), "\"key\": \"\""),
        ),
    ];
    for (what, text) in cases {
        std::fs::write(&manifest, text).unwrap();
        assert_eq!(build(dir, "out"), "wrote out/m (13 files)\n", "{what}");
        assert_eq!(std::fs::read_to_string(&manifest).unwrap(), good, "{what}");
    }
    // A file listed but gone.
    std::fs::remove_file(dir.join("out/m/en/draft.html")).unwrap();
    assert_eq!(build(dir, "out"), "wrote out/m (13 files)\n");
    assert!(dir.join("out/m/en/draft.html").is_file());
}

/// Within a meeting that changed, a PDF whose Typst source did not change is taken from
/// the publication (once its bytes match the manifest), not compiled again. Seen here by
/// marking the English PDF (and its hash in the manifest): an edit of the Chinese text
/// only leaves the mark; one without its hash updated is compiled again.
#[test]
fn a_pdf_whose_source_did_not_change_is_reused() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    build(dir, "out");
    let (en, zh) = (
        dir.join("out/m/en/draft.pdf"),
        dir.join("out/m/zh/draft.pdf"),
    );
    let mut marked = std::fs::read(&en).unwrap();
    marked.extend_from_slice(b"%marked\n");
    let manifest = dir.join("out/m/manifest.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let old_hash = agenda::files::sha256_hex(&std::fs::read(&en).unwrap());
    std::fs::write(&en, &marked).unwrap();
    std::fs::write(
        &manifest,
        text.replace(&old_hash, &agenda::files::sha256_hex(&marked)),
    )
    .unwrap();
    let zh_before = std::fs::read(&zh).unwrap();
    edit(&dir.join("m/agenda.yaml"), "会议开幕", "会议开幕式");
    assert_eq!(build(dir, "out"), "wrote out/m (13 files)\n");
    assert_eq!(std::fs::read(&en).unwrap(), marked, "reused");
    assert_ne!(std::fs::read(&zh).unwrap(), zh_before, "compiled again");
    // A PDF that is not what the manifest says is compiled again.
    std::fs::write(&en, b"not a pdf").unwrap();
    edit(&dir.join("m/agenda.yaml"), "会议开幕式", "会议开幕");
    build(dir, "out");
    assert!(std::fs::read(&en).unwrap().starts_with(b"%PDF"));
}
