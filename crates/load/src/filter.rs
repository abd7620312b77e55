//! What the target may hold, known without asking it.
//!
//! Before it writes an item the loader must know whether the id map has
//! its key, whether another item holds one of its old URLs, and whether
//! another article has the slug it wants. A dozen URLs and two slugs per
//! article made those lookups a fifth of a large load's writing time on
//! SQLite (8 of 43 s for 100,000 articles); on a new target, or for new
//! articles, nearly every answer is "no". [`Known`] keeps a [`Filter`] of
//! each (read when a run starts, kept as the run writes), which answers
//! most of them in memory: what a filter does not hold the target does
//! not, and only the rest is looked up.

use crate::db::Exec;
use crate::error::{Error, QueryContext};
use std::hash::{Hash, Hasher};

/// Items the first part holds; each next part holds twice as many.
const FIRST_PART: usize = 1 << 16;

/// Bits per item and hash functions per part: about 1% of the strings
/// not in a part are taken for members of it.
const BITS_PER_ITEM: usize = 10;
const HASHES: u64 = 7;

/// A set of strings that may answer "maybe" for a string it does not hold,
/// and never "no" for one it does: a scalable Bloom filter (a new part,
/// twice as large, when the last is full), so that it needs no size up
/// front. 10 bits for each string a part is made for, up to twice that
/// for each string held: 1.2 million old URLs take ~2.5 MB.
#[derive(Debug, Default)]
pub(crate) struct Filter {
    parts: Vec<Part>,
}

#[derive(Debug)]
struct Part {
    bits: Vec<u64>,
    /// Bits in `bits`.
    len: u64,
    /// Strings inserted, and how many it is made for.
    items: usize,
    capacity: usize,
}

/// The keys the loader looks up before it writes, as far as the target
/// may hold them.
#[derive(Debug, Default)]
pub(crate) struct Known {
    /// `redirects.old_url`.
    pub old_urls: Filter,
    /// `id_map.source_key`.
    pub keys: Filter,
    /// `articles.slug`.
    pub article_slugs: Filter,
}

impl Known {
    /// Reads them from the target, row by row.
    pub(crate) async fn read(db: &mut Exec<'_>) -> Result<Known, Error> {
        Ok(Known {
            old_urls: Filter::of(db, "old_url", "redirects").await?,
            keys: Filter::of(db, "source_key", "id_map").await?,
            article_slugs: Filter::of(db, "slug", "articles").await?,
        })
    }
}

impl Filter {
    /// Every value of `column` in `table`.
    async fn of(db: &mut Exec<'_>, column: &str, table: &str) -> Result<Filter, Error> {
        let mut f = Filter::default();
        db.for_each_row(&format!("SELECT {column} FROM {table}"), |r| {
            f.insert(&r.text(0)?);
            Ok(())
        })
        .await
        .doing(|| format!("reading every {table}.{column} of the target"))?;
        Ok(f)
    }

    /// Notes `s` as held.
    pub(crate) fn insert(&mut self, s: &str) {
        if self.parts.last().is_none_or(|p| p.items >= p.capacity) {
            let capacity = FIRST_PART << self.parts.len().min(16);
            self.parts.push(Part::new(capacity));
        }
        let h = hash(s);
        if let Some(last) = self.parts.last_mut() {
            last.insert(h);
        }
    }

    /// `false` when `s` was never inserted; `true` when it was, and for
    /// about 1% of the others per part.
    pub(crate) fn may_hold(&self, s: &str) -> bool {
        let h = hash(s);
        self.parts.iter().any(|p| p.may_hold(h))
    }
}

impl Part {
    fn new(capacity: usize) -> Part {
        let words = (capacity * BITS_PER_ITEM).div_ceil(64);
        Part {
            bits: vec![0; words],
            len: words as u64 * 64,
            items: 0,
            capacity,
        }
    }

    fn insert(&mut self, h: u64) {
        for bit in positions(h, self.len) {
            self.bits[(bit / 64) as usize] |= 1 << (bit % 64);
        }
        self.items += 1;
    }

    fn may_hold(&self, h: u64) -> bool {
        positions(h, self.len).all(|bit| self.bits[(bit / 64) as usize] & (1 << (bit % 64)) != 0)
    }
}

/// The bits of hash `h` in a part of `len` bits: its two halves combined
/// (Kirsch and Mitzenmacher's way, as good as independent hash functions).
fn positions(h: u64, len: u64) -> impl Iterator<Item = u64> {
    let (a, b) = (h & 0xffff_ffff, (h >> 32) | 1);
    (0..HASHES).map(move |i| a.wrapping_add(i.wrapping_mul(b)) % len)
}

/// SipHash with fixed keys: the same on every run, which a filter kept in
/// memory does not need, but tests can rely on.
fn hash(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(i: usize) -> String {
        format!("/vi/tin-tuc/hoi-nghi-tong-ket-nam-2023-ve-chuyen-doi-so-{i}.html")
    }

    #[test]
    fn an_empty_filter_holds_nothing() {
        let f = Filter::default();
        assert!(!f.may_hold(""));
        assert!(!f.may_hold("/vi/news/trung-lap.html"));
    }

    /// Never "no" for a string inserted, through several parts; "maybe"
    /// for few of the others.
    #[test]
    fn every_string_inserted_is_held_and_few_others() {
        let mut f = Filter::default();
        let n = FIRST_PART * 5;
        for i in 0..n {
            f.insert(&url(i));
        }
        f.insert("/Thông-báo/Quyết-định-số-12/QĐ-UBND.html");
        assert_eq!(f.parts.len(), 3, "{} items in parts of 1, 2, 4 x", n);
        for i in 0..n {
            assert!(f.may_hold(&url(i)), "{}", url(i));
        }
        assert!(f.may_hold("/Thông-báo/Quyết-định-số-12/QĐ-UBND.html"));
        assert!(!f.may_hold("/Thông-báo/Quyết-định-số-12/QĐ-UBND.htm"));
        let wrong = (n..2 * n).filter(|&i| f.may_hold(&url(i))).count();
        // Three parts, ~1% each, the last not full.
        assert!(wrong < n * 3 / 100, "{wrong} of {n} taken for members");
        assert!(wrong > 0, "a Bloom filter this full errs sometimes");
    }
}
