//! What the audit reports read from a target: the events of one kind in a
//! run, and the sections with how many articles each holds.

use crate::db::args;
use crate::error::{Error, QueryContext};
use crate::target::Target;
use crate::write::{BasisRow, SectionRow};
use audit::SealedEvent;
use model::EventKind;
use serde::Serialize;

/// A section of the target and the articles it holds.
#[derive(Clone, Debug, Serialize)]
pub struct SectionCount {
    /// The section as stored (with its legal basis).
    pub section: SectionRow,
    /// News and document articles whose section is this one.
    pub own: u64,
    /// The same, counting its descendants' too.
    pub total: u64,
}

impl Target {
    /// The latest finished run (done or failed) with at least one event of
    /// `kind`; `None` when no finished run has one.
    pub async fn latest_run_with(&mut self, kind: EventKind) -> Result<Option<i64>, Error> {
        let doing = || format!("finding the latest run with {} events", kind.as_str());
        let row = self
            .conn
            .exec()
            .fetch_one(
                "SELECT MAX(e.run_id) FROM audit_events e JOIN runs r ON r.id = e.run_id \
                 WHERE e.kind = ? AND r.finished_at IS NOT NULL",
                &args![kind.as_str()],
            )
            .await
            .doing(doing)?;
        row.opt_int(0).doing(doing)
    }

    /// Whether the target has a run with this id.
    pub async fn has_run(&mut self, run: i64) -> Result<bool, Error> {
        let row = self
            .conn
            .exec()
            .fetch_optional("SELECT id FROM runs WHERE id = ?", &args![run])
            .await
            .doing(|| format!("looking up run {run}"))?;
        Ok(row.is_some())
    }

    /// The events of `kind` that run `run` wrote, in order.
    pub async fn run_events(
        &mut self,
        run: i64,
        kind: EventKind,
    ) -> Result<Vec<SealedEvent>, Error> {
        self.sealed_events(
            "SELECT event FROM audit_events WHERE run_id = ? AND kind = ? ORDER BY seq",
            &args![run, kind.as_str()],
            || format!("reading the {} events of run {run}", kind.as_str()),
        )
        .await
    }

    /// Every section of the target in taxonomy order, with the number of
    /// news and document articles in it and in its subtree (pages are not
    /// counted: a portal's fixed pages are no information it publishes).
    pub async fn section_counts(&mut self) -> Result<Vec<SectionCount>, Error> {
        let doing = || "reading the sections and their article counts".to_string();
        let mut db = self.conn.exec();
        let rows = db
            .fetch_all(
                "SELECT slug, parent, name, name_en, basis, required FROM sections \
                 ORDER BY weight, slug",
                &[],
            )
            .await
            .doing(doing)?;
        let mut sections = Vec::with_capacity(rows.len());
        for r in rows {
            let slug = r.text(0).doing(doing)?;
            let basis_text = r.text(4).doing(doing)?;
            let basis: Vec<BasisRow> = serde_json::from_str(&basis_text)
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))
                .doing(|| format!("reading the legal basis of section `{slug}`"))?;
            sections.push(SectionRow {
                parent: r.opt_text(1).doing(doing)?,
                name: r.text(2).doing(doing)?,
                name_en: r.opt_text(3).doing(doing)?,
                basis,
                required: r.bool(5).doing(doing)?,
                slug,
            });
        }
        let counts = db
            .fetch_all(
                "SELECT section, COUNT(*) FROM articles WHERE kind IN ('news', 'document') \
                 GROUP BY section",
                &[],
            )
            .await
            .doing(doing)?;
        let mut own = std::collections::HashMap::new();
        for r in counts {
            own.insert(r.text(0).doing(doing)?, r.int(1).doing(doing)? as u64);
        }
        Ok(subtree_counts(sections, &own))
    }
}

/// Each section with its own count and its subtree's. Every article is
/// added to its section and to each ancestor once; a parent loop left by
/// an old taxonomy ends the climb instead of looping.
fn subtree_counts(
    sections: Vec<SectionRow>,
    own: &std::collections::HashMap<String, u64>,
) -> Vec<SectionCount> {
    let parent: std::collections::HashMap<&str, Option<&str>> = sections
        .iter()
        .map(|s| (s.slug.as_str(), s.parent.as_deref()))
        .collect();
    let mut total: std::collections::HashMap<String, u64> = Default::default();
    for (slug, n) in own {
        let mut seen = std::collections::HashSet::new();
        let mut at = Some(slug.as_str());
        while let Some(s) = at {
            if !seen.insert(s) {
                break;
            }
            *total.entry(s.to_string()).or_default() += n;
            at = parent.get(s).copied().flatten();
        }
    }
    sections
        .into_iter()
        .map(|s| SectionCount {
            own: own.get(&s.slug).copied().unwrap_or(0),
            total: total.get(&s.slug).copied().unwrap_or(0),
            section: s,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(slug: &str, parent: Option<&str>) -> SectionRow {
        SectionRow {
            slug: slug.into(),
            parent: parent.map(Into::into),
            name: slug.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_subtree_counts_its_descendants_once() {
        let sections = vec![
            row("tin-tuc", None),
            row("y-te", Some("tin-tuc")),
            row("benh-vien", Some("y-te")),
            row("van-ban", None),
            // A loop an old taxonomy left: counted, not climbed forever.
            row("a", Some("b")),
            row("b", Some("a")),
        ];
        let own: std::collections::HashMap<String, u64> =
            [("tin-tuc", 1), ("y-te", 2), ("benh-vien", 4), ("a", 8)]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
        let got: Vec<(String, u64, u64)> = subtree_counts(sections, &own)
            .into_iter()
            .map(|c| (c.section.slug, c.own, c.total))
            .collect();
        assert_eq!(
            got,
            vec![
                ("tin-tuc".into(), 1, 7),
                ("y-te".into(), 2, 6),
                ("benh-vien".into(), 4, 4),
                ("van-ban".into(), 0, 0),
                ("a".into(), 8, 8),
                ("b".into(), 0, 8),
            ]
        );
    }
}
