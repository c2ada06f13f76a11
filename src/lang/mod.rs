//! The languages a meeting may publish in: their codes, their direction, what the tool
//! itself says in each (the messages of `src/lang/<code>.ftl`, see [`messages`]), and how
//! each writes dates and times. Both `validate` (which checks a meeting's `languages:`)
//! and `render` read it. Meeting content never comes from here, only from the sources.

mod dates;
pub mod messages;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

pub use messages::Arg;

/// The languages that have a translation file, in the order of their English names.
pub fn known() -> Vec<&'static str> {
    messages::FILES.iter().map(|(code, _)| *code).collect()
}

/// Whether `lang` has a translation file.
pub fn is_known(lang: &str) -> bool {
    messages::bundle(lang).is_some()
}

/// The messages and formats of one language.
pub struct Locale {
    pub lang: &'static str,
    /// Text direction, for HTML `dir` and Typst `text(dir:)`.
    pub dir: &'static str,
    messages: &'static messages::Bundle,
    dates: &'static dates::Dates,
}

/// The locale of `lang` (of English for a language without a file, which `validate` has
/// already refused).
pub fn locale(lang: &str) -> Locale {
    let code = known().into_iter().find(|k| *k == lang).unwrap_or("en");
    let messages = messages::bundle(code).unwrap_or_else(|| unreachable!("en.ftl is built in"));
    let cldr = messages::say(messages, "cldr-locale", &[]);
    let dir = match messages::say(messages, "direction", &[]).as_str() {
        "rtl" => "rtl",
        _ => "ltr",
    };
    Locale {
        lang: code,
        dir,
        messages,
        dates: dates::Dates::of(&cldr),
    }
}

impl Locale {
    /// Message `id` with `args`: "Item 12 added".
    pub fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        messages::say(self.messages, id, args)
    }

    /// Message `id` with text arguments only.
    pub fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        self.say(id, &args)
    }

    /// The weekday of a date: 星期二, Tuesday.
    pub fn weekday(&self, d: NaiveDate) -> String {
        self.dates.weekday(d)
    }

    /// A day of the year: 9月9日, 9 September.
    pub fn day_month(&self, d: NaiveDate) -> String {
        self.dates.day_month(d)
    }

    /// Two days of the year: "13 September - 14 September".
    pub fn day_span(&self, a: NaiveDate, b: NaiveDate) -> String {
        if a == b {
            return self.day_month(a);
        }
        let (from, to) = (self.day_month(a), self.day_month(b));
        self.text("day-span", &[("from", &from), ("to", &to)])
    }

    /// The meeting's dates: 2025年9月9-18日, 9-18 September 2025. The message is chosen
    /// by the greatest difference, as CLDR's interval formats are (day, month, year).
    pub fn date_range(&self, a: NaiveDate, b: NaiveDate) -> String {
        let id = match (a.year() == b.year(), a.month() == b.month()) {
            _ if a == b => "dates-one-day",
            (true, true) => "dates-same-month",
            (true, false) => "dates-same-year",
            (false, _) => "dates-other-years",
        };
        let numbers = [a.day(), b.day(), a.month(), b.month()].map(|n| n.to_string());
        let year = a.year().to_string();
        let (first, last) = (self.dates.long(a), self.dates.long(b));
        let first_day_month = self.day_month(a);
        self.text(
            id,
            &[
                ("first", &first),
                ("last", &last),
                ("first_day_month", &first_day_month),
                ("first_day", &numbers[0]),
                ("last_day", &numbers[1]),
                ("first_month", &numbers[2]),
                ("last_month", &numbers[3]),
                ("year", &year),
            ],
        )
    }

    /// The meeting line: 第12研究组会议；2025年9月9-18日，日内瓦 /
    /// Meeting of Study Group 12; Geneva, 9-18 September 2025.
    pub fn subject(&self, title: &str, dates: &str, venue: &str) -> String {
        self.text(
            "subject",
            &[("title", title), ("dates", dates), ("venue", venue)],
        )
    }

    /// When the first day opens: 第一天的会议将于11时30分开始。
    pub fn opening(&self, t: NaiveTime) -> String {
        let hour = t.hour().to_string();
        let (hh, mm) = (format!("{:02}", t.hour()), format!("{:02}", t.minute()));
        self.text("opening", &[("hour", &hour), ("hh", &hh), ("mm", &mm)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// The meeting's dates in each language: one day, the same month, across months,
    /// across years.
    const DATES: &[(&str, [&str; 4])] = &[
        (
            "zh",
            [
                "2025年9月9日",
                "2025年9月9-18日",
                "2025年9月29日-10月3日",
                "2025年12月29日-2026年1月3日",
            ],
        ),
        (
            "en",
            [
                "9 September 2025",
                "9-18 September 2025",
                "29 September - 3 October 2025",
                "29 December 2025 - 3 January 2026",
            ],
        ),
        (
            "fr",
            [
                "9 septembre 2025",
                "9-18 septembre 2025",
                "29 septembre - 3 octobre 2025",
                "29 décembre 2025 - 3 janvier 2026",
            ],
        ),
        (
            // CLDR puts a narrow no-break space before "г.".
            "ru",
            [
                "9 сентября 2025\u{202f}г.",
                "9-18 сентября 2025\u{202f}г.",
                "29 сентября - 3 октября 2025\u{202f}г.",
                "29 декабря 2025\u{202f}г. - 3 января 2026\u{202f}г.",
            ],
        ),
        (
            "es",
            [
                "9 de septiembre de 2025",
                "9-18 de septiembre de 2025",
                "29 de septiembre - 3 de octubre de 2025",
                "29 de diciembre de 2025 - 3 de enero de 2026",
            ],
        ),
    ];

    /// Every language × one day, the same month, across months, across years.
    #[test]
    fn meeting_dates_in_every_language() {
        let cases = [
            (date(2025, 9, 9), date(2025, 9, 9)),
            (date(2025, 9, 9), date(2025, 9, 18)),
            (date(2025, 9, 29), date(2025, 10, 3)),
            (date(2025, 12, 29), date(2026, 1, 3)),
        ];
        let expected = DATES;
        for (lang, forms) in expected {
            let loc = locale(lang);
            for ((a, b), form) in cases.iter().zip(forms) {
                assert_eq!(&loc.date_range(*a, *b), form, "{lang}");
            }
        }
    }

    #[test]
    fn weekdays_days_and_opening_times() {
        let (zh, en) = (locale("zh"), locale("en"));
        let d = date(2025, 9, 9);
        assert_eq!(
            (zh.weekday(d), zh.day_month(d)),
            ("星期二".into(), "9月9日".into())
        );
        assert_eq!(
            (en.weekday(d), en.day_month(d)),
            ("Tuesday".into(), "9 September".into())
        );
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap_or_default();
        assert_eq!(zh.opening(t), "第一天的会议将于9时05分开始。");
        assert_eq!(
            en.opening(t),
            "The meeting will open at 09:05 on the first day."
        );
    }
}
