//! Hints that name what the user probably meant: the expected name closest to a
//! misspelt one ("did you mean `title`?"), for every stage that reports an unknown name.

/// "did you mean `x`?" when a name is close to one of the expected ones, else the list.
pub fn choice_hint(got: &str, expected: &[&str]) -> String {
    let list = expected
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match closest(got, expected) {
        Some(name) => format!("did you mean `{name}`? (expected one of {list})"),
        None => format!("expected one of {list}"),
    }
}

/// The expected name closest to `got`, if close enough to be a likely misspelling.
pub fn closest<'e>(got: &str, expected: &[&'e str]) -> Option<&'e str> {
    expected
        .iter()
        .map(|e| (strsim::normalized_damerau_levenshtein(got, e), *e))
        .filter(|(score, _)| *score >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, e)| e)
}
