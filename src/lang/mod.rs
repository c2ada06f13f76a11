//! The languages a meeting may publish in: their codes, their direction, what the tool
//! itself says in each (the messages of `src/lang/<code>.ftl`, see [`messages`]), and how
//! each writes dates and times. Both `validate` (which checks a meeting's `languages:`)
//! and `render` read it. Meeting content never comes from here, only from the sources.

mod dates;
pub mod letter;
pub mod messages;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

pub use messages::Arg;

use crate::model::rich::{Inline, Rich};

/// Whether `c` is a digit or a letter of a left-to-right script (what a right-to-left
/// sentence must isolate: [`Locale::rich`]).
fn left_to_right(c: char) -> bool {
    let right_to_left =
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}');
    c.is_ascii_digit() || (c.is_alphanumeric() && !right_to_left)
}

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

    /// Message `id` with text arguments, as rich text, by the one rule of bidirectional
    /// isolation: in a right-to-left language, an argument that holds a left-to-right
    /// letter or a digit (a document number, a date) is isolated ([`Inline::Isolated`]),
    /// so that it keeps its own order and its neighbours theirs: "وفقاً للوثيقة TD211
    /// Rev.1، 12 سبتمبر 2025", where the day would otherwise join the word before the
    /// number. In a left-to-right language it is [`Locale::text`] as one text.
    pub fn rich(&self, id: &str, args: &[(&str, &str)]) -> Rich {
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        self.rich_say(id, &args)
    }

    /// `r`, a value put into a sentence of the tool's (an English title after an Arabic
    /// line), isolated by the rule of [`Locale::rich`].
    pub fn isolated(&self, r: Rich) -> Rich {
        match self.dir == "rtl" && r.plain().chars().any(left_to_right) {
            true => Rich(vec![Inline::Isolated(r.0)]),
            false => r,
        }
    }

    /// [`Locale::rich`] with counts among the arguments (never isolated: they select).
    pub fn rich_say(&self, id: &str, args: &[(&str, Arg)]) -> Rich {
        if self.dir != "rtl" {
            return Rich(vec![Inline::Text(self.say(id, args))]);
        }
        // Each text argument is given as a mark of its own (a noncharacter, which no
        // message and, once removed from the arguments, no argument holds), then the
        // message is cut at the marks.
        let mark = |k: usize| char::from_u32(0xFDD0 + k as u32).unwrap_or('\u{FDD0}');
        let marks: Vec<String> = (0..args.len()).map(|k| mark(k).to_string()).collect();
        let marked: Vec<(&str, Arg)> = (args.iter().zip(&marks))
            .map(|((n, a), m)| match a {
                Arg::Text(_) => (*n, Arg::Text(m.as_str())),
                count => (*n, *count),
            })
            .collect();
        let mut parts: Vec<Inline> = Vec::new();
        let mut literal = String::new();
        for c in self.say(id, &marked).chars() {
            let Some((_, Arg::Text(value))) =
                (0..args.len()).find(|k| mark(*k) == c).map(|k| args[k])
            else {
                literal.push(c);
                continue;
            };
            let value: String = (value.chars())
                .filter(|c| !crate::diag::is_noncharacter(*c))
                .collect();
            if !value.chars().any(left_to_right) {
                literal.push_str(&value);
                continue;
            }
            parts.push(Inline::Text(std::mem::take(&mut literal)));
            parts.push(Inline::Isolated(vec![Inline::Text(value)]));
        }
        parts.push(Inline::Text(literal));
        parts.retain(|p| !matches!(p, Inline::Text(t) if t.is_empty()));
        Rich(parts)
    }

    /// The language's name in itself: 中文, English, Français.
    pub fn native_name(&self) -> String {
        self.text("language-name", &[])
    }

    /// The weekday of a date: 星期二, Tuesday.
    pub fn weekday(&self, d: NaiveDate) -> String {
        self.dates.weekday(d)
    }

    /// The weekday at the head of a row or a column of the time plan: "Tuesday", and
    /// "Mardi" where the language capitalises it there (message `weekday-heading`).
    pub fn weekday_heading(&self, d: NaiveDate) -> String {
        let weekday = self.weekday(d);
        self.text("weekday-heading", &[("weekday", &weekday)])
    }

    /// A day of the year: 9月9日, 9 September, 1er octobre (message `date-day-month`).
    pub fn day_month(&self, d: NaiveDate) -> String {
        self.date_message("date-day-month", d, self.dates.day_month(d))
    }

    /// A date in full: 2025年9月9日, 9 September 2025, 1er octobre 2025 (message
    /// `date-long`).
    pub fn long_date(&self, d: NaiveDate) -> String {
        self.date_message("date-long", d, self.dates.long(d))
    }

    /// Message `id` of a date: CLDR's form (`formatted`), or the language's own for some
    /// days (`day`), which may use the month and the year without the day.
    fn date_message(&self, id: &str, d: NaiveDate, formatted: String) -> String {
        let (month, month_year) = match d.day() {
            1 => (self.dates.month(d), self.dates.month_year(d)),
            _ => Default::default(),
        };
        let day = usize::try_from(d.day()).unwrap_or_default();
        // CLDR's day and month, and the year, for a language that writes the year its own
        // way ("9 сентября 2025 года").
        let (day_month, year) = (self.dates.day_month(d), d.year().to_string());
        self.say(
            id,
            &[
                ("day", Arg::Count(day)),
                ("formatted", Arg::Text(&formatted)),
                ("month", Arg::Text(&month)),
                ("month_year", Arg::Text(&month_year)),
                ("day_month", Arg::Text(&day_month)),
                ("year", Arg::Text(&year)),
            ],
        )
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
        self.dates_as(
            [
                "dates-one-day",
                "dates-same-month",
                "dates-same-year",
                "dates-other-years",
            ],
            (a, b),
        )
    }

    /// The meeting's dates as a letter says them: 2025年9月9日至18日, from 9 to 18
    /// September 2025 (messages `from-to-*`, chosen as [`Self::date_range`]'s are).
    pub fn from_to(&self, a: NaiveDate, b: NaiveDate) -> String {
        self.dates_as(
            [
                "from-to-one-day",
                "from-to-same-month",
                "from-to-same-year",
                "from-to-other-years",
            ],
            (a, b),
        )
    }

    /// A time of day: 8时30分, 08:30 (message `time-of-day`).
    pub fn time_of_day(&self, t: NaiveTime) -> String {
        let hour = t.hour().to_string();
        let (hh, mm) = (format!("{:02}", t.hour()), format!("{:02}", t.minute()));
        self.text("time-of-day", &[("hour", &hour), ("hh", &hh), ("mm", &mm)])
    }

    /// Two dates by one of the messages `ids`: for one day, two of the same month, of
    /// the same year, of other years.
    fn dates_as(&self, ids: [&str; 4], (a, b): (NaiveDate, NaiveDate)) -> String {
        let id = match (a.year() == b.year(), a.month() == b.month()) {
            _ if a == b => ids[0],
            (true, true) => ids[1],
            (true, false) => ids[2],
            (false, _) => ids[3],
        };
        // Days and months are counts, so that a message can select on them ("1er").
        let [first_day, last_day, first_month, last_month] =
            [a.day(), b.day(), a.month(), b.month()].map(|n| Arg::Count(n as usize));
        let year = a.year().to_string();
        let (first, last) = (self.long_date(a), self.long_date(b));
        let (first_day_month, last_day_month) = (self.day_month(a), self.day_month(b));
        self.say(
            id,
            &[
                ("first", Arg::Text(&first)),
                ("last", Arg::Text(&last)),
                ("first_day_month", Arg::Text(&first_day_month)),
                ("last_day_month", Arg::Text(&last_day_month)),
                ("first_day", first_day),
                ("last_day", last_day),
                ("first_month", first_month),
                ("last_month", last_month),
                ("year", Arg::Text(&year)),
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
            // The year written out ("года", where CLDR writes "г.").
            "ru",
            [
                "9 сентября 2025 года",
                "9–18 сентября 2025 года",
                "29 сентября – 3 октября 2025 года",
                "29 декабря 2025 года – 3 января 2026 года",
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

    /// At the head of a row or a column, a weekday starts with a capital where the
    /// language writes it so (French, Russian, Spanish), and is CLDR's form elsewhere.
    #[test]
    fn weekday_headings() {
        let d = date(2025, 9, 9);
        let headings: Vec<String> = ["ar", "zh", "en", "fr", "ru", "es"]
            .iter()
            .map(|l| locale(l).weekday_heading(d))
            .collect();
        assert_eq!(
            headings,
            ["الثلاثاء", "星期二", "Tuesday", "Mardi", "Вторник", "Martes"]
        );
        assert_eq!(locale("fr").weekday(d), "mardi");
    }

    /// French writes the first of the month "1er", alone, in full and in a range.
    #[test]
    fn in_right_to_left_a_value_with_latin_or_digits_is_isolated() {
        let args = [("document", "TD211 Rev.1"), ("date", "12 سبتمبر 2025")];
        let ar = locale("ar").rich("group-plan", &args);
        let iso = |t: &str| Inline::Isolated(vec![Inline::Text(t.into())]);
        assert_eq!(
            ar.0,
            [
                Inline::Text("وفقاً للوثيقة ".into()),
                iso("TD211 Rev.1"),
                Inline::Text("، ".into()),
                iso("12 سبتمبر 2025"),
            ]
        );
        // An Arabic value alone is not isolated; a noncharacter in a value is dropped (it
        // cannot pass for the marks the message is cut at).
        let ar = locale("ar").rich(
            "group-plan",
            &[("document", "الوثيقة\u{FDD1}"), ("date", "")],
        );
        assert_eq!(ar.0, [Inline::Text("وفقاً للوثيقة الوثيقة، ".into())]);
        let en = locale("en").rich("group-plan", &args);
        assert_eq!(
            en.0,
            [Inline::Text("As in TD211 Rev.1, 12 سبتمبر 2025".into())]
        );
    }

    #[test]
    fn french_first_of_the_month() {
        let fr = locale("fr");
        let (first, third) = (date(2025, 10, 1), date(2025, 10, 3));
        assert_eq!(fr.day_month(first), "1er octobre");
        assert_eq!(fr.long_date(first), "1er octobre 2025");
        assert_eq!(fr.date_range(first, third), "1er-3 octobre 2025");
        assert_eq!(
            fr.date_range(date(2025, 9, 30), first),
            "30 septembre - 1er octobre 2025"
        );
        assert_eq!(fr.day_month(third), "3 octobre");
        assert_eq!(locale("en").date_range(first, third), "1-3 October 2025");
    }
}
