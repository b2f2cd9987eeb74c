//! Minsheng's store.
