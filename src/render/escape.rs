//! Escaping of source text for each output format: text from YAML is data, never markup.
//! These are the autoescape functions of the three Tera instances, and are used by
//! [`super::inline`] for the text parts of inline Markdown.

use std::io::{self, Write};

/// HTML text and attribute values.
pub fn html(input: &str, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(html_string(input).as_bytes())
}

pub fn html_string(input: &str) -> String {
    markup_text(input, "<br>")
}

/// The entity of a character that HTML and XML read as markup in text and in attributes
/// in double quotes (`&`, `<`, `>`, `"`); the one table of every writer of either.
pub fn entity(c: char) -> Option<&'static str> {
    match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        _ => None,
    }
}

/// `input` as HTML or XML text, fit for an attribute too: its markup characters (and
/// `'`) as entities, a line break as `br`, control and bidirectional characters dropped.
fn markup_text(input: &str, br: &str) -> String {
    let mut s = String::with_capacity(input.len());
    for c in input.chars() {
        match (entity(c), c) {
            (Some(e), _) => s.push_str(e),
            (None, '\'') => s.push_str("&#39;"),
            (None, '\n') => s.push_str(br),
            (None, c) if dropped(c) => {}
            (None, c) => s.push(c),
        }
    }
    s
}

/// Markdown inline text, safe inside a paragraph, a list item, a heading or a GFM table
/// cell: every ASCII character that can start inline markup is backslash-escaped, so is
/// whatever would start a block at the beginning of the text (`-`, `+`, `=`, `1.`), and a
/// line break becomes `<br>` (which a table cell also accepts).
pub fn markdown(input: &str, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(markdown_string(input).as_bytes())
}

pub fn markdown_string(input: &str) -> String {
    let mut s = String::with_capacity(input.len() + 8);
    let leading_digits = input.chars().take_while(char::is_ascii_digit).count();
    let after_marker = input.chars().nth(leading_digits + 1);
    let ends_marker = after_marker.is_none_or(|c| c == ' ' || c == '\t');
    for (i, c) in input.chars().enumerate() {
        let block_start = match c {
            '-' | '+' | '=' => i == 0,
            '.' | ')' => i == leading_digits && i > 0 && ends_marker,
            _ => false,
        };
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '$' => {
                s.push('\\');
                s.push(c);
            }
            _ if block_start => {
                s.push('\\');
                s.push(c);
            }
            '\n' => s.push_str("<br>"),
            '\r' => {}
            '\t' => s.push(' '),
            c if dropped(c) => {}
            c => s.push(c),
        }
    }
    s
}

/// Typst: the text becomes a string literal, `"…"`, which Typst shows as it is (the
/// Typst template is data, in code, which `layout.typ` lays out).
pub fn typst(input: &str, out: &mut dyn Write) -> io::Result<()> {
    write!(out, "\"{}\"", typst_literal(input))
}

/// One part of a rich text in Typst: a string literal and its comma, `"…", ` (nothing for
/// an empty text), a long run without a place to break given some (see
/// [`super::breaks`]). See [`super::inline`] for how parts make up a rich text.
pub fn typst_part(input: &str) -> String {
    if input.is_empty() {
        return String::new();
    }
    format!("\"{}\", ", typst_literal(&super::breaks::breakable(input)))
}

/// The inside of a Typst string literal. A zero width space (a place to break) is written
/// as its escape, so that the data reads as what it shows.
pub fn typst_literal(input: &str) -> String {
    let mut s = String::with_capacity(input.len() + 8);
    for c in input.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '"' => s.push_str("\\\""),
            '\n' => s.push_str("\\n"),
            '\r' => {}
            '\t' => s.push_str("\\t"),
            '\u{200b}' => s.push_str("\\u{200b}"),
            c if dropped(c) => {}
            c => s.push(c),
        }
    }
    s
}

/// The one rule for characters no output keeps, which every writer applies (each writes
/// line breaks and tabs as its format wants first): control characters, the bidirectional
/// embedding, override and isolate controls (which can make a line read in another order
/// than it is written), noncharacters (U+FFFE, U+FFFF, U+FDD0…U+FDEF and the last two
/// of every plane), which XML and so HTML, Atom and Word forbid and no font draws, and the
/// byte order mark (U+FEFF, a leftover of a copied file inside a text; as a zero-width
/// no-break space it gave way to the word joiner, U+2060), which PDF/UA forbids.
pub fn dropped(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t')
        || c == '\u{feff}'
        || crate::diag::is_bidi_control(c)
        || crate::diag::is_noncharacter(c)
}
