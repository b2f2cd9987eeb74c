//! The product vocabulary of SPEC §2: kinds, priorities, channels, states, roles and ratings.
//! Each enum has a stable snake_case code, used in the database, the API and the event log.

/// A code that does not name any member of a vocabulary enum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {vocabulary}")]
pub struct UnknownCode {
    pub vocabulary: &'static str,
    pub value: String,
}

/// Declares a vocabulary enum with stable snake_case codes: `ALL`, `as_str`, `Display`,
/// `FromStr` (failing with [`UnknownCode`]) and serde by code. Used for every coded enum of the
/// domain, here and in the lifecycle and escalation modules.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $label:literal, { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every member, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the database and shown in the API.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::vocab::UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok($name::$variant),)+
                    _ => Err($crate::vocab::UnknownCode { vocabulary: $label, value: s.to_owned() }),
                }
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// 诉求类型: what the resident is asking for.
    Kind, "kind", {
        Enquiry => "enquiry",
        Help => "help",
        Complaint => "complaint",
        Report => "report",
        Suggestion => "suggestion",
        Praise => "praise",
    }
);

vocabulary!(
    /// 紧急程度.
    Priority, "priority", {
        Normal => "normal",
        Urgent => "urgent",
        Critical => "critical",
    }
);

vocabulary!(
    /// 渠道: how the ticket reached the centre.
    Channel, "channel", {
        Web => "web",
        Phone => "phone",
        Email => "email",
        Open311 => "open311",
        Api => "api",
    }
);

vocabulary!(
    /// A ticket's lifecycle state (SPEC §4).
    State, "state", {
        Submitted => "submitted",
        Dispatched => "dispatched",
        Accepted => "accepted",
        AwaitingResident => "awaiting_resident",
        Replied => "replied",
        Closed => "closed",
        Returned => "returned",
        Refused => "refused",
        Withdrawn => "withdrawn",
        Merged => "merged",
    }
);

impl State {
    /// Open tickets still need someone to act. Replied tickets are open until rated or auto-closed.
    pub const fn is_open(self) -> bool {
        !matches!(
            self,
            State::Closed | State::Refused | State::Withdrawn | State::Merged
        )
    }
}

vocabulary!(
    /// One person has one role (SPEC §1).
    Role, "role", {
        Resident => "resident",
        Agent => "agent",
        Staff => "staff",
        Supervisor => "supervisor",
        Admin => "admin",
    }
);

impl Role {
    /// Officials work for the city; they may read internal notes.
    pub const fn is_official(self) -> bool {
        matches!(self, Role::Agent | Role::Staff | Role::Supervisor)
    }
}

vocabulary!(
    /// The five levels of the national 好差评 scheme.
    Satisfaction, "satisfaction", {
        VerySatisfied => "very_satisfied",
        Satisfied => "satisfied",
        BasicallySatisfied => "basically_satisfied",
        Dissatisfied => "dissatisfied",
        VeryDissatisfied => "very_dissatisfied",
    }
);

impl Satisfaction {
    /// Counted as satisfied in the satisfaction rate (SPEC §9).
    pub const fn is_satisfied(self) -> bool {
        matches!(
            self,
            Satisfaction::VerySatisfied
                | Satisfaction::Satisfied
                | Satisfaction::BasicallySatisfied
        )
    }
}

vocabulary!(
    /// Languages Minsheng writes messages in.
    Locale, "locale", {
        ZhCn => "zh-CN",
        En => "en",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>(), Ok(*k));
        }
        for s in State::ALL {
            assert_eq!(s.as_str().parse::<State>(), Ok(*s));
        }
        assert_eq!(
            "awaiting_resident".parse::<State>(),
            Ok(State::AwaitingResident)
        );
        assert_eq!(Locale::ZhCn.as_str(), "zh-CN");
    }

    #[test]
    fn unknown_code_names_the_vocabulary() {
        let err = "lost".parse::<Priority>().unwrap_err();
        assert_eq!(err.to_string(), "`lost` is not a valid priority");
    }

    #[test]
    fn serde_uses_codes() {
        assert_eq!(
            serde_json::to_string(&State::AwaitingResident).unwrap(),
            "\"awaiting_resident\""
        );
    }

    #[test]
    fn open_states() {
        let open: Vec<_> = State::ALL.iter().filter(|s| s.is_open()).collect();
        assert_eq!(open.len(), 6);
        assert!(!State::Merged.is_open());
        assert!(State::Replied.is_open());
    }
}
