//! Which siblings of an agenda moved, when they changed order: those outside the order the
//! two versions share, chosen as a reviewer would tell it. The shared order is the heaviest
//! common subsequence of the siblings kept, each item in it weighing one (as few items as
//! possible are said to move), then more if its other fields are unchanged (of two items
//! that changed places, the one retitled or rescheduled is the one that moved), then more
//! the nearer it stays to its place (the one that moved farther is the one that moved).
//! Two neighbours that exchanged places and tie on all of this were swapped.

/// What an item kept in its order weighs: one, above anything else.
const KEPT: u64 = 1 << 32;
/// And more if nothing else of it changed.
const UNTOUCHED: u64 = 1 << 16;
/// And more the nearer it stays (less the distance it would move, up to this).
const NEAR: u64 = (1 << 16) - 1;

/// The ids of `new` (siblings, in order) that moved against `old` (the same siblings, in
/// their older order): those outside the heaviest common subsequence. `untouched` says
/// whether an item's other fields are unchanged.
pub fn moved<'a>(
    old: &[&'a str],
    new: &[&'a str],
    untouched: &dyn Fn(&str) -> bool,
) -> Vec<&'a str> {
    let weight = |i: usize, j: usize| {
        let near = NEAR - (i.abs_diff(j) as u64).min(NEAR);
        KEPT + if untouched(new[j]) { UNTOUCHED } else { 0 } + near
    };
    // best[i][j]: the heaviest common subsequence of old[i..] and new[j..].
    let (n, m) = (old.len(), new.len());
    let mut best = vec![vec![0u64; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let skip = best[i + 1][j].max(best[i][j + 1]);
            let take = (old[i] == new[j]).then(|| best[i + 1][j + 1] + weight(i, j));
            best[i][j] = take.map_or(skip, |t| t.max(skip));
        }
    }
    let mut kept = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i] == new[j] && best[i][j] == best[i + 1][j + 1] + weight(i, j) {
            kept.push(new[j]);
            (i, j) = (i + 1, j + 1);
        } else if best[i + 1][j] >= best[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    new.iter()
        .copied()
        .filter(|id| !kept.contains(id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::moved;

    fn all(_: &str) -> bool {
        true
    }

    #[test]
    fn the_fewest_items_move() {
        assert_eq!(
            moved(&["a", "b", "c", "d"], &["b", "c", "d", "a"], &all),
            ["a"]
        );
        assert_eq!(
            moved(&["a", "b", "c"], &["a", "b", "c"], &all),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn of_two_that_changed_places_the_one_also_changed_moved() {
        let retitled = |id: &str| id != "y";
        assert_eq!(moved(&["x", "y"], &["y", "x"], &retitled), ["y"]);
        let retitled = |id: &str| id != "x";
        assert_eq!(moved(&["x", "y"], &["y", "x"], &retitled), ["x"]);
    }

    #[test]
    fn else_the_one_that_moved_farther() {
        // b stays in the middle; a and c crossed it.
        assert_eq!(moved(&["a", "b", "c"], &["c", "b", "a"], &all), ["c", "a"]);
        // d went from last to first: it, not the three it passed, moved.
        assert_eq!(
            moved(&["a", "b", "c", "d"], &["d", "a", "b", "c"], &all),
            ["d"]
        );
    }
}
