//! A calendar's `VTIMEZONE`, from the time-zone database (jiff's bundled copy, so every
//! machine writes the same): the observance before the one in effect at the first event,
//! that one, then each transition up to the last event, each as the offsets before and after it. No rules
//! are written by hand, and none are needed: observances without `RRULE` are valid.

use chrono::{Datelike, NaiveDateTime, Timelike};
use jiff::Timestamp;
use jiff::tz::{Offset, TimeZone};

/// The lines of the `VTIMEZONE` of zone `name` for events from `first` to `last` (local
/// times), or none if the database does not know the zone (validate has refused it).
pub fn vtimezone(name: &str, first: NaiveDateTime, last: NaiveDateTime) -> Vec<String> {
    let Ok(tz) = TimeZone::get(name) else {
        return Vec::new();
    };
    let (Some(from), Some(to)) = (instant(first, &tz), instant(last, &tz)) else {
        return Vec::new();
    };
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{name}")];
    // The observance in effect, and the one before it: a zone with summer time is given
    // both its standard and its daylight offsets, which some clients look for.
    let mut before: Vec<_> = tz.preceding(from).take(2).collect();
    before.reverse();
    let after = tz.following(from).take_while(|t| t.timestamp() <= to);
    let mut any = false;
    for t in before.into_iter().chain(after) {
        let previous = Timestamp::from_second(t.timestamp().as_second() - 1)
            .map_or(t.offset(), |p| tz.to_offset(p));
        let kind = if t.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let start = previous.to_datetime(t.timestamp());
        lines.extend(observance(
            kind,
            &start.strftime("%Y%m%dT%H%M%S").to_string(),
            (previous, t.offset()),
            t.abbreviation(),
        ));
        any = true;
    }
    if !any {
        // A zone that never changes (UTC): one observance, always.
        let offset = tz.to_offset(from);
        lines.extend(observance(
            "STANDARD",
            "19700101T000000",
            (offset, offset),
            "",
        ));
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

/// One `STANDARD` or `DAYLIGHT` block: from `start` (local time before the change,
/// `20250330T020000`), the offsets before and after, and the name.
fn observance(kind: &str, start: &str, (from, to): (Offset, Offset), name: &str) -> Vec<String> {
    let mut lines = vec![
        format!("BEGIN:{kind}"),
        format!("DTSTART:{start}"),
        format!("TZOFFSETFROM:{}", utc_offset(from)),
        format!("TZOFFSETTO:{}", utc_offset(to)),
    ];
    if !name.is_empty() {
        lines.push(format!("TZNAME:{name}"));
    }
    lines.push(format!("END:{kind}"));
    lines
}

/// "+0200", "-0330", "+053030" (RFC 5545 §3.3.14).
fn utc_offset(o: Offset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, a / 60 % 60, a % 60);
    match sec {
        0 => format!("{sign}{h:02}{m:02}"),
        _ => format!("{sign}{h:02}{m:02}{sec:02}"),
    }
}

/// The instant of local time `t` in `tz` (for a time that does not exist or exists twice,
/// jiff's compatible choice).
fn instant(t: NaiveDateTime, tz: &TimeZone) -> Option<Timestamp> {
    let civil = jiff::civil::DateTime::new(
        i16::try_from(t.year()).ok()?,
        i8::try_from(t.month()).ok()?,
        i8::try_from(t.day()).ok()?,
        i8::try_from(t.hour()).ok()?,
        i8::try_from(t.minute()).ok()?,
        0,
        0,
    )
    .ok()?;
    civil
        .to_zoned_datetime(tz.clone())
        .ok()
        .map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::vtimezone;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32) -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .unwrap_or_default()
    }

    #[test]
    fn geneva_in_september_is_in_summer_time_since_march_after_winter_time() {
        let lines = vtimezone("Europe/Zurich", at(2025, 9, 8), at(2025, 9, 18));
        assert_eq!(
            lines,
            [
                "BEGIN:VTIMEZONE",
                "TZID:Europe/Zurich",
                "BEGIN:STANDARD",
                "DTSTART:20241027T030000",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "TZNAME:CET",
                "END:STANDARD",
                "BEGIN:DAYLIGHT",
                "DTSTART:20250330T020000",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200",
                "TZNAME:CEST",
                "END:DAYLIGHT",
                "END:VTIMEZONE",
            ]
        );
    }

    #[test]
    fn a_meeting_over_the_change_has_both_observances() {
        let lines = vtimezone("Europe/Zurich", at(2025, 10, 20), at(2025, 10, 31));
        let starts: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTSTART")).collect();
        assert_eq!(
            starts,
            [
                "DTSTART:20241027T030000",
                "DTSTART:20250330T020000",
                "DTSTART:20251026T030000"
            ]
        );
        assert!(lines.contains(&"TZOFFSETTO:+0100".to_string()));
        let utc = vtimezone("UTC", at(2025, 9, 8), at(2025, 9, 18));
        assert!(utc.contains(&"TZOFFSETTO:+0000".to_string()), "{utc:?}");
    }
}
