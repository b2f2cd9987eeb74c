//! TODO(helper): escalation
