//! Loops in the category tree (`parentid` chains that come back to where
//! they started, a category its own parent). NukeViet showed such
//! categories nowhere in its tree; the migration keeps them, at the root,
//! and says why.

use std::collections::{BTreeMap, HashMap};

/// Of `(id, parent)` pairs, the ids on a loop, each with its loop (starting
/// at its smallest id). Ids that only lead into a loop are not on it.
pub(crate) fn on_loops(pairs: &[(i64, i64)]) -> BTreeMap<i64, Vec<i64>> {
    let parent: HashMap<i64, i64> = pairs.iter().copied().collect();
    let mut out = BTreeMap::new();
    for &(start, _) in pairs {
        if out.contains_key(&start) {
            continue;
        }
        // Walk up from `start`; the first id seen twice closes a loop.
        let mut path = vec![start];
        let mut cur = start;
        while let Some(&p) = parent.get(&cur) {
            if let Some(at) = path.iter().position(|&x| x == p) {
                let mut cycle = path[at..].to_vec();
                let min = cycle.iter().enumerate().min_by_key(|(_, v)| **v).unwrap().0;
                cycle.rotate_left(min);
                for &id in &cycle {
                    out.insert(id, cycle.clone());
                }
                break;
            }
            if out.contains_key(&p) {
                break;
            }
            path.push(p);
            cur = p;
        }
    }
    out
}

/// The warning of a category on `cycle`.
pub(crate) fn warning(id: i64, cycle: &[i64]) -> String {
    if cycle.len() == 1 {
        return format!("category {id} is its own parent (`parentid` = {id}): placed at the root");
    }
    let chain: Vec<String> = cycle
        .iter()
        .chain(cycle.first())
        .map(|i| i.to_string())
        .collect();
    format!(
        "the parent categories loop ({}), so none of them is under the root: placed at the root",
        chain.join(" -> ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_loops_and_self_parents_but_not_their_children() {
        // 6 -> 7 -> 6, 8 -> 8, 9 under 6, 10 under 9, 11 -> 12 -> 13 -> 11.
        let pairs = [
            (9, 6),
            (6, 7),
            (7, 6),
            (8, 8),
            (10, 9),
            (13, 11),
            (12, 13),
            (11, 12),
        ];
        let loops = on_loops(&pairs);
        assert_eq!(
            loops.keys().copied().collect::<Vec<_>>(),
            [6, 7, 8, 11, 12, 13]
        );
        assert_eq!(loops[&7], [6, 7]);
        assert_eq!(loops[&8], [8]);
        assert_eq!(loops[&12], [11, 12, 13]);
        assert!(warning(7, &loops[&7]).contains("6 -> 7 -> 6"));
        assert!(warning(8, &loops[&8]).contains("its own parent"));
    }

    #[test]
    fn no_loop_no_entry() {
        assert!(on_loops(&[(2, 1), (3, 2)]).is_empty());
    }
}
