//! The JSON Schemas of `agenda schema`: the committed ones (`schemas/`, which the sources'
//! `yaml-language-server` lines name) are what the tool writes today, every source of the
//! sample and of the fixtures passes them, and the invalid fixtures do not.

use std::path::Path;

use crate::common::{agenda, root};

/// The schema for a source file, by its name and folder.
fn schema_for(path: &Path) -> &'static str {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str());
    match (name, folder) {
        ("meeting.yaml", _) => "meeting.schema.json",
        ("agenda.yaml", _) => "agenda.schema.json",
        ("timeplan.yaml", _) => "timeplan.schema.json",
        ("letter.yaml", _) => "letter.schema.json",
        ("documents.yaml", _) => "documents.schema.json",
        (_, Some("agenda")) => "agenda-revision.schema.json",
        (_, Some("timeplan")) => "timeplan-revision.schema.json",
        (_, Some("letter" | "addendum")) => "letter-addendum.schema.json",
        _ => panic!("no schema for {}", path.display()),
    }
}

/// The errors of `path` against its schema (none if it is valid), formats checked.
fn errors(path: &Path) -> Vec<String> {
    errors_against(path, &root().join("schemas").join(schema_for(path)))
}

fn sources(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out: Vec<std::path::PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    out.sort();
    out
}

#[test]
fn the_committed_schemas_are_what_agenda_schema_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let run = agenda(tmp.path(), &["schema", "--out", "s"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for entry in std::fs::read_dir(tmp.path().join("s")).unwrap() {
        let entry = entry.unwrap();
        let committed = std::fs::read_to_string(root().join("schemas").join(entry.file_name()))
            .unwrap_or_default();
        assert_eq!(
            std::fs::read_to_string(entry.path()).unwrap(),
            committed,
            "{:?}: run `agenda schema`",
            entry.file_name()
        );
    }
}

#[test]
fn every_source_of_the_sample_and_the_fixtures_passes_its_schema() {
    let mut all = sources(&root().join("agendas"));
    all.extend(
        sources(&root().join("tests/fixtures"))
            .into_iter()
            .filter(|p| !p.to_string_lossy().contains("fixtures/invalid/"))
            // Not a meeting's source: the texts tests/it/unicode.rs tries.
            .filter(|p| !p.to_string_lossy().contains("fixtures/unicode/")),
    );
    assert!(all.len() >= 20, "{all:?}");
    for path in all {
        let errors = errors(&path);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn a_misspelt_key_fails_its_schema() {
    let path = root().join("tests/fixtures/invalid/misspelt-key/meeting.yaml");
    let errors = errors(&path);
    assert!(errors.iter().any(|e| e.contains("venu")), "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("\"venue\" is a required property")),
        "{errors:#?}"
    );
}

/// The schemas check values, not only keys and types (issue 28): each mutation that
/// `agenda check` refuses fails its schema too, so an editor flags it as the chair types.
#[test]
fn the_schemas_refuse_the_values_agenda_check_refuses() {
    let sample = root().join("agendas/sg12-2025-09");
    let mutations = [
        (
            "revisions/timeplan/1.yaml",
            "    slot: afternoon\n    room: popov\n    marks: [\"a\"]\n",
            "    slot: afternoon\n    room: popov\n    marks: [\"a\"]\n    status: canceled\n",
        ),
        (
            "meeting.yaml",
            "first_day: 2025-09-09",
            "first_day: 2025-02-30",
        ),
        (
            "meeting.yaml",
            "time_zone: Europe/Zurich",
            "time_zone: Europe/Zurch",
        ),
        ("agenda.yaml", "  - id: opening\n", "  - id: Opening Item\n"),
        (
            "agenda.yaml",
            "  en: Draft agenda and time plan\n",
            "  eng: Draft agenda and time plan\n",
        ),
    ];
    for (file, from, to) in mutations {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join(file.replace('/', "-"));
        let text = std::fs::read_to_string(sample.join(file)).unwrap();
        assert!(text.contains(from), "{file}: {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let schema = root().join("schemas").join(schema_for(&sample.join(file)));
        let errors = errors_against(&path, &schema);
        assert!(!errors.is_empty(), "{file}: {to:?} passes its schema");
    }
}

/// The errors of `path` against the schema at `schema`, formats (dates) checked as
/// `check-jsonschema` checks them.
fn errors_against(path: &Path, schema: &Path) -> Vec<String> {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid schema");
    let value: serde_json::Value =
        serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).expect("YAML");
    validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect()
}
