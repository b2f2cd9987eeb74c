//! TODO(helper): sla
