//! The languages a meeting may publish in: their codes, their direction, what the tool
//! itself says in each (labels), and how each writes dates and times. Both `validate`
//! (which checks a meeting's `languages:`) and `render` read it. Meeting content never
//! comes from here, only from the sources.

use chrono::{Datelike, NaiveDate, NaiveTime};

/// The languages with built-in labels and date formats.
pub const KNOWN: &[&str] = &["zh", "en"];

/// Whether `lang` is one of [`KNOWN`].
pub fn is_known(lang: &str) -> bool {
    KNOWN.contains(&lang)
}

/// The labels and formats of one language.
pub struct Locale {
    pub lang: &'static str,
    chrono: chrono::Locale,
    /// Text direction, for HTML `dir` and Typst `text(dir:)`.
    pub dir: &'static str,
    /// "Chair: " before the chair's name.
    pub chair: &'static str,
    /// Between the meeting title and its dates and venue.
    pub subject_sep: &'static str,
    /// Between the dates and the venue (or the venue and the dates).
    pub place_sep: &'static str,
}

pub fn locale(lang: &str) -> Locale {
    match lang {
        "zh" => Locale {
            lang: "zh",
            chrono: chrono::Locale::zh_CN,
            dir: "ltr",
            chair: "主席：",
            subject_sep: "；",
            place_sep: "，",
        },
        _ => Locale {
            lang: "en",
            chrono: chrono::Locale::en_GB,
            dir: "ltr",
            chair: "Chair: ",
            subject_sep: "; ",
            place_sep: ", ",
        },
    }
}

impl Locale {
    /// The weekday of a date: 星期二, Tuesday.
    pub fn weekday(&self, d: NaiveDate) -> String {
        d.format_localized("%A", self.chrono).to_string()
    }

    /// A day of the year: 9月9日, 9 September.
    pub fn day_month(&self, d: NaiveDate) -> String {
        match self.lang {
            "zh" => format!("{}月{}日", d.month(), d.day()),
            _ => d.format_localized("%-d %B", self.chrono).to_string(),
        }
    }

    /// The meeting's dates: 2025年9月9-18日, 9-18 September 2025.
    pub fn date_range(&self, a: NaiveDate, b: NaiveDate) -> String {
        let same_month = a.year() == b.year() && a.month() == b.month();
        let same_year = a.year() == b.year();
        match self.lang {
            "zh" if a == b => format!("{}年{}月{}日", a.year(), a.month(), a.day()),
            "zh" if same_month => format!("{}年{}月{}-{}日", a.year(), a.month(), a.day(), b.day()),
            "zh" if same_year => format!(
                "{}年{}月{}日-{}月{}日",
                a.year(),
                a.month(),
                a.day(),
                b.month(),
                b.day()
            ),
            "zh" => format!(
                "{}年{}月{}日-{}年{}月{}日",
                a.year(),
                a.month(),
                a.day(),
                b.year(),
                b.month(),
                b.day()
            ),
            _ if a == b => a.format_localized("%-d %B %Y", self.chrono).to_string(),
            _ if same_month => format!(
                "{}-{}",
                a.day(),
                b.format_localized("%-d %B %Y", self.chrono)
            ),
            _ if same_year => format!(
                "{} - {}",
                self.day_month(a),
                b.format_localized("%-d %B %Y", self.chrono)
            ),
            _ => format!(
                "{} - {}",
                a.format_localized("%-d %B %Y", self.chrono),
                b.format_localized("%-d %B %Y", self.chrono)
            ),
        }
    }

    /// The meeting line: 第12研究组会议；2025年9月9-18日，日内瓦 /
    /// Meeting of Study Group 12; Geneva, 9-18 September 2025.
    pub fn subject(&self, title: &str, dates: &str, venue: &str) -> String {
        match self.lang {
            "zh" => format!(
                "{title}{}{dates}{}{venue}",
                self.subject_sep, self.place_sep
            ),
            _ => format!(
                "{title}{}{venue}{}{dates}",
                self.subject_sep, self.place_sep
            ),
        }
    }

    /// When the first day opens: 第一天的会议将于11时30分开始。
    pub fn opening(&self, t: NaiveTime) -> String {
        match self.lang {
            "zh" => format!("第一天的会议将于{}开始。", t.format("%-H时%M分")),
            _ => format!(
                "The meeting will open at {} on the first day.",
                t.format("%H:%M")
            ),
        }
    }
}
