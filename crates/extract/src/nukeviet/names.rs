//! NukeViet table names: `{prefix}_{lang}_{module_data}_{suffix}`.

/// The news tables portmig reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NewsTable {
    /// `_cat`: categories.
    Cat,
    /// `_rows`: articles.
    Rows,
    /// `_detail`: article bodies (4.0.29+).
    Detail,
}

/// Splits a news table name into its stem (`nv4_vi_news`) and suffix.
/// Per-category copies (`nv4_vi_news_12`) and other tables give `None`.
pub(crate) fn news_table(name: &str) -> Option<(&str, NewsTable)> {
    for (suffix, t) in [
        ("_cat", NewsTable::Cat),
        ("_rows", NewsTable::Rows),
        ("_detail", NewsTable::Detail),
    ] {
        if let Some(stem) = name.strip_suffix(suffix) {
            if split_stem(stem).is_some() {
                return Some((stem, t));
            }
        }
    }
    None
}

/// A table stem split as `(prefix, lang, module_data)`.
///
/// The prefix is the first `_`-separated segment (NukeViet forbids `_` in
/// it), the language the second (a 2-letter code), and the module data
/// name the rest, which may itself hold `_` (`tin_tuc`).
pub(crate) fn split_stem(stem: &str) -> Option<(&str, &str, &str)> {
    let (prefix, rest) = stem.split_once('_')?;
    let (lang, data) = rest.split_once('_')?;
    let is_lang = lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase());
    (!prefix.is_empty() && is_lang && !data.is_empty()).then_some((prefix, lang, data))
}

/// `nv4_vi_modules` gives `Some("nv4_vi")`.
pub(crate) fn modules_table(name: &str) -> Option<&str> {
    let pl = name.strip_suffix("_modules")?;
    let (prefix, lang) = pl.split_once('_')?;
    (!prefix.is_empty() && lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some(pl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            news_table("nv4_vi_news_rows"),
            Some(("nv4_vi_news", NewsTable::Rows))
        );
        assert_eq!(
            news_table("nv4_vi_tin_tuc_cat"),
            Some(("nv4_vi_tin_tuc", NewsTable::Cat))
        );
        assert_eq!(news_table("nv4_vi_news_1"), None);
        assert_eq!(news_table("nv4_config"), None);
        assert_eq!(
            news_table("nv4_vi_news_block_cat"),
            Some(("nv4_vi_news_block", NewsTable::Cat))
        );
        assert_eq!(split_stem("nv4_vi_tin_tuc"), Some(("nv4", "vi", "tin_tuc")));
        assert_eq!(modules_table("nv4_vi_modules"), Some("nv4_vi"));
        assert_eq!(modules_table("nv4_modules"), None);
    }
}
