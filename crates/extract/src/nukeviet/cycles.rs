//! Loops in the category tree (`parentid` chains that come back to where
//! they started, a category its own parent). NukeViet showed such
//! categories nowhere in its tree; the migration keeps them, at the root,
//! and says why.

use model::{ItemKind, SourceItem};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Categories (`(id, parent, item)`, 0 = root) ordered parents first, as a
/// target needs them. A category whose parent is not among them, or that
/// is on a loop, goes to the root with a warning (`noun` names what the
/// parent is: "category", "document type").
pub(crate) fn parents_first(mut cats: Vec<(i64, i64, SourceItem)>, noun: &str) -> Vec<SourceItem> {
    let to_root = |item: &mut SourceItem| {
        if let ItemKind::Category { parent, .. } = &mut item.kind {
            *parent = None;
        }
    };
    let known: BTreeSet<i64> = cats.iter().map(|c| c.0).collect();
    let mut out_ids = BTreeSet::new();
    let mut out = Vec::with_capacity(cats.len());
    // Repeatedly take the categories whose parent is out (or absent).
    while !cats.is_empty() {
        let (ready, rest): (Vec<_>, Vec<_>) = cats.into_iter().partition(|(_, parent, _)| {
            *parent == 0 || !known.contains(parent) || out_ids.contains(parent)
        });
        // Only loops in parentid are left: their members go to the root.
        let (ready, rest) = if ready.is_empty() {
            let pairs: Vec<(i64, i64)> = rest.iter().map(|c| (c.0, c.1)).collect();
            let loops = on_loops(&pairs);
            let (mut on_loop, rest): (Vec<_>, Vec<_>) =
                rest.into_iter().partition(|c| loops.contains_key(&c.0));
            for (id, parent, item) in &mut on_loop {
                item.warnings.push(warning(*id, &loops[id]));
                *parent = 0;
                to_root(item);
            }
            (on_loop, rest)
        } else {
            (ready, rest)
        };
        for (id, parent, mut item) in ready {
            if parent > 0 && !known.contains(&parent) {
                item.warnings.push(format!(
                    "parent {noun} {parent} is not in the dump; placed at the root"
                ));
                to_root(&mut item);
            }
            out_ids.insert(id);
            out.push(item);
        }
        cats = rest;
    }
    out
}

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

    fn cat(id: i64, parent: i64) -> (i64, i64, SourceItem) {
        let key = |id| model::SourceKey::new("nv4_vi_laws", model::Entity::Category, id);
        let item = SourceItem {
            key: key(id),
            provenance: Default::default(),
            fields: Vec::new(),
            kind: ItemKind::Category {
                parent: (parent > 0).then(|| key(parent)),
                enabled: true,
                weight: 0,
                old_url: String::new(),
                module: "van-ban".into(),
                old_urls: Vec::new(),
            },
            warnings: Vec::new(),
        };
        (id, parent, item)
    }

    #[test]
    fn parents_come_first_and_loops_and_orphans_go_to_the_root() {
        // 3 under 2 under 1; 5 under a missing 9; 6 <-> 7.
        let out = parents_first(
            vec![
                cat(3, 2),
                cat(2, 1),
                cat(1, 0),
                cat(5, 9),
                cat(6, 7),
                cat(7, 6),
            ],
            "document type",
        );
        let ids: Vec<&str> = out.iter().map(|i| i.key.old_id.as_str()).collect();
        assert_eq!(ids, ["1", "5", "2", "3", "6", "7"]);
        let parent = |i: &SourceItem| match &i.kind {
            ItemKind::Category { parent, .. } => parent.clone(),
            _ => unreachable!(),
        };
        assert_eq!(parent(&out[1]), None);
        assert!(out[1].warnings[0].contains("parent document type 9 is not in the dump"));
        assert_eq!(parent(&out[4]), None);
        assert!(out[4].warnings[0].contains("6 -> 7 -> 6"));
        assert!(out[0].warnings.is_empty() && out[3].warnings.is_empty());
    }

    #[test]
    fn no_loop_no_entry() {
        assert!(on_loops(&[(2, 1), (3, 2)]).is_empty());
    }
}
