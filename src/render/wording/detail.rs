//! What a line of a summary of changes says besides its wording: the title of the item a
//! change adds, removes or moves, or the words it changed. `agenda diff` writes it in its
//! format ([`crate::render::summary`]); a changes document's summary has it as rich text,
//! the words marked.

use std::collections::BTreeMap;

use crate::diff::agenda::Titles;
use crate::diff::words::{Piece, Texts};
use crate::diff::{AgendaChange, NoteChange, NoteDelta, TimeplanChange};
use crate::lang::Locale;
use crate::model::rich::{Inline, Rich};
use crate::render::redline;

/// What a line of a summary says of its change besides its wording: the title of the
/// item it adds, removes or moves, the text of a note or footnote it adds or removes, or
/// the words that changed; tagged with a language
/// (`(en) `) where only another language has them.
pub struct Detail<'a> {
    tag: String,
    what: What<'a>,
}

enum What<'a> {
    Title(&'a str),
    Words(&'a [Piece]),
}

impl<'a> Detail<'a> {
    /// The detail of agenda change `c` in `lang`.
    pub fn agenda(c: &'a AgendaChange, lang: &str) -> Option<Detail<'a>> {
        if let AgendaChange::Document(d) = c {
            // A document has one title, in the language it was submitted in.
            return (!d.title().is_empty()).then(|| Detail {
                tag: String::new(),
                what: What::Title(d.title()),
            });
        }
        match agenda_title(c) {
            Some(titles) => Detail::title(titles, lang),
            None => agenda_texts(c).and_then(|t| Detail::words(t, lang)),
        }
    }

    /// The detail of time-plan change `c` in `lang`.
    pub fn timeplan(c: &'a TimeplanChange, lang: &str) -> Option<Detail<'a>> {
        let text = match c {
            TimeplanChange::Footnote { change, .. } => whole(change),
            TimeplanChange::Note(n) => whole(&n.change),
            _ => None,
        };
        match text {
            Some(text) => Detail::title(text, lang),
            None => timeplan_texts(c).and_then(|t| Detail::words(t, lang)),
        }
    }

    fn title(titles: &'a Titles, lang: &str) -> Option<Detail<'a>> {
        in_language(titles, lang).map(|(tag, t)| Detail {
            tag,
            what: What::Title(t),
        })
    }

    pub fn words(texts: &'a Texts, lang: &str) -> Option<Detail<'a>> {
        in_language(texts, lang).map(|(tag, p)| Detail {
            tag,
            what: What::Words(p),
        })
    }

    /// Its tag, and its title or its pieces of words, for a writer that says them its own
    /// way: `title` writes a text, `words` the pieces of a changed text.
    pub fn said(
        &self,
        title: impl Fn(&str) -> String,
        words: impl Fn(&[Piece]) -> String,
    ) -> String {
        let body = match self.what {
            What::Title(t) => title(t),
            What::Words(p) => words(p),
        };
        title(&self.tag) + &body
    }

    /// As rich text: the changed words marked inserted and deleted.
    pub fn rich(&self) -> Rich {
        let body = match self.what {
            What::Title(t) => Rich::text(t),
            What::Words(p) => redline::pieces(p),
        };
        [Rich::text(&self.tag), body].into_iter().collect()
    }
}

/// A summary line as rich text: its wording, then its detail (see
/// [`wording::with_detail`]).
pub fn rich_line(line: Rich, detail: Option<Detail>, loc: &Locale) -> Rich {
    let Some(detail) = detail else {
        return line;
    };
    let sep = loc.text("detail-sep", &[]);
    let mut head = line;
    if sep.trim().is_empty() || !head.plain().ends_with(sep.trim()) {
        match head.0.last_mut() {
            Some(Inline::Text(t)) => t.push_str(&sep),
            _ => head.0.push(Inline::Text(sep)),
        }
    }
    [head, loc.isolated(detail.rich())].into_iter().collect()
}

/// The value for `lang`, or, if only other languages have one (a text changed in one
/// language only), the first of them, tagged with its code: `(en) …`.
fn in_language<'a, T>(values: &'a BTreeMap<String, T>, lang: &str) -> Option<(String, &'a T)> {
    match values.get(lang) {
        Some(v) => Some((String::new(), v)),
        None => values.iter().next().map(|(l, v)| (format!("({l}) "), v)),
    }
}

/// The title of the item an agenda change adds, removes or moves.
fn agenda_title(c: &AgendaChange) -> Option<&Titles> {
    match c {
        AgendaChange::Added { title, .. }
        | AgendaChange::Removed { title, .. }
        | AgendaChange::Moved { title, .. } => Some(title),
        AgendaChange::Note(n) => whole(&n.change),
        _ => None,
    }
}

/// The text of a note or footnote added or removed.
fn whole(delta: &NoteDelta) -> Option<&Titles> {
    match delta {
        NoteDelta::Added(text) | NoteDelta::Removed(text) => Some(text),
        NoteDelta::Changed(_) => None,
    }
}

/// The changed words an agenda change carries, if any.
fn agenda_texts(c: &AgendaChange) -> Option<&Texts> {
    match c {
        AgendaChange::Retitled { texts, .. } | AgendaChange::HeadingChanged { texts } => {
            Some(texts)
        }
        AgendaChange::Note(NoteChange {
            change: NoteDelta::Changed(texts),
            ..
        }) => Some(texts),
        _ => None,
    }
}

/// The changed words a time-plan change carries, if any.
fn timeplan_texts(c: &TimeplanChange) -> Option<&Texts> {
    match c {
        TimeplanChange::TextChanged { texts, .. }
        | TimeplanChange::WholeRowChanged { texts, .. }
        | TimeplanChange::GroupRenamed { texts, .. }
        | TimeplanChange::RoomRenamed { texts, .. }
        | TimeplanChange::SlotRenamed { texts, .. }
        | TimeplanChange::HeadingChanged { texts }
        | TimeplanChange::BannerChanged { texts } => Some(texts),
        TimeplanChange::Footnote {
            change: NoteDelta::Changed(texts),
            ..
        }
        | TimeplanChange::Note(NoteChange {
            change: NoteDelta::Changed(texts),
            ..
        }) => Some(texts),
        _ => None,
    }
}
