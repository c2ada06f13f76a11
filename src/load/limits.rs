//! The reader's limits (serde-saphyr's budget, which keeps hostile input cheap), said in
//! the words of the YAML a chair wrote: which limit a file passed, its value, and what to
//! do, instead of the parser's own name for it.

use serde_saphyr::Budget;
use serde_saphyr::budget::BudgetBreach;

/// The limit a parser error says the file passed, if it is one.
pub fn breach(mut e: &serde_saphyr::Error) -> Option<&BudgetBreach> {
    use serde_saphyr::Error;
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = e {
        e = error;
    }
    match e {
        Error::Budget { breach, .. } => Some(breach),
        _ => None,
    }
}

/// Whether `text` defines anchors (`&name` after a space, a dash or a bracket), whose
/// aliases may expand it.
pub fn has_anchors(text: &str) -> bool {
    text.as_bytes().windows(3).any(|w| {
        matches!(w[0], b' ' | b'[' | b'-' | b'\n') && w[1] == b'&' && w[2].is_ascii_alphanumeric()
    })
}

/// The message and the hint for a file (with anchors or not) that passed the limit
/// `breach`.
pub fn breached(breach: &BudgetBreach, anchors: bool) -> (String, String) {
    let limits = Budget::default();
    let (message, hint) = match breach {
        BudgetBreach::Depth { .. } => (
            format!(
                "this file nests lists and mappings more than {} levels deep, the most that is read",
                limits.max_depth
            ),
            "agenda items nest at most 3 levels (5, 5.1, 5.1.1): check the indentation, or bring the deeper items up a level",
        ),
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } if anchors => (
            format!(
                "this file, its aliases (`*name`) expanded, holds more than {} values (keys, texts and list entries), the most that is read",
                grouped(limits.max_nodes)
            ),
            "write the repeated text out where it is used, or use fewer aliases",
        ),
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => (
            format!(
                "this file holds more than {} values (keys, texts and list entries), the most that is read",
                grouped(limits.max_nodes)
            ),
            "a meeting's source is far smaller: check that nothing was pasted in many times, or publish so long a meeting as several meetings",
        ),
        BudgetBreach::ScalarBytes { .. } | BudgetBreach::InputBytes { .. } => (
            format!(
                "the texts of this file add up to more than {} MiB, the most that is read",
                limits.max_total_scalar_bytes >> 20
            ),
            "check that nothing was pasted in by mistake (an image, a whole document)",
        ),
        BudgetBreach::Aliases { .. }
        | BudgetBreach::Anchors { .. }
        | BudgetBreach::AliasAnchorRatio { .. }
        | BudgetBreach::MergeKeys { .. } => (
            format!(
                "this file repeats what its anchors (`&name`) name too often to be read safely (at most {} aliases, each anchor used at most {} times on average)",
                grouped(limits.max_aliases),
                limits.alias_anchor_ratio_multiplier
            ),
            "write the repeated text out where it is used, or use fewer aliases (`*name`)",
        ),
        other => (
            format!("this file passes a limit of what is read ({other:?})"),
            "check that the file is a meeting's source, as `agenda new` writes them",
        ),
    };
    (message, hint.to_string())
}

/// `n` with its thousands apart: 250,000.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::grouped(250_000), "250,000");
        assert_eq!(super::grouped(1_000_000), "1,000,000");
        assert_eq!(super::grouped(64), "64");
    }
}
