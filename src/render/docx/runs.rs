//! Rich texts (the XML fragments of [`crate::render::inline`]'s Word markup) turned into
//! WordprocessingML runs: formatting as run properties, links as HYPERLINK fields (so
//! that they stay runs, which a revision mark may hold), `<ins>`/`<del>` as Word's own
//! revision marks (`w:ins`, `w:del` with `w:delText`), and every run tagged with its
//! languages; in an Arabic document, the runs of Arabic script are marked right to left.

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;

use super::xml;

/// The language tags and direction every run of a document carries.
#[derive(Debug, Clone)]
pub struct Tongue {
    /// `w:lang w:val`: the language of Latin and Cyrillic text.
    pub latin: String,
    /// Whether the document reads right to left (Arabic).
    pub rtl: bool,
    /// Whether its text is East Asian (Chinese): runs hint East Asian fonts.
    pub east_asian: bool,
}

/// The tags of a document in `lang`, from its translation file (`word-language`: the tag
/// of its Latin or Cyrillic text; `script`: `cjk` for a language whose text is East
/// Asian) and its direction.
pub fn tongue(lang: &str) -> Tongue {
    let loc = crate::lang::locale(lang);
    Tongue {
        latin: loc.text("word-language", &[]),
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

/// Where the conversion is: the formatting and marks open around the text.
struct State {
    fmt: Vec<Fmt>,
    /// The marks opened (`None` where one of the same kind was already open, so
    /// nothing was written).
    marks: Vec<Option<Mark>>,
}

impl State {
    fn fmt(&self) -> Fmt {
        self.fmt.last().copied().unwrap_or_default()
    }

    fn inside(&self, m: Mark) -> bool {
        self.marks.contains(&Some(m))
    }
}

/// The runs of rich text `fragment`, formatted from `base` on.
pub fn runs(fragment: &str, base: Fmt, tongue: &Tongue, marks: &mut Marks) -> String {
    let wrapped = format!("<r>{fragment}</r>");
    let mut reader = Reader::from_str(&wrapped);
    let mut st = State {
        fmt: vec![base],
        marks: Vec::new(),
    };
    let (mut out, mut pending) = (String::new(), String::new());
    // How deep inside an insertion within a deletion: text that neither version has,
    // left out (Word writes only a deletion within an insertion).
    let mut dropped = 0usize;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        let entering = matches!(&event, Event::Start(e) if e.local_name().as_ref() == "ins");
        if dropped > 0 || entering && st.inside(Mark::Del) {
            match event {
                Event::Start(_) => dropped += 1,
                Event::End(_) => dropped -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Text(t) => pending.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => pending.push_str(&resolve(&r)),
            other => {
                text_runs(&std::mem::take(&mut pending), &st, tongue, &mut out);
                tag(other, &mut st, (tongue, marks), &mut out);
            }
        }
    }
    text_runs(&pending, &st, tongue, &mut out);
    out
}

fn resolve(r: &quick_xml::events::BytesRef) -> String {
    match r.resolve_char_ref() {
        Ok(Some(c)) => c.to_string(),
        _ => resolve_predefined_entity(r).unwrap_or_default().to_string(),
    }
}

/// A tag of the vocabulary: formatting pushed or popped, a mark opened or closed, a
/// break or a tab.
fn tag(event: Event, st: &mut State, (tongue, marks): (&Tongue, &mut Marks), out: &mut String) {
    match event {
        Event::Start(e) => {
            let mut fmt = st.fmt();
            match e.local_name().as_ref() {
                "i" => fmt.italic = true,
                "b" => fmt.bold = true,
                "code" => fmt.code = true,
                "sup" => fmt.sup = true,
                "a" => {
                    let href = e.try_get_attribute("href").ok().flatten();
                    let url = href.and_then(|a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .ok()
                            .map(|v| v.into_owned())
                    });
                    fmt.link = true;
                    field_start(&url.unwrap_or_default(), st, tongue, out);
                }
                "ins" => open(Mark::Ins, st, marks, out),
                "del" => open(Mark::Del, st, marks, out),
                _ => {}
            }
            if !matches!(e.local_name().as_ref(), "ins" | "del") {
                st.fmt.push(fmt);
            }
        }
        Event::End(e) => match e.local_name().as_ref() {
            "ins" | "del" => {
                if let Some(Some(m)) = st.marks.pop() {
                    out.push_str(&format!("</{}>", m.tag()));
                }
            }
            "r" => {}
            name => {
                st.fmt.pop();
                if name == "a" {
                    field_char("end", st, tongue, out);
                }
            }
        },
        Event::Empty(e) => match e.local_name().as_ref() {
            "br" => out.push_str(&run_with(st, tongue, "<w:br/>")),
            "tab" => out.push_str(&run_with(st, tongue, "<w:tab/>")),
            _ => {}
        },
        _ => {}
    }
}

fn open(m: Mark, st: &mut State, marks: &mut Marks, out: &mut String) {
    if st.inside(m) {
        st.marks.push(None);
    } else {
        out.push_str(&format!("<{} {}>", m.tag(), marks.attrs()));
        st.marks.push(Some(m));
    }
}

/// The runs that open a HYPERLINK field to `url`, up to its shown text.
fn field_start(url: &str, st: &State, tongue: &Tongue, out: &mut String) {
    field_char("begin", st, tongue, out);
    let instr = match st.inside(Mark::Del) {
        true => "w:delInstrText",
        false => "w:instrText",
    };
    let quoted = url.replace('"', "%22");
    let body = format!(
        "<{instr} xml:space=\"preserve\"> HYPERLINK \"{}\" </{instr}>",
        xml::escaped(&quoted)
    );
    out.push_str(&run_with(st, tongue, &body));
    field_char("separate", st, tongue, out);
}

fn field_char(kind: &str, st: &State, tongue: &Tongue, out: &mut String) {
    let body = format!("<w:fldChar w:fldCharType=\"{kind}\"/>");
    out.push_str(&run_with(st, tongue, &body));
}

/// A run holding `body`, with the properties of where it is.
fn run_with(st: &State, tongue: &Tongue, body: &str) -> String {
    format!("<w:r>{}{body}</w:r>", properties(st.fmt(), tongue, false))
}

/// The runs of plain text `t`: in an Arabic document one per stretch of Arabic script
/// (marked right to left) or of other text.
fn text_runs(t: &str, st: &State, tongue: &Tongue, out: &mut String) {
    if t.is_empty() {
        return;
    }
    let element = match st.inside(Mark::Del) {
        true => "w:delText",
        false => "w:t",
    };
    for (piece, rtl) in stretches(t, tongue.rtl) {
        out.push_str(&format!(
            "<w:r>{}<{element} xml:space=\"preserve\">{}</{element}></w:r>",
            properties(st.fmt(), tongue, rtl),
            xml::escaped(piece)
        ));
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
/// digit (Some(false)), or neutral (None).
fn direction(c: char) -> Option<bool> {
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
        "<w:lang w:val=\"{}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr>",
        tongue.latin
    ));
    p
}

/// Whether every part of `fragment` is inside one kind of mark: the whole text was
/// inserted (or deleted), and so is its paragraph.
pub fn whole(fragment: &str) -> Option<Mark> {
    let wrapped = format!("<r>{fragment}</r>");
    let mut reader = Reader::from_str(&wrapped);
    let (mut depth, mut found): (usize, Option<Mark>) = (0, None);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(Event::Start(e)) => {
                depth += 1;
                if depth == 2 {
                    let m = match e.local_name().as_ref() {
                        "ins" => Mark::Ins,
                        "del" => Mark::Del,
                        _ => return None,
                    };
                    if found.is_some_and(|f| f != m) {
                        return None;
                    }
                    found = Some(m);
                }
            }
            Ok(Event::End(_)) => depth -= 1,
            // Even a space outside the marks is in both versions: not wholly marked.
            Ok(Event::Text(t)) if depth == 1 && !t.xml10_content().is_empty() => return None,
            Ok(Event::GeneralRef(_) | Event::Empty(_)) if depth == 1 => return None,
            _ => {}
        }
    }
    found
}

/// What one version reads of rich text `fragment`: its `keep` marks unwrapped, the other
/// kind's dropped with what they hold; as its tags and unescaped text, for comparing.
pub fn version(fragment: &str, keep: Mark) -> String {
    reading(fragment, keep, true)
}

/// The plain text one version reads of rich text `fragment` (a line break as a space),
/// for a name such as a table's.
pub fn plain_text(fragment: &str, keep: Mark) -> String {
    reading(fragment, keep, false)
}

/// [`version`], with its tags (other than the marks) or without them.
fn reading(fragment: &str, keep: Mark, tags: bool) -> String {
    let (keep, other) = match keep {
        Mark::Ins => ("ins", "del"),
        Mark::Del => ("del", "ins"),
    };
    let wrapped = format!("<r>{fragment}</r>");
    let mut reader = Reader::from_str(&wrapped);
    // Whether each open element's content is dropped.
    let mut stack: Vec<bool> = Vec::new();
    let mut out = String::new();
    loop {
        let dropped = stack.last().copied().unwrap_or(false);
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(Event::Start(e)) => {
                let name = e.local_name().as_ref().to_string();
                if tags && !dropped && ![keep, other, "r"].contains(&name.as_str()) {
                    out.push_str(&format!("<{}>", &*e));
                }
                stack.push(dropped || name == other);
            }
            Ok(Event::End(e)) => {
                let name = e.local_name().as_ref().to_string();
                let was_dropped = stack.pop().unwrap_or(false);
                if tags && !was_dropped && ![keep, other, "r"].contains(&name.as_str()) {
                    out.push_str(&format!("</{name}>"));
                }
            }
            Ok(Event::Empty(e)) if !dropped && tags => {
                out.push_str(&format!("<{}/>", e.local_name().as_ref()));
            }
            Ok(Event::Empty(_)) if !dropped => out.push(' '),
            Ok(Event::Text(t)) if !dropped => out.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if !dropped => out.push_str(&resolve(&r)),
            _ => {}
        }
    }
    out
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

    #[test]
    fn marks_become_revisions_and_deleted_text_del_text() {
        let out = runs(
            "a <ins>b</ins><del>c &amp; d</del>",
            Fmt::default(),
            &tongue("en"),
            &mut marks(),
        );
        assert!(
            out.contains(
                "<w:ins w:id=\"1\" w:author=\"TSB\" w:date=\"2025-09-11T00:00:00Z\"><w:r>"
            )
        );
        assert!(out.contains("<w:delText xml:space=\"preserve\">c &amp; d</w:delText>"));
        assert!(!out.contains("<w:t xml:space=\"preserve\">c"));
        // An insertion within a deletion is in neither version: left out.
        let out = runs(
            "<del>a<ins>x</ins>b</del>",
            Fmt::default(),
            &tongue("en"),
            &mut marks(),
        );
        assert!(out.contains(">ab</w:delText>"), "{out}");
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
    fn each_version_of_a_marked_text() {
        let t = "a<del>b<ins>x</ins></del><ins>c<br/></ins>&amp;<i>d</i>";
        assert_eq!(version(t, Mark::Ins), "ac<br/>&<i>d</i>");
        assert_eq!(version(t, Mark::Del), "ab&<i>d</i>");
        assert_eq!(plain_text(t, Mark::Ins), "ac &d");
    }

    #[test]
    fn a_paragraph_wholly_marked() {
        assert_eq!(whole("<ins>a</ins><ins>b<br/></ins>"), Some(Mark::Ins));
        assert_eq!(whole("<ins>a</ins> <ins>b</ins>"), None);
        assert_eq!(whole("<del>a</del>x"), None);
        assert_eq!(whole("<del>a</del><ins>b</ins>"), None);
        assert_eq!(whole("a"), None);
    }
}
