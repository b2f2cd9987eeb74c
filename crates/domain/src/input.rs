//! Validated input newtypes. Once a value is parsed, nothing downstream checks it again.
//! Every error names the field and the rule it broke, so the API can say which field is wrong.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Bad input: which field, and which rule it broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {rule}")]
pub struct ValidationError {
    pub field: &'static str,
    pub rule: String,
}

impl ValidationError {
    pub fn new(field: &'static str, rule: impl Into<String>) -> Self {
        Self {
            field,
            rule: rule.into(),
        }
    }
}

/// Checks shared by every free-text field: trimmed, not empty, not too long, no control characters
/// other than line breaks and tabs (the text is shown as plain text, never as markup).
fn plain_text(
    field: &'static str,
    raw: &str,
    max_chars: usize,
    multiline: bool,
) -> Result<String, ValidationError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    let count = text.chars().count();
    if count > max_chars {
        return Err(ValidationError::new(
            field,
            format!("must be at most {max_chars} characters (got {count})"),
        ));
    }
    let bad = text.chars().find(|c| {
        c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    });
    if let Some(c) = bad {
        return Err(ValidationError::new(
            field,
            format!("must not contain the control character U+{:04X}", c as u32),
        ));
    }
    Ok(text.to_owned())
}

macro_rules! text_newtype {
    ($(#[$meta:meta])* $name:ident, $field:literal, $max:expr, $multiline:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The longest accepted value, in characters.
            pub const MAX_CHARS: usize = $max;

            pub fn parse(raw: &str) -> Result<Self, ValidationError> {
                plain_text($field, raw, $max, $multiline).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = ValidationError;
            fn try_from(raw: String) -> Result<Self, Self::Error> {
                Self::parse(&raw)
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_newtype!(
    /// A ticket's one-line title.
    Title, "title", 120, false
);
text_newtype!(
    /// What happened, in the resident's words: plain text, at most 4,000 characters (SPEC §3).
    Description, "description", 4000, true
);
text_newtype!(
    /// A reason given for a return, refusal, reopen, extension or supervision order.
    Reason, "reason", 1000, true
);
text_newtype!(
    /// A public reply, a question to the resident, an answer, or an internal note.
    Message, "body", 4000, true
);
text_newtype!(
    /// A person's name as they give it.
    PersonName, "name", 100, false
);
text_newtype!(
    /// An address as typed, e.g. "朝阳区建国路 88 号".
    Address, "address", 300, false
);

/// The public reference of a ticket, `MS-YYYY-NNNNNN`: readable over the phone, unique, and not
/// the database key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reference(String);

impl Reference {
    /// Builds the reference for the `sequence`-th ticket of `year`.
    pub fn new(year: i32, sequence: u32) -> Result<Self, ValidationError> {
        if !(2000..=9999).contains(&year) || sequence == 0 || sequence > 999_999 {
            return Err(ValidationError::new(
                "reference",
                "year must be 2000–9999 and sequence 1–999999",
            ));
        }
        Ok(Self(format!("MS-{year:04}-{sequence:06}")))
    }

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let s = raw.trim().to_ascii_uppercase();
        let rule = || ValidationError::new("reference", "must look like MS-2026-000123");
        let rest = s.strip_prefix("MS-").ok_or_else(rule)?;
        let (year, seq) = rest.split_once('-').ok_or_else(rule)?;
        if year.len() != 4
            || seq.len() != 6
            || !year.bytes().all(|b| b.is_ascii_digit())
            || !seq.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(rule());
        }
        let year: i32 = year.parse().map_err(|_| rule())?;
        let seq: u32 = seq.parse().map_err(|_| rule())?;
        Self::new(year, seq).map_err(|_| rule())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Reference {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<Reference> for String {
    fn from(v: Reference) -> String {
        v.0
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An email address, normalised to lower case. The check is deliberately structural (one `@`, a
/// dotted domain, no spaces); whether it exists is proven by mail arriving, not by a regex.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let s = raw.trim().to_lowercase();
        let rule = |r: &str| ValidationError::new("email", r);
        if s.is_empty() {
            return Err(rule("must not be empty"));
        }
        if s.len() > 254 {
            return Err(rule("must be at most 254 characters"));
        }
        let (local, domain) = s
            .split_once('@')
            .ok_or_else(|| rule("must contain one @"))?;
        if local.is_empty() || local.len() > 64 || domain.contains('@') {
            return Err(rule("must have one @ with a name before it"));
        }
        if s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'))
        {
            return Err(rule("must not contain spaces or <>,;"));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2
            || labels
                .iter()
                .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
        {
            return Err(rule("must have a domain like example.org"));
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `r***@example.org`: enough for a person to recognise, not enough to contact.
    pub fn masked(&self) -> String {
        match self.0.split_once('@') {
            Some((local, domain)) => {
                let first: String = local.chars().take(1).collect();
                format!("{first}***@{domain}")
            }
            None => "***".to_owned(),
        }
    }
}

impl TryFrom<String> for Email {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<Email> for String {
    fn from(v: Email) -> String {
        v.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A phone number: a mainland mobile (`13812345678`), a landline with area code (`010-12345678`),
/// a short service number, or an international number with `+`. Spaces and dashes are removed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let compact: String = raw
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
            .collect();
        let (plus, digits) = match compact.strip_prefix('+') {
            Some(d) => (true, d),
            None => (false, compact.as_str()),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValidationError::new(
                "phone",
                "must contain only digits, spaces, dashes and a leading +",
            ));
        }
        if !(5..=15).contains(&digits.len()) {
            return Err(ValidationError::new("phone", "must have 5 to 15 digits"));
        }
        if !plus && digits.len() == 11 && digits.starts_with('1') {
            let second = digits.as_bytes()[1];
            if !(b'3'..=b'9').contains(&second) {
                return Err(ValidationError::new(
                    "phone",
                    "a mainland mobile number starts with 13–19",
                ));
            }
        }
        Ok(Self(if plus {
            format!("+{digits}")
        } else {
            digits.to_owned()
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `138****5678`.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() <= 7 {
            return "****".to_owned();
        }
        let head: String = chars[..3].iter().collect();
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("{head}****{tail}")
    }
}

impl TryFrom<String> for Phone {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<Phone> for String {
    fn from(v: Phone) -> String {
        v.0
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Masks a person's name for staff when the complainant asked for confidentiality: `张**`.
pub fn mask_name(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => format!("{first}{}", "*".repeat(chars.count().clamp(1, 3))),
        None => String::new(),
    }
}

/// A latitude/longitude pair, validated to the WGS-84 ranges.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    pub fn parse(lat: f64, lon: f64) -> Result<Self, ValidationError> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(ValidationError::new("lat", "must be between -90 and 90"));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(ValidationError::new("long", "must be between -180 and 180"));
        }
        Ok(Self { lat, lon })
    }
}

/// A new password: long enough to resist guessing, short enough to hash cheaply.
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let n = raw.chars().count();
        if n < Self::MIN_CHARS {
            return Err(ValidationError::new(
                "password",
                format!("must be at least {} characters", Self::MIN_CHARS),
            ));
        }
        if n > Self::MAX_CHARS {
            return Err(ValidationError::new(
                "password",
                format!("must be at most {} characters", Self::MAX_CHARS),
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn description_limit_counts_characters_not_bytes() {
        let ok = "路".repeat(4000);
        assert!(Description::parse(&ok).is_ok());
        let err = Description::parse(&"路".repeat(4001)).unwrap_err();
        assert_eq!(err.field, "description");
        assert!(err.rule.contains("4000"), "{}", err.rule);
    }

    #[test]
    fn text_is_trimmed_and_must_not_be_empty() {
        assert_eq!(Title::parse("  路灯不亮 ").unwrap().as_str(), "路灯不亮");
        assert_eq!(Title::parse("   ").unwrap_err().field, "title");
        assert!(Title::parse("a\nb").is_err());
        assert!(Description::parse("a\nb").is_ok());
        assert!(Description::parse("a\u{0}b").is_err());
        assert!(Description::parse("abc\u{202E}def").is_err());
    }

    #[test]
    fn references() {
        assert_eq!(
            Reference::new(2026, 123).unwrap().as_str(),
            "MS-2026-000123"
        );
        assert_eq!(
            Reference::parse("ms-2026-000123").unwrap().as_str(),
            "MS-2026-000123"
        );
        for bad in [
            "MS-2026-123",
            "MS-26-000123",
            "XX-2026-000123",
            "MS-2026-000000",
            "MS-2026-00012a",
        ] {
            assert_eq!(
                Reference::parse(bad).unwrap_err().field,
                "reference",
                "{bad}"
            );
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Li.Lei@Example.ORG ").unwrap().as_str(),
            "li.lei@example.org"
        );
        for bad in [
            "",
            "a",
            "a@b",
            "@example.org",
            "a@@example.org",
            "a b@example.org",
            "a@-x.org",
        ] {
            assert_eq!(Email::parse(bad).unwrap_err().field, "email", "{bad}");
        }
        assert_eq!(
            Email::parse("lilei@example.org").unwrap().masked(),
            "l***@example.org"
        );
    }

    #[test]
    fn phones() {
        assert_eq!(
            Phone::parse("138 1234 5678").unwrap().as_str(),
            "13812345678"
        );
        assert_eq!(
            Phone::parse("010-12345678").unwrap().as_str(),
            "01012345678"
        );
        assert_eq!(
            Phone::parse("+86 138 1234 5678").unwrap().as_str(),
            "+8613812345678"
        );
        assert!(Phone::parse("12012345678").is_err());
        assert!(Phone::parse("call me").is_err());
        assert_eq!(Phone::parse("13812345678").unwrap().masked(), "138****5678");
    }

    #[test]
    fn names_are_masked() {
        assert_eq!(mask_name("张三"), "张*");
        assert_eq!(mask_name("欧阳娜娜"), "欧***");
    }

    #[test]
    fn geo_points() {
        assert!(GeoPoint::parse(39.9, 116.4).is_ok());
        assert_eq!(GeoPoint::parse(91.0, 0.0).unwrap_err().field, "lat");
        assert_eq!(GeoPoint::parse(0.0, f64::NAN).unwrap_err().field, "long");
    }

    #[test]
    fn passwords() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("minsheng-demo").is_ok());
        assert_eq!(
            format!("{:?}", NewPassword::parse("minsheng-demo").unwrap()),
            "NewPassword(***)"
        );
    }
}
