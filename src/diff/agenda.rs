//! Changes between two versions of an agenda, matched by item id, never by position.
//!
//! An item present only in the new version is added, only in the old one removed. An
//! item whose parent changed, or whose order among the siblings it shares with the old
//! version changed, is moved. Every other item whose number changed was renumbered by
//! what happened around it; consecutive ones are reported together ("items 6–18
//! renumbered 7–19"), and a sub-item renumbered only with its parent is not listed.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::timeplan::At;
use super::words::{self, Texts};
use crate::model::reading::seen;
use crate::model::{Agenda, AgendaItem, Syntax, Tr};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AgendaChange {
    Added {
        id: String,
        number: String,
        title: Titles,
    },
    Removed {
        id: String,
        number: String,
        title: Titles,
    },
    Moved {
        id: String,
        from: String,
        to: String,
        title: Titles,
    },
    /// Two neighbours that exchanged places, neither changed otherwise nor farther moved
    /// (so neither is said to have moved): "Items 13.3 and 13.4 swapped". `ids` in the
    /// older order; `numbers`, theirs in the older version (each is now the other's).
    Swapped {
        ids: [String; 2],
        numbers: [String; 2],
    },
    /// Consecutive siblings renumbered by the same shift: `from` and `to` are "6–18" / "7–19".
    Renumbered {
        ids: Vec<String>,
        from: String,
        to: String,
    },
    /// The item's title changed; `from` and `to` are its numbers before and after (the
    /// same unless it was also moved or renumbered).
    Retitled {
        id: String,
        from: String,
        to: String,
        texts: Texts,
    },
    /// The sessions where the item is taken changed, or moved: `number` is its number
    /// now, `from` and `to` where it was and is taken.
    Rescheduled {
        id: String,
        number: String,
        from: Vec<At>,
        to: Vec<At>,
    },
    Note(super::NoteChange),
    /// A document allocated under other items, or no longer, or for the first time.
    Document(super::documents::DocumentChange),
    HeadingChanged {
        texts: Texts,
    },
}

/// The changes of an item that stays (in its place or not): its title, its time.
fn in_place(w: &AgendaItem, n: &AgendaItem, syntax: Syntax) -> Vec<AgendaChange> {
    let mut out = Vec::new();
    if let Some(texts) = text_changes(&w.title, &n.title, syntax) {
        out.push(AgendaChange::Retitled {
            id: n.id.clone(),
            from: w.number.clone(),
            to: n.number.clone(),
            texts,
        });
    }
    let (from, to) = (taken_at(w), taken_at(n));
    if from != to {
        let (id, number) = (n.id.clone(), n.number.clone());
        out.push(AgendaChange::Rescheduled {
            id,
            number,
            from,
            to,
        });
    }
    out
}

/// Where an item is taken, as places of the time plan.
fn taken_at(item: &AgendaItem) -> Vec<At> {
    let at = |t: &crate::model::Taken| At {
        date: t.date,
        slot: t.slot_id.clone(),
    };
    item.taken.iter().map(at).collect()
}

/// An item's title in each language (as written), so that every display can name it.
pub type Titles = BTreeMap<String, String>;

fn titles(item: &AgendaItem) -> Titles {
    written(&item.title)
}

/// A text in each language, as written.
pub fn written(t: &crate::model::Tr) -> Titles {
    (t.0.iter())
        .map(|(lang, text)| (lang.clone(), text.text.clone()))
        .collect()
}

/// Where an item stands in one version.
struct Position<'a> {
    item: &'a AgendaItem,
    parent: Option<&'a str>,
}

fn positions(items: &[AgendaItem]) -> (HashMap<&str, Position<'_>>, Vec<&str>) {
    let mut map = HashMap::new();
    let mut order = Vec::new();
    fn walk<'a>(
        items: &'a [AgendaItem],
        parent: Option<&'a str>,
        map: &mut HashMap<&'a str, Position<'a>>,
        order: &mut Vec<&'a str>,
    ) {
        for item in items {
            map.insert(item.id.as_str(), Position { item, parent });
            order.push(item.id.as_str());
            walk(&item.items, Some(&item.id), map, order);
        }
    }
    walk(items, None, &mut map, &mut order);
    (map, order)
}

/// The changes from `old` to `new`, in the order of the new agenda (removals where they stood).
pub fn diff(old: &Agenda, new: &Agenda, syntax: Syntax) -> Vec<AgendaChange> {
    let (was, was_order) = positions(&old.items);
    let (now, now_order) = positions(&new.items);
    let mut moved = moved_ids(&was, &now, (old, new), syntax);
    let swaps = swapped(&moved, &was, &now, syntax);
    for (a, b) in &swaps {
        moved.remove(a);
        moved.remove(b);
    }
    let mut out = Vec::new();
    if let Some(texts) = text_changes(&old.heading, &new.heading, syntax) {
        out.push(AgendaChange::HeadingChanged { texts });
    }
    for id in &was_order {
        if !now.contains_key(id) {
            out.push(AgendaChange::Removed {
                id: id.to_string(),
                number: was[id].item.number.clone(),
                title: titles(was[id].item),
            });
        }
    }
    let mut renumbered: Vec<(&AgendaItem, &AgendaItem)> = Vec::new();
    for id in &now_order {
        let n = now[id].item;
        let Some(w) = was.get(id).map(|p| p.item) else {
            out.push(AgendaChange::Added {
                id: id.to_string(),
                number: n.number.clone(),
                title: titles(n),
            });
            continue;
        };
        let swap = swaps.iter().find(|(a, b)| a == id || b == id);
        if let Some((a, b)) = swap.filter(|(a, _)| a == id) {
            out.push(AgendaChange::Swapped {
                ids: [a.to_string(), b.to_string()],
                numbers: [was[a].item.number.clone(), was[b].item.number.clone()],
            });
        } else if swap.is_some() {
        } else if moved.contains(id) {
            out.push(AgendaChange::Moved {
                id: id.to_string(),
                from: w.number.clone(),
                to: n.number.clone(),
                title: titles(n),
            });
        } else if w.number != n.number && !implied_by_parent(w, n, &was, &now, &moved) {
            renumbered.push((w, n));
        }
        out.extend(in_place(w, n, syntax));
    }
    out.extend(group_renumbered(&renumbered, &now));
    out.extend(
        super::notes(&old.notes, &new.notes, syntax)
            .into_iter()
            .map(AgendaChange::Note),
    );
    let documents = super::documents::diff(old, new);
    out.extend(documents.into_iter().map(AgendaChange::Document));
    out
}

/// Items whose parent changed, or that left their order among the siblings they kept
/// (which of them: [`super::order`]).
fn moved_ids<'a>(
    was: &HashMap<&'a str, Position<'a>>,
    now: &HashMap<&'a str, Position<'a>>,
    (old, new): (&'a Agenda, &'a Agenda),
    syntax: Syntax,
) -> HashSet<&'a str> {
    let untouched = |id: &str| match (was.get(id), now.get(id)) {
        (Some(w), Some(n)) => in_place(w.item, n.item, syntax).is_empty(),
        _ => false,
    };
    let mut moved: HashSet<&str> = now
        .iter()
        .filter(|(id, p)| was.get(*id).is_some_and(|w| w.parent != p.parent))
        .map(|(id, _)| *id)
        .collect();
    let mut parents: Vec<(Option<&str>, &[AgendaItem], &[AgendaItem])> =
        vec![(None, &old.items, &new.items)];
    while let Some((parent, a, b)) = parents.pop() {
        let kept = |items: &'a [AgendaItem]| -> Vec<&'a str> {
            items
                .iter()
                .map(|i| i.id.as_str())
                .filter(|id| {
                    was.get(id).is_some_and(|w| w.parent == parent)
                        && now.get(id).is_some_and(|n| n.parent == parent)
                })
                .collect()
        };
        let (ka, kb) = (kept(a), kept(b));
        moved.extend(super::order::moved(&ka, &kb, &untouched));
        for item in b {
            if let Some(w) = was.get(item.id.as_str()) {
                parents.push((Some(item.id.as_str()), &w.item.items, &item.items));
            }
        }
    }
    moved
}

/// The pairs of moved items that are a swap ([`AgendaChange::Swapped`]): two siblings
/// that exchanged numbers, one of them moved (the shared order of [`super::order`] ties
/// between them), neither changed otherwise; each pair in the older order.
fn swapped<'a>(
    moved: &HashSet<&'a str>,
    was: &HashMap<&'a str, Position<'a>>,
    now: &HashMap<&'a str, Position<'a>>,
    syntax: Syntax,
) -> Vec<(&'a str, &'a str)> {
    let mut out = Vec::new();
    for x in moved.iter().copied() {
        let (Some(wx), Some(nx)) = (was.get(x), now.get(x)) else {
            continue;
        };
        let partner = now.iter().find(|(y, ny)| {
            was.get(*y).is_some_and(|wy| {
                **y != x
                    && wy.parent == wx.parent
                    && ny.parent == nx.parent
                    && wy.item.number == nx.item.number
                    && ny.item.number == wx.item.number
            })
        });
        let Some((y, ny)) = partner.map(|(y, ny)| (*y, ny)) else {
            continue;
        };
        let untouched = |w: &Position, n: &Position| in_place(w.item, n.item, syntax).is_empty();
        let adjacent = last_number(&wx.item.number).abs_diff(last_number(&nx.item.number)) == 1;
        if adjacent && !moved.contains(y) && untouched(wx, nx) && untouched(&was[y], ny) {
            let first = last_number(&wx.item.number) < last_number(&was[y].item.number);
            out.push(if first { (x, y) } else { (y, x) });
        }
    }
    out
}

/// A sub-item whose own position is unchanged, under a parent that was renumbered or moved.
fn implied_by_parent(
    w: &AgendaItem,
    n: &AgendaItem,
    was: &HashMap<&str, Position>,
    now: &HashMap<&str, Position>,
    moved: &HashSet<&str>,
) -> bool {
    let last = |s: &str| s.rsplit('.').next().map(str::to_string);
    let parent = now.get(n.id.as_str()).and_then(|p| p.parent);
    let parent_changed = parent.is_some_and(|p| {
        moved.contains(p)
            || was.get(p).map(|w| &w.item.number) != now.get(p).map(|n| &n.item.number)
    });
    last(&w.number) == last(&n.number) && parent_changed
}

/// Runs of consecutive siblings shifted by the same amount, as one change each.
fn group_renumbered(
    items: &[(&AgendaItem, &AgendaItem)],
    now: &HashMap<&str, Position>,
) -> Vec<AgendaChange> {
    let mut out: Vec<AgendaChange> = Vec::new();
    let mut run: Vec<(&AgendaItem, &AgendaItem)> = Vec::new();
    let shift = |(w, n): &(&AgendaItem, &AgendaItem)| {
        (
            last_number(&n.number) - last_number(&w.number),
            now.get(n.id.as_str()).and_then(|p| p.parent),
        )
    };
    for pair in items {
        let continues = run.last().is_some_and(|prev| {
            shift(prev) == shift(pair)
                && last_number(&pair.1.number) == last_number(&prev.1.number) + 1
        });
        if !continues && !run.is_empty() {
            out.push(renumber_change(&run));
            run.clear();
        }
        run.push(*pair);
    }
    if !run.is_empty() {
        out.push(renumber_change(&run));
    }
    out
}

fn renumber_change(run: &[(&AgendaItem, &AgendaItem)]) -> AgendaChange {
    let range = |a: &str, b: &str| {
        if a == b {
            a.to_string()
        } else {
            format!("{a}–{b}")
        }
    };
    let (first, last) = (run[0], run[run.len() - 1]);
    AgendaChange::Renumbered {
        ids: run.iter().map(|(_, n)| n.id.clone()).collect(),
        from: range(&first.0.number, &last.0.number),
        to: range(&first.1.number, &last.1.number),
    }
}

fn last_number(number: &str) -> i64 {
    number
        .rsplit('.')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Word-level changes per language of what a reader sees of the text (read as
/// `syntax`), or `None` if it reads the same in every language. Only the languages of
/// both versions are compared: a language added or removed is one change of the
/// meeting's languages, not a change of every text.
pub fn text_changes(old: &Tr, new: &Tr, syntax: Syntax) -> Option<Texts> {
    let mut texts = BTreeMap::new();
    for lang in old.0.keys().filter(|l| new.0.contains_key(*l)) {
        let (a, b) = (seen(old.get(lang), syntax), seen(new.get(lang), syntax));
        if a != b {
            texts.insert(lang.clone(), words::diff(&a, &b));
        }
    }
    (!texts.is_empty()).then_some(texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(text: &str) -> Tr {
        Tr::en(text)
    }

    /// An agenda from `(id, title, children)` specs; numbers derived from positions.
    /// `(id, title, sub-items as (id, title))`.
    type Spec<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

    fn agenda(items: &[Spec]) -> Agenda {
        let items = items
            .iter()
            .enumerate()
            .map(|(i, (id, title, subs))| AgendaItem {
                id: id.to_string(),
                number: (i + 1).to_string(),
                title: tr(title),
                taken: vec![],
                documents: vec![],
                items: subs
                    .iter()
                    .enumerate()
                    .map(|(j, (sid, st))| AgendaItem {
                        id: sid.to_string(),
                        number: format!("{}.{}", i + 1, j + 1),
                        title: tr(st),
                        taken: vec![],
                        documents: vec![],
                        items: vec![],
                    })
                    .collect(),
            })
            .collect();
        Agenda {
            heading: tr("Draft agenda"),
            items,
            notes: vec![tr("Note")],
            register: None,
        }
    }

    fn summary(old: &Agenda, new: &Agenda) -> Vec<String> {
        diff(old, new, Syntax::Literal)
            .iter()
            .map(|c| match c {
                AgendaChange::Added { id, number, .. } => format!("added {id} {number}"),
                AgendaChange::Removed { id, number, .. } => format!("removed {id} {number}"),
                AgendaChange::Moved { id, from, to, .. } => format!("moved {id} {from}->{to}"),
                AgendaChange::Swapped { ids, numbers } => {
                    format!(
                        "swapped {} {} ({}, {})",
                        ids[0], ids[1], numbers[0], numbers[1]
                    )
                }
                AgendaChange::Renumbered { from, to, .. } => format!("renumbered {from}->{to}"),
                AgendaChange::Retitled { id, .. } => format!("retitled {id}"),
                AgendaChange::Rescheduled { id, .. } => format!("rescheduled {id}"),
                AgendaChange::Note(n) => match n.change {
                    super::super::NoteDelta::Added(_) => format!("note added {}", n.index),
                    super::super::NoteDelta::Removed(_) => format!("note removed {}", n.index),
                    super::super::NoteDelta::Changed(_) => format!("note changed {}", n.index),
                },
                AgendaChange::HeadingChanged { .. } => "heading changed".into(),
                AgendaChange::Document(d) => format!("document {}", d.number()),
            })
            .collect()
    }

    const BASE: &[Spec] = &[
        ("a", "A", &[]),
        ("b", "B", &[("b1", "B1"), ("b2", "B2")]),
        ("c", "C", &[]),
        ("d", "D", &[("d1", "D1")]),
    ];

    #[test]
    fn nothing_changed() {
        assert!(diff(&agenda(BASE), &agenda(BASE), Syntax::Literal).is_empty());
    }

    #[test]
    fn insertion_is_one_change_plus_one_renumbering_cascade() {
        let new = agenda(&[
            ("a", "A", &[]),
            ("x", "X", &[]),
            ("b", "B", &[("b1", "B1"), ("b2", "B2")]),
            ("c", "C", &[]),
            ("d", "D", &[("d1", "D1")]),
        ]);
        assert_eq!(
            summary(&agenda(BASE), &new),
            ["added x 2", "renumbered 2–4->3–5"]
        );
    }

    #[test]
    fn removal_renumbers_what_follows() {
        let new = agenda(&[
            ("a", "A", &[]),
            ("c", "C", &[]),
            ("d", "D", &[("d1", "D1")]),
        ]);
        assert_eq!(
            summary(&agenda(BASE), &new),
            [
                "removed b 2",
                "removed b1 2.1",
                "removed b2 2.2",
                "renumbered 3–4->2–3"
            ]
        );
    }

    #[test]
    fn move_is_reported_with_old_and_new_numbers() {
        let new = agenda(&[
            ("a", "A", &[]),
            ("c", "C", &[]),
            ("d", "D", &[("d1", "D1")]),
            ("b", "B", &[("b1", "B1"), ("b2", "B2")]),
        ]);
        assert_eq!(
            summary(&agenda(BASE), &new),
            ["moved b 2->4", "renumbered 3–4->2–3"]
        );
    }

    #[test]
    fn neighbours_that_exchanged_places_were_swapped() {
        let new = agenda(&[
            ("a", "A", &[]),
            ("b", "B", &[("b2", "B2"), ("b1", "B1")]),
            ("d", "D", &[("d1", "D1")]),
            ("c", "C", &[]),
        ]);
        assert_eq!(
            summary(&agenda(BASE), &new),
            ["swapped b1 b2 (2.1, 2.2)", "swapped c d (3, 4)"]
        );
    }

    /// The base agenda with items c and d exchanged, titled `c` and `d`.
    fn d_before_c(d: &str, c: &str) -> Agenda {
        let b = [("b1", "B1"), ("b2", "B2")];
        agenda(&[
            ("a", "A", &[]),
            ("b", "B", &b),
            ("d", d, &[("d1", "D1")]),
            ("c", c, &[]),
        ])
    }

    #[test]
    fn of_two_swapped_the_one_also_retitled_moved() {
        assert_eq!(
            summary(&agenda(BASE), &d_before_c("D, revised", "C")),
            ["moved d 4->3", "retitled d", "renumbered 3->4"]
        );
        // Either way round.
        assert_eq!(
            summary(&agenda(BASE), &d_before_c("D", "C, revised")),
            ["moved c 3->4", "retitled c", "renumbered 4->3"]
        );
    }

    #[test]
    fn sub_item_added_and_moved_between_parents() {
        let new = agenda(&[
            ("a", "A", &[]),
            ("b", "B", &[("b1", "B1")]),
            ("c", "C", &[]),
            ("d", "D", &[("b2", "B2"), ("d1", "D1"), ("d2", "D2")]),
        ]);
        assert_eq!(
            summary(&agenda(BASE), &new),
            ["moved b2 2.2->4.1", "added d2 4.3", "renumbered 4.1->4.2"]
        );
    }

    #[test]
    fn retitled_item_has_word_changes() {
        let new = agenda(&[
            ("a", "A", &[]),
            ("b", "B", &[("b1", "B1"), ("b2", "B two")]),
            ("c", "C", &[]),
            ("d", "D", &[("d1", "D1")]),
        ]);
        let changes = diff(&agenda(BASE), &new, Syntax::Literal);
        let AgendaChange::Retitled {
            texts, from, to, ..
        } = &changes[0]
        else {
            panic!("{changes:?}")
        };
        assert_eq!((from.as_str(), to.as_str()), ("2.2", "2.2"));
        let ops: Vec<(words::Op, &str)> = texts["en"]
            .iter()
            .map(|p| (p.op, p.text.as_str()))
            .collect();
        assert_eq!(
            ops,
            [(words::Op::Delete, "B2"), (words::Op::Insert, "B two")],
            "B2 is one word"
        );
    }

    #[test]
    fn notes_added_changed_and_removed() {
        let old = agenda(BASE);
        let mut new = agenda(BASE);
        new.notes = vec![tr("Note, changed"), tr("Second note")];
        assert_eq!(summary(&old, &new), ["note changed 1", "note added 2"]);
        assert_eq!(summary(&new, &old), ["note changed 1", "note removed 2"]);
    }

    #[test]
    fn heading_changed() {
        let mut new = agenda(BASE);
        new.heading = tr("Agenda");
        assert_eq!(summary(&agenda(BASE), &new), ["heading changed"]);
    }

    #[test]
    fn texts_are_compared_as_a_reader_sees_them() {
        let (a, b, c) = (
            tr("Opening of the *meeting*"),
            tr("Opening of the meeting"),
            tr("Opening of the *session*"),
        );
        assert_eq!(
            text_changes(&a, &b, Syntax::Markdown),
            None,
            "emphasis alone is not a change of words"
        );
        assert!(text_changes(&a, &b, Syntax::Literal).is_some());
        let ops: Vec<(words::Op, String)> = text_changes(&a, &c, Syntax::Markdown).unwrap()["en"]
            .iter()
            .map(|p| (p.op, p.text.clone()))
            .collect();
        assert_eq!(
            ops.last(),
            Some(&(words::Op::Insert, "session".to_string()))
        );
        assert!(ops.iter().all(|(_, t)| !t.contains('*')), "{ops:?}");
    }
}
