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
            "**Собрание 12-й Исследовательской комиссии МСЭ-Т; Женева, 9–18 сентября 2025 года**",
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
            .contains("= hint: the supported languages are ar, zh, en, fr, ru, es\n"),
        "{}",
        run.stderr
    );
}

fn arabic() -> std::path::PathBuf {
    root().join("tests/fixtures/languages/arabic")
}

#[test]
fn arabic_documents_are_right_to_left_with_every_text() {
    let out = tempfile::tempdir().unwrap();
    let run = agenda(
        &root(),
        &[
            "build",
            arabic().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc =
        |name: &str| std::fs::read_to_string(out.path().join(format!("arabic/ar/{name}"))).unwrap();
    assert!(doc("draft.html").contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(doc("draft.md").starts_with("<div dir=\"rtl\" lang=\"ar\">\n\n"));
    assert!(doc("draft.md").ends_with("\n\n</div>\n"));
    assert!(doc("td210.html").contains("<p class=\"stamp\"><bdi>TD210</bdi>"));
    assert!(
        doc("draft.md")
            .contains("اجتماع لجنة الدراسات 12 لقطاع تقييس الاتصالات؛ جنيف، 9-18 سبتمبر 2025")
    );
    assert!(doc("draft.md").contains("الرئيس: Ms Tania Villa Trápala (Mexico)"));
    // The PDF's text, as pdf-extract reads it, is in visual order: each run of Arabic
    // comes out reversed (checked: "الاتحاد" reads "داحتالا"). So every word of every text
    // must be there, in logical or in reversed order, its vowel marks aside (a raised mark
    // is a text item of its own, read where it is drawn); and each vowel mark is there
    // exactly as often as the Markdown has it, once each (before the patch to
    // typst-layout in vendor/, "بُ" was mapped from both its glyphs: "عن ُبُبعد"), but for
    // the time plan's header row, repeated on each page the plan runs over.
    let pdf = std::fs::read(out.path().join("arabic/ar/draft.pdf")).unwrap();
    let extracted = pdf_extract::extract_text_from_mem_by_pages(&pdf).unwrap();
    let marks = |s: &str| {
        s.chars()
            .filter(|c| ('\u{64b}'..='\u{65f}').contains(c))
            .count()
    };
    let markdown = doc("draft.md");
    let header = markdown.lines().find(|l| l.starts_with("| |")).unwrap();
    let (shown, written) = (marks(&extracted.concat()), marks(&markdown));
    let repeated = marks(header) * (extracted.len() - 1);
    assert!(written > 0, "the draft has vowel marks");
    assert!(
        (written..=written + repeated).contains(&shown),
        "{shown} vowel marks in the PDF, {written} in the Markdown"
    );
    let extracted = extracted.concat();
    let bare = |s: &str| -> String {
        s.chars()
            .filter(|c| !('\u{64b}'..='\u{65f}').contains(c) && *c != '\u{640}')
            .collect()
    };
    let text: String = bare(&extracted)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut diags = Vec::new();
    let loaded = agenda::load::load_meeting(&arabic(), &mut diags);
    let meeting = agenda::validate::validate(&loaded, &mut diags).expect("valid");
    let arabic_letter = |c: char| ('\u{600}'..='\u{6ff}').contains(&c);
    for t in meeting.draft_texts() {
        // Runs of one direction: "وWP2/12" is the Arabic "و" and the Latin "WP2/12".
        let mut runs: Vec<String> = Vec::new();
        for word in bare(t.get("ar")).split_whitespace() {
            let mut run = String::new();
            for c in word.chars() {
                if run
                    .chars()
                    .last()
                    .is_some_and(|l| arabic_letter(l) != arabic_letter(c))
                {
                    runs.push(std::mem::take(&mut run));
                }
                run.push(c);
            }
            runs.push(run);
        }
        for run in runs {
            let run = run.trim_matches(|c: char| !c.is_alphanumeric());
            let reversed: String = run.chars().rev().collect();
            assert!(
                text.contains(run) || text.contains(&reversed),
                "the Arabic PDF lacks {run:?} (of {:?})",
                t.get("ar")
            );
        }
    }
}

#[test]
fn updates_may_be_published_in_fewer_languages_than_the_draft() {
    let tmp = copy_meeting(&arabic());
    let dir = tmp.path().join("arabic");
    edit(
        &dir.join("meeting.yaml"),
        "languages: [ar, en]",
        "languages: [ar, en]\nupdate_languages: [en]",
    );
    // A revision needs only the updates' languages (its Arabic texts may stay).
    edit(
        &dir.join("revisions/agenda/0.yaml"),
        "summary: {ar: جدول الأعمال, en: Agenda}",
        "summary: {en: Agenda}",
    );
    let out = tmp.path().join("out");
    let run = agenda(
        tmp.path(),
        &["build", "arabic", "-o", out.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files: Vec<String> = crate::common::files(&out.join("arabic"))
        .into_keys()
        .collect();
    assert!(files.contains(&"ar/draft.pdf".to_string()), "{files:?}");
    assert!(
        files.contains(&"en/td210-changes.pdf".to_string()),
        "{files:?}"
    );
    assert!(
        !files.iter().any(|f| f.starts_with("ar/td210")),
        "{files:?}"
    );
    edit(
        &dir.join("meeting.yaml"),
        "update_languages: [en]",
        "update_languages: [en, fr]",
    );
    let run = agenda(tmp.path(), &["check", "arabic"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: `fr` is not one of the meeting's languages\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_tab_in_a_text_is_a_space_in_every_format() {
    let tmp = copy_meeting(&mini());
    edit(
        &tmp.path().join("m/agenda.yaml"),
        "en: Opening of the",
        "en: \"Opening\\tof the",
    );
    let text = std::fs::read_to_string(tmp.path().join("m/agenda.yaml")).unwrap();
    let fixed = text.replacen("of the *meeting*}", "of the *meeting*\"}", 1);
    std::fs::write(tmp.path().join("m/agenda.yaml"), fixed).unwrap();
    let out = tmp.path().join("out");
    let run = agenda(
        tmp.path(),
        &["build", "m", "-o", out.to_str().unwrap(), "--lang", "en"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(out.join("m/en/draft.md")).unwrap();
    assert!(md.contains("Opening of the"), "{md}");
    let pdf = std::fs::read(out.join("m/en/draft.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("Opening of the"), "{text}");
}

#[test]
fn a_font_folder_given_with_font_path_draws_what_the_bundled_fonts_cannot() {
    let tmp = copy_meeting(&mini());
    // Amharic: no bundled font (nor Typst's own) has Ethiopic.
    let agenda_file = tmp.path().join("m/agenda.yaml");
    edit(&agenda_file, "en: Opening of the", "en: ሰላም Opening of the");
    let run = agenda(tmp.path(), &["check", "m"]);
    assert_eq!(run.code, 1);
    let error = "error: no font can draw `ሰ` (U+1230) in the `en` PDF\n";
    assert!(run.stderr.starts_with(error), "{}", run.stderr);
    let hint = "= hint: replace the character, or give a folder holding a font that has it: --font-path DIR (a font of the Noto Sans Ethiopic family, for example)\n";
    assert!(run.stderr.contains(hint), "{}", run.stderr);
    let fonts = root().join("tests/fixtures/fonts");
    let fonts = fonts.to_str().unwrap();
    let run = agenda(tmp.path(), &["check", "m", "--font-path", fonts]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let out = tmp.path().join("out");
    let out = out.to_str().unwrap();
    let args = [
        "build",
        "m",
        "-o",
        out,
        "--lang",
        "en",
        "--font-path",
        fonts,
    ];
    let run = agenda(tmp.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = std::fs::read(tmp.path().join("out/m/en/draft.pdf")).unwrap();
    let embedded = String::from_utf8_lossy(&pdf).contains("NotoSansEthiopic");
    assert!(embedded, "the font of the folder is embedded");
    let run = agenda(tmp.path(), &["check", "m", "--font-path", "nowhere"]);
    let expected = (2, "error: font folder nowhere is not a folder\n");
    assert_eq!((run.code, run.stderr.as_str()), expected);
}

#[test]
fn rare_name_characters_and_traditional_ones_render_in_the_chinese_pdf() {
    let tmp = copy_meeting(&mini());
    // 喆 堃 镕 珺: in the Table of General Standard Chinese Characters, not in GB 2312;
    // 會議 (Traditional): in Big5 level 1.
    edit(
        &tmp.path().join("m/meeting.yaml"),
        "chair: Tania Villa Trápala",
        "chair: {zh: 王喆 李堃 朱镕 陈珺 會議, en: Tania Villa Trápala}",
    );
    let out = tmp.path().join("out");
    let run = agenda(
        tmp.path(),
        &[
            "build",
            "m",
            "-o",
            out.to_str().unwrap(),
            "--lang",
            "zh",
            "--format",
            "pdf",
        ],
    );
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let pdf = std::fs::read(out.join("m/zh/draft.pdf")).unwrap();
    let text: String = pdf_extract::extract_text_from_mem(&pdf)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(text.contains("王喆李堃朱镕陈珺會議"), "{text}");
}

#[test]
fn a_whole_row_entry_on_a_weekday_is_dated_and_the_weekend_is_not() {
    let tmp = copy_meeting(&mini());
    let plan = tmp.path().join("m/timeplan.yaml");
    let text = std::fs::read_to_string(&plan).unwrap();
    let start = text.find("  - date: 2025-09-15").unwrap();
    let end = text[start..]
        .find("notes:")
        .map_or(text.len(), |i| start + i);
    let excursion = "  - date: 2025-09-15\n    whole: {zh: 参观日, en: Excursion day}\n";
    std::fs::write(
        &plan,
        format!("{}{excursion}{}", &text[..start], &text[end..]),
    )
    .unwrap();
    let out = tmp.path().join("out");
    let args = [
        "build",
        "m",
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "en",
        "--format",
        "md,html",
    ];
    let run = agenda(tmp.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(out.join("m/en/draft.md")).unwrap();
    assert!(
        md.contains("| Monday<br>15 September | Excursion day | | |\n"),
        "{md}"
    );
    assert!(md.contains("| Weekend | | | |\n"), "{md}");
    let html = std::fs::read_to_string(out.join("m/en/draft.html")).unwrap();
    assert!(html.contains("<tr><th scope=\"row\">Monday<br>15 September</th><td class=\"whole\" colspan=\"3\">Excursion day</td></tr>"), "{html}");
}

/// A time range in an Arabic document reads from left to right as a whole ("14:30–15:30",
/// as the organisation's hyphenated ranges do), in the HTML and in the PDF's visual order;
/// without its left-to-right mark the dash would put the start on the right.
#[test]
fn arabic_time_ranges_read_left_to_right() {
    let out = crate::common::build_sample(&["--lang", "ar"]);
    let dir = out.path().join("sg12-2025-09/ar");
    let html = std::fs::read_to_string(dir.join("td211.html")).unwrap();
    assert!(html.contains("WP1-1<br>\u{200e}14:30–15:30"), "{html}");
    let pdf = std::fs::read(dir.join("td211.pdf")).unwrap();
    // pdf-extract puts a space after the zero-width mark's neighbour: "1 4:30–15:30".
    let text: String = pdf_extract::extract_text_from_mem(&pdf)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(text.contains("14:30–15:30"), "{text}");
    assert!(!text.contains("15:30–14:30"), "{text}");
}
