//! The languages a meeting may publish in: their codes, their direction, what the tool
//! itself says in each (the messages of `src/lang/<code>.ftl`, see [`messages`]), and how
//! each writes dates and times. Both `validate` (which checks a meeting's `languages:`)
//! and `render` read it. Meeting content never comes from here, only from the sources.

pub mod messages;

use chrono::{Datelike, NaiveDate, NaiveTime};

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
    chrono: chrono::Locale,
    /// Text direction, for HTML `dir` and Typst `text(dir:)`.
    pub dir: &'static str,
    messages: &'static messages::Bundle,
}

/// The locale of `lang` (of English for a language without a file, which `validate` has
/// already refused).
pub fn locale(lang: &str) -> Locale {
    let (code, chrono) = match lang {
        "zh" => ("zh", chrono::Locale::zh_CN),
        _ => ("en", chrono::Locale::en_GB),
    };
    let messages = messages::bundle(lang)
        .or_else(|| messages::bundle("en"))
        .unwrap_or_else(|| unreachable!("en.ftl is built in"));
    Locale {
        lang: known().into_iter().find(|k| *k == lang).unwrap_or(code),
        chrono,
        dir: "ltr",
        messages,
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
        self.text(
            "subject",
            &[("title", title), ("dates", dates), ("venue", venue)],
        )
    }

    /// When the first day opens: 第一天的会议将于11时30分开始。
    pub fn opening(&self, t: NaiveTime) -> String {
        let time = match self.lang {
            "zh" => t.format("%-H时%M分").to_string(),
            _ => t.format("%H:%M").to_string(),
        };
        self.text("opening", &[("time", &time)])
    }
}
