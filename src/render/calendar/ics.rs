//! A calendar written as iCalendar (RFC 5545): content lines of at most 75 octets (longer
//! ones folded, never inside a character), each ended by CRLF, text values escaped. No
//! `METHOD`: a feed to subscribe to, not an invitation. `DTSTAMP` and `LAST-MODIFIED` come
//! from the revisions' dates, never from the clock, so two builds give the same bytes.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::{Event, Feed, zone};
use crate::lang::{self, Locale};
use crate::model::rich::{Inline, Rich};
use crate::model::{Deadline, Meeting, Status, Tr, reading};
use crate::render::{inline, wording};

/// The calendar of `meeting` in `lang`: every event of `feed`, with the letter's deadlines
/// (the meeting's calendar), or the events of group `group` (its calendar).
pub fn calendar(meeting: &Meeting, feed: &Feed, lang: &str, group: Option<&str>) -> String {
    let loc = lang::locale(lang);
    let cx = Writing {
        meeting,
        feed,
        lang,
        loc,
    };
    let events: Vec<&Event> = match group {
        Some(g) => feed.of_group(g),
        None => feed.events.iter().collect(),
    };
    let mut lines = cx.head(group);
    lines.extend(cx.zone(&events));
    for e in &events {
        lines.extend(cx.event(e));
    }
    if group.is_none() {
        for (d, sequence) in &feed.deadlines {
            lines.extend(cx.deadline(d, *sequence));
        }
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

struct Writing<'a> {
    meeting: &'a Meeting,
    feed: &'a Feed<'a>,
    lang: &'a str,
    loc: Locale,
}

impl Writing<'_> {
    fn head(&self, group: Option<&str>) -> Vec<String> {
        let m = &self.meeting.meta;
        let mut name = wording::meeting_line(m, &self.loc);
        if let Some(g) = group.and_then(|g| self.feed.plan.group(g)) {
            name = format!("{} – {name}", g.name.get(self.lang));
        }
        vec![
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".to_string(),
            "PRODID:-//agenda//agenda//EN".to_string(),
            "CALSCALE:GREGORIAN".to_string(),
            format!("NAME:{}", text(&name)),
            format!("X-WR-CALNAME:{}", text(&name)),
            format!("X-WR-TIMEZONE:{}", m.time_zone),
        ]
    }

    /// The time zone of the events that have hours, if any has.
    fn zone(&self, events: &[&Event]) -> Vec<String> {
        let times: Vec<NaiveDateTime> = events
            .iter()
            .filter_map(|e| span(e))
            .flat_map(|(a, b)| [a, b])
            .collect();
        match (times.iter().min(), times.iter().max()) {
            (Some(first), Some(last)) => {
                zone::vtimezone(&self.meeting.meta.time_zone, *first, *last)
            }
            _ => Vec::new(),
        }
    }

    fn event(&self, e: &Event) -> Vec<String> {
        let s = e.session;
        let tz = &self.meeting.meta.time_zone;
        let mut lines = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}/{}@agenda", self.meeting.id, s.id),
            format!("DTSTAMP:{}", stamp(self.feed.issued)),
            format!("LAST-MODIFIED:{}", stamp(e.modified)),
            format!("SEQUENCE:{}", e.sequence),
        ];
        match span(e) {
            Some((start, end)) => {
                lines.push(format!(
                    "DTSTART;TZID={tz}:{}",
                    start.format("%Y%m%dT%H%M%S")
                ));
                if end > start {
                    lines.push(format!("DTEND;TZID={tz}:{}", end.format("%Y%m%dT%H%M%S")));
                }
            }
            None => lines.extend(all_day(s.date)),
        }
        let lang = self.lang;
        lines.push(format!(
            "SUMMARY;LANGUAGE={lang}:{}",
            rich(&self.summary(e))
        ));
        lines.push(format!(
            "DESCRIPTION;LANGUAGE={lang}:{}",
            rich(&self.description(e))
        ));
        let room = s.room.as_ref().and_then(|r| e.plan.room(r));
        if let Some(room) = room {
            lines.push(format!(
                "LOCATION;LANGUAGE={lang}:{}",
                text(room.name.get(lang))
            ));
        }
        let status = match (e.dropped, s.status) {
            (true, _) | (_, Status::Cancelled) => "CANCELLED",
            (_, Status::IfNeeded) => "TENTATIVE",
            (_, Status::Planned) => "CONFIRMED",
        };
        lines.push(format!("STATUS:{status}"));
        lines.push("END:VEVENT".to_string());
        lines
    }

    /// "Question 1/12 (Q1-1)", "SG12 plenary (if needed)"; a session of no group by its
    /// text.
    fn summary(&self, e: &Event) -> Rich {
        let s = e.session;
        let names: Vec<&str> = s
            .groups
            .iter()
            .map(|g| e.plan.group_name(g, self.lang))
            .collect();
        let mut summary = match (names.is_empty(), &s.text) {
            (true, Some(t)) => vec![Inline::Text(self.seen(t).replace('\n', " "))],
            _ => vec![Inline::Text(names.join(" + "))],
        };
        if let Some(code) = &s.code {
            summary.push(Inline::Text(" (".into()));
            summary.extend(self.isolated(code).0);
            summary.push(Inline::Text(")".into()));
        }
        let status = if e.dropped {
            Status::Cancelled
        } else {
            s.status
        };
        if let Some(note) = wording::status_note(status, &self.loc) {
            summary.push(Inline::Text(format!(" {note}")));
        }
        Rich(summary)
    }

    /// The session's text and footnotes, its documents, then the issue that last changed
    /// it (or brought it) and the meeting, a line each; in a right-to-left language a
    /// document's number and title and the label isolated ([`Locale::isolated`]).
    fn description(&self, e: &Event) -> Rich {
        let s = e.session;
        let mut lines: Vec<Vec<Inline>> = Vec::new();
        if !s.groups.is_empty() {
            lines.extend(s.text.as_ref().map(|t| vec![Inline::Text(self.seen(t))]));
        }
        for mark in &s.marks {
            let note = e.plan.footnote(mark);
            lines
                .extend(note.map(|f| vec![Inline::Text(format!("{mark} {}", self.seen(&f.text)))]));
        }
        if !e.documents.is_empty() {
            lines.push(vec![Inline::Text(self.loc.text("session-documents", &[]))]);
            let sep = self.loc.text("detail-sep", &[]);
            for d in &e.documents {
                let mut line = self.isolated(&d.number).0;
                line.push(Inline::Text(sep.clone()));
                line.extend(self.isolated(&d.title).0);
                line.extend(d.link.as_ref().map(|l| Inline::Text(format!(" <{l}>"))));
                lines.push(line);
            }
        }
        let mut source = Vec::new();
        if let Some(label) = &e.label {
            source.extend(self.isolated(label).0);
            source.push(Inline::Text(" – ".into()));
        }
        source.push(Inline::Text(wording::meeting_line(
            &self.meeting.meta,
            &self.loc,
        )));
        lines.push(source);
        let joined = lines.join(&Inline::LineBreak);
        Rich(joined)
    }

    /// A deadline as an all-day event; `sequence`: how many addenda moved it.
    fn deadline(&self, d: &Deadline, sequence: u32) -> Vec<String> {
        let key = d
            .rule
            .as_ref()
            .map_or_else(|| d.date.to_string(), |r| r.replace(' ', "-"));
        let actions: Vec<String> = d.actions.iter().map(|a| self.seen(a)).collect();
        let heading = self.loc.text("deadlines-heading", &[]);
        let lang = self.lang;
        let mut lines = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}/deadline-{key}@agenda", self.meeting.id),
            format!("DTSTAMP:{}", stamp(self.feed.issued)),
        ];
        if sequence > 0 {
            lines.push(format!("SEQUENCE:{sequence}"));
        }
        lines.extend(all_day(d.date));
        lines.push(format!(
            "SUMMARY;LANGUAGE={lang}:{}",
            text(&actions.join(&self.loc.text("list-sep", &[])))
        ));
        lines.push(format!(
            "DESCRIPTION;LANGUAGE={lang}:{}",
            text(&format!("{heading}\n{}", actions.join("\n")))
        ));
        lines.push("TRANSP:TRANSPARENT".to_string());
        lines.push("END:VEVENT".to_string());
        lines
    }

    /// `value` as a detail of a line in the calendar's language, isolated by the rule of
    /// [`Locale::isolated`].
    fn isolated(&self, value: &str) -> Rich {
        self.loc
            .isolated(Rich(vec![Inline::Text(value.to_string())]))
    }

    fn seen(&self, t: &Tr) -> String {
        reading::seen(t.get(self.lang), self.meeting.meta.syntax)
    }
}

/// When a session starts and ends, local time, where its plan gives it hours.
fn span(e: &Event) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let h = e.plan.hours_of(e.session)?;
    let at = |t: NaiveTime| e.session.date.and_time(t);
    Some((at(h.start), at(h.end.unwrap_or(h.start))))
}

/// An all-day event's dates: the day, and the day after (exclusive).
fn all_day(d: NaiveDate) -> [String; 2] {
    let next = d.succ_opt().unwrap_or(d);
    [
        format!("DTSTART;VALUE=DATE:{}", d.format("%Y%m%d")),
        format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")),
    ]
}

/// A date as a UTC time stamp at its start: `20250912T000000Z`.
fn stamp(d: NaiveDate) -> String {
    format!("{}T000000Z", d.format("%Y%m%d"))
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break
/// as `\n`, tabs and what no output keeps ([`crate::render::escape::dropped`]) dropped.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c == '\t' || crate::render::escape::dropped(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A rich TEXT value: [`text`], an isolated run between Unicode's first-strong isolate
/// and its end ([`inline::plain`]).
fn rich(r: &Rich) -> String {
    inline::plain(r, &text)
}

/// A content line folded at 75 octets (RFC 5545 §3.1): each further line starts with a
/// space, no character is split, and every line ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::{fold, text};

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        assert_eq!(text("a;b,c\\d\ne\u{7}"), "a\\;b\\,c\\\\d\\ne");
        let line = format!("SUMMARY:{}", "会".repeat(30));
        let folded = fold(&line);
        for physical in folded.split_terminator("\r\n") {
            assert!(physical.len() <= 75, "{physical:?}");
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
        assert_eq!(fold("BEGIN:VEVENT"), "BEGIN:VEVENT\r\n");
    }
}
