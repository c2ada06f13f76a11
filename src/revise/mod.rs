//! Starting a revision: the next revision file of a stream is a copy of the latest one,
//! its `revision:` head replaced ([`start`]). This module holds the text surgery on that
//! copy.

mod addendum;
mod start;

pub use start::{Asked, Started, Stream, start};

/// `text` as a YAML double-quoted scalar (JSON's string syntax, which YAML reads).
fn yaml_string(text: &str) -> String {
    serde_json::Value::String(text.to_string()).to_string()
}

/// `text` without its top-level `revision:` mapping: the key, its indented lines, and
/// the comments and blank lines among them. A comment at the margin belongs to the head
/// when the head goes on after it, and to what follows when a top-level key comes next.
pub fn without_head(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_head = false;
    // Comments and blank lines at the margin seen in the head, not yet placed.
    let mut pending = String::new();
    for line in text.split_inclusive('\n') {
        let margin = !line.starts_with([' ', '\t']);
        let blank = line.trim().is_empty();
        let comment = line.starts_with('#');
        if in_head && (blank || (margin && comment)) {
            pending.push_str(line);
            continue;
        }
        if margin && !blank {
            if in_head {
                // The head ended: what was pending belongs to what follows.
                out.push_str(&pending);
            }
            pending.clear();
            in_head = line.starts_with("revision:");
        } else {
            // The head goes on: what was pending was inside it.
            pending.clear();
        }
        if !in_head {
            out.push_str(line);
        }
    }
    out
}

/// The comment that names a file's JSON Schema for editors.
const SCHEMA_LINE: &str = "# yaml-language-server: $schema=";

/// `text`'s schema line (see [`SCHEMA_LINE`]), if it has one, made right for a revision
/// file, and `text` without it. A draft's line names the draft's schema from the meeting's
/// folder (`../../schemas/agenda.schema.json`); a revision file lies two folders deeper
/// and is checked against the revision's schema (`../../../../schemas/agenda-revision.schema.json`).
pub fn schema_line(text: &str, from_draft: bool) -> (Option<String>, String) {
    let mut line = None;
    let mut rest = String::with_capacity(text.len());
    for l in text.split_inclusive('\n') {
        match l.trim_end().strip_prefix(SCHEMA_LINE) {
            Some(target) if line.is_none() => line = Some(target.to_string()),
            _ => rest.push_str(l),
        }
    }
    let line = line.map(|target| {
        let target = match from_draft {
            true => format!(
                "../../{}",
                target.replace(".schema.json", "-revision.schema.json")
            ),
            false => target,
        };
        format!("{SCHEMA_LINE}{target}\n")
    });
    (line, rest)
}

#[cfg(test)]
mod tests {
    use super::{schema_line, without_head};

    #[test]
    fn a_drafts_schema_line_is_made_a_revisions() {
        let draft =
            "# yaml-language-server: $schema=../../schemas/agenda.schema.json\nheading: A\n";
        assert_eq!(
            schema_line(draft, true),
            (
                Some("# yaml-language-server: $schema=../../../../schemas/agenda-revision.schema.json\n".to_string()),
                "heading: A\n".to_string()
            )
        );
        let revision = "# yaml-language-server: $schema=../../../../schemas/agenda-revision.schema.json\nrevision: x\n";
        assert_eq!(
            schema_line(revision, false).0.as_deref(),
            Some(
                "# yaml-language-server: $schema=../../../../schemas/agenda-revision.schema.json\n"
            )
        );
        assert_eq!(
            schema_line("heading: A\n", true),
            (None, "heading: A\n".to_string())
        );
    }

    #[test]
    fn drops_only_the_head() {
        let text = "# comment\nrevision:\n  date: 2025-09-09\n  summary: x\nheading: {en: A}\nitems:\n  - id: a\n";
        assert_eq!(
            without_head(text),
            "# comment\nheading: {en: A}\nitems:\n  - id: a\n"
        );
        assert_eq!(without_head("heading: x\n"), "heading: x\n");
    }

    #[test]
    fn comments_inside_the_head_go_with_it() {
        let text = "revision:\n# when\n  date: 2025-09-09\n\n  # what\n  summary: x\n# TD210\nheading: {en: A}\n";
        assert_eq!(without_head(text), "# TD210\nheading: {en: A}\n");
        let crlf = "revision:\r\n  date: 2025-09-09\r\nheading: A\r\n";
        assert_eq!(without_head(crlf), "heading: A\r\n");
    }
}
