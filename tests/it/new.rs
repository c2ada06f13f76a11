//! `agenda new`: a new meeting that `agenda check` passes and `agenda build` renders, in
//! every language asked for; never written over a file; wrong options said as such.

use crate::common::agenda;

#[test]
fn a_new_meeting_checks_and_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let args = [
        "new",
        "scratch/m",
        "--title",
        "Test",
        "--first-day",
        "2026-03-02",
        "--last-day",
        "2026-03-13",
    ];
    let run = agenda(tmp.path(), &args);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        "wrote scratch/m (meeting.yaml, agenda.yaml, timeplan.yaml, letter.yaml)\n"
    );
    let check = agenda(tmp.path(), &["check", "scratch/m"]);
    assert_eq!((check.code, check.stderr.as_str()), (0, ""));
    let build = agenda(tmp.path(), &["build", "scratch/m", "-o", "out"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    // Every weekday a row; the weekend between the two weeks one row.
    assert!(
        md.contains("| Monday<br>2 March |") && md.contains("| Friday<br>13 March |"),
        "{md}"
    );
    assert_eq!(md.matches("| Weekend |").count(), 1, "{md}");
    assert!(md.contains("1. Opening of the meeting\n"), "{md}");
    // Again into the same folder: nothing is written over.
    let again = agenda(tmp.path(), &args);
    assert_eq!(
        (again.code, again.stderr.as_str()),
        (
            2,
            "error: scratch/m/meeting.yaml is there already: agenda new never writes over a file (choose another folder)\n"
        )
    );
}

#[test]
fn a_new_meeting_in_six_languages_checks() {
    let tmp = tempfile::tempdir().unwrap();
    let args = [
        "new",
        "m6",
        "--title",
        "Réunion",
        "--first-day",
        "2026-03-06",
        "--last-day",
        "2026-03-15",
        "--languages",
        "ar,zh,en,fr,ru,es",
    ];
    assert_eq!(agenda(tmp.path(), &args).code, 0);
    let check = agenda(tmp.path(), &["check", "m6"]);
    // ITU-T's deadlines, 13 days before a Friday: a Saturday, said as a warning.
    assert_eq!(
        (check.code, check.stderr.as_str()),
        (
            0,
            "warning: the deadline 2026-02-21 is a Saturday\n  --> m6/meeting.yaml:77:13\n   |\n77 |   - before: 13 days\n   |             ^^^^^^^\n   = hint: if the letter gives another day, write it: `date: 2026-02-20` (the Friday before)\n\n"
        )
    );
    // The letter's facts, its paragraphs said in six languages.
    let build = agenda(tmp.path(), &["build", "m6", "-o", "out", "--format", "md"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let letter = std::fs::read_to_string(tmp.path().join("out/m6/fr/letter.md")).unwrap();
    assert!(letter.contains("fellowships@itu.int"), "{letter}");
    let timeplan = std::fs::read_to_string(tmp.path().join("m6/timeplan.yaml")).unwrap();
    // A meeting that starts on a Friday: its first weekend is Saturday and Sunday; it
    // ends on a Sunday, a weekend row of its own.
    assert!(timeplan.contains("  - date: 2026-03-07\n    until: 2026-03-08\n    whole:\n      ar: \"عطلة نهاية الأسبوع\"\n      zh: \"周末\""), "{timeplan}");
    assert!(
        timeplan.contains("  - date: 2026-03-14\n    until: 2026-03-15\n"),
        "{timeplan}"
    );
}

#[test]
fn wrong_options_are_said() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |first: &str, last: &str, langs: &str| {
        agenda(
            tmp.path(),
            &[
                "new",
                "m",
                "--title",
                "T",
                "--first-day",
                first,
                "--last-day",
                last,
                "--languages",
                langs,
            ],
        )
    };
    let cases = [
        (
            run("2026-02-30", "2026-03-02", "en"),
            "error: --first-day: `2026-02-30` is not a date (write YYYY-MM-DD)\n",
        ),
        (
            run("2026-03-05", "2026-03-02", "en"),
            "error: the last day 2026-03-02 is before the first day 2026-03-05\n",
        ),
        (
            run("2026-03-02", "2026-03-05", "en,de"),
            "error: `de` is not a language agenda has (it has ar, zh, en, fr, ru, es)\n",
        ),
    ];
    for (r, expected) in cases {
        assert_eq!((r.code, r.stderr.as_str()), (2, expected));
    }
    assert!(!tmp.path().join("m").exists(), "nothing written");
}

/// Where the schemas are (`agenda schema` writes them into `schemas/`), a new meeting's
/// files name theirs on their first line, for editors.
#[test]
fn a_new_meeting_names_its_schemas_where_they_are() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(agenda(tmp.path(), &["schema"]).code, 0);
    let args = [
        "new",
        "agendas/m",
        "--title",
        "T",
        "--first-day",
        "2026-03-02",
        "--last-day",
        "2026-03-06",
    ];
    assert_eq!(agenda(tmp.path(), &args).code, 0);
    for (file, schema) in [
        ("meeting", "meeting"),
        ("agenda", "agenda"),
        ("timeplan", "timeplan"),
    ] {
        let text =
            std::fs::read_to_string(tmp.path().join(format!("agendas/m/{file}.yaml"))).unwrap();
        let line = format!("# yaml-language-server: $schema=../../schemas/{schema}.schema.json\n");
        assert!(text.starts_with(&line), "{text}");
        assert!(
            tmp.path()
                .join("agendas/m")
                .join(line.trim_end().rsplit('=').next().unwrap())
                .is_file()
        );
    }
    let check = agenda(tmp.path(), &["check", "agendas/m"]);
    assert_eq!((check.code, check.stderr.as_str()), (0, ""));
}
