//! The JSON Schemas for editors: the checked-in copies match the types,
//! and every shipped TOML file validates against them.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const REGENERATE: &str = "UPDATE_SCHEMA=1 cargo test -p mapping --test schema";

#[test]
fn checked_in_schemas_match_the_types() {
    let dir = repo().join("mappings/schema");
    let update = std::env::var_os("UPDATE_SCHEMA").is_some();
    let mut stale = Vec::new();
    for (name, schema) in [
        ("mapping.schema.json", mapping::schema::mapping_schema()),
        ("rules.schema.json", mapping::schema::rules_schema()),
        ("taxonomy.schema.json", mapping::schema::taxonomy_schema()),
    ] {
        let text = serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n";
        let path = dir.join(name);
        if update {
            std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(format!("mappings/schema/{name}"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} differ from the mapping crate's types; regenerate with `{REGENERATE}` and commit them",
        stale.join(", ")
    );
}

/// TOML as the JSON an editor's schema check sees (dates as strings).
fn json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(json).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, json(v))).collect()),
    }
}

fn errors(schema: &Value, toml_text: &str) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).unwrap_or_else(|e| panic!("schema: {e}"));
    let value: toml::Value = toml::from_str(toml_text).unwrap_or_else(|e| panic!("{e}"));
    let instance = json(value);
    validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect()
}

fn files(dir: &Path, name: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&name));
    out.sort();
    out
}

#[test]
fn shipped_files_validate_against_the_schemas() {
    let mapping = mapping::schema::mapping_schema();
    let taxonomy = mapping::schema::taxonomy_schema();
    let mut checked = Vec::new();
    let mut shipped = files(&repo().join("mappings"), |n| n.ends_with(".toml"));
    for sample in files(&repo().join("samples"), |_| true) {
        shipped.extend(files(&sample, |n| {
            n == "mapping.toml" || n == "taxonomy.toml"
        }));
    }
    for path in shipped {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // A mapping names its taxonomy; a taxonomy only has sections.
        let is_mapping = toml::from_str::<toml::Table>(&text)
            .map(|t| t.contains_key("taxonomy"))
            .unwrap_or(false);
        let schema = if is_mapping { &mapping } else { &taxonomy };
        let errs = errors(schema, &text);
        assert!(errs.is_empty(), "{}: {errs:?}", path.display());
        // And the loader agrees.
        if is_mapping {
            mapping::Mapping::load(&path).unwrap_or_else(|e| panic!("{e}"));
        } else {
            mapping::Taxonomy::load(&path).unwrap_or_else(|e| panic!("{e}"));
        }
        checked.push(path);
    }
    // Shared rule files, named by mappings' `include`.
    let rules = mapping::schema::rules_schema();
    for path in files(&repo().join("mappings/shared"), |n| n.ends_with(".toml")) {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let errs = errors(&rules, &text);
        assert!(errs.is_empty(), "{}: {errs:?}", path.display());
        checked.push(path);
    }
    let names: Vec<String> = checked
        .iter()
        .filter_map(|p| p.strip_prefix(repo()).ok())
        .map(|p| p.display().to_string())
        .collect();
    for wanted in [
        "mappings/portal-sections.toml",
        "mappings/basic-sections.toml",
        "mappings/example-site.toml",
        "mappings/shared/thong-bao.toml",
        "samples/nukeviet45/mapping.toml",
        "samples/nukeviet45/taxonomy.toml",
    ] {
        assert!(
            names.iter().any(|n| n == wanted),
            "{wanted} not checked: {names:?}"
        );
    }
}

#[test]
fn the_schemas_reject_what_the_loader_rejects() {
    let mapping = mapping::schema::mapping_schema();
    let good = "taxonomy = \"t.toml\"\ninclude = [\"chung.toml\"]\n[unmapped]\npolicy = \"skip\"\n\
                [[section]]\nslug = \"y-te\"\nname = \"Y tế\"\nparent = \"tin-tuc-su-kien\"\n\
                [[rule]]\nid = \"a\"\nold_url_prefix = \"/vi/news/\"\nkind = [\"article\", \"document\"]\n\
                published_from = 2021-01-01\npublished_until = \"2021-12-31\"\nauthor = \"Phạm Thị Ngọc Ánh\"\n\
                section = \"y-te\"\n";
    assert_eq!(errors(&mapping, good), Vec::<String>::new());
    for bad in [
        "taxonomy = \"t.toml\"\n[[rule]]\nid = \"a\"\ncategory_id = 1\nsectoin = \"x\"\n",
        "taxonomy = \"t.toml\"\n[[rule]]\nid = \"a\"\nkind = \"bài viết\"\nsection = \"x\"\n",
        "taxonomy = \"t.toml\"\n[[rule]]\nid = \"a\"\npublished_from = \"1/7/2021\"\nsection = \"x\"\n",
        "taxonomy = \"t.toml\"\n[unmapped]\npolicy = \"drop\"\n",
        "[[rule]]\nid = \"a\"\ncategory_id = 1\nsection = \"x\"\n",
    ] {
        assert!(!errors(&mapping, bad).is_empty(), "accepted: {bad}");
    }
    let rules = mapping::schema::rules_schema();
    assert!(errors(
        &rules,
        "[[rule]]\nid = \"a\"\ncategory_id = 1\nsection = \"x\"\n"
    )
    .is_empty());
    assert!(!errors(&rules, "taxonomy = \"t.toml\"\n").is_empty());
    let taxonomy = mapping::schema::taxonomy_schema();
    let bad = "[[section]]\nslug = \"Văn bản\"\nname = \"Văn bản\"\n[[section.basis]]\ndecree = \"42/2022\"\narticle = \"Art. 4\"\nconfidence = \"sure\"\n";
    assert_eq!(
        errors(&taxonomy, bad).len(),
        2,
        "{:?}",
        errors(&taxonomy, bad)
    );
}
