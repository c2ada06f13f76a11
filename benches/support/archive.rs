//! Synthetic archives for benchmarks and scale tests: meetings shaped like the sample (18
//! items with sub-items, an 8-day time plan with a weekend row, 3 revisions per update
//! stream, zh and en). Every text is taken from the sample meeting, so every character
//! has a glyph and no Chinese is typed here; meetings differ in their dates and in which
//! text goes where.
//!
//! Shared by `benches/`, `examples/archive.rs` and `tests/archive.rs` (by `#[path]`).

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use agenda::model::{Meeting, Row, Tr};
use chrono::{Days, NaiveDate};

/// A text in both languages.
#[derive(Clone, Debug)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    fn from(tr: &Tr) -> Text {
        Text {
            zh: tr.get("zh").to_string(),
            en: tr.get("en").to_string(),
        }
    }

    fn yaml(&self) -> String {
        format!("{{zh: {}, en: {}}}", quote(&self.zh), quote(&self.en))
    }
}

/// A YAML double-quoted scalar (JSON's string syntax is valid YAML).
fn quote(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

#[derive(Clone, Debug)]
pub struct Item {
    pub id: String,
    pub title: Text,
    pub items: Vec<Item>,
}

/// The texts of the sample meeting, the stuff synthetic meetings are made of.
pub struct Vocab {
    meeting_yaml: String,
    first_day: NaiveDate,
    shape: Vec<Item>,
    titles: Vec<Text>,
    cells: Vec<Text>,
    weekend: Text,
    slots: Vec<(String, Option<Text>)>,
    headings: [Text; 4],
    summaries: [Text; 2],
    agenda_notes: Vec<Text>,
    timeplan_notes: Vec<Text>,
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Vocab {
    /// Reads the sample meeting (`agendas/sg12-2025-09`).
    pub fn sample() -> Vocab {
        let dir = root().join("agendas/sg12-2025-09");
        let mut diags = Vec::new();
        let loaded = agenda::load::load_meeting(&dir, &mut diags);
        let m = agenda::validate::validate(&loaded, &mut diags).expect("the sample is valid");
        Vocab::from_meeting(
            &m,
            std::fs::read_to_string(dir.join("meeting.yaml")).unwrap(),
        )
    }

    fn from_meeting(m: &Meeting, meeting_yaml: String) -> Vocab {
        let shape = m.agenda.items.iter().map(item_of).collect::<Vec<_>>();
        let mut titles = Vec::new();
        flatten(&shape, &mut titles);
        let mut cells = Vec::new();
        let mut weekend = None;
        for row in &m.timeplan.rows {
            match row {
                Row::Day { cells: cs, .. } => cells.extend(
                    cs.iter()
                        .filter_map(|c| c.sessions.first())
                        .filter_map(|i| m.timeplan.sessions[*i].text.as_ref())
                        .map(Text::from),
                ),
                Row::Whole { text, .. } => weekend = Some(Text::from(text)),
            }
        }
        let agenda_rev = &m.agenda_revisions[0];
        let timeplan_rev = &m.timeplan_revisions[0];
        Vocab {
            meeting_yaml,
            first_day: m.meta.first_day,
            shape,
            titles,
            cells,
            weekend: weekend.expect("the sample has a weekend row"),
            slots: m
                .timeplan
                .slots
                .iter()
                .map(|s| (s.id.clone(), s.label.as_ref().map(Text::from)))
                .collect(),
            headings: [
                Text::from(&m.agenda.heading),
                Text::from(&agenda_rev.doc.heading),
                Text::from(&m.timeplan.heading),
                Text::from(&timeplan_rev.doc.heading),
            ],
            summaries: [
                Text::from(&agenda_rev.summary),
                Text::from(&timeplan_rev.summary),
            ],
            agenda_notes: m.agenda.notes.iter().map(Text::from).collect(),
            timeplan_notes: m.timeplan.notes.iter().map(Text::from).collect(),
        }
    }

    /// Writes `n` meetings, `m000`, `m001`, …, under `root`; returns their folders.
    pub fn write_archive(&self, root: &Path, n: usize) -> Vec<PathBuf> {
        (0..n)
            .map(|k| {
                let dir = root.join(format!("m{k:03}"));
                self.write_meeting(&dir, k);
                dir
            })
            .collect()
    }

    /// Writes meeting number `k` into `dir`.
    pub fn write_meeting(&self, dir: &Path, k: usize) {
        for (path, text) in self.meeting_files(k) {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
    }

    /// The files of meeting number `k`: relative path and text.
    pub fn meeting_files(&self, k: usize) -> Vec<(String, String)> {
        let first = self.first_day + Days::new(7 * k as u64);
        let items = self.items(k);
        let days = self.days(k, first);
        let date = |d: u64| first + Days::new(d);
        let mut files = vec![
            ("meeting.yaml".to_string(), self.meeting(first)),
            (
                "agenda.yaml".into(),
                self.agenda(None, &self.headings[0], &items),
            ),
            (
                "timeplan.yaml".into(),
                self.timeplan(None, &self.headings[2], &days),
            ),
        ];
        let (mut a, mut t) = (items.clone(), days.clone());
        for rev in 0..3u64 {
            self.revise_agenda(&mut a, rev as usize, k);
            self.revise_timeplan(&mut t, rev as usize, k);
            let head = |s: &Text| Some((date(2 * rev + 1), s.clone()));
            files.push((
                format!("revisions/agenda/{rev}.yaml"),
                self.agenda(head(&self.summaries[0]), &self.headings[1], &a),
            ));
            files.push((
                format!("revisions/timeplan/{rev}.yaml"),
                self.timeplan(head(&self.summaries[1]), &self.headings[3], &t),
            ));
        }
        files
    }

    fn meeting(&self, first: NaiveDate) -> String {
        let last = first + Days::new(9);
        let mut out = String::new();
        // The archive's meetings are in the sample's update languages, zh and en.
        let other = |l: &str| {
            ["ar:", "fr:", "ru:", "es:"]
                .iter()
                .any(|p| l.trim_start().starts_with(p))
        };
        for line in self.meeting_yaml.lines().filter(|l| !other(l)) {
            let line = if line.starts_with("first_day:") {
                format!("first_day: {first}")
            } else if line.starts_with("last_day:") {
                format!("last_day: {last}")
            } else if line.starts_with("languages:") {
                "languages: [zh, en]".to_string()
            } else if line.starts_with("update_languages:") {
                continue;
            } else {
                line.to_string()
            };
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// The sample's agenda tree with its titles rotated by `k`.
    fn items(&self, k: usize) -> Vec<Item> {
        fn walk(items: &[Item], titles: &[Text], next: &mut usize) -> Vec<Item> {
            items
                .iter()
                .map(|it| {
                    let title = titles[*next % titles.len()].clone();
                    *next += 1;
                    Item {
                        id: it.id.clone(),
                        title,
                        items: walk(&it.items, titles, next),
                    }
                })
                .collect()
        }
        let mut next = k;
        walk(&self.shape, &self.titles, &mut next)
    }

    /// Eight meeting days from a Tuesday to the Thursday of the next week, with the
    /// weekend between; the cells' texts rotated by `k`.
    fn days(&self, k: usize, first: NaiveDate) -> Vec<Day> {
        let cell = |i: usize| self.cells[(i + k) % self.cells.len()].clone();
        let mut days = Vec::new();
        for d in 0..10u64 {
            let date = first + Days::new(d);
            let day = match d {
                4 => Day::Whole(date, date + Days::new(1), self.weekend.clone()),
                5 => continue,
                9 => Day::Cells(date, vec![(0, 1, cell(2 * d as usize)), (1, 2, cell(0))]),
                _ => Day::Cells(
                    date,
                    vec![
                        (0, 1, cell(2 * d as usize)),
                        (1, 1, cell(2 * d as usize + 1)),
                    ],
                ),
            };
            days.push(day);
        }
        days
    }

    /// Revision `rev` of the agenda: the first issue retitles nothing; Rev.1 moves an
    /// item, retitles one and adds a sub-item; Rev.2 removes a sub-item and adds an item.
    fn revise_agenda(&self, items: &mut Vec<Item>, rev: usize, k: usize) {
        let title = |i: usize| self.titles[(i + k) % self.titles.len()].clone();
        match rev {
            1 => {
                let moved = items.remove(8);
                items.insert(10, moved);
                items[9].title = title(3);
                items[11].items.push(Item {
                    id: "added-sub".into(),
                    title: title(5),
                    items: Vec::new(),
                });
            }
            2 => {
                if let Some(parent) = items.iter_mut().find(|i| i.items.len() > 1) {
                    parent.items.pop();
                }
                let at = items.len() - 1;
                items.insert(
                    at,
                    Item {
                        id: "added-item".into(),
                        title: title(7),
                        items: Vec::new(),
                    },
                );
            }
            _ => {}
        }
    }

    /// Revision `rev` of the time plan: Rev.1 changes a session's text; Rev.2 moves a
    /// session and makes another span the day.
    fn revise_timeplan(&self, days: &mut [Day], rev: usize, k: usize) {
        let text = |i: usize| self.cells[(i + k + 5) % self.cells.len()].clone();
        match rev {
            1 => {
                if let Day::Cells(_, cells) = &mut days[2] {
                    cells[1].2 = text(1);
                }
            }
            2 => {
                if let Day::Cells(_, cells) = &mut days[6] {
                    cells.truncate(1);
                    cells[0].1 = 2;
                }
                if let Day::Cells(_, cells) = &mut days[1] {
                    cells[0].2 = text(2);
                }
            }
            _ => {}
        }
    }

    fn agenda(&self, head: Option<(NaiveDate, Text)>, heading: &Text, items: &[Item]) -> String {
        let mut out = revision_head(head);
        writeln!(out, "heading: {}\nitems:", heading.yaml()).unwrap();
        write_items(&mut out, items, 1);
        write_notes(&mut out, &self.agenda_notes);
        out
    }

    fn timeplan(&self, head: Option<(NaiveDate, Text)>, heading: &Text, days: &[Day]) -> String {
        let mut out = revision_head(head);
        writeln!(out, "heading: {}\nslots:", heading.yaml()).unwrap();
        for (id, label) in &self.slots {
            writeln!(out, "  - id: {id}").unwrap();
            if let Some(l) = label {
                writeln!(out, "    label: {}", l.yaml()).unwrap();
            }
        }
        out.push_str("days:\n");
        for day in days {
            match day {
                Day::Whole(from, to, text) => writeln!(
                    out,
                    "  - date: {from}\n    until: {to}\n    whole: {}",
                    text.yaml()
                )
                .unwrap(),
                Day::Cells(date, cells) => {
                    writeln!(out, "  - date: {date}\n    cells:").unwrap();
                    for (slot, span, text) in cells {
                        let id = &self.slots[*slot].0;
                        writeln!(out, "      - slot: {id}\n        span: {span}").unwrap();
                        writeln!(out, "        text: {}", text.yaml()).unwrap();
                    }
                }
            }
        }
        write_notes(&mut out, &self.timeplan_notes);
        out
    }
}

#[derive(Clone, Debug)]
enum Day {
    /// A meeting day: (first slot, span, text) per session.
    Cells(NaiveDate, Vec<(usize, u32, Text)>),
    /// A row over whole days (the weekend).
    Whole(NaiveDate, NaiveDate, Text),
}

fn item_of(it: &agenda::model::AgendaItem) -> Item {
    Item {
        id: it.id.clone(),
        title: Text::from(&it.title),
        items: it.items.iter().map(item_of).collect(),
    }
}

fn flatten(items: &[Item], out: &mut Vec<Text>) {
    for it in items {
        out.push(it.title.clone());
        flatten(&it.items, out);
    }
}

fn revision_head(head: Option<(NaiveDate, Text)>) -> String {
    match head {
        Some((date, summary)) => {
            format!("revision:\n  date: {date}\n  summary: {}\n", summary.yaml())
        }
        None => String::new(),
    }
}

fn write_items(out: &mut String, items: &[Item], depth: usize) {
    let pad = "  ".repeat(depth);
    for it in items {
        writeln!(
            out,
            "{pad}- id: {}\n{pad}  title: {}",
            it.id,
            it.title.yaml()
        )
        .unwrap();
        if !it.items.is_empty() {
            writeln!(out, "{pad}  items:").unwrap();
            write_items(out, &it.items, depth + 2);
        }
    }
}

fn write_notes(out: &mut String, notes: &[Text]) {
    if !notes.is_empty() {
        out.push_str("notes:\n");
        for n in notes {
            writeln!(out, "  - {}", n.yaml()).unwrap();
        }
    }
}

/// An agenda of `n` items (top-level items of nine sub-items each), and a revision of it
/// with items moved, retitled, added and removed: for the diff benchmark.
pub fn big_agendas(vocab: &Vocab, n: usize) -> (String, String) {
    let tops = n.div_ceil(10);
    let title = |i: usize| vocab.titles[i % vocab.titles.len()].clone();
    let old: Vec<Item> = (0..tops)
        .map(|t| Item {
            id: format!("i{t}"),
            title: title(t),
            items: (0..9)
                .map(|s| Item {
                    id: format!("i{t}-{s}"),
                    title: title(t + s + 1),
                    items: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let mut new = old.clone();
    for t in (0..tops).step_by(7) {
        new[t].title = title(t + 3);
    }
    for t in (3..tops).step_by(11).rev() {
        let moved = new.remove(t);
        new.insert(t / 2, moved);
    }
    for t in (5..tops).step_by(13) {
        new[t].items.remove(4);
        new[t].items.push(Item {
            id: format!("new{t}"),
            title: title(t + 2),
            items: Vec::new(),
        });
    }
    let render = |items: &[Item]| vocab.agenda(None, &vocab.headings[0], items);
    (render(&old), render(&new))
}

/// The sample's `meeting.yaml` and `timeplan.yaml`, to complete a generated agenda.
pub fn sample_meeting_and_timeplan() -> (String, String) {
    let dir = root().join("agendas/sg12-2025-09");
    let read = |name: &str| zh_en(&std::fs::read_to_string(dir.join(name)).unwrap());
    (read("meeting.yaml"), read("timeplan.yaml"))
}

/// A sample source in the vocabulary's languages, Chinese and English: its texts in the
/// other languages (one `xx: …` line each) dropped.
fn zh_en(text: &str) -> String {
    let other = |l: &&str| {
        let key = l.trim_start();
        ["ar: ", "fr: ", "ru: ", "es: "]
            .iter()
            .any(|k| key.starts_with(k))
    };
    let kept: Vec<&str> = text.lines().filter(|l| !other(l)).collect();
    kept.join("\n")
        .replace("languages: [zh, en, ar, fr, ru, es]", "languages: [zh, en]")
        + "\n"
}
