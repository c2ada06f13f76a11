//! The glyph check: whether every text of a meeting can be set in its PDFs, found the one
//! exact way, by setting it. Each distinct text of a language is laid out by Typst, with
//! the meeting's own `layout.typ` (its `setup`: fonts, language, direction), upright and
//! italic, regular and bold, on a page of its own; a glyph the PDF could not carry (the
//! fonts' `.notdef`, which PDF/UA forbids, or a glyph that stands for no character) is
//! reported at its character's place in the sources, with a hint a chair can act on.
//!
//! Looking characters up in the fonts' tables is not enough: Typst picks a fallback font
//! for a run of text by its first character, uses a font once per run, and a font may
//! claim a character it has no glyph for (`✨` in New Computer Modern Math).
//!
//! What was set once in the process is not set again ([`super::seen`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use typst::layout::{Frame, FrameItem};

use super::seen::{Seen, Set};
use super::{Layout, fonts};
use crate::diag::{Diagnostic, Pos, SourceFile, char_pos};
use crate::diff::words;
use crate::model::rich::Rich;
use crate::model::{Meeting, Syntax};
use crate::render::inline::{self, Markup};

/// A text to set, and every place it was written.
struct Probe {
    what: Probed,
    /// The text as written (where a character is looked for), and where.
    places: Vec<(String, Arc<SourceFile>, Pos)>,
}

/// What a probe sets.
enum Probed {
    /// A text whole, as the Typst data of a document writes it: its parts, each followed
    /// by `, `.
    Text(String),
    /// The catalogue of the simple texts' characters, each set alone: it stands for texts
    /// that are not it, so a character is reported only where one of them holds it.
    Catalogue(Vec<char>),
}

/// A page of the check: what it sets ([`Seen`] keeps what was found of each), as parts.
struct Page {
    sets: Vec<Set>,
    parts: String,
}

/// Each character of `lang`'s texts that the PDFs cannot carry, at its place in the
/// sources (once per character and place).
pub fn check_glyphs(meeting: &Meeting, lang: &str, layout: &Layout) -> Vec<Diagnostic> {
    let probes = probes(meeting, lang);
    let seen = Seen::new(layout, lang);
    let pages = unseen(&probes, &seen);
    if !pages.is_empty() {
        match set(&pages, lang, layout) {
            Some(found) => seen.keep(found),
            // The layout itself fails: the build says so, for the document it makes.
            None => return Vec::new(),
        }
    }
    let bad = |set: Set| seen.found(&set).unwrap_or_default();
    let mut found = Vec::new();
    for probe in &probes {
        match &probe.what {
            Probed::Text(parts) => {
                let chars = bad(Set::Text(parts.clone()));
                report(&probe.places, (&chars, true), lang, &mut found);
            }
            Probed::Catalogue(chars) => {
                // The spaces between its characters were set with them.
                let chars: Vec<char> = ([' '].into_iter().chain(chars.iter().copied()))
                    .flat_map(|c| bad(Set::Char(c)))
                    .collect();
                report(&probe.places, (&chars, false), lang, &mut found);
            }
        }
    }
    found
}

/// The pages that set what `seen` has not: each text on a page of its own, and the
/// catalogue's characters not seen on one (each with the spaces between them).
fn unseen(probes: &[Probe], seen: &Seen) -> Vec<Page> {
    let mut pages = Vec::new();
    for probe in probes {
        match &probe.what {
            Probed::Text(parts) if seen.found(&Set::Text(parts.clone())).is_none() => {
                pages.push(Page {
                    sets: vec![Set::Text(parts.clone())],
                    parts: parts.clone(),
                });
            }
            Probed::Text(_) => {}
            Probed::Catalogue(chars) => {
                let new: Vec<char> = (chars.iter().copied())
                    .filter(|c| seen.found(&Set::Char(*c)).is_none())
                    .collect();
                if !new.is_empty() {
                    let sets = new.iter().copied().chain([' ']).map(Set::Char).collect();
                    let parts = listed(&new);
                    pages.push(Page { sets, parts });
                }
            }
        }
    }
    pages
}

/// Sets `pages`, one page each; what was found of each thing they set (none if the
/// layout itself fails).
fn set(pages: &[Page], lang: &str, layout: &Layout) -> Option<Vec<(Set, Vec<char>)>> {
    let source = source(pages, lang);
    let doc = super::lay_out(source, "glyphs.typ", layout, &format!("glyphs-{lang}")).ok()?;
    let mut found = Vec::new();
    for (page, laid) in pages.iter().zip(doc.pages()) {
        let mut bad = Vec::new();
        unshown(&laid.frame, &mut bad);
        // A joiner or a selector is unshown with the character it follows: that one says.
        if bad.iter().any(|c| !fonts::needs_no_glyph(*c)) {
            bad.retain(|c| !fonts::needs_no_glyph(*c));
        }
        found.extend(page.sets.iter().map(|set| match set {
            Set::Text(_) => (set.clone(), bad.clone()),
            Set::Char(c) => (
                set.clone(),
                bad.iter().filter(|b| *b == c).copied().collect(),
            ),
        }));
    }
    Some(found)
}

/// Each of `chars` at its place in each of `places` that holds it (or, where `all`, in
/// every one), once per character and place.
fn report(
    places: &[(String, Arc<SourceFile>, Pos)],
    (chars, all): (&[char], bool),
    lang: &str,
    found: &mut Vec<Diagnostic>,
) {
    for (text, file, pos) in places {
        for c in chars.iter().copied().filter(|c| all || text.contains(*c)) {
            let at = char_pos(&file.text, *pos, c).unwrap_or(*pos);
            let d = undrawable(file, at, c, lang);
            let seen = |f: &Diagnostic| f.location() == d.location() && f.message == d.message;
            if !found.iter().any(seen) {
                found.push(d);
            }
        }
    }
}

/// `e`, a PDF's failure, led by the places in the sources of the characters it could not
/// set, should one have got past [`check_glyphs`] (a layout that sets some texts in a font
/// of its own, which the check, setting texts as `setup` does, cannot know): the same
/// errors the check gives, never only a position in the layout.
pub fn with_sources(e: super::PdfError, meeting: &Meeting, lang: &str) -> super::PdfError {
    let chars: Vec<char> = (e.0.iter())
        .filter_map(|d| unsettable(&d.message))
        .flat_map(|t| t.chars().collect::<Vec<_>>())
        .filter(|c| !fonts::needs_no_glyph(*c))
        .collect();
    let mut found = Vec::new();
    for probe in probes(meeting, lang) {
        report(&probe.places, (&chars, false), lang, &mut found);
    }
    found.extend(e.0);
    super::PdfError(found)
}

/// The text a Typst error says a PDF cannot carry: ``the text `"✨"` could not be
/// displayed…``, ``the text contains the disallowed codepoint `"\u{feff}"` ``.
fn unsettable(message: &str) -> Option<String> {
    if !message.contains("could not be displayed") && !message.contains("disallowed codepoint") {
        return None;
    }
    let start = message.find("`\"")? + 2;
    let end = start + message[start..].find("\"`")?;
    Some(unescape(&message[start..end]))
}

/// A string as Rust's `Debug` writes it, without its quotes, read back.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The distinct texts of `lang`: the meeting's, its register's (titles and sources), and
/// the lines of the letter's paragraphs, each with where it was written.
fn probes(meeting: &Meeting, lang: &str) -> Vec<Probe> {
    let syntax = meeting.meta.syntax;
    let mut by_parts: BTreeMap<String, Vec<(String, Arc<SourceFile>, Pos)>> = BTreeMap::new();
    let mut add = |text: &str, syntax: Syntax, file: &Arc<SourceFile>, pos: Pos| {
        let rich = Rich::read(text, syntax);
        let parts = inline::write(&rich, Markup::Typst);
        let places = by_parts.entry(parts).or_default();
        places.push((text.to_string(), Arc::clone(file), pos));
        // A changes document sets a run of its words apart (inserted, deleted), in a run
        // of its own: each word that is not simple is set alone too.
        let plain = rich.plain();
        for word in words::tokens(&plain)
            .into_iter()
            .filter(|w| !w.chars().all(simple))
        {
            let parts = inline::write(&Rich::read(word, Syntax::Literal), Markup::Typst);
            let places = by_parts.entry(parts).or_default();
            places.push((text.to_string(), Arc::clone(file), pos));
        }
    };
    for located in meeting.texts().iter().filter_map(|t| t.located(lang)) {
        add(&located.text, syntax, &located.file, located.pos);
    }
    for doc in meeting.register.iter().flat_map(|r| &r.documents) {
        if let Some(at) = &doc.written {
            add(&doc.title, Syntax::Literal, &at.file, at.title);
            add(&doc.source, Syntax::Literal, &at.file, at.source);
        }
    }
    if let Some(letter) = &meeting.letter {
        let file = &letter.paragraphs.get(lang).file;
        for (i, line) in file.text.lines().enumerate() {
            if !line.trim_start().starts_with('#') && !line.trim().is_empty() {
                add(line, Syntax::Literal, file, Pos::new(i as u32 + 1, 1));
            }
        }
    }
    catalogued(by_parts)
}

/// The probes of `texts`: first the catalogue, which sets each character of the simple
/// texts (those of [`simple`] characters alone, not set as code) on its own, a space
/// between each two, and stands for them all; then each other text whole.
///
/// A simple character is set the same wherever it stands: it joins no cluster, and the
/// font that sets it is the first of the layout's that has it, or else the fallback Typst
/// picks for it alone (a font picked for a run by its first character sets the others it
/// has; one it lacks is looked for alone, and a fallback that claims it without a glyph
/// would have failed it alone too).
fn catalogued(texts: BTreeMap<String, Vec<(String, Arc<SourceFile>, Pos)>>) -> Vec<Probe> {
    let mut chars: Vec<char> = (b'!'..=b'~').map(char::from).collect();
    let mut catalogue = Vec::new();
    let mut out = Vec::new();
    for (parts, places) in texts {
        let plain = places.iter().all(|(text, _, _)| text.chars().all(simple));
        if plain && !parts.contains("code(\"") {
            for (text, _, _) in &places {
                chars.extend(text.chars().filter(|c| !c.is_whitespace()));
            }
            catalogue.extend(places);
        } else {
            out.push(Probe {
                what: Probed::Text(parts),
                places,
            });
        }
    }
    chars.sort_unstable();
    chars.dedup();
    out.insert(
        0,
        Probe {
            what: Probed::Catalogue(chars),
            places: catalogue,
        },
    );
    out
}

/// The parts that set each of `chars` alone, a space between each two.
fn listed(chars: &[char]) -> String {
    let listed: Vec<String> = chars.iter().map(char::to_string).collect();
    inline::write(
        &Rich::read(&listed.join(" "), Syntax::Literal),
        Markup::Typst,
    )
}

/// Whether `c` is set the same wherever it stands ([`catalogued`]): a letter, digit,
/// punctuation mark or symbol that is no emoji, a space, a line break. Marks, joiners,
/// selectors, controls, private-use and unassigned characters, and emoji are not.
fn simple(c: char) -> bool {
    use unicode_properties::{GeneralCategory, GeneralCategoryGroup as Group};
    use unicode_properties::{UnicodeEmoji, UnicodeGeneralCategory};
    if c == ' ' || c == '\n' || c.is_ascii_graphic() {
        return true;
    }
    let group = c.general_category_group();
    let kind = matches!(
        group,
        Group::Letter | Group::Number | Group::Punctuation | Group::Symbol
    );
    (kind || c.general_category() == GeneralCategory::SpaceSeparator) && !c.is_emoji_char()
}

/// The Typst source that sets each page's parts on a page of its own, as the documents
/// set text: alone and between Latin words (as in "Question 1/12 (Q1-1)", where a
/// character at a text's end may join its neighbour's run), upright and italic, regular
/// and bold.
fn source(pages: &[Page], lang: &str) -> String {
    let mut out = format!(
        "#import \"layout.typ\": *\n\
         #show: setup.with((lang: \"{lang}\"), \"\", false)\n\
         #set page(height: auto, footer: none)\n\
         #let probe(parts) = {{ let t = rich(parts); let both = [#t \\ x #t x]; [#both \\ #strong(both) \\ #emph(both) \\ #strong(emph(both))] }}\n"
    );
    for (i, p) in pages.iter().enumerate() {
        if i > 0 {
            out.push_str("#pagebreak()\n");
        }
        out.push_str(&format!("#probe(({}))\n", p.parts));
    }
    out
}

/// The characters of `frame` that the PDF could not carry: those set with the fonts'
/// `.notdef`, and those of a glyph that maps to no character or to one PDF/UA forbids.
fn unshown(frame: &Frame, out: &mut Vec<char>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(g) => unshown(&g.frame, out),
            FrameItem::Text(t) => {
                for g in &t.glyphs {
                    let text = t.text.get(g.range()).unwrap_or_default();
                    let forbidden = text
                        .chars()
                        .any(|c| matches!(c, '\0' | '\u{feff}' | '\u{fffe}'));
                    if g.id != 0 && !text.is_empty() && !forbidden {
                        continue;
                    }
                    let shown = text.chars().find(|c| !fonts::needs_no_glyph(*c));
                    if let Some(c) = shown.or(text.chars().next())
                        && !out.contains(&c)
                    {
                        out.push(c);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A character the PDFs cannot carry, said at `pos` of `file`.
fn undrawable(file: &Arc<SourceFile>, pos: Pos, c: char, lang: &str) -> Diagnostic {
    Diagnostic::new(
        file,
        pos,
        format!(
            "no font can draw `{c}` (U+{:04X}) in the `{lang}` PDF",
            c as u32
        ),
    )
    .hint(fonts::hint(c))
}

#[cfg(test)]
mod tests {
    use super::unsettable;

    #[test]
    fn the_text_typst_cannot_set_is_read_from_its_message() {
        let notdef = "PDF/UA-1 error: the text `\"✨\"` could not be displayed with font `\"Libertinus Serif\"`";
        assert_eq!(unsettable(notdef).as_deref(), Some("✨"));
        let codepoint =
            "PDF/UA-1 error: the text contains the disallowed codepoint `\"\\u{feff}\"`";
        assert_eq!(unsettable(codepoint).as_deref(), Some("\u{feff}"));
        assert_eq!(unsettable("unknown variable: x"), None);
    }
}
