//! Places to break a line in a long run of text that has none (a list of document numbers
//! run together, an address): Typst breaks lines only where Unicode allows, so such a run
//! would go off the page or out of its cell. Only the PDF needs them: the HTML wraps such a
//! run with CSS (`overflow-wrap`), and Markdown is left to its viewer.

use std::borrow::Cow;

/// A run of more characters than this, with no space and no character that may be broken
/// after anyway (Chinese), gets places to break.
const LONGEST_RUN: usize = 30;

/// The most characters such a run keeps between two places to break.
const SEGMENT: usize = 15;

/// Zero width space: a place to break, invisible otherwise.
const BREAK: char = '\u{200b}';

/// `text` with a zero width space after the punctuation of each run longer than
/// [`LONGEST_RUN`] characters ("TD101,​TD102,​…", "itu.​int/​…"), and at most
/// [`SEGMENT`] characters apart within it; other text as it is.
pub fn breakable(text: &str) -> Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let runs = runs(&chars);
    if runs.iter().all(|(start, end)| end - start <= LONGEST_RUN) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for (start, end) in runs.into_iter().filter(|(s, e)| e - s > LONGEST_RUN) {
        out.extend(&chars[at..start]);
        broken(&chars[start..end], &mut out);
        at = end;
    }
    out.extend(&chars[at..]);
    Cow::Owned(out)
}

/// The runs of `chars` that offer no place to break, as ranges of indices.
fn runs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        let open = !c.is_whitespace() && !breaks_anywhere(*c);
        match (open, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    runs.extend(start.map(|s| (s, chars.len())));
    runs
}

/// One long run, with its places to break.
fn broken(run: &[char], out: &mut String) {
    let mut since = 0;
    for (i, c) in run.iter().enumerate() {
        if since == SEGMENT {
            out.push(BREAK);
            since = 0;
        }
        out.push(*c);
        since += 1;
        let next = run.get(i + 1);
        if is_break_after(*c) && next.is_some_and(|n| !is_break_after(*n)) {
            out.push(BREAK);
            since = 0;
        }
    }
}

/// Punctuation after which a long run is best broken.
fn is_break_after(c: char) -> bool {
    matches!(
        c,
        '/' | ',' | ';' | '.' | '-' | '_' | '?' | '&' | '=' | ':' | ')' | ']' | '|'
    )
}

/// Characters a line may be broken after without a space: the CJK scripts.
fn breaks_anywhere(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}' | '\u{20000}'..='\u{3ffff}')
}

#[cfg(test)]
mod tests {
    use super::breakable;

    fn shown(s: &str) -> String {
        breakable(s).replace('\u{200b}', "|")
    }

    #[test]
    fn short_runs_and_chinese_are_left_as_they_are() {
        let text = "Approval/consent/determination of Recommendations";
        assert!(matches!(breakable(text), std::borrow::Cow::Borrowed(_)));
        let chinese = "批准/通过/确定/删除建议书".repeat(5);
        assert_eq!(breakable(&chinese), chinese);
    }

    #[test]
    fn a_long_run_breaks_after_its_punctuation_and_every_15_characters() {
        assert_eq!(
            shown("See TD101,TD102,TD103,TD104,TD105,TD106 now"),
            "See TD101,|TD102,|TD103,|TD104,|TD105,|TD106 now"
        );
        assert_eq!(
            shown(&"a".repeat(40)),
            format!("{}|{}|{}", "a".repeat(15), "a".repeat(15), "a".repeat(10))
        );
        assert_eq!(
            shown("https://www.itu.int/en/ITU-T/studygroups/2025-2028/12"),
            "https://|www.|itu.|int/|en/|ITU-|T/|studygroups/|2025-|2028/|12"
        );
    }
}
