//! One document model for both GeoReport v2 formats: a resource is built once as [`Record`]s, in
//! the specification's field order, and written as JSON or as XML from the same tree, so the
//! two formats cannot drift apart.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt::Write as _;

/// A field's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// JSON `null`; an empty element in XML.
    Null,
    /// A list of strings, each in its own `<item>` element in XML.
    Texts {
        item: &'static str,
        values: Vec<String>,
    },
    /// A list of records, each in its own `<item>` element in XML.
    Records {
        item: &'static str,
        values: Vec<Record>,
    },
}

impl Value {
    pub fn text(s: impl Into<String>) -> Self {
        Value::Text(s.into())
    }

    /// The text, or null.
    pub fn opt(s: Option<impl Into<String>>) -> Self {
        s.map_or(Value::Null, |s| Value::Text(s.into()))
    }
}

/// An object (JSON) or an element with child elements (XML), fields in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record(Vec<(&'static str, Value)>);

impl Record {
    pub fn new() -> Self {
        Record(Vec::new())
    }

    pub fn field(mut self, name: &'static str, value: Value) -> Self {
        self.0.push((name, value));
        self
    }
}

/// A whole response body.
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    /// A JSON array; in XML `<root>` with one `<item>` per record.
    List {
        root: &'static str,
        item: &'static str,
        records: Vec<Record>,
    },
    /// A JSON object; in XML the record's fields inside `<root>`.
    Single { root: &'static str, record: Record },
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Text(t) => s.serialize_str(t),
            Value::Int(i) => s.serialize_i64(*i),
            Value::Float(f) => s.serialize_f64(*f),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Null => s.serialize_none(),
            Value::Texts { values, .. } => values.serialize(s),
            Value::Records { values, .. } => values.serialize(s),
        }
    }
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Document::List { records, .. } => {
                let mut seq = s.serialize_seq(Some(records.len()))?;
                for r in records {
                    seq.serialize_element(r)?;
                }
                seq.end()
            }
            Document::Single { record, .. } => record.serialize(s),
        }
    }
}

impl Document {
    /// The JSON text.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// The XML text, indented by two spaces, with its declaration.
    pub fn to_xml(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        match self {
            Document::List {
                root,
                item,
                records,
            } => {
                if records.is_empty() {
                    let _ = writeln!(out, "<{root}/>");
                } else {
                    let _ = writeln!(out, "<{root}>");
                    for r in records {
                        write_record(&mut out, item, r, 1);
                    }
                    let _ = writeln!(out, "</{root}>");
                }
            }
            Document::Single { root, record } => write_record(&mut out, root, record, 0),
        }
        out
    }
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_record(out: &mut String, name: &str, record: &Record, depth: usize) {
    indent(out, depth);
    if record.0.is_empty() {
        let _ = writeln!(out, "<{name}/>");
        return;
    }
    let _ = writeln!(out, "<{name}>");
    for (k, v) in &record.0 {
        write_value(out, k, v, depth + 1);
    }
    indent(out, depth);
    let _ = writeln!(out, "</{name}>");
}

fn write_value(out: &mut String, name: &str, value: &Value, depth: usize) {
    let leaf = |out: &mut String, text: &str| {
        indent(out, depth);
        let _ = writeln!(out, "<{name}>{}</{name}>", escape(text));
    };
    match value {
        Value::Text(t) => leaf(out, t),
        Value::Int(i) => leaf(out, &i.to_string()),
        Value::Float(f) => leaf(out, &f.to_string()),
        Value::Bool(b) => leaf(out, if *b { "true" } else { "false" }),
        Value::Null => {
            indent(out, depth);
            let _ = writeln!(out, "<{name}/>");
        }
        Value::Texts { item, values } => {
            indent(out, depth);
            if values.is_empty() {
                let _ = writeln!(out, "<{name}/>");
                return;
            }
            let _ = writeln!(out, "<{name}>");
            for v in values {
                write_value(out, item, &Value::Text(v.clone()), depth + 1);
            }
            indent(out, depth);
            let _ = writeln!(out, "</{name}>");
        }
        Value::Records { item, values } => {
            indent(out, depth);
            if values.is_empty() {
                let _ = writeln!(out, "<{name}/>");
                return;
            }
            let _ = writeln!(out, "<{name}>");
            for r in values {
                write_record(out, item, r, depth + 1);
            }
            indent(out, depth);
            let _ = writeln!(out, "</{name}>");
        }
    }
}

/// Text as XML character data: markup characters escaped, and characters XML 1.0 cannot carry
/// at all dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::List {
            root: "services",
            item: "service",
            records: vec![
                Record::new()
                    .field("service_code", Value::text("a&b"))
                    .field("metadata", Value::Bool(false))
                    .field("lat", Value::Float(39.9))
                    .field("zipcode", Value::Null)
                    .field(
                        "formats",
                        Value::Texts {
                            item: "format",
                            values: vec!["text/xml".into()],
                        },
                    ),
            ],
        }
    }

    #[test]
    fn json_keeps_the_field_order() {
        let json = doc().to_json().unwrap();
        let code = json.find("service_code").unwrap();
        let meta = json.find("metadata").unwrap();
        assert!(code < meta, "{json}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v[0]["service_code"], "a&b");
        assert_eq!(v[0]["zipcode"], serde_json::Value::Null);
        assert_eq!(v[0]["formats"][0], "text/xml");
    }

    #[test]
    fn xml_is_escaped_and_nested() {
        let xml = doc().to_xml();
        assert!(
            xml.contains("<service_code>a&amp;b</service_code>"),
            "{xml}"
        );
        assert!(xml.contains("<zipcode/>"), "{xml}");
        assert!(
            xml.contains("<formats>\n      <format>text/xml</format>"),
            "{xml}"
        );
        assert_eq!(
            escape("<a href=\"x\">'&'</a>\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
        );
    }

    #[test]
    fn empty_lists_are_empty_elements() {
        let d = Document::List {
            root: "service_requests",
            item: "request",
            records: vec![],
        };
        assert!(d.to_xml().ends_with("<service_requests/>\n"));
        assert_eq!(d.to_json().unwrap(), "[]");
    }
}
