//! The whole invitation letter: the sample's Chinese letter holds the seed's text (TSB
//! Collective letter 3/12), paragraph by paragraph, verbatim; the letter's facts come
//! from `letter.yaml` and the meeting, and a located error says what is wrong in it.

use crate::common::{agenda, build_sample, copy_meeting, edit, root, sample};

/// The seed, as the secretariat published it (converted to text: tabs and line breaks
/// where its tables and paragraphs were, and `[bookmark: …]` artefacts of the conversion).
const SEED: &str = include_str!("../fixtures/seed/tsb-collective-letter-3-12.zh.txt");

/// An HTML page's text: the text of its elements, each block's on lines of its own, its
/// head left out, entities read.
fn page_text(html: &str) -> String {
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut out = String::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        out.push('\n');
        rest = &rest[gt..];
    }
    out.push_str(rest);
    let entities = [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#x27;", "'"),
        ("&amp;", "&"),
    ];
    entities.iter().fold(out, |t, (e, c)| t.replace(e, c))
}

/// Builds the meetings under `dir` into `dir/out` with `options` (the build must
/// succeed): the meeting's output folder, `dir/out/sg12-2025-09`.
fn built(dir: &std::path::Path, options: &[&str]) -> std::path::PathBuf {
    let out = dir.join("out");
    let args = ["build", dir.to_str().unwrap(), "-o", out.to_str().unwrap()];
    let run = agenda(&root(), &[&args[..], options].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    out.join("sg12-2025-09")
}

/// Asserts that `stderr` says `said`.
fn says(stderr: &str, said: impl AsRef<str>) {
    assert!(
        stderr.contains(said.as_ref()),
        "{}\n--- not said:\n{}",
        stderr,
        said.as_ref()
    );
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The seed's paragraphs: its lines, without the conversion's bookmarks, list dashes and
/// rules, whitespace aside.
fn seed_paragraphs() -> Vec<String> {
    let mut out = Vec::new();
    for line in SEED.lines() {
        let mut line = line.to_string();
        while let Some(at) = line.find("[bookmark: ") {
            let end = line[at..].find(']').map_or(line.len(), |e| at + e + 1);
            line.replace_range(at..end, "");
        }
        let text = squeezed(&line);
        let text = text.strip_prefix('-').unwrap_or(&text).to_string();
        if !text.is_empty() && !text.chars().all(|c| c == '_') {
            out.push(text);
        }
    }
    out
}

#[test]
fn the_chinese_letter_holds_the_seed_verbatim_in_html_pdf_and_word() {
    let out = build_sample(&["--format", "html,pdf,docx", "--lang", "zh"]);
    let word = out.path().join("sg12-2025-09/zh/letter.docx");
    // The QR code of the latest meeting information is a picture of the Word file, with
    // its relationship and content type.
    let parts = crate::docx::parts(&word);
    let png = parts
        .iter()
        .find(|(n, _)| n == "word/media/rIdAgendaImage1.png");
    assert!(png.is_some_and(|(_, b)| b.starts_with(b"\x89PNG")));
    let rels = crate::docx::part(&word, "word/_rels/document.xml.rels");
    assert!(rels.contains("Id=\"rIdAgendaImage1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/rIdAgendaImage1.png\""), "{rels}");
    assert!(
        crate::docx::part(&word, "[Content_Types].xml")
            .contains("<Default Extension=\"png\" ContentType=\"image/png\"/>")
    );
    assert!(
        crate::docx::part(&word, "word/document.xml")
            .contains("<a:blip r:embed=\"rIdAgendaImage1\"")
    );
    let docx = crate::docx::text_of(&word);
    // The reading marks its links (⟨link …⟩ … ⟨/link⟩) and its table cells (`|`): they
    // are not text (the seed has no `|`).
    let mut words = String::new();
    for piece in docx.split('⟨') {
        words.push_str(piece.split_once('⟩').map_or(piece, |(_, rest)| rest));
    }
    holds_the_seed(&squeezed(&words.replace('|', "")), "Word");
    let html = std::fs::read_to_string(out.path().join("sg12-2025-09/zh/letter.html")).unwrap();
    holds_the_seed(&squeezed(&page_text(&html)), "HTML");
    let pdf = std::fs::read(out.path().join("sg12-2025-09/zh/letter.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    // The page numbers ("– 1 –") are the PDF's own, and so is the time plan's header
    // row ("上午 下午") again where the plan runs over to the next page.
    let pages: String = (text.lines())
        .filter(|l| !(l.trim().starts_with('–') && l.trim().ends_with('–')))
        .collect();
    let header = "上午下午";
    let mut pages = squeezed(&pages);
    if let Some(first) = pages.find(header).map(|at| at + header.len()) {
        pages = format!(
            "{}{}",
            &pages[..first],
            pages[first..].replacen(header, "", 1)
        );
    }
    holds_the_seed(&pages, "PDF");
}

/// Whether `letter` (a letter's text, whitespace aside) holds the seed's paragraphs, in
/// order, with nothing between them but what the seed's text lost.
fn holds_the_seed(letter: &str, format: &str) {
    // What the letter has that the seed's text lost: the organisation above the letterhead
    // and the signature's name and title (an image in the seed); and the PDF's list
    // markers (the seed's dashes are left out of its paragraphs).
    let extras = ["国际电联", "尾上诚藏", "电信标准化局主任", "–", "•"];
    let mut at = 0;
    for (n, para) in seed_paragraphs().iter().enumerate() {
        while !letter[at..].starts_with(para.as_str()) {
            let extra = extras.iter().find(|e| letter[at..].starts_with(**e));
            let here: String = letter[at..].chars().take(60).collect();
            let extra = extra.unwrap_or_else(|| {
                panic!(
                    "{format}: seed paragraph {}: {para}\nthe letter has instead: {here}",
                    n + 1
                )
            });
            at += extra.len();
        }
        at += para.len();
    }
    assert_eq!(
        &letter[at..],
        "",
        "{format}: the letter goes on after the seed's end"
    );
}

#[test]
fn the_letter_is_written_in_every_language_as_markdown_and_html() {
    let out = build_sample(&["--format", "md,html"]);
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        for ext in ["md", "html"] {
            let path = out.path().join(format!("sg12-2025-09/{lang}/letter.{ext}"));
            let text = std::fs::read_to_string(&path).unwrap();
            // Every placeholder filled; every standard paragraph said.
            assert!(
                !text.contains("fact.invalid") && !text.contains("{ $"),
                "{lang}/letter.{ext}"
            );
            assert!(
                !text.contains("annex-a-") && !text.contains("body-"),
                "{lang}/letter.{ext}"
            );
        }
    }
    let en = std::fs::read_to_string(out.path().join("sg12-2025-09/en/letter.md")).unwrap();
    for said in [
        "Geneva, 4 June 2025",
        "from 9 to 18 September 2025, inclusive",
        "registration will begin at 08:30 at the Montbrillant building entrance",
        "**29 July 2025**",
        "no later than 29 July 2025, by e-mail to [fellowships@itu.int](<mailto:fellowships@itu.int>) or by fax to +41 22 730 57 78",
        "at least six weeks before the start of the meeting",
        "at least one month before the start of the meeting",
        "at least seven weeks before the start of the meeting",
        "# Annex A",
        "# Annex B",
    ] {
        assert!(
            en.contains(said),
            "the English letter does not say {said:?}:\n{en}"
        );
    }
}

#[test]
fn a_letter_deadline_that_the_meeting_lacks_is_an_error_at_its_line() {
    let dir = copy_meeting(&sample());
    let letter = dir.path().join("sg12-2025-09/letter.yaml");
    edit(&letter, "  visa: 1 month", "  visa: 5 weeks");
    let run = agenda(&root(), &["check", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: no deadline of meeting.yaml falls 5 weeks before the meeting\n"),
        "{}",
        run.stderr
    );
    says(
        &run.stderr,
        "= hint: name one of its deadlines by its `before:` (2 months, 6 weeks, 1 month, 13 days), or add the deadline to meeting.yaml",
    );
}

#[test]
fn a_fact_a_paragraph_says_and_the_letter_lacks_is_an_error_naming_where_to_give_it() {
    let dir = copy_meeting(&sample());
    let letter = dir.path().join("sg12-2025-09/letter.yaml");
    edit(&letter, "  travel: travel@itu.int\n", "");
    edit(&letter, "date: 2025-06-04", "date: 2025-06-31");
    let run = agenda(&root(), &["check", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let at = format!("{}/sg12-2025-09/letter.yaml", dir.path().display());
    says(
        &run.stderr,
        format!(
            "error: `2025-06-31` is no such date\n --> {at}:4:7\n  |\n4 | date: 2025-06-31\n  |       ^^^^^^^^^^\n  = hint: write dates as YYYY-MM-DD, e.g. 2025-09-09\n"
        ),
    );
    edit(&letter, "date: 2025-06-31", "date: 2025-06-04");
    let run = agenda(&root(), &["check", dir.path().to_str().unwrap()]);
    says(
        &run.stderr,
        format!(
            "error: the letter's paragraph `annex-a-visa-help` says `$contact_travel`, which letter.yaml does not give\n --> {at}\n  = hint: give it under `contacts:` (`travel: …`)\n"
        ),
    );
}

/// Every file of the meeting in `dir` with its September 2025 dates a week later (the
/// meeting's days, its time plan's rows, its revisions' dates), and no lock (the meeting
/// as if not yet published).
fn a_week_later(dir: &std::path::Path) {
    for entry in walkdir::WalkDir::new(dir).into_iter().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("2025-09-") {
            let day: u32 = rest[at + 8..at + 10].parse().unwrap();
            out.push_str(&rest[..at]);
            out.push_str(&format!("2025-09-{:02}", day + 7));
            rest = &rest[at + 10..];
        }
        out.push_str(rest);
        std::fs::write(path, out).unwrap();
    }
    std::fs::remove_file(dir.join("revisions.lock")).unwrap();
}

#[test]
fn moving_the_first_day_moves_every_deadline_in_the_letter_and_the_calendar() {
    let tmp = copy_meeting(&sample());
    let meeting = tmp.path().join("sg12-2025-09");
    a_week_later(&meeting);
    let out = built(tmp.path(), &["--format", "md,ics", "--lang", "en,zh"]);
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let en = read("en/letter.md");
    for said in [
        "from 16 to 25 September 2025, inclusive",
        "**16 July 2025**",
        "**5 August 2025**",
        "**16 August 2025**",
        "**3 September 2025**",
        // Annex A says the fellowships' deadline, and the periods stay.
        "no later than 5 August 2025",
        "at least six weeks before the start of the meeting",
    ] {
        assert!(en.contains(said), "the letter does not say {said:?}");
    }
    assert!(!en.contains("29 July") && !en.contains("9 July"), "{en}");
    let zh = read("zh/letter.md");
    assert!(
        zh.contains("与会补贴申请最迟必须在2025年8月5日前收到"),
        "{zh}"
    );
    let ics = read("en/sg12-2025-09.ics");
    for day in ["20250716", "20250805", "20250816", "20250903"] {
        assert!(
            ics.contains(&format!("DTSTART;VALUE=DATE:{day}\r\n")),
            "{day}"
        );
    }
}

/// An addendum to the sample's letter that moves the meeting a week later.
const MOVED: &str = include_str!("../fixtures/addendum/1.yaml");

#[test]
fn an_addendum_that_moves_the_meeting_redlines_every_date_in_six_languages() {
    let tmp = copy_meeting(&sample());
    let addenda = tmp.path().join("sg12-2025-09/revisions/letter");
    std::fs::create_dir_all(&addenda).unwrap();
    std::fs::write(addenda.join("1.yaml"), MOVED).unwrap();
    let out = built(tmp.path(), &[]);
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    // The old and the new date of the fellowships' deadline, as each language writes it.
    let moved = [
        ("ar", "29 يوليو 2025", "5 أغسطس 2025"),
        ("zh", "2025年7月29日", "2025年8月5日"),
        ("en", "29 July 2025", "5 August 2025"),
        ("fr", "29 juillet 2025", "5 août 2025"),
        ("ru", "29 июля 2025 года", "5 августа 2025 года"),
        ("es", "29 de julio de 2025", "5 de agosto de 2025"),
    ];
    for (lang, old, new) in moved {
        let md = read(&format!("{lang}/letter-add1-changes.md"));
        let marked = format!("{{--{old}--}}{{++{new}++}}");
        // In the deadlines and in Annex A.
        assert_eq!(md.matches(&marked).count(), 2, "{lang}: {marked}\n{md}");
        let full = read(&format!("{lang}/letter-add1.md"));
        assert!(full.contains(new) && !full.contains(old), "{lang}");
        for ext in ["html", "pdf", "docx"] {
            assert!(
                out.join(format!("{lang}/letter-add1-changes.{ext}"))
                    .is_file()
            );
        }
    }
    let en = read("en/letter-add1-changes.md");
    assert!(en.contains("**Addendum 1 to TSB Collective letter 3/12** · 20 June 2025 · The meeting moves one week later"), "{en}");
    assert!(
        en.contains(
            "- The meeting's dates changed from 9-18 September 2025 to 16-25 September 2025\n"
        ),
        "{en}"
    );
    // Word marks the dates as revisions: the older deleted, the newer inserted.
    let docx = crate::docx::text_of(&out.join("en/letter-add1-changes.docx"));
    assert!(
        docx.contains("29 July 2025") && docx.contains("5 August 2025"),
        "{docx}"
    );
    // The feed lists the letter and its addendum, with what the addendum changed.
    let atom = read("en/revisions.atom");
    assert!(
        atom.contains("<title>Addendum 1 to the letter – The meeting moves one week later</title>"),
        "{atom}"
    );
    assert!(atom.contains("<title>Invitation letter</title>"), "{atom}");
    assert!(
        atom.contains(
            "<title>Meeting of ITU-T Study Group 12; Geneva, 16-25 September 2025</title>"
        ),
        "{atom}"
    );
    assert!(
        atom.contains("<li>A deadline moved from 29 July 2025 to 5 August 2025</li>"),
        "{atom}"
    );
    // `agenda diff` between the meeting and its copy with the addendum says the same.
    let diff = agenda(
        &root(),
        &[
            "diff",
            "agendas/sg12-2025-09",
            tmp.path().join("sg12-2025-09").to_str().unwrap(),
            "--lang",
            "en",
        ],
    );
    assert_eq!(diff.code, 0, "{}", diff.stderr);
    assert!(
        diff.stdout.contains(
            "The meeting's dates changed from 9-18 September 2025 to 16-25 September 2025\n"
        ),
        "{}",
        diff.stdout
    );
    assert!(
        diff.stdout
            .contains("A deadline moved from 29 July 2025 to 5 August 2025\n"),
        "{}",
        diff.stdout
    );
    // The calendar follows the addendum: the deadline moved, its sequence raised.
    let ics = read("en/sg12-2025-09.ics");
    assert!(
        ics.contains("SEQUENCE:1\r\nDTSTART;VALUE=DATE:20250805\r\n"),
        "{ics}"
    );
}

#[test]
fn an_organisations_own_paragraphs_replace_the_built_in_ones_and_are_checked() {
    let tmp = copy_meeting(&sample());
    let own = tmp.path().join("templates/letter");
    std::fs::create_dir_all(&own).unwrap();
    let builtin = std::fs::read_to_string(root().join("templates/letter/en.ftl")).unwrap();
    let mine = builtin.replace(
        "body-salutation = Dear Sir/Madam,",
        "body-salutation = Dear colleagues,",
    );
    std::fs::write(own.join("en.ftl"), &mine).unwrap();
    let out = built(tmp.path(), &["--format", "md"]);
    let en = std::fs::read_to_string(out.join("en/letter.md")).unwrap();
    assert!(en.contains("\nDear colleagues,\n"), "{en}");
    let zh = std::fs::read_to_string(out.join("zh/letter.md")).unwrap();
    assert!(zh.contains("\n尊敬的先生/女士：\n"), "{zh}");
    // A paragraph that says an unknown fact, a missing message and a syntax error, each said.
    let broken = mine
        .replace("{ $premises }", "{ $premise }")
        .replace("annexes = Annexes: { $count }\n", "")
        .replace("closing-wishes = ", "closing-wishes = {");
    std::fs::write(own.join("en.ftl"), broken).unwrap();
    let run = agenda(&root(), &["check", tmp.path().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let file = own.join("en.ftl").display().to_string();
    for said in [
        format!("error: this paragraph file has no message `annexes`\n --> {file}\n"),
        "error: this paragraph file does not parse: Expected a token starting with \"}\"\n".to_string(),
        "error: the letter's paragraph `body-invitation` says `$premise`, which letter.yaml does not give".to_string(),
    ] {
        assert!(run.stderr.contains(&said), "{said}\n{}", run.stderr);
    }
}

#[test]
fn a_lock_that_lost_the_letter_of_an_addendum_is_refused() {
    let tmp = copy_meeting(&sample());
    let meeting = tmp.path().join("sg12-2025-09");
    std::fs::create_dir_all(meeting.join("revisions/letter")).unwrap();
    std::fs::write(meeting.join("revisions/letter/1.yaml"), MOVED).unwrap();
    let lock = std::fs::read_to_string(meeting.join("revisions.lock")).unwrap();
    let lost: String = lock
        .lines()
        .filter(|l| !l.ends_with("letter.yaml"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(meeting.join("revisions.lock"), lost).unwrap();
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    says(
        &run.stderr,
        "error: revisions.lock does not record letter.yaml, though its stream has revisions, which come after it: the lock has lost lines, and letter.yaml would no longer be frozen\n --> sg12-2025-09/revisions.lock\n",
    );
}

#[test]
fn revise_starts_the_next_addendum() {
    let tmp = copy_meeting(&sample());
    let run = agenda(
        tmp.path(),
        &[
            "revise",
            "sg12-2025-09",
            "letter",
            "--date",
            "2025-06-20",
            "--summary",
            "Moved",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "started sg12-2025-09/revisions/letter/1.yaml (an addendum: give what changes): edit it, then `agenda publish`\n"
    );
    let file = tmp.path().join("sg12-2025-09/revisions/letter/1.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("# yaml-language-server: $schema=../../../../schemas/letter-addendum.schema.json\nrevision:\n  date: 2025-06-20\n  summary: \"Moved\"\n# Give only what changes"), "{text}");
    // As started, it checks; with a new first day, the letter moves.
    std::fs::write(
        &file,
        text.replace("# first_day: YYYY-MM-DD", "first_day: 2025-09-16")
            .replace("# last_day: YYYY-MM-DD", "last_day: 2025-09-25"),
    )
    .unwrap();
    let out = built(tmp.path(), &["--format", "md", "--lang", "en"]);
    let md = std::fs::read_to_string(out.join("en/letter-add1.md")).unwrap();
    assert!(md.contains("from 16 to 25 September 2025"), "{md}");
    // The next one is 2.
    let run = agenda(tmp.path(), &["revise", "sg12-2025-09", "letter"]);
    assert!(
        run.stdout
            .starts_with("started sg12-2025-09/revisions/letter/2.yaml"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_addendum_may_give_one_deadline_a_new_date() {
    let tmp = copy_meeting(&sample());
    let addenda = tmp.path().join("sg12-2025-09/revisions/letter");
    std::fs::create_dir_all(&addenda).unwrap();
    let extended = "revision:\n  date: 2025-07-10\n  summary: {zh: 延长与会补贴申请截止日期, en: Fellowship requests until 5 August, ar: تمديد المهلة, fr: Bourses jusqu'au 5 août, ru: Стипендии до 5 августа, es: Becas hasta el 5 de agosto}\ndeadlines:\n  6 weeks: 2025-08-05\n";
    std::fs::write(addenda.join("1.yaml"), extended).unwrap();
    let out = built(tmp.path(), &["--format", "md", "--lang", "en"]);
    let md = std::fs::read_to_string(out.join("en/letter-add1-changes.md")).unwrap();
    assert_eq!(
        md.matches("{--29 July 2025--}{++5 August 2025++}").count(),
        2,
        "{md}"
    );
    assert!(
        md.contains("\n- A deadline moved from 29 July 2025 to 5 August 2025\n\n"),
        "{md}"
    );
    assert!(
        md.contains("**9 July 2025**") && md.contains("from 9 to 18 September 2025"),
        "{md}"
    );
    // A rule the meeting has no deadline for is an error at its date.
    std::fs::write(
        addenda.join("1.yaml"),
        extended.replace("6 weeks:", "5 weeks:"),
    )
    .unwrap();
    let run = agenda(&root(), &["check", tmp.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: no deadline of meeting.yaml falls `5 weeks` before the meeting\n"),
        "{}",
        run.stderr
    );
    says(
        &run.stderr,
        "= hint: name a deadline by its `before:` (2 months, 6 weeks, 1 month, 13 days)\n",
    );
}

#[test]
fn moving_a_published_meeting_in_meeting_yaml_points_to_an_addendum() {
    let tmp = copy_meeting(&sample());
    edit(
        &tmp.path().join("sg12-2025-09/meeting.yaml"),
        "first_day: 2025-09-09",
        "first_day: 2025-09-16",
    );
    let run = agenda(tmp.path(), &["check", "sg12-2025-09"]);
    assert_eq!(run.code, 1);
    says(
        &run.stderr,
        "error: meeting.yaml was published and has been edited since (its hash in revisions.lock differs)\n --> sg12-2025-09/meeting.yaml\n  = hint: undo the edit and give the changed facts in an addendum to the letter (`agenda revise MEETING letter`); to re-publish this file as it is now, run `agenda publish --republish`\n",
    );
}

#[test]
fn a_character_no_font_has_in_an_organisations_paragraphs_is_an_error_of_check() {
    let tmp = copy_meeting(&sample());
    let own = tmp.path().join("templates/letter");
    std::fs::create_dir_all(&own).unwrap();
    let builtin = std::fs::read_to_string(root().join("templates/letter/en.ftl")).unwrap();
    let mine = builtin.replace(
        "closing-wishes = I wish you",
        "closing-wishes = 🚨 I wish you",
    );
    std::fs::write(own.join("en.ftl"), mine).unwrap();
    let run = agenda(tmp.path(), &["check", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    says(
        &run.stderr,
        "error: no font can draw `🚨` (U+1F6A8) in the `en` PDF\n  --> ./templates/letter/en.ftl:26:18\n",
    );
}
