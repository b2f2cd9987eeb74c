//! Minsheng's database schema.
