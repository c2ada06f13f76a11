//! How a text of the sources reads: literally (the default), or, for a meeting that says
//! `markdown: true`, as inline Markdown, in which a line that would start a block is
//! taken literally. What a reader sees of a text is what the diff compares and what the
//! checks and tests read; `render::inline` writes the same reading out in each markup.

use pulldown_cmark::{Event, Options, Parser};

use super::Syntax;

/// What a reader sees of `src`, read as `syntax` (for diffs, checks and PDF text tests).
pub fn seen(src: &str, syntax: Syntax) -> String {
    match syntax {
        Syntax::Literal => src.replace('\r', ""),
        Syntax::Markdown => markdown_plain(src),
    }
}

fn markdown_plain(src: &str) -> String {
    let guarded = guard_blocks(src);
    let mut out = String::new();
    for event in Parser::new_ext(&guarded, Options::empty()) {
        match event {
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) | Event::Code(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// Escapes what would make a line start a block, so the text stays one paragraph.
pub fn guard_blocks(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 8);
    for (i, line) in src.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim_start_matches([' ', '\t']).trim_end_matches('\r');
        if starts_block(line) {
            // Escape the marker: after the digits of "1." / "1)", else the first character.
            let at = line.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
            out.push_str(&line[..at]);
            out.push('\\');
            out.push_str(&line[at..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

fn starts_block(line: &str) -> bool {
    let first = line.chars().next();
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let after_digits = line[digits..].chars().next();
    match first {
        Some('#' | '>' | '|' | '=' | '<') => true,
        // A list item, a thematic break, or ("--") a setext heading's underline; "**bold**"
        // starts no block.
        Some(c @ ('-' | '+' | '*')) => {
            let second = line.chars().nth(1);
            second.is_none_or(|s| s == ' ' || s == '\t' || (c == '-' && s == '-')) || is_rule(line)
        }
        Some('`' | '~') => line.starts_with("```") || line.starts_with("~~~"),
        Some('[') => line.contains("]:"),
        Some('_') => is_rule(line),
        _ => digits > 0 && digits <= 9 && matches!(after_digits, Some('.' | ')')),
    }
}

/// `***`, `- - -`, `___`: a thematic break.
fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && marks.chars().all(|c| c == '-')
        || marks.chars().all(|c| c == '*') && marks.len() >= 3
        || marks.chars().all(|c| c == '_') && marks.len() >= 3
}
