//! Starting a revision: the next revision file of a stream is a copy of the latest one,
//! its `revision:` head replaced. This module holds the text surgery on that copy.

/// `text` without its top-level `revision:` mapping (the key and its indented lines).
pub fn without_head(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_head = false;
    for line in text.split_inclusive('\n') {
        // A line at column 0 (a key or a comment) ends the head; blank lines do not.
        let top_level = !line.starts_with([' ', '\t', '\n', '\r']);
        if top_level {
            in_head = line.starts_with("revision:");
        }
        if !in_head {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::without_head;

    #[test]
    fn drops_only_the_head() {
        let text = "# comment\nrevision:\n  date: 2025-09-09\n  summary: x\nheading: {en: A}\nitems:\n  - id: a\n";
        assert_eq!(
            without_head(text),
            "# comment\nheading: {en: A}\nitems:\n  - id: a\n"
        );
        assert_eq!(without_head("heading: x\n"), "heading: x\n");
    }
}
