//! The synthetic archive that the benchmarks build (`benches/support/archive.rs`) is a set of
//! valid, realistic meetings: each has 18 items with sub-items, 8 meeting days and a
//! weekend, and 3 revisions of each stream, in zh and en, and builds into 13 documents
//! per language.

#[path = "../../benches/support/archive.rs"]
mod generator;

#[test]
fn generated_meetings_are_valid_and_build() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = generator::Vocab::sample().write_archive(&tmp.path().join("in"), 2);
    for dir in &dirs {
        let mut diags = Vec::new();
        let loaded = agenda::load::load_meeting(dir, &mut diags);
        let meeting = agenda::validate::validate(&loaded, &mut diags);
        // Warnings aside (a deadline may fall on a weekend, as the sample's does).
        diags.retain(|d| d.severity == agenda::diag::Severity::Error);
        assert!(diags.is_empty(), "{}", agenda::diag::render_all(&diags));
        let meeting = meeting.unwrap();
        assert_eq!(meeting.agenda.items.len(), 18);
        assert!(meeting.agenda.items.iter().any(|i| !i.items.is_empty()));
        let days = meeting.timeplan.rows.iter();
        let meeting_days = days
            .filter(|r| matches!(r, agenda::model::Row::Day { .. }))
            .count();
        assert_eq!(meeting_days, 8);
        assert_eq!(meeting.agenda_revisions.len(), 3);
        assert_eq!(meeting.timeplan_revisions.len(), 3);
        assert_eq!(meeting.languages, ["zh", "en"]);
    }
    let run = crate::common::agenda(
        tmp.path(),
        &["build", "in", "-o", "out", "--format", "md,pdf"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // 13 documents × 2 formats × 2 languages, and the manifest.
    assert_eq!(
        run.stdout,
        "wrote out/m000 (53 files)\nwrote out/m001 (53 files)\n"
    );
    let changes =
        std::fs::read_to_string(tmp.path().join("out/m001/en/td210-rev1-changes.md")).unwrap();
    assert!(changes.contains("moved"), "{changes}");
    // Typst's cache is shared by the documents compiled one after another: a file's bytes
    // must not depend on what was compiled before it, or on how many threads did it.
    let alone = crate::common::agenda(
        tmp.path(),
        &[
            "build", "in/m001", "-o", "alone", "-j", "1", "--format", "md,pdf",
        ],
    );
    assert_eq!(alone.code, 0, "{}", alone.stderr);
    assert_eq!(
        crate::common::files(&tmp.path().join("alone/m001")),
        crate::common::files(&tmp.path().join("out/m001"))
    );
}
