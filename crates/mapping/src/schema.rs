//! JSON Schemas of the admin-edited files, for editors (Taplo / Even
//! Better TOML read a `#:schema path` directive on a file's first line).
//!
//! Generated from the same structures the loader deserialises, so the
//! schema cannot drift from what loads; `mappings/schema/*.json` are the
//! checked-in copies (a test compares them).

use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::mapping::{RawMapping, RawRuleFile};
use crate::taxonomy::RawTaxonomy;

/// Schema of a mapping file (`mapping.toml`).
pub fn mapping_schema() -> Value {
    generate::<RawMapping>()
}

/// Schema of a file of shared rules named by a mapping's `include`.
pub fn rules_schema() -> Value {
    generate::<RawRuleFile>()
}

/// Schema of a taxonomy file (`portal-sections.toml`).
pub fn taxonomy_schema() -> Value {
    generate::<RawTaxonomy>()
}

fn generate<T: schemars::JsonSchema>() -> Value {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}
