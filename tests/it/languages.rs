//! Languages beyond zh and en: a meeting published in French, Russian and Spanish, its
//! dates as each writes them, its documents and their PDF text; the error for a language
//! without a translation file.

use crate::common::{agenda, copy_meeting, edit, mini, root};

fn trio() -> std::path::PathBuf {
    root().join("tests/fixtures/languages/trio")
}

#[test]
fn a_meeting_in_french_russian_and_spanish_has_their_dates_and_words() {
    let out = tempfile::tempdir().unwrap();
    let run = agenda(
        &root(),
        &[
            "build",
            trio().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = [
        (
            "fr",
            "**Réunion de la Commission d'études 12 de l'UIT-T\u{202f}; Genève, 9-18 septembre 2025**",
            "Présidence\u{a0}: Tania Villa Trápala",
        ),
        (
            "ru",
            "**Собрание 12-й Исследовательской комиссии МСЭ-Т; Женева, 9-18 сентября 2025\u{202f}г.**",
            "Председатель: Tania Villa Trápala",
        ),
        (
            "es",
            "**Reunión de la Comisión de Estudio 12 del UIT-T; Ginebra, 9-18 de septiembre de 2025**",
            "Presidencia: Tania Villa Trápala",
        ),
    ];
    for (lang, subject, chair) in expected {
        let md = std::fs::read_to_string(out.path().join(format!("trio/{lang}/draft.md"))).unwrap();
        assert!(md.contains(subject), "{lang}: {md}");
        assert!(md.contains(chair), "{lang}: {md}");
        let html =
            std::fs::read_to_string(out.path().join(format!("trio/{lang}/draft.html"))).unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
            "{lang}"
        );
        let pdf = std::fs::read(out.path().join(format!("trio/{lang}/draft.pdf"))).unwrap();
        let text: String = pdf_extract::extract_text_from_mem(&pdf)
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let mut diags = Vec::new();
        let loaded = agenda::load::load_meeting(&trio(), &mut diags);
        let meeting = agenda::validate::validate(&loaded, &mut diags).expect("valid");
        for t in meeting.draft_texts() {
            let t: String = t.get(lang).chars().filter(|c| !c.is_whitespace()).collect();
            assert!(text.contains(&t), "{lang} PDF lacks {t:?}");
        }
    }
    let ru = std::fs::read_to_string(out.path().join("trio/ru/draft.md")).unwrap();
    assert!(
        ru.contains("1. Открытие собрания (вторник, 9 сентября, утро)"),
        "{ru}"
    );
}

#[test]
fn a_language_without_a_translation_file_is_refused_with_the_list() {
    let tmp = copy_meeting(&mini());
    edit(
        &tmp.path().join("m/meeting.yaml"),
        "languages: [zh, en]",
        "languages: [zh, en, de]",
    );
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: language `de` is not supported\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("= hint: the supported languages are zh, en, fr, ru, es\n"),
        "{}",
        run.stderr
    );
}
