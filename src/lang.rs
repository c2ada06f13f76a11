//! The languages a meeting may publish in: their codes. Both `validate` (which checks a
//! meeting's `languages:`) and `render` (which writes each language's labels and dates)
//! read this list, so neither reaches into the other.

/// The languages with built-in labels and date formats.
pub const KNOWN: &[&str] = &["zh", "en"];

/// Whether `lang` is one of [`KNOWN`].
pub fn is_known(lang: &str) -> bool {
    KNOWN.contains(&lang)
}
