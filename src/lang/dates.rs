//! Weekdays and dates as each language writes them, from CLDR through ICU4X: the long
//! forms ("9 September 2025", "2025年9月9日", "9 сентября 2025 г."), a day of the year
//! ("9 September", "9月9日") and the weekday. Each language's CLDR locale is the
//! `cldr-locale` message of its translation file (English is written as in en-GB, as the
//! organisation does). The formatters are made once per language and process.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{E, M, MD, YM, YMD};

/// The date formatters of one language.
pub struct Dates {
    weekday: FixedCalendarDateTimeFormatter<Gregorian, E>,
    day_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    long: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    /// For the messages that write a day themselves (French "1er octobre").
    month: FixedCalendarDateTimeFormatter<Gregorian, M>,
    month_year: FixedCalendarDateTimeFormatter<Gregorian, YM>,
}

impl Dates {
    /// The formatters for CLDR locale `cldr` ("en-GB", "zh"), if ICU4X has its data.
    fn new(cldr: &str) -> Option<Dates> {
        let locale = icu_locale_core::Locale::try_from_str(cldr).ok()?;
        let prefs = (&locale).into();
        Some(Dates {
            weekday: FixedCalendarDateTimeFormatter::try_new(prefs, E::long()).ok()?,
            day_month: FixedCalendarDateTimeFormatter::try_new(prefs, MD::long()).ok()?,
            long: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long()).ok()?,
            month: FixedCalendarDateTimeFormatter::try_new(prefs, M::long()).ok()?,
            month_year: FixedCalendarDateTimeFormatter::try_new(prefs, YM::long()).ok()?,
        })
    }

    /// The formatters for `cldr`, made once per process.
    pub fn of(cldr: &str) -> &'static Dates {
        static ALL: OnceLock<Mutex<HashMap<String, &'static Dates>>> = OnceLock::new();
        let all = ALL.get_or_init(Default::default);
        let mut all = all.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(d) = all.get(cldr) {
            return d;
        }
        // A locale ICU4X does not know falls back to the root locale's forms.
        let made = Dates::new(cldr).or_else(|| Dates::new("und"));
        let made: &'static Dates =
            Box::leak(Box::new(made.unwrap_or_else(|| {
                unreachable!("ICU4X's compiled data has the root locale")
            })));
        all.insert(cldr.to_string(), made);
        made
    }

    /// "Tuesday", "星期二".
    pub fn weekday(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(String::new, |g| self.weekday.format(&g).to_string())
    }

    /// "9 September", "9月9日".
    pub fn day_month(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(String::new, |g| self.day_month.format(&g).to_string())
    }

    /// "9 September 2025", "2025年9月9日".
    pub fn long(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(String::new, |g| self.long.format(&g).to_string())
    }

    /// The month, standing alone: "octobre".
    pub fn month(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(String::new, |g| self.month.format(&g).to_string())
    }

    /// The month and the year: "octobre 2025".
    pub fn month_year(&self, d: NaiveDate) -> String {
        gregorian(d).map_or_else(String::new, |g| self.month_year.format(&g).to_string())
    }
}

fn gregorian(d: NaiveDate) -> Option<Date<Gregorian>> {
    let (month, day) = (u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?);
    Date::try_new_gregorian(d.year(), month, day).ok()
}
