//! Rich texts ([`Rich`] trees) written as WordprocessingML runs: formatting as run
//! properties, links as HYPERLINK fields (so that they stay runs, which a revision mark
//! may hold), insertions and deletions as Word's own revision marks (`w:ins`, `w:del` with
//! `w:delText`), line breaks and tabs as Word's, and every run tagged with its languages;
//! in an Arabic document, the runs of Arabic script are marked right to left.

use super::xml;
use crate::model::rich::{Inline, Rich, Version};
use crate::render::escape;

/// The language tags and direction every run of a document carries.
#[derive(Debug, Clone)]
pub struct Tongue {
    /// `w:lang w:val`: the language of Latin and Cyrillic text.
    pub latin: String,
    /// `w:eastAsia` and `w:bidi`: the languages of East Asian and of right-to-left text.
    pub east_asian_tag: String,
    pub bidi_tag: String,
    /// Whether the document reads right to left (Arabic).
    pub rtl: bool,
    /// Whether its text is East Asian (Chinese): runs hint East Asian fonts.
    pub east_asian: bool,
}

/// The tags of a document in `lang`, from its translation file (`word-language`: the tag
/// of its Latin or Cyrillic text; `word-east-asian-language`, `word-bidi-language`: those
/// of its East Asian and right-to-left text; `script`: `cjk` for a language whose text is
/// East Asian) and its direction.
pub fn tongue(lang: &str) -> Tongue {
    let loc = crate::lang::locale(lang);
    Tongue {
        latin: loc.text("word-language", &[]),
        east_asian_tag: loc.text("word-east-asian-language", &[]),
        bidi_tag: loc.text("word-bidi-language", &[]),
        rtl: loc.dir == "rtl",
        east_asian: loc.text("script", &[]) == "cjk",
    }
}

/// Revision marks and comments being written: their author and date, and the next
/// free id (one sequence for both, so that every id is unique).
#[derive(Debug)]
pub struct Marks {
    pub author: String,
    /// `2025-09-11T00:00:00Z`: the revision's date, never the clock.
    pub date: String,
    next: u32,
}

impl Marks {
    pub fn new(author: &str, date: chrono::NaiveDate) -> Marks {
        Marks {
            author: author.to_string(),
            date: format!("{}T00:00:00Z", date.format("%Y-%m-%d")),
            next: 1,
        }
    }

    pub fn next_id(&mut self) -> u32 {
        let id = self.next;
        self.next += 1;
        id
    }

    /// The attributes of a new mark: `w:id="7" w:author="…" w:date="…"`.
    pub fn attrs(&mut self) -> String {
        let id = self.next_id();
        format!(
            "w:id=\"{id}\" w:author=\"{}\" w:date=\"{}\"",
            xml::escaped(&self.author),
            self.date
        )
    }
}

/// Insertion or deletion, of a run or of a whole paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Ins,
    Del,
}

impl Mark {
    pub fn tag(self) -> &'static str {
        match self {
            Mark::Ins => "w:ins",
            Mark::Del => "w:del",
        }
    }
}

/// How a run is formatted.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fmt {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub sup: bool,
    pub link: bool,
}

/// Where the writing is: the formatting and marks open around the text, and the text
/// not yet written (text side by side is one run).
struct State<'a> {
    fmt: Vec<Fmt>,
    /// The marks opened (`None` where one of the same kind was already open, so
    /// nothing was written).
    marks: Vec<Option<Mark>>,
    pending: String,
    tongue: &'a Tongue,
    out: String,
}

impl State<'_> {
    fn fmt(&self) -> Fmt {
        self.fmt.last().copied().unwrap_or_default()
    }

    fn inside(&self, m: Mark) -> bool {
        self.marks.contains(&Some(m))
    }

    /// Writes the text gathered so far.
    fn flush(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        text_runs(&pending, self);
    }
}

/// The runs of rich text `rich`, formatted from `base` on.
pub fn runs(rich: &Rich, base: Fmt, tongue: &Tongue, marks: &mut Marks) -> String {
    let mut st = State {
        fmt: vec![base],
        marks: Vec::new(),
        pending: String::new(),
        tongue,
        out: String::new(),
    };
    parts(&rich.0, &mut st, marks);
    st.flush();
    st.out
}

fn parts(parts: &[Inline], st: &mut State, marks: &mut Marks) {
    for part in parts {
        match part {
            Inline::Text(t) => text(t, st),
            Inline::LineBreak => {
                st.flush();
                st.out.push_str(&run_with(st, "<w:br/>"));
            }
            Inline::Code(t) => formatted(&[Inline::Text(t.clone())], |f| f.code = true, st, marks),
            Inline::Emphasis(c) => formatted(c, |f| f.italic = true, st, marks),
            Inline::Strong(c) => formatted(c, |f| f.bold = true, st, marks),
            Inline::Superscript(c) => formatted(c, |f| f.sup = true, st, marks),
            Inline::Isolated(c) => isolated(c, st, marks),
            Inline::Link { href, body } => link(href, body, st, marks),
            // An insertion within a deletion is in neither version: left out (Word writes
            // only a deletion within an insertion).
            Inline::Inserted(_) if st.inside(Mark::Del) => {}
            Inline::Inserted(c) => marked(Mark::Ins, c, st, marks),
            Inline::Deleted(c) => marked(Mark::Del, c, st, marks),
            Inline::Revised { marked, .. } => self::parts(marked, st, marks),
        }
    }
}

/// Text, as every markup escapes it: a line break a break of its own, a tab Word's tab,
/// and what no output keeps ([`escape::dropped`]) left out.
fn text(t: &str, st: &mut State) {
    for c in t.chars() {
        match c {
            '\n' => {
                st.flush();
                st.out.push_str(&run_with(st, "<w:br/>"));
            }
            '\t' => {
                st.flush();
                st.out.push_str(&run_with(st, "<w:tab/>"));
            }
            c if escape::dropped(c) => {}
            c => st.pending.push(c),
        }
    }
}

/// `c` isolated ([`Inline::Isolated`]): Unicode's first-strong isolate and its end, runs
/// of their own around it (Word and LibreOffice honour them; the sources' text never has
/// them, [`escape::dropped`]).
fn isolated(c: &[Inline], st: &mut State, marks: &mut Marks) {
    let control = |c: char, st: &mut State| {
        st.flush();
        let element = if st.inside(Mark::Del) {
            "w:delText"
        } else {
            "w:t"
        };
        let run = run_with(st, &format!("<{element}>{c}</{element}>"));
        st.out.push_str(&run);
    };
    control('\u{2068}', st);
    parts(c, st, marks);
    control('\u{2069}', st);
}

/// `c` formatted as `how` says, on top of the formatting around it.
fn formatted(c: &[Inline], how: impl Fn(&mut Fmt), st: &mut State, marks: &mut Marks) {
    st.flush();
    let mut fmt = st.fmt();
    how(&mut fmt);
    st.fmt.push(fmt);
    parts(c, st, marks);
    st.flush();
    st.fmt.pop();
}

/// A link: a HYPERLINK field around its text.
fn link(href: &str, body: &[Inline], st: &mut State, marks: &mut Marks) {
    st.flush();
    let mut fmt = st.fmt();
    fmt.link = true;
    // As an attribute reads: white space a space, and what no output keeps left out.
    let url: String = (href.chars())
        .filter(|c| !escape::dropped(*c))
        .map(|c| {
            if c.is_whitespace() && c != ' ' {
                ' '
            } else {
                c
            }
        })
        .collect();
    field_start(&url, st);
    st.fmt.push(fmt);
    parts(body, st, marks);
    st.flush();
    st.fmt.pop();
    field_char("end", st);
}

/// `c` inserted or deleted (within a mark of the same kind, no new one is opened).
fn marked(m: Mark, c: &[Inline], st: &mut State, marks: &mut Marks) {
    st.flush();
    let opened = !st.inside(m);
    if opened {
        st.out.push_str(&format!("<{} {}>", m.tag(), marks.attrs()));
    }
    st.marks.push(opened.then_some(m));
    parts(c, st, marks);
    st.flush();
    st.marks.pop();
    if opened {
        st.out.push_str(&format!("</{}>", m.tag()));
    }
}

/// The runs that open a HYPERLINK field to `url`, up to its shown text.
fn field_start(url: &str, st: &mut State) {
    field_char("begin", st);
    let instr = match st.inside(Mark::Del) {
        true => "w:delInstrText",
        false => "w:instrText",
    };
    let quoted = url.replace('"', "%22");
    let body = format!(
        "<{instr} xml:space=\"preserve\"> HYPERLINK \"{}\" </{instr}>",
        xml::escaped(&quoted)
    );
    st.out.push_str(&run_with(st, &body));
    field_char("separate", st);
}

fn field_char(kind: &str, st: &mut State) {
    let body = format!("<w:fldChar w:fldCharType=\"{kind}\"/>");
    st.out.push_str(&run_with(st, &body));
}

/// A run holding `body`, with the properties of where it is.
fn run_with(st: &State, body: &str) -> String {
    format!(
        "<w:r>{}{body}</w:r>",
        properties(st.fmt(), st.tongue, false)
    )
}

/// The runs of plain text `t`: in an Arabic document one per stretch of Arabic script
/// (marked right to left) or of other text.
fn text_runs(t: &str, st: &mut State) {
    if t.is_empty() {
        return;
    }
    let element = match st.inside(Mark::Del) {
        true => "w:delText",
        false => "w:t",
    };
    for (piece, rtl) in stretches(t, st.tongue.rtl) {
        let run = format!(
            "<w:r>{}<{element} xml:space=\"preserve\">{}</{element}></w:r>",
            properties(st.fmt(), st.tongue, rtl),
            xml::escaped(piece)
        );
        st.out.push_str(&run);
    }
}

/// `t` cut where its script changes between Arabic and the rest. What belongs to neither
/// (spaces, punctuation, brackets) goes with the Arabic around it: it stays with an
/// Arabic stretch it follows, and it leaves a stretch of other text (Latin, digits) for
/// the right-to-left one after it, or at the end, so that it reads the way the
/// paragraph runs.
fn stretches(t: &str, rtl_doc: bool) -> Vec<(&str, bool)> {
    if !rtl_doc {
        return vec![(t, false)];
    }
    let mut out: Vec<(&str, bool)> = Vec::new();
    let (mut start, mut strong_end) = (0, 0);
    let mut current: Option<bool> = None;
    for (i, c) in t.char_indices() {
        let Some(strong) = direction(c) else { continue };
        match current {
            Some(true) if !strong => {
                out.push((&t[start..i], true));
                start = i;
            }
            Some(false) if strong => {
                out.push((&t[start..strong_end], false));
                start = strong_end;
            }
            None if !strong && i > 0 => {
                out.push((&t[..i], true));
                start = i;
            }
            _ => {}
        }
        current = Some(strong);
        strong_end = i + c.len_utf8();
    }
    match current {
        Some(false) => {
            out.push((&t[start..strong_end], false));
            if strong_end < t.len() {
                out.push((&t[strong_end..], true));
            }
        }
        _ => out.push((&t[start..], true)),
    }
    out
}

/// Whether `c` is of Arabic script (Some(true)), of another strong direction or a
/// digit (Some(false)), or neutral (None). A left-to-right mark is of a strong left-to-right
/// direction: it keeps the stretch it starts or ends left to right (a telephone number).
fn direction(c: char) -> Option<bool> {
    if c == '\u{200E}' {
        return Some(false);
    }
    let arabic = matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF);
    if arabic {
        Some(true)
    } else if c.is_alphanumeric() {
        Some(false)
    } else {
        None
    }
}

/// `w:rPr` for a run: its character style, formatting, direction and languages, in the
/// order the schema gives.
pub fn properties(fmt: Fmt, tongue: &Tongue, rtl: bool) -> String {
    let mut p = String::from("<w:rPr>");
    if fmt.code {
        p.push_str("<w:rStyle w:val=\"Code\"/>");
    } else if fmt.link {
        p.push_str("<w:rStyle w:val=\"Hyperlink\"/>");
    }
    if tongue.east_asian {
        p.push_str("<w:rFonts w:hint=\"eastAsia\"/>");
    }
    if fmt.bold {
        p.push_str("<w:b/><w:bCs/>");
    }
    if fmt.italic {
        p.push_str("<w:i/><w:iCs/>");
    }
    if fmt.sup {
        p.push_str("<w:vertAlign w:val=\"superscript\"/>");
    }
    if rtl {
        p.push_str("<w:rtl/>");
    }
    p.push_str(&format!(
        "<w:lang w:val=\"{}\" w:eastAsia=\"{}\" w:bidi=\"{}\"/></w:rPr>",
        tongue.latin, tongue.east_asian_tag, tongue.bidi_tag
    ));
    p
}

/// Whether every part of `rich` is inside one kind of mark: the whole text was inserted
/// (or deleted), and so is its paragraph.
pub fn whole(rich: &Rich) -> Option<Mark> {
    let mut found: Option<Mark> = None;
    for part in top_level(&rich.0) {
        let m = match part {
            Inline::Inserted(_) => Mark::Ins,
            Inline::Deleted(_) => Mark::Del,
            // Even a space outside the marks is in both versions: not wholly marked.
            Inline::Text(t) if t.chars().all(escape::dropped) => continue,
            _ => return None,
        };
        if found.is_some_and(|f| f != m) {
            return None;
        }
        found = Some(m);
    }
    found
}

/// The parts of `parts` as a reader meets them, a revised text's marked words in its
/// place.
fn top_level(parts: &[Inline]) -> Vec<&Inline> {
    let mut out = Vec::new();
    for part in parts {
        match part {
            Inline::Revised { marked, .. } => out.extend(top_level(marked)),
            other => out.push(other),
        }
    }
    out
}

/// What `version` reads of `rich`, side-by-side texts as one and a line break as text:
/// for comparing.
pub fn version(rich: &Rich, version: Version) -> Vec<Inline> {
    super::marks::normal(&rich.version(version).0)
}

/// The plain text `version` reads of `rich` (a line break as a space), for a name such as
/// a table's.
pub fn plain_text(rich: &Rich, version: Version) -> String {
    let plain = rich.version(version).plain();
    (plain.chars())
        .filter(|c| !escape::dropped(*c))
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks() -> Marks {
        Marks::new(
            "TSB",
            chrono::NaiveDate::from_ymd_opt(2025, 9, 11).unwrap_or_default(),
        )
    }

    fn t(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    #[test]
    fn marks_become_revisions_and_deleted_text_del_text() {
        let rich = Rich(vec![
            t("a "),
            Inline::Inserted(vec![t("b")]),
            Inline::Deleted(vec![t("c & d")]),
        ]);
        let out = runs(&rich, Fmt::default(), &tongue("en"), &mut marks());
        assert!(
            out.contains(
                "<w:ins w:id=\"1\" w:author=\"TSB\" w:date=\"2025-09-11T00:00:00Z\"><w:r>"
            )
        );
        assert!(out.contains("<w:delText xml:space=\"preserve\">c &amp; d</w:delText>"));
        assert!(!out.contains("<w:t xml:space=\"preserve\">c"));
        // An insertion within a deletion is in neither version: left out.
        let rich = Rich(vec![Inline::Deleted(vec![
            t("a"),
            Inline::Inserted(vec![t("x")]),
            t("b"),
        ])]);
        let out = runs(&rich, Fmt::default(), &tongue("en"), &mut marks());
        assert!(out.contains(">ab</w:delText>"), "{out}");
    }

    #[test]
    fn text_side_by_side_is_one_run_and_breaks_and_tabs_are_words() {
        let rich = Rich(vec![t("a"), t("b\tc\nd\u{7}")]);
        let out = runs(&rich, Fmt::default(), &tongue("en"), &mut marks());
        let texts: Vec<&str> = out.split("xml:space=\"preserve\">").skip(1).collect();
        assert_eq!(texts.len(), 3, "{out}");
        assert!(texts[0].starts_with("ab<"), "{out}");
        assert!(out.contains("<w:tab/>") && out.contains("<w:br/>"), "{out}");
        assert!(!out.contains('\u{7}'), "{out}");
    }

    #[test]
    fn arabic_is_cut_into_stretches_by_script() {
        let cut = stretches("الفريق WP1/12 (جنيف)", true);
        assert_eq!(
            cut,
            vec![("الفريق ", true), ("WP1/12", false), (" (جنيف)", true)]
        );
        let end = stretches("في الوثيقة SG12-TD210.", true);
        assert_eq!(
            end,
            vec![("في الوثيقة ", true), ("SG12-TD210", false), (".", true)]
        );
        assert_eq!(
            stretches("(12)", true),
            vec![("(", true), ("12", false), (")", true)]
        );
    }

    #[test]
    fn the_plain_text_of_a_version() {
        let rich = Rich(vec![
            t("a"),
            Inline::Deleted(vec![t("b")]),
            Inline::Inserted(vec![t("c"), Inline::LineBreak]),
            t("&"),
            Inline::Emphasis(vec![t("d")]),
        ]);
        assert_eq!(plain_text(&rich, Version::Newer), "ac &d");
        assert_eq!(plain_text(&rich, Version::Older), "ab&d");
    }

    #[test]
    fn a_paragraph_wholly_marked() {
        let ins = |s: &str| Inline::Inserted(vec![t(s)]);
        let del = |s: &str| Inline::Deleted(vec![t(s)]);
        assert_eq!(whole(&Rich(vec![ins("a"), ins("b")])), Some(Mark::Ins));
        assert_eq!(whole(&Rich(vec![ins("a"), t(" "), ins("b")])), None);
        assert_eq!(whole(&Rich(vec![del("a"), t("x")])), None);
        assert_eq!(whole(&Rich(vec![del("a"), ins("b")])), None);
        assert_eq!(whole(&Rich(vec![t("a")])), None);
        assert_eq!(whole(&Rich::default()), None);
    }
}
