//! What `agenda check` accepts, `agenda build` publishes, over all of Unicode: a property
//! test that writes texts drawn from every block of Unicode (`tests/fixtures/unicode/
//! Blocks.txt`), emoji sequences, combining marks, invisible and control characters,
//! noncharacters and markup into a small meeting in Arabic, English and Chinese (right to
//! left, left to right, CJK), in an item's title, a note, a group's name, a session's text,
//! a footnote, an update's summary and title, a session's code, a footnote's mark and a
//! registered document's title and source, then checks it and builds it in every
//! format, in-process (`agenda::build`, as `agenda check` and `agenda build` call it).
//!
//! The invariant: if the check finds no error, the build publishes every document; if it
//! finds one, each error is at a line holding a drawn text, with a hint, and the build
//! refuses the meeting with the same errors. The texts of the failures found are kept in
//! `tests/fixtures/unicode/corpus.yaml` and tried on every run, one meeting each.
//!
//! `PROPTEST_CASES` sets how many meetings are drawn (150 by default, about 10 s);
//! `PROPTEST_CASES=30000 cargo test --test it unicode` runs about half an hour.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use agenda::build::{self, Options, Outcome, Quiet};
use agenda::diag::{Diagnostic, Severity};
use agenda::error::Error;
use agenda::format::Format;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};

use crate::common::root;

/// The blocks of Unicode, less the surrogates (no Rust string holds one).
static BLOCKS: LazyLock<Vec<(u32, u32)>> = LazyLock::new(|| {
    let path = root().join("tests/fixtures/unicode/Blocks.txt");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter(|l| !l.contains("Surrogates"))
        .map(|l| {
            let range = l.split(';').next().unwrap();
            let (a, b) = range.split_once("..").unwrap();
            let hex = |s: &str| u32::from_str_radix(s, 16).unwrap();
            (hex(a), hex(b))
        })
        .collect()
});

/// A character of any block, each block as likely as any other.
fn any_block() -> impl Strategy<Value = String> {
    (0..BLOCKS.len(), any::<u32>()).prop_map(|(b, n)| {
        let (start, end) = BLOCKS[b];
        let c = char::from_u32(start + n % (end - start + 1)).unwrap_or('\u{FFFD}');
        c.to_string()
    })
}

/// Real words of the six languages, Arabic with its short vowels, and the Chinese of the
/// seed: the texts a chair writes.
const WORDS: &[&str] = &[
    "Opening",
    "Draft",
    "Study Group 12",
    "TD210 Rev.1",
    "C 72",
    "Réunion",
    "sesión",
    "Утверждение",
    "повестки",
    "افتتاح",
    "الاجتماع",
    "عن بُعد",
    "يُفتتح",
    "会议开幕",
    "通过议程",
    "第12研究组",
    "（如需要）",
    "Q1/12",
    "09:30–12:30",
    "e-meeting",
];

/// Characters that need no glyph, or that the sources must not bring into a document:
/// controls, bidirectional controls, joiners, variation selectors, noncharacters,
/// separators, the byte order mark.
const INVISIBLE: &[char] = &[
    '\u{0}',
    '\u{7}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{9f}',
    '\t',
    '\n',
    '\r',
    '\u{a0}',
    '\u{ad}',
    '\u{34f}',
    '\u{61c}',
    '\u{180e}',
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{2028}',
    '\u{2029}',
    '\u{202a}',
    '\u{202b}',
    '\u{202c}',
    '\u{202d}',
    '\u{202e}',
    '\u{2060}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{fe0e}',
    '\u{fe0f}',
    '\u{feff}',
    '\u{fdd0}',
    '\u{fdef}',
    '\u{fffe}',
    '\u{ffff}',
    '\u{1fffe}',
    '\u{10ffff}',
    '\u{e0001}',
    '\u{e0020}',
    '\u{e007f}',
    '\u{e0100}',
    '\u{fff9}',
    '\u{fffc}',
];

/// Emoji as people type them: alone, with a presentation selector, a skin tone, joined
/// into one (a family), as flags (regional indicators, tag sequences) and keycaps.
fn emoji() -> impl Strategy<Value = String> {
    let base = prop_oneof![0x1F300u32..0x1FAFF, 0x2600u32..0x27BF, 0x2190u32..0x21FF];
    let one = (base, 0..4u8, 0..6u32).prop_map(|(b, presentation, tone)| {
        let mut s = char::from_u32(b).map(String::from).unwrap_or_default();
        s.push_str(["", "\u{fe0f}", "\u{fe0e}", ""][presentation as usize]);
        if tone > 0 {
            s.extend(char::from_u32(0x1F3FA + tone));
        }
        s
    });
    prop_oneof![
        3 => proptest::collection::vec(one, 1..4).prop_map(|v| v.join("\u{200d}")),
        1 => (0..26u32, 0..26u32).prop_map(|(a, b)| {
            [a, b].iter().filter_map(|n| char::from_u32(0x1F1E6 + n)).collect()
        }),
        1 => (0..10u32).prop_map(|d| format!("{d}\u{fe0f}\u{20e3}")),
        1 => Just("\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}".to_string()),
        1 => Just("✨".to_string()),
    ]
}

/// A base letter and a stack of combining marks (Latin, Cyrillic or Arabic).
fn combining() -> impl Strategy<Value = String> {
    let base = prop_oneof![Just('e'), Just('Ж'), Just('ب'), Just('会'), Just(' ')];
    let mark = prop_oneof![
        0x300u32..0x370,
        0x64Bu32..0x660,
        0x1AB0u32..0x1ACF,
        0x20D0u32..0x20F1
    ];
    (base, proptest::collection::vec(mark, 1..5)).prop_map(|(b, marks)| {
        let mut s = b.to_string();
        s.extend(marks.into_iter().filter_map(char::from_u32));
        s
    })
}

/// One piece of a text as chairs write it: ASCII (markup characters included), real
/// words, letters of the scripts the bundled fonts cover, accents, invisible characters.
fn tame() -> impl Strategy<Value = String> {
    prop_oneof![
        30 => "[ -~]{1,8}",
        12 => proptest::sample::select(WORDS).prop_map(str::to_string),
        6 => "[\u{a1}-\u{17f}\u{391}-\u{3c9}\u{410}-\u{44f}\u{621}-\u{64a}]{1,4}",
        3 => "[a-z\u{621}-\u{64a}][\u{300}-\u{30c}\u{64b}-\u{652}]",
        8 => proptest::sample::select(INVISIBLE).prop_map(String::from),
    ]
}

/// A piece from anywhere: a character of any block, an emoji sequence, a stack of marks.
fn wild() -> impl Strategy<Value = String> {
    prop_oneof![4 => any_block(), 2 => emoji(), 2 => combining()]
}

/// A piece, tame or wild.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![3 => tame(), 1 => wild()]
}

/// A text: a few tame pieces.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(tame(), 1..4).prop_map(|p| p.concat())
}

/// The texts a meeting is made with: per place, one per language (ar, en, zh).
#[derive(Debug, Clone)]
struct Texts {
    /// Whether the meeting reads its texts as inline Markdown.
    markdown: bool,
    places: Vec<[String; 3]>,
    /// A session's code, and the mark of its footnote (printed as written in every language).
    code: String,
    mark: String,
    /// A registered document's title and source (one text, in whatever language).
    document: [String; 2],
}

/// The places a drawn text goes, in the order of [`Texts::places`].
const PLACES: [&str; 7] = [
    "title", "note", "group", "session", "footnote", "summary", "revised",
];

/// Tame texts in every place and language, and a wild piece or none, put into one
/// of them (most meetings then pass the check, and the build is tried on what they hold).
fn texts() -> impl Strategy<Value = Texts> {
    let three = [text(), text(), text()];
    let wilds =
        proptest::collection::vec((0..PLACES.len(), 0..3usize, any::<bool>(), wild()), 0..2);
    let code = prop_oneof![4 => "[A-Z]{1,3}-[0-9]", 1 => piece()];
    let mark = prop_oneof![4 => "[a-z*†‡§]", 1 => piece()];
    let places = proptest::collection::vec(three, PLACES.len());
    let document = (prop_oneof![3 => text(), 1 => wild()], text()).prop_map(|(t, s)| [t, s]);
    (any::<bool>(), places, wilds, (code, mark), document).prop_map(
        |(markdown, mut places, wilds, (code, mark), document)| {
            for (place, lang, before, piece) in wilds {
                let t = &mut places[place][lang];
                *t = if before {
                    format!("{piece}{t}")
                } else {
                    format!("{t}{piece}")
                };
            }
            Texts {
                markdown,
                places,
                code,
                mark,
                document,
            }
        },
    )
}

/// `s` as a YAML double-quoted scalar: printable ASCII as it is, every other character
/// escaped, so that each text stays on its line.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// A meeting's files, each with the lines that hold a drawn text.
struct Meeting {
    files: Vec<(&'static str, String)>,
}

impl Meeting {
    /// The files of a meeting holding `t`.
    fn new(t: &Texts) -> Meeting {
        let per = |i: usize, indent: &str| {
            let [ar, en, zh] = &t.places[i];
            format!(
                "\n{indent}ar: {}\n{indent}en: {}\n{indent}zh: {}",
                quoted(ar),
                quoted(en),
                quoted(zh)
            )
        };
        let files = vec![
            ("meeting.yaml", meeting(t.markdown)),
            ("agenda.yaml", agenda(&per(0, "      "), &per(1, "    "))),
            (
                "timeplan.yaml",
                timeplan(
                    &per(2, "      "),
                    &per(3, "      "),
                    &per(4, "      "),
                    (&quoted(&t.code), &quoted(&t.mark)),
                ),
            ),
            (
                "revisions/agenda/0.yaml",
                revision(&per(5, "    "), &per(6, "      "), &per(1, "    ")),
            ),
            ("documents.yaml", register(&t.document)),
        ];
        Meeting { files }
    }

    /// Writes the meeting into `dir`.
    fn write(&self, dir: &Path) {
        for (name, text) in &self.files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
    }

    /// The (file, line) of every drawn text: the lines that start with a language code, a
    /// code, a mark, a document's title or source, then a quote.
    fn drawn(&self) -> BTreeSet<(String, u32)> {
        let mut out = BTreeSet::new();
        for (name, text) in &self.files {
            for (i, line) in text.lines().enumerate() {
                let l = line.trim_start();
                let drawn = [
                    "ar: \"",
                    "en: \"",
                    "zh: \"",
                    "code: \"",
                    "marks: [\"",
                    "- mark: \"",
                    "title: \"",
                    "source: \"",
                ];
                if drawn.iter().any(|p| l.starts_with(p)) {
                    out.insert((name.to_string(), i as u32 + 1));
                }
            }
        }
        out
    }
}

fn meeting(markdown: bool) -> String {
    format!(
        "organisation: {{ar: الاتحاد الدولي للاتصالات, en: International Telecommunication Union, zh: 国际电联}}
body: {{ar: لجنة الدراسات 12, en: ITU-T Study Group 12, zh: 第12研究组}}
title: {{ar: اجتماع لجنة الدراسات 12, en: Meeting of ITU-T Study Group 12, zh: 第12研究组会议}}
venue: {{ar: جنيف, en: Geneva, zh: 日内瓦}}
first_day: 2025-09-09
last_day: 2025-09-10
time_zone: Europe/Zurich
chair: Ms Tania Villa Trápala
agenda_update: TD210
timeplan_update: TD211
languages: [ar, en, zh]
markdown: {markdown}
"
    )
}

fn agenda(title: &str, note: &str) -> String {
    format!(
        "heading: {{ar: مشروع جدول الأعمال, en: Draft agenda, zh: 会议议程草案}}
items:
  - id: opening
    title:{title}
    sessions: [pl-1]
  - id: closing
    title: {{ar: اختتام الاجتماع, en: Closing of the meeting, zh: 会议闭幕}}
notes:
  -{note}
"
    )
}

fn revision(summary: &str, title: &str, note: &str) -> String {
    format!(
        "revision:
  date: 2025-09-09
  summary:{summary}
heading: {{ar: جدول الأعمال, en: Agenda, zh: 会议议程}}
items:
  - id: closing
    title: {{ar: اختتام الاجتماع, en: Closing of the meeting, zh: 会议闭幕}}
  - id: opening
    title:{title}
    sessions: [pl-1]
    documents: [C 1]
notes:
  -{note}
"
    )
}

/// The register: one document, its title and source drawn.
fn register([title, source]: &[String; 2]) -> String {
    format!(
        "documents:
  - number: C 1
    title: {}
    source: {}
    date: 2025-07-15
",
        quoted(title),
        quoted(source)
    )
}

fn timeplan(group: &str, session: &str, footnote: &str, (code, mark): (&str, &str)) -> String {
    format!(
        "heading: {{ar: مشروع الخطة الزمنية, en: Draft time plan, zh: 时间计划草案}}
groups:
  - id: sg12
    kind: plenary
    code: SG12
    name:{group}
  - {{id: q1, kind: question, code: Q1/12, name: {{ar: المسألة 1/12, en: Question 1/12, zh: 第1/12号课题}}}}
slots:
  - {{id: morning, label: {{ar: صباحاً, en: Morning, zh: 上午}}, start: \"09:30\", end: \"12:30\"}}
  - {{id: afternoon, label: {{ar: بعد الظهر, en: Afternoon, zh: 下午}}, start: \"14:30\", end: \"17:30\"}}
days:
  - date: 2025-09-09
  - date: 2025-09-10
sessions:
  - id: pl-1
    groups: [sg12]
    date: 2025-09-09
    slot: morning
    code: {code}
    marks: [{mark}]
    text:{session}
  - {{id: q1-1, groups: [q1], date: 2025-09-09, slot: afternoon}}
  - {{id: pl-2, groups: [sg12], date: 2025-09-10, slot: morning, code: PL-2}}
footnotes:
  - mark: {mark}
    text:{footnote}
"
    )
}

/// The errors of `diags`.
fn errors(diags: &[Diagnostic]) -> Vec<&Diagnostic> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect()
}

/// The invariant, on the meeting holding `t`, in a folder of its own under `tmp`.
fn holds(t: &Texts, tmp: &Path) -> Result<(), TestCaseError> {
    let m = Meeting::new(t);
    let dir = tempfile::tempdir_in(tmp).unwrap();
    let meeting = dir.path().join("m");
    m.write(&meeting);
    let checked = build::check(std::slice::from_ref(&meeting), &[]);
    let options = Options::new(dir.path().join("out"), &Format::ALL);
    let built = build::build(std::slice::from_ref(&meeting), &options, &Quiet);
    match checked {
        Ok(_) => published(built),
        Err(Error::Invalid(diags)) => refused(&diags, built, &m, &meeting),
        Err(e) => Err(TestCaseError::fail(format!("check failed: {e}"))),
    }
}

/// The build published every document.
fn published(built: Result<build::Report, Error>) -> Result<(), TestCaseError> {
    let report = built.map_err(|e| TestCaseError::fail(format!("checked, not built: {e}")))?;
    for outcome in &report.meetings {
        if let Outcome::Failed(e) = outcome {
            return Err(TestCaseError::fail(format!("checked, not published: {e}")));
        }
    }
    Ok(())
}

/// Each error of the check is at a drawn text's line, with a hint, and the build refused
/// the meeting with the same errors.
fn refused(
    diags: &[Diagnostic],
    built: Result<build::Report, Error>,
    m: &Meeting,
    dir: &Path,
) -> Result<(), TestCaseError> {
    let drawn = m.drawn();
    for d in errors(diags) {
        let file = d.file.path.strip_prefix(dir).unwrap_or(&d.file.path);
        let at = (file.to_string_lossy().replace('\\', "/"), d.pos.line);
        prop_assert!(
            drawn.contains(&at),
            "an error not at a drawn text: {}",
            render(d)
        );
        prop_assert!(d.hint.is_some(), "an error without a hint: {}", render(d));
    }
    match built {
        Err(Error::Invalid(again)) => {
            let said = |ds: &[Diagnostic]| errors(ds).iter().map(|d| render(d)).collect::<Vec<_>>();
            prop_assert_eq!(said(diags), said(&again));
            Ok(())
        }
        Err(e) => Err(TestCaseError::fail(format!(
            "the build failed otherwise: {e}"
        ))),
        Ok(_) => Err(TestCaseError::fail("refused by check, built")),
    }
}

fn render(d: &Diagnostic) -> String {
    agenda::diag::render_all(std::slice::from_ref(d))
}

/// Where the meetings of this test are written.
fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn what_check_accepts_build_publishes_over_all_of_unicode() {
    let tmp = scratch();
    let persistence = root().join("tests/fixtures/unicode/proptest-regressions.txt");
    let config = Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(150),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(leak(persistence)))),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&texts(), |t| holds(&t, tmp.path()));
    if let Err(e) = result {
        panic!("{e}");
    }
}

fn leak(p: PathBuf) -> &'static str {
    Box::leak(p.to_string_lossy().into_owned().into_boxed_str())
}

/// The texts of failures found, each in a meeting of its own (in every place and language
/// but the update's title).
#[test]
fn the_failures_found_hold_the_invariant() {
    let tmp = scratch();
    let path = root().join("tests/fixtures/unicode/corpus.yaml");
    let corpus: Vec<String> =
        serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for s in corpus {
        // The text everywhere, but in the update's title, which replaces it: a changes
        // document sets it struck through, in a run of its own.
        let mut places = vec![[s.clone(), s.clone(), s.clone()]; PLACES.len()];
        places[6] = ["Study Group 12", "Study Group 12", "Study Group 12"].map(String::from);
        let t = Texts {
            markdown: false,
            places,
            code: "PL-1".to_string(),
            mark: "a".to_string(),
            document: [s.clone(), s.clone()],
        };
        if let Err(e) = holds(&t, tmp.path()) {
            panic!("{s:?}: {e}");
        }
    }
}

/// A layout may set some texts in a font of its own, which the check (setting texts as
/// `layout.typ`'s `setup` does) cannot know: then the build, which Typst fails, still says
/// where in the sources the character is, before Typst's own report.
#[test]
fn a_character_only_the_build_finds_is_reported_at_its_place_in_the_sources() {
    let tmp = crate::common::copy_meeting(&crate::common::mini());
    let layout = std::fs::read_to_string(root().join("templates/layout.typ")).unwrap();
    let own_font = layout.replace(
        "enum.item[#rich(it.title)",
        "enum.item[#text(font: \"DejaVu Sans Mono\", fallback: false, rich(it.title))",
    );
    assert_ne!(own_font, layout);
    std::fs::create_dir(tmp.path().join("templates")).unwrap();
    std::fs::write(tmp.path().join("templates/layout.typ"), own_font).unwrap();
    let check = crate::common::agenda(tmp.path(), &["check", "m"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let build = crate::common::agenda(tmp.path(), &["build", "m", "--format", "pdf", "-o", "out"]);
    assert_eq!(build.code, 1, "{}", build.stderr);
    let first = "error: no font can draw `会` (U+4F1A) in the `zh` PDF\n --> m/agenda.yaml:4:17\n";
    assert!(build.stderr.contains(first), "{}", build.stderr);
    assert!(
        build.stderr.contains("could not be displayed"),
        "{}",
        build.stderr
    );
}
