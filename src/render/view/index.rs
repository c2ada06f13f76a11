//! The index of an output folder as its writers read it ([`crate::render::index`]), in
//! one language and in no markup: each meeting published there (from its manifest, so
//! meetings built earlier are listed too), named in the reader's language, with its
//! documents per issue and language (the latest issue first, each followed by its changes
//! document, the draft last), its calendar and feed, and its groups' pages and calendars;
//! and the index in each other language the meetings publish in.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::lang::Locale;
use crate::manifest::{About, Listed, Published};

/// The index in one language.
#[derive(Debug)]
pub struct IndexView {
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    /// What the index says where nothing is published.
    pub empty: String,
    /// "In other languages:", and the index in each other language (none if there is
    /// only one).
    pub languages_label: String,
    /// The documents table's column of dates, and what marks a current issue.
    pub issued_label: String,
    pub current_label: String,
    pub others: Vec<LangName>,
    pub meetings: Vec<MeetingIndex>,
}

/// A language, by code, and its name in itself ("Français").
#[derive(Debug)]
pub struct LangName {
    pub code: String,
    pub name: String,
}

/// A meeting's part of the index: its id, its line in the reader's language, the
/// languages it publishes in (its tables' columns) and its tables.
#[derive(Debug)]
pub struct MeetingIndex {
    pub id: String,
    pub title: String,
    pub langs: Vec<LangName>,
    /// Its documents, its calendar and feed, its groups: each with its caption (a table
    /// without rows is shown by no writer).
    pub tables: Vec<IndexTable>,
}

#[derive(Debug)]
pub struct IndexTable {
    pub caption: String,
    pub rows: Vec<IndexRow>,
}

/// A row: its label ("TD210 Rev.1", a group's name), when it was issued ("11 September
/// 2025" in the reader's language; empty for what has no date), whether it is the current
/// issue of a document that has several, and per language its files.
#[derive(Debug)]
pub struct IndexRow {
    pub label: String,
    pub issued: String,
    pub current: bool,
    pub cells: BTreeMap<String, Vec<Link>>,
}

/// A file: its format as shown ("PDF") and its path from the output folder.
#[derive(Debug)]
pub struct Link {
    pub format: String,
    pub href: String,
}

/// The index of `published` in `lang`; `langs` are the languages it is written in.
pub fn index(published: &[Published], lang: &str, langs: &[String]) -> IndexView {
    let loc = crate::lang::locale(lang);
    let cx = Reader { lang, loc: &loc };
    let others = (langs.iter())
        .filter(|l| l.as_str() != lang)
        .map(|l| lang_name(l))
        .collect();
    IndexView {
        lang: lang.to_string(),
        dir: loc.dir,
        title: loc.text("index-title", &[]),
        empty: loc.text("index-empty", &[]),
        languages_label: loc.text("index-languages", &[]),
        issued_label: loc.text("index-issued", &[]),
        current_label: loc.text("index-current", &[]),
        others,
        meetings: published.iter().map(|m| meeting(m, &cx)).collect(),
    }
}

fn lang_name(code: &str) -> LangName {
    LangName {
        code: code.to_string(),
        name: crate::lang::locale(code).native_name(),
    }
}

/// The language an index page is in, and what it says in it.
struct Reader<'a> {
    lang: &'a str,
    loc: &'a Locale,
}

fn meeting(m: &Published, cx: &Reader) -> MeetingIndex {
    let known = crate::lang::known();
    let langs = (known.iter())
        .filter(|l| m.files.iter().any(|f| f.lang == **l))
        .map(|l| lang_name(l))
        .collect();
    let title = [cx.lang, "en"]
        .iter()
        .chain(known.iter())
        .find_map(|l| m.about.titles.get(*l))
        .cloned()
        .unwrap_or_else(|| m.about.meeting.clone());
    let files: Vec<&Listed> = m.files.iter().filter(|f| f.format != "typ").collect();
    let at = |f: &Listed| format!("{}/{}", m.about.meeting, f.path);
    let say = |id: &str| cx.loc.text(id, &[]);
    let table = |caption: &str, rows| IndexTable {
        caption: say(caption),
        rows,
    };
    MeetingIndex {
        id: m.about.meeting.clone(),
        title,
        langs,
        tables: vec![
            table("index-documents", documents(&files, &at, cx)),
            table("index-feeds", feeds(&files, &at, cx)),
            table("index-groups", groups(&files, &at, (&m.about, cx))),
        ],
    }
}

/// How the index orders documents: the latest date first (the draft, which has none,
/// last), then the document number, the latest revision first, the full document before
/// its changes.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Issue {
    when: Reverse<Option<String>>,
    document: String,
    revision: Reverse<Option<u32>>,
    changes: bool,
}

impl Issue {
    fn of(f: &Listed) -> Issue {
        Issue {
            when: Reverse(f.issued.clone()),
            document: f.document.clone(),
            revision: Reverse(f.revision),
            changes: f.changes,
        }
    }

    fn is_of(&self, f: &Listed) -> bool {
        f.document == self.document && f.revision == self.revision.0 && f.changes == self.changes
    }
}

/// Where a file is, from the output folder.
type At<'a> = dyn Fn(&Listed) -> String + 'a;

/// The documents: the issues of the updates, the latest first (by date, then number),
/// each followed by its changes document, then the draft (which has no date).
fn documents(files: &[&Listed], at: &At, cx: &Reader) -> Vec<IndexRow> {
    let docs: Vec<&Listed> = (files.iter().copied())
        .filter(|f| {
            f.group.is_none() && !matches!(f.document.as_str(), "calendar" | "feed" | "layout")
        })
        .collect();
    let mut issues: Vec<Issue> = docs.iter().map(|f| Issue::of(f)).collect();
    issues.sort();
    issues.dedup();
    (issues.iter())
        .map(|issue| {
            let label = label(issue, cx);
            let mut row = row(label, docs.iter().copied().filter(|f| issue.is_of(f)), at);
            row.issued = (issue.when.0.as_deref())
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map_or_else(String::new, |d| cx.loc.long_date(d));
            row.current = current(issue, &issues);
            row
        })
        .collect()
}

/// Whether `issue` is the current one of a document that has several: the latest
/// revision of its number (the letter's last addendum), never a changes document.
fn current(issue: &Issue, issues: &[Issue]) -> bool {
    let same: Vec<&Issue> = (issues.iter())
        .filter(|i| i.document == issue.document && !i.changes)
        .collect();
    let latest = same.iter().map(|i| i.revision.0).max().flatten();
    !issue.changes && same.len() > 1 && issue.revision.0 == latest
}

/// "TD210 Rev.1", "TD210 Rev.1: changes", "Invitation letter", "Draft", in the reader's
/// language.
fn label(issue: &Issue, cx: &Reader) -> String {
    let name = match issue.revision.0 {
        None if issue.document == "letter" => cx.loc.text("index-letter", &[]),
        Some(n) if issue.document == "letter" => {
            cx.loc.text("index-addendum", &[("n", &n.to_string())])
        }
        None => cx.loc.text("index-draft", &[]),
        Some(n) => crate::model::document_label(&issue.document, n),
    };
    if issue.changes {
        cx.loc.text("index-changes", &[("document", &name)])
    } else {
        name
    }
}

/// The meeting's calendar and its feed of revisions.
fn feeds(files: &[&Listed], at: &At, cx: &Reader) -> Vec<IndexRow> {
    let mut rows = Vec::new();
    for (document, label) in [("calendar", "index-calendar"), ("feed", "index-feed")] {
        let label = cx.loc.text(label, &[]);
        let mine = (files.iter().copied()).filter(|f| f.document == document && f.group.is_none());
        let row = row(label, mine, at);
        if !row.cells.is_empty() {
            rows.push(row);
        }
    }
    rows
}

/// Each group's page and calendar, in the plan's order of groups, named in the reader's
/// language (or English, or the first language that names it).
fn groups(files: &[&Listed], at: &At, (about, cx): (&About, &Reader)) -> Vec<IndexRow> {
    (about.groups.iter())
        .map(|g| {
            let name = (g.names.get(cx.lang))
                .or_else(|| g.names.get("en"))
                .or_else(|| g.names.values().next())
                .cloned()
                .unwrap_or_else(|| g.id.clone());
            let mine = (files.iter().copied()).filter(|f| f.group.as_deref() == Some(&g.id));
            row(name, mine, at)
        })
        .filter(|r| !r.cells.is_empty())
        .collect()
}

/// A row of `files`, each under its language, in the order HTML, PDF, Word, Markdown,
/// iCalendar, Atom.
fn row<'a>(label: String, files: impl Iterator<Item = &'a Listed>, at: &At) -> IndexRow {
    let mut cells: BTreeMap<String, Vec<Link>> = BTreeMap::new();
    for f in files {
        cells.entry(f.lang.clone()).or_default().push(Link {
            format: f.format.to_uppercase(),
            href: at(f),
        });
    }
    for links in cells.values_mut() {
        links.sort_by_key(|l| {
            ["HTML", "PDF", "DOCX", "MD", "ICS", "ATOM"]
                .iter()
                .position(|f| *f == l.format)
        });
    }
    IndexRow {
        label,
        issued: String::new(),
        current: false,
        cells,
    }
}
