//! TODO(helper): calendar
