//! A synthetic meeting at the scale of issue 27: a register of 2,000 documents (and the
//! revisions, withdrawals and new documents of a second issue), allocated across an
//! agenda of 60 items, with a time plan of 200 sessions; and the same meeting without
//! register or allocation, to compare. In English only, so that the figures measure the
//! documents, not the languages.

use std::fmt::Write as _;
use std::path::Path;

/// How many documents the register has before the second issue adds its own.
pub const DOCUMENTS: usize = 2000;
const GROUPS: usize = 40;
const PARALLEL: usize = 10;
/// Ten weekdays of two slots each, ten sessions at once: 200 sessions.
const DAYS: [&str; 10] = [
    "2026-03-02",
    "2026-03-03",
    "2026-03-04",
    "2026-03-05",
    "2026-03-06",
    "2026-03-09",
    "2026-03-10",
    "2026-03-11",
    "2026-03-12",
    "2026-03-13",
];
const SLOTS: [&str; 2] = ["morning", "afternoon"];

/// Writes the meeting into `dir` (a new folder), with its register and allocations if
/// `documents`.
pub fn write(dir: &Path, documents: bool) {
    std::fs::create_dir_all(dir.join("revisions/agenda")).unwrap();
    let put = |name: &str, text: String| std::fs::write(dir.join(name), text).unwrap();
    put("meeting.yaml", meeting());
    put("timeplan.yaml", timeplan());
    put("agenda.yaml", agenda(None, documents));
    put("revisions/agenda/0.yaml", agenda(Some(0), documents));
    put("revisions/agenda/1.yaml", agenda(Some(1), documents));
    if documents {
        put("documents.yaml", register());
    }
}

fn meeting() -> String {
    "organisation: International Telecommunication Union\nbody: ITU-T Study Group 99\n\
     title: Meeting of ITU-T Study Group 99\nvenue: Geneva\nfirst_day: 2026-03-02\n\
     last_day: 2026-03-13\ntime_zone: Europe/Zurich\nagenda_update: TD100\nlanguages: [en]\n"
        .to_string()
}

/// The id of the session at time `t` (a day's slot, 0..20) in parallel track `p`.
fn session(t: usize, p: usize) -> String {
    format!("s{t}-{p}")
}

fn timeplan() -> String {
    let mut out = String::from("heading: Time plan\ngroups:\n");
    for g in 1..=GROUPS {
        let _ = writeln!(
            out,
            "  - {{id: q{g}, kind: question, code: \"Q{g}/99\", name: Question {g}/99}}"
        );
    }
    out.push_str("rooms:\n");
    for p in 1..=PARALLEL {
        let _ = writeln!(out, "  - {{id: r{p}, name: Room {p}}}");
    }
    out.push_str("slots:\n  - {id: morning, label: Morning, start: \"09:30\", end: \"12:30\"}\n");
    out.push_str(
        "  - {id: afternoon, label: Afternoon, start: \"14:30\", end: \"17:30\"}\ndays:\n",
    );
    for day in DAYS {
        let _ = writeln!(out, "  - date: {day}");
    }
    out.push_str("  - {date: 2026-03-07, until: 2026-03-08, whole: Weekend}\nsessions:\n");
    for t in 0..DAYS.len() * SLOTS.len() {
        for p in 0..PARALLEL {
            let group = (t * PARALLEL + p) % GROUPS + 1;
            let (day, slot) = (DAYS[t / 2], SLOTS[t % 2]);
            let id = session(t, p);
            let _ = writeln!(
                out,
                "  - {{id: {id}, groups: [q{group}], date: {day}, slot: {slot}, room: r{}}}",
                p + 1
            );
        }
    }
    sorted_days(out)
}

/// The days in date order (the weekend row goes between the two weeks).
fn sorted_days(plan: String) -> String {
    let weekend = "  - {date: 2026-03-07, until: 2026-03-08, whole: Weekend}\n";
    let plan = plan.replacen(weekend, "", 1);
    plan.replacen(
        "  - date: 2026-03-09\n",
        &format!("{weekend}  - date: 2026-03-09\n"),
        1,
    )
}

/// The documents item `i` (0..60) takes in issue `issue` (none: the draft, which takes
/// none): every 60th document from `i`; the second issue moves a hundred of them to the
/// next item, allocates fifty revisions in place of what they revise, no longer the
/// twenty documents withdrawn, and thirty new ones.
fn allocated(i: usize, issue: Option<u32>) -> Vec<String> {
    let Some(issue) = issue else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for d in (0..DOCUMENTS).filter(|d| d % 60 == i) {
        let moved = issue == 1 && (100..200).contains(&d);
        if moved || (issue == 1 && (1000..1020).contains(&d)) {
            continue;
        }
        out.push(match issue == 1 && d < 50 {
            true => format!("{} Rev.1", number(d)),
            false => number(d),
        });
    }
    if issue == 1 {
        let from = (0..DOCUMENTS).filter(|d| (100..200).contains(d) && (d + 1) % 60 == i);
        out.extend(from.map(number));
        out.extend(
            (0..30)
                .filter(|n| n % 60 == i)
                .map(|n| format!("TD{}/GEN", 600 + n)),
        );
    }
    out
}

/// The number of document `d`: contributions first, then temporary documents.
fn number(d: usize) -> String {
    match d < 1500 {
        true => format!("C {}", d + 1),
        false => format!("TD{}/GEN", d - 1500 + 1),
    }
}

fn agenda(issue: Option<u32>, documents: bool) -> String {
    let mut out = match issue {
        None => String::new(),
        Some(n) => format!(
            "revision:\n  date: 2026-03-0{}\n  summary: Issue {n}\n",
            2 + 2 * n
        ),
    };
    out.push_str("heading: Agenda\nitems:\n");
    for top in 0..12 {
        let _ = writeln!(
            out,
            "  - id: item-{top}\n    title: Agenda item {top} of the meeting"
        );
        items_under(&mut out, top, issue.filter(|_| documents));
    }
    out
}

/// The five items of top item `top` (itself and four sub-items), each taking three
/// sessions and its documents.
fn items_under(out: &mut String, top: usize, issue: Option<u32>) {
    let one = |out: &mut String, i: usize, indent: &str| {
        let sessions: Vec<String> = (0..3)
            .map(|k| session((i * 3 + k) % 20, (i + k) % PARALLEL))
            .collect();
        let _ = writeln!(out, "{indent}sessions: [{}]", sessions.join(", "));
        let docs = allocated(i, issue);
        if !docs.is_empty() {
            let _ = writeln!(out, "{indent}documents: [{}]", docs.join(", "));
        }
    };
    one(out, top * 5, "    ");
    out.push_str("    items:\n");
    for sub in 1..5 {
        let i = top * 5 + sub;
        let _ = writeln!(
            out,
            "      - id: item-{top}-{sub}\n        title: Sub-item {sub} of item {top}"
        );
        one(out, i, "        ");
    }
}

/// The register: 2,000 documents, the fifty revisions and thirty new documents of the
/// second issue, and twenty withdrawn on its eve.
fn register() -> String {
    let mut out = String::from("documents:\n");
    for d in 0..DOCUMENTS {
        let n = number(d);
        let group = d % GROUPS + 1;
        let status = match d {
            0..50 => "\n    status: revised",
            1000..1020 => "\n    status: withdrawn\n    withdrawn: 2026-03-03",
            _ => "",
        };
        let _ = writeln!(
            out,
            "  - number: {n}\n    title: Proposed text number {d} on the quality of service of a synthetic network\n    source: Company {}\n    date: 2026-02-{:02}\n    link: https://example.org/docs/{d}\n    for: [q{group}]{status}",
            d % 97,
            d % 27 + 1
        );
    }
    for d in 0..50 {
        let _ = writeln!(
            out,
            "  - {{number: {} Rev.1, title: Revised text number {d}, source: Company {}, date: 2026-03-03, for: [q{}]}}",
            number(d),
            d % 97,
            d % GROUPS + 1
        );
    }
    for n in 0..30 {
        let _ = writeln!(
            out,
            "  - {{number: TD{}/GEN, title: New temporary document {n}, source: TSB, date: 2026-03-03}}",
            600 + n
        );
    }
    out
}
