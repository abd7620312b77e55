//! Content cues: phrases and patterns typical of a section.

use regex::{Regex, RegexBuilder};

use crate::text::fold;

/// The cues of one section, as written in the taxonomy.
#[derive(Debug, Clone, Default)]
pub struct SectionCues {
    /// The section's slug.
    pub slug: String,
    /// Phrases, matched on [`fold`]ed text at syllable boundaries.
    pub phrases: Vec<String>,
    /// Regular expressions (Rust `regex` syntax), matched
    /// case-insensitively on the text as given.
    pub patterns: Vec<String>,
}

/// A cue that does not compile.
#[derive(Debug, thiserror::Error)]
#[error("section `{slug}`: pattern `{pattern}` is not a valid regular expression: {message}")]
pub struct CueError {
    /// The section.
    pub slug: String,
    /// The pattern as written.
    pub pattern: String,
    /// What the regex compiler said.
    pub message: String,
}

/// One cue found in a text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CueHit {
    /// Index of the section in the order given to [`Cues::new`].
    pub section: usize,
    /// The cue as written.
    pub cue: String,
    /// How many times it occurs.
    pub count: usize,
}

/// Compiled cues of every section.
#[derive(Debug, Clone)]
pub struct Cues {
    slugs: Vec<String>,
    phrases: Vec<(usize, String, String)>,
    patterns: Vec<(usize, String, Regex)>,
}

impl Cues {
    /// Compiles the cues of `sections` (their order is the order of
    /// [`CueHit::section`]).
    pub fn new(sections: &[SectionCues]) -> Result<Cues, CueError> {
        let mut phrases = Vec::new();
        let mut patterns = Vec::new();
        for (i, s) in sections.iter().enumerate() {
            for p in &s.phrases {
                let f = fold(p);
                if !f.is_empty() {
                    phrases.push((i, p.clone(), f));
                }
            }
            for p in &s.patterns {
                let re = RegexBuilder::new(p)
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                    .map_err(|e| CueError {
                        slug: s.slug.clone(),
                        pattern: p.clone(),
                        message: e.to_string(),
                    })?;
                patterns.push((i, p.clone(), re));
            }
        }
        Ok(Cues {
            slugs: sections.iter().map(|s| s.slug.clone()).collect(),
            phrases,
            patterns,
        })
    }

    /// The sections' slugs, in order.
    pub fn slugs(&self) -> &[String] {
        &self.slugs
    }

    /// Every cue found in `text`, `folded` being [`fold`]`(text)` (passed
    /// in so that callers scoring one text several ways fold it once).
    pub fn hits(&self, text: &str, folded: &str) -> Vec<CueHit> {
        let mut out = Vec::new();
        for (section, cue, f) in &self.phrases {
            let count = count_at_boundaries(folded, f);
            if count > 0 {
                out.push(CueHit {
                    section: *section,
                    cue: cue.clone(),
                    count,
                });
            }
        }
        for (section, cue, re) in &self.patterns {
            let count = re.find_iter(text).count();
            if count > 0 {
                out.push(CueHit {
                    section: *section,
                    cue: cue.clone(),
                    count,
                });
            }
        }
        out
    }
}

/// Occurrences of `needle` in `hay` that neither start nor end inside a
/// word: `thi tuyển` must not match inside `thi tuyểnx`, nor `ban` inside
/// `banner`.
fn count_at_boundaries(hay: &str, needle: &str) -> usize {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let first = needle.chars().next();
    let last = needle.chars().next_back();
    hay.match_indices(needle)
        .filter(|(at, _)| {
            let before = hay[..*at].chars().next_back();
            let after = hay[at + needle.len()..].chars().next();
            let glued_before = word(before) && word(first);
            let glued_after = word(after) && word(last);
            !glued_before && !glued_after
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues() -> Cues {
        Cues::new(&[
            SectionCues {
                slug: "tuyen-dung".into(),
                phrases: vec!["Thi tuyển".into(), "viên chức".into()],
                patterns: vec![],
            },
            SectionCues {
                slug: "van-ban".into(),
                phrases: vec!["nơi nhận:".into()],
                patterns: vec![r"\d+/\d{4}/QĐ-UBND".into()],
            },
        ])
        .unwrap()
    }

    #[test]
    fn phrases_match_folded_text_at_word_boundaries() {
        let c = cues();
        let t = "Kỳ THI TUYỂN viên chức năm 2024; thi tuyểnx không tính.";
        let h = c.hits(t, &fold(t));
        assert_eq!(h.len(), 2);
        assert_eq!(
            (h[0].section, h[0].cue.as_str(), h[0].count),
            (0, "Thi tuyển", 1)
        );
        assert_eq!(h[1].cue, "viên chức");
    }

    #[test]
    fn patterns_match_the_text_case_insensitively() {
        let c = cues();
        let t = "Quyết định số 12/2024/qđ-ubnd ... Nơi nhận: như trên";
        let h = c.hits(t, &fold(t));
        let names: Vec<&str> = h.iter().map(|h| h.cue.as_str()).collect();
        assert_eq!(names, ["nơi nhận:", r"\d+/\d{4}/QĐ-UBND"]);
        assert!(h.iter().all(|h| h.section == 1));
    }

    #[test]
    fn a_bad_pattern_names_its_section() {
        let e = Cues::new(&[SectionCues {
            slug: "x".into(),
            phrases: vec![],
            patterns: vec!["(unclosed".into()],
        }])
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("section `x`: pattern `(unclosed`"),
            "{e}"
        );
    }
}
