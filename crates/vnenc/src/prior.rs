//! Per-column memory of which charset won: used to break near-ties.

use std::collections::BTreeMap;

use crate::charset::{Charset, Family};

/// Counts of the charsets chosen so far for one `(table, column)`.
///
/// The caller keeps one per column and calls [`ColumnPrior::record`] with the
/// [`crate::Decoded::charset`] of every field. When two readings of a field
/// score too close to call (see [`crate::CLOSE_MARGIN`]), the column's
/// majority decides: old portals broke whole columns (or whole connections)
/// the same way, so "what the neighbours were" is the best evidence left.
///
/// ASCII fields do not vote: they read the same in every charset and would
/// drown the signal in columns of codes and numbers.
#[derive(Clone, Debug, Default)]
pub struct ColumnPrior {
    counts: BTreeMap<Charset, u64>,
}

impl ColumnPrior {
    /// An empty prior (no opinion).
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the charset chosen for one field. [`Charset::Ascii`] is ignored.
    pub fn record(&mut self, c: Charset) {
        if c == Charset::Ascii {
            return;
        }
        *self.counts.entry(c).or_insert(0) += 1;
    }

    /// The column's majority charset, or `None` when nothing was recorded or
    /// the vote is tied.
    ///
    /// Votes are first grouped by family (clean UTF-8; double-encoded with
    /// *n* layers, whether via cp1252 or latin1 — those two give the same text
    /// except for five rare bytes). The family with strictly the most votes
    /// wins, and within it the most frequent exact charset is returned (ties
    /// there go to the first in `Ord` order, i.e. cp1252 before latin1).
    pub fn majority(&self) -> Option<Charset> {
        let fam = self.majority_family()?;
        let mut best: Option<(Charset, u64)> = None;
        for (&c, &n) in &self.counts {
            if Family::of(c) != fam {
                continue;
            }
            match best {
                Some((_, m)) if m >= n => {}
                _ => best = Some((c, n)),
            }
        }
        best.map(|(c, _)| c)
    }

    /// Adds the votes of `other` (e.g. priors built by parallel workers).
    pub fn merge(&mut self, other: &ColumnPrior) {
        for (&c, &n) in &other.counts {
            *self.counts.entry(c).or_insert(0) += n;
        }
    }

    /// Votes per charset, in `Ord` order of [`Charset`].
    pub fn counts(&self) -> impl Iterator<Item = (Charset, u64)> + '_ {
        self.counts.iter().map(|(&c, &n)| (c, n))
    }

    /// Total number of votes recorded.
    pub fn total(&self) -> u64 {
        self.counts.values().sum()
    }

    /// `true` when no vote was recorded.
    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }

    /// Family with strictly the most votes.
    pub(crate) fn majority_family(&self) -> Option<Family> {
        let mut fams: BTreeMap<Family, u64> = BTreeMap::new();
        for (&c, &n) in &self.counts {
            *fams.entry(Family::of(c)).or_insert(0) += n;
        }
        let mut best: Option<(Family, u64)> = None;
        let mut tied = false;
        for (f, n) in fams {
            if n == 0 {
                continue;
            }
            match best {
                Some((_, m)) if m > n => {}
                Some((_, m)) if m == n => tied = true,
                _ => {
                    best = Some((f, n));
                    tied = false;
                }
            }
        }
        if tied {
            None
        } else {
            best.map(|(f, _)| f)
        }
    }

    /// For a double-encoded field whose bytes cannot tell cp1252 from latin1
    /// (it uses none of the five bytes where they differ): label it latin1 only
    /// if the column has seen more latin1 than cp1252 votes. The default is
    /// cp1252, the smallest explanation of the data.
    pub(crate) fn prefers_latin1(&self) -> bool {
        let (mut cp, mut l1) = (0u64, 0u64);
        for (&c, &n) in &self.counts {
            match c {
                Charset::Utf8ViaCp1252 { .. } => cp += n,
                Charset::Utf8ViaLatin1 { .. } => l1 += n,
                _ => {}
            }
        }
        l1 > cp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CP1: Charset = Charset::Utf8ViaCp1252 { layers: 1 };
    const L1: Charset = Charset::Utf8ViaLatin1 { layers: 1 };

    #[test]
    fn empty_has_no_majority() {
        let p = ColumnPrior::new();
        assert_eq!(p.majority(), None);
        assert!(p.is_empty());
    }

    #[test]
    fn ascii_does_not_vote() {
        let mut p = ColumnPrior::new();
        for _ in 0..10 {
            p.record(Charset::Ascii);
        }
        p.record(Charset::Utf8);
        assert_eq!(p.majority(), Some(Charset::Utf8));
        assert_eq!(p.total(), 1);
    }

    #[test]
    fn tie_is_no_majority() {
        let mut p = ColumnPrior::new();
        p.record(Charset::Utf8);
        p.record(CP1);
        assert_eq!(p.majority(), None);
    }

    #[test]
    fn families_pool_cp1252_and_latin1() {
        let mut p = ColumnPrior::new();
        for _ in 0..4 {
            p.record(Charset::Utf8);
        }
        for _ in 0..3 {
            p.record(CP1);
        }
        for _ in 0..2 {
            p.record(L1);
        }
        // 5 double-encoded (1 layer) vs 4 utf-8: the double family wins, and
        // its most frequent member is reported.
        assert_eq!(p.majority(), Some(CP1));
        assert!(!p.prefers_latin1());
    }

    #[test]
    fn merge_adds() {
        let mut a = ColumnPrior::new();
        a.record(L1);
        let mut b = ColumnPrior::new();
        b.record(L1);
        b.record(Charset::Utf8);
        a.merge(&b);
        assert_eq!(
            a.counts().collect::<Vec<_>>(),
            vec![(Charset::Utf8, 1), (L1, 2)]
        );
        assert_eq!(a.majority(), Some(L1));
        assert!(a.prefers_latin1());
    }
}
