//! Identifier newtypes, parsed at the edge so that an invalid id cannot exist
//! past it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why an identifier was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {kind} id {value:?}: {reason}")]
pub struct IdError {
    pub kind: &'static str,
    pub value: String,
    pub reason: &'static str,
}

macro_rules! slug_id {
    ($(#[$meta:meta])* $name:ident, $kind:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Accepts 1–64 characters of ASCII letters, digits, `-` and `_`.
            pub fn parse(value: &str) -> Result<Self, IdError> {
                let bad = |reason| IdError { kind: $kind, value: value.to_owned(), reason };
                if value.is_empty() || value.len() > 64 {
                    return Err(bad("must be 1 to 64 characters"));
                }
                if !value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
                    return Err(bad("only ASCII letters, digits, '-' and '_' are allowed"));
                }
                Ok(Self(value.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Self::parse(&s).map_err(serde::de::Error::custom)
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                Self::parse(s)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

slug_id!(
    /// An office of the ward: the main office or a branch office.
    OfficeId, "office"
);
slug_id!(
    /// A counter (窓口) within an office.
    CounterId, "counter"
);
slug_id!(
    /// A service residents come for, such as a moving-in notification.
    ServiceId, "service"
);
slug_id!(
    /// A section (課) of the ward office, or a branch office's own desk.
    SectionId, "section"
);
slug_id!(
    /// A ticket's unique id (not its display number).
    TicketId, "ticket"
);

/// A queue within an office. Its id is also the prefix of the ticket numbers
/// it issues (`A` gives `A-001`), so it is one to three upper-case ASCII letters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct QueueId(String);

impl QueueId {
    pub fn parse(value: &str) -> Result<Self, IdError> {
        if value.is_empty() || value.len() > 3 || !value.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(IdError {
                kind: "queue",
                value: value.to_owned(),
                reason: "must be 1 to 3 upper-case ASCII letters",
            });
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for QueueId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for QueueId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl std::str::FromStr for QueueId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        Self::parse(s)
    }
}

impl std::borrow::Borrow<str> for QueueId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_refuse_paths_and_spaces() {
        assert!(OfficeId::parse("yahatanishi").is_ok());
        assert!(OfficeId::parse("../etc").is_err());
        assert!(OfficeId::parse("").is_err());
        assert!(CounterId::parse("a b").is_err());
    }

    #[test]
    fn queue_ids_are_upper_case_letters() {
        assert!(QueueId::parse("A").is_ok());
        assert!(QueueId::parse("KM").is_ok());
        assert!(QueueId::parse("a").is_err());
        assert!(QueueId::parse("A1").is_err());
        assert!(QueueId::parse("ABCD").is_err());
    }
}
