//! Rich text as a small tree: the one reading of a text of the sources (literally, or as
//! inline Markdown for a meeting that says `markdown: true`), and of the changes the diff
//! marks in it. Every output writes the same tree in its own markup; none parses a text
//! again, and none receives another output's markup.
//!
//! In Markdown mode only inline constructs are honoured: a line that would start a block (a
//! heading, a list, a quote, a code fence, a link definition) is taken literally. Raw HTML
//! is text, and links are kept only for http, https and mailto addresses; any other link
//! is text, as written.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use super::Syntax;
use super::reading::guard_blocks;

/// A rich text: its parts in order. Adjacent texts stay apart as they were made (an
/// output escapes each on its own, as it would have been written).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rich(pub Vec<Inline>);

/// One part of a rich text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inline {
    /// Plain text, to be escaped by whoever writes it (it may hold a line break).
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Code(String),
    /// A link to a web or mail address (never any other kind: see [`Rich::read`]).
    Link {
        href: String,
        body: Vec<Inline>,
    },
    LineBreak,
    /// Raised, as a footnote's mark.
    Superscript(Vec<Inline>),
    /// Inserted: only in the newer version (a changes document).
    Inserted(Vec<Inline>),
    /// Deleted: only in the older version (a changes document).
    Deleted(Vec<Inline>),
    /// A run that keeps its own direction in a line of the other (a document number or a
    /// date in an Arabic sentence): isolated, as Unicode's FSI…PDI and HTML's `<bdi>` do.
    /// Made by the tool's own messages only ([`crate::lang::Locale::rich`]).
    Isolated(Vec<Inline>),
    /// A text whose words changed: the words marked (`marked`, what a reader is shown), and
    /// both versions whole, for an output that must give each back exactly, formatting and
    /// all (word marks are made on what a reader sees, without the formatting).
    Revised {
        marked: Vec<Inline>,
        old: Vec<Inline>,
        new: Vec<Inline>,
    },
}

/// One of the two versions a marked text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Older,
    Newer,
}

impl Rich {
    /// A plain text, as one part (none if it is empty).
    pub fn text(t: impl Into<String>) -> Rich {
        let t = t.into();
        Rich(match t.is_empty() {
            true => Vec::new(),
            false => vec![Inline::Text(t)],
        })
    }

    /// `src` read as `syntax`. A line break in the text is a line break in the tree.
    pub fn read(src: &str, syntax: Syntax) -> Rich {
        match syntax {
            Syntax::Literal => Rich(literal(src)),
            Syntax::Markdown => Rich(markdown(src)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// This text marked as inserted (nothing, if it is empty).
    pub fn inserted(self) -> Rich {
        self.wrapped(Inline::Inserted)
    }

    /// This text marked as deleted (nothing, if it is empty).
    pub fn deleted(self) -> Rich {
        self.wrapped(Inline::Deleted)
    }

    /// `old` replaced whole by `new`: the older struck before the newer, and both versions
    /// whole (an [`Inline::Revised`]).
    pub fn replaced(old: Rich, new: Rich) -> Rich {
        let marked = [old.clone().deleted(), new.clone().inserted()];
        Rich(vec![Inline::Revised {
            marked: marked.into_iter().flat_map(|r| r.0).collect(),
            old: old.0,
            new: new.0,
        }])
    }

    fn wrapped(self, wrap: fn(Vec<Inline>) -> Inline) -> Rich {
        match self.0.is_empty() {
            true => self,
            false => Rich(vec![wrap(self.0)]),
        }
    }

    /// What a reader sees: the text of every part, a line break as `\n`.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        plain(&self.0, &mut out);
        out
    }

    /// What `version` reads: the other version's marks dropped with what they hold, its
    /// own unwrapped.
    pub fn version(&self, version: Version) -> Rich {
        Rich(versioned(&self.0, version))
    }

    /// Whether any part is marked (inserted, deleted, or revised): whether the two versions
    /// of a changes document read it otherwise.
    pub fn is_marked(&self) -> bool {
        self.0.iter().any(|i| match i {
            Inline::Inserted(_) | Inline::Deleted(_) | Inline::Revised { .. } => true,
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Superscript(c)
            | Inline::Isolated(c)
            | Inline::Link { body: c, .. } => Rich(c.clone()).is_marked(),
            Inline::Text(_) | Inline::Code(_) | Inline::LineBreak => false,
        })
    }

    /// Whether any part has formatting (emphasis, strong, code, a link, a superscript).
    pub fn is_formatted(&self) -> bool {
        self.0.iter().any(|i| match i {
            Inline::Text(_) | Inline::LineBreak => false,
            Inline::Inserted(c) | Inline::Deleted(c) => Rich(c.clone()).is_formatted(),
            Inline::Revised { marked, .. } => Rich(marked.clone()).is_formatted(),
            Inline::Isolated(c) => Rich(c.clone()).is_formatted(),
            _ => true,
        })
    }
}

/// Parts joined: `parts` one after the other.
impl FromIterator<Rich> for Rich {
    fn from_iter<I: IntoIterator<Item = Rich>>(parts: I) -> Rich {
        Rich(parts.into_iter().flat_map(|p| p.0).collect())
    }
}

fn plain(parts: &[Inline], out: &mut String) {
    for part in parts {
        match part {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::LineBreak => out.push('\n'),
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Superscript(c)
            | Inline::Inserted(c)
            | Inline::Deleted(c)
            | Inline::Isolated(c)
            | Inline::Link { body: c, .. }
            | Inline::Revised { marked: c, .. } => plain(c, out),
        }
    }
}

fn versioned(parts: &[Inline], version: Version) -> Vec<Inline> {
    let mut out = Vec::new();
    for part in parts {
        let keep = |c: &[Inline]| versioned(c, version);
        match (part, version) {
            (Inline::Inserted(c), Version::Newer) | (Inline::Deleted(c), Version::Older) => {
                out.extend(keep(c))
            }
            (Inline::Inserted(_), Version::Older) | (Inline::Deleted(_), Version::Newer) => {}
            (Inline::Revised { old, .. }, Version::Older) => out.extend(keep(old)),
            (Inline::Revised { new, .. }, Version::Newer) => out.extend(keep(new)),
            (Inline::Emphasis(c), _) => out.push(Inline::Emphasis(keep(c))),
            (Inline::Strong(c), _) => out.push(Inline::Strong(keep(c))),
            (Inline::Superscript(c), _) => out.push(Inline::Superscript(keep(c))),
            (Inline::Isolated(c), _) => out.push(Inline::Isolated(keep(c))),
            (Inline::Link { href, body }, _) => out.push(Inline::Link {
                href: href.clone(),
                body: keep(body),
            }),
            (other, _) => out.push(other.clone()),
        }
    }
    out
}

fn literal(src: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, line) in src.split('\n').enumerate() {
        if i > 0 {
            out.push(Inline::LineBreak);
        }
        if !line.is_empty() {
            out.push(Inline::Text(line.to_string()));
        }
    }
    out
}

/// The parts being built: the open containers (emphasis, strong, links), innermost last.
struct Builder {
    open: Vec<(Open, Vec<Inline>)>,
    /// Adjacent texts, read as one (so that escaping sees where a text starts).
    pending: String,
}

/// A container being filled: a link to a safe address, or one shown as its source.
enum Open {
    Root,
    Emphasis,
    Strong,
    Link(Result<String, String>),
}

fn markdown(src: &str) -> Vec<Inline> {
    let guarded = guard_blocks(src);
    let mut b = Builder {
        open: vec![(Open::Root, Vec::new())],
        pending: String::new(),
    };
    for event in Parser::new_ext(&guarded, Options::empty()) {
        if let Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) = &event {
            b.pending.push_str(t);
            continue;
        }
        b.flush();
        match event {
            Event::Code(t) => b.push(Inline::Code(t.to_string())),
            Event::SoftBreak | Event::HardBreak => b.push(Inline::LineBreak),
            Event::Start(tag) => b.start(tag),
            Event::End(end) => b.end(end),
            _ => {}
        }
    }
    b.flush();
    while b.open.len() > 1 {
        b.close();
    }
    b.open.pop().map(|(_, parts)| parts).unwrap_or_default()
}

impl Builder {
    fn push(&mut self, part: Inline) {
        if let Some((_, parts)) = self.open.last_mut() {
            parts.push(part);
        }
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let t = std::mem::take(&mut self.pending);
            self.push(Inline::Text(t));
        }
    }

    fn start(&mut self, tag: Tag) {
        let open = match tag {
            Tag::Emphasis => Open::Emphasis,
            Tag::Strong => Open::Strong,
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => Open::Link(safe_url(&dest_url, link_type).ok_or_else(|| dest_url.to_string())),
            _ => return,
        };
        self.open.push((open, Vec::new()));
    }

    fn end(&mut self, end: TagEnd) {
        if matches!(end, TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link) && self.open.len() > 1 {
            self.close();
        }
    }

    /// Closes the innermost container into its parent.
    fn close(&mut self) {
        let Some((open, body)) = self.open.pop() else {
            return;
        };
        match open {
            Open::Root => self.open.push((Open::Root, body)),
            Open::Emphasis => self.push(Inline::Emphasis(body)),
            Open::Strong => self.push(Inline::Strong(body)),
            Open::Link(Ok(href)) => self.push(Inline::Link { href, body }),
            Open::Link(Err(source)) => {
                self.push(Inline::Text("[".to_string()));
                body.into_iter().for_each(|part| self.push(part));
                self.push(Inline::Text(format!("]({source})")));
            }
        }
    }
}

/// Links are kept only to web and mail addresses; anything else (javascript:, data:,
/// relative paths that would point into the output folder) is shown as its text.
fn safe_url(url: &str, link_type: LinkType) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    let ok = matches!(
        link_type,
        LinkType::Inline | LinkType::Autolink | LinkType::Email
    ) && (lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:"))
        && !url.chars().any(char::is_control);
    ok.then(|| url.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_marked_where_a_part_is_inserted_deleted_or_revised() {
        let t = |s: &str| Inline::Text(s.to_string());
        assert!(!Rich(vec![t("a"), Inline::Strong(vec![t("b")])]).is_marked());
        assert!(
            Rich(vec![
                t("a"),
                Inline::Strong(vec![Inline::Inserted(vec![t("b")])])
            ])
            .is_marked()
        );
        assert!(Rich::text("9").deleted().is_marked());
        let revised = Inline::Revised {
            marked: vec![t("x")],
            old: vec![t("x")],
            new: vec![t("x")],
        };
        assert!(Rich(vec![revised]).is_marked());
    }

    /// A line that starts with strong text starts no block: it is strong, not a list
    /// item or a rule; "* item" and "---" stay literal.
    #[test]
    fn a_line_may_start_with_strong_text() {
        let t = |s: &str| Inline::Text(s.to_string());
        assert_eq!(
            Rich::read("**Lead**: text", Syntax::Markdown),
            Rich(vec![Inline::Strong(vec![t("Lead")]), t(": text")])
        );
        assert_eq!(Rich::read("* item", Syntax::Markdown).plain(), "* item");
        assert_eq!(Rich::read("---", Syntax::Markdown).plain(), "---");
        assert_eq!(Rich::read("--", Syntax::Markdown).plain(), "--");
    }

    #[test]
    fn markdown_is_a_tree() {
        let r = Rich::read(
            "Report of *WP1* and [ITU](https://itu.int)",
            Syntax::Markdown,
        );
        assert_eq!(
            r.0,
            vec![
                Inline::Text("Report of ".into()),
                Inline::Emphasis(vec![Inline::Text("WP1".into())]),
                Inline::Text(" and ".into()),
                Inline::Link {
                    href: "https://itu.int".into(),
                    body: vec![Inline::Text("ITU".into())],
                },
            ]
        );
        assert!(r.is_formatted());
    }

    #[test]
    fn unsafe_links_and_literal_text_are_text() {
        let r = Rich::read("[x](javascript:alert(1))", Syntax::Markdown);
        assert!(!r.is_formatted());
        let r = Rich::read("*x*\nb", Syntax::Literal);
        assert_eq!(
            r.0,
            vec![
                Inline::Text("*x*".into()),
                Inline::LineBreak,
                Inline::Text("b".into())
            ]
        );
    }
}
