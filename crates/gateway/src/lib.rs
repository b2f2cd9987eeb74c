//! Minsheng's gateway.
