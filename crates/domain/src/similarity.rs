//! Similar tickets (SPEC §8): is a new ticket the same matter as an open one?
//!
//! Text is compared as a set of shingles: Chinese has no spaces, so runs of CJK characters give
//! character bigrams; Latin text gives lower-cased, lightly stemmed words without stop words.
//! Two texts are compared by the Jaccard index of their shingle sets.
//!
//! Finding candidates among a million open tickets cannot be a scan, so each ticket also gets a
//! MinHash signature cut into bands (locality-sensitive hashing): two tickets whose Jaccard index is
//! `s` share at least one band key with probability `1 − (1 − s^ROWS)^BANDS`. The store keeps the
//! band keys in an indexed table and looks candidates up by key; [`assess`] then decides on the
//! exact Jaccard index and the distance between the two places.
//!
//! Everything here is deterministic and stable across releases: band keys are stored, so the hash
//! functions must never change without re-indexing.

use std::collections::HashSet;

/// Rows per band: how many MinHash values a band key covers.
pub const ROWS: usize = 2;
/// Bands per signature: how many keys each ticket is indexed under.
pub const BANDS: usize = 10;
const SIGNATURE: usize = ROWS * BANDS;

/// Texts at least this similar are the same matter when nothing tells the places apart.
pub const TEXT_THRESHOLD: f64 = 0.35;
/// Texts at least this similar are the same matter at the same place (close coordinates or the
/// same house number). Chinese text is compared by character bigrams, which two different matters
/// share less often than English words and their trigrams, so it needs less overlap.
pub const TEXT_THRESHOLD_SAME_PLACE_CJK: f64 = 0.09;
pub const TEXT_THRESHOLD_SAME_PLACE_LATIN: f64 = 0.12;
/// Within this distance, two places are the same place (metres).
pub const NEAR_METRES: f64 = 150.0;
/// Beyond this distance, two places are different places, whatever the text says (metres).
pub const FAR_METRES: f64 = 600.0;

/// A set of hashed shingles.
pub type Shingles = HashSet<u64>;

/// The part of a ticket that tells whether it is the same matter as another.
#[derive(Debug, Clone, PartialEq)]
pub struct Matter<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// Free-text address, if any.
    pub address: &'a str,
    /// District code or name, if any.
    pub district: &'a str,
    /// Latitude and longitude, when both are known.
    pub location: Option<(f64, f64)>,
}

impl Matter<'_> {
    /// The shingles of the title and description together, less those of the address: the place
    /// is compared on its own, so the text compares only what the matter is.
    pub fn shingles(&self) -> Shingles {
        let mut s = shingles(self.title);
        s.extend(shingles(self.description));
        for a in shingles(self.address) {
            s.remove(&a);
        }
        s
    }

    /// The house numbers in the address (`幸福路 12 号` → 12).
    pub fn house_numbers(&self) -> Vec<u32> {
        numbers(self.address)
    }
}

/// How alike two matters are, when [`assess`] finds them the same matter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Likeness {
    /// Jaccard index of the two shingle sets, 0 to 1.
    pub text: f64,
    /// Great-circle distance in metres, when both have coordinates.
    pub distance_m: Option<f64>,
    /// The ranking score, 0 to 1: text similarity, raised when the place is certainly the same.
    pub score: f64,
}

/// Do two matters happen at the same place, as far as can be told?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Same,
    Unknown,
    Different,
}

fn place(a: &Matter<'_>, b: &Matter<'_>) -> (Place, Option<f64>) {
    if !a.district.is_empty() && !b.district.is_empty() && !same(a.district, b.district) {
        return (Place::Different, None);
    }
    let (na, nb) = (a.house_numbers(), b.house_numbers());
    let numbers = if na.is_empty() || nb.is_empty() {
        Place::Unknown
    } else if na.iter().any(|n| nb.contains(n)) {
        Place::Same
    } else {
        Place::Different
    };
    let distance = match (a.location, b.location) {
        (Some(p), Some(q)) => Some(haversine_m(p, q)),
        _ => None,
    };
    let verdict = match (distance, numbers) {
        (_, Place::Different) => Place::Different,
        (Some(d), _) if d > FAR_METRES => Place::Different,
        (Some(d), _) if d <= NEAR_METRES => Place::Same,
        (_, n) => n,
    };
    (verdict, distance)
}

/// Is `b` (an open ticket, with its precomputed shingles) the same matter as `a`?
pub fn assess(
    a: &Matter<'_>,
    a_sh: &Shingles,
    b: &Matter<'_>,
    b_sh: &Shingles,
) -> Option<Likeness> {
    let (place, distance_m) = place(a, b);
    let (threshold, bonus) = match place {
        Place::Different => return None,
        Place::Same if mostly_cjk(a) && mostly_cjk(b) => (TEXT_THRESHOLD_SAME_PLACE_CJK, 0.25),
        Place::Same => (TEXT_THRESHOLD_SAME_PLACE_LATIN, 0.25),
        Place::Unknown => (TEXT_THRESHOLD, 0.0),
    };
    let text = jaccard(a_sh, b_sh);
    (text >= threshold).then(|| Likeness {
        text,
        distance_m,
        score: (text + bonus).min(1.0),
    })
}

/// Is the text of `m` written mostly in Chinese characters rather than Latin letters?
fn mostly_cjk(m: &Matter<'_>) -> bool {
    let (mut cjk, mut latin) = (0usize, 0usize);
    for c in m.title.chars().chain(m.description.chars()) {
        if is_cjk(c) {
            cjk += 1;
        } else if c.is_alphabetic() {
            latin += 1;
        }
    }
    // A CJK character carries about as much as a short word: weigh letters accordingly.
    cjk * 4 >= latin
}

fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// The runs of ASCII digits in `s`, as numbers (full-width digits count too).
fn numbers(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut cur: Option<u32> = None;
    for c in s.chars().map(fold) {
        match c.to_digit(10) {
            Some(d) => cur = Some(cur.unwrap_or(0).saturating_mul(10).saturating_add(d)),
            None => out.extend(cur.take()),
        }
    }
    out.extend(cur);
    out
}

/// The Jaccard index |A ∩ B| / |A ∪ B| (0 when both are empty).
pub fn jaccard(a: &Shingles, b: &Shingles) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let inter = small.iter().filter(|x| large.contains(x)).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Distance between two (latitude, longitude) points on the Earth, in metres.
pub fn haversine_m(p: (f64, f64), q: (f64, f64)) -> f64 {
    const R: f64 = 6_371_008.8;
    let (la1, lo1) = (p.0.to_radians(), p.1.to_radians());
    let (la2, lo2) = (q.0.to_radians(), q.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().clamp(0.0, 1.0).asin()
}

/// English words that say nothing about the matter.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have",
    "here", "i", "in", "into", "is", "it", "its", "me", "my", "near", "of", "on", "or", "our",
    "please", "so", "still", "that", "the", "there", "this", "to", "very", "was", "we", "were",
    "with", "again", "now", "days", "day", "some", "someone", "can", "could", "you", "your",
];

/// Chinese characters that carry no meaning of their own in a complaint (particles, fillers).
const CJK_FILLERS: &[char] = &[
    '的', '了', '吗', '呢', '吧', '啊', '请', '您', '我', '们', '很', '都', '也', '在', '有', '是',
    '还',
];

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Full-width ASCII (ＡＢＣ１２３) as ASCII, then lower case.
fn fold(c: char) -> char {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// A crude English stemmer: enough that "lights"/"light" and "flooding"/"flooded" agree.
fn stem(w: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(stem) = w.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return stem;
        }
    }
    w
}

/// The shingles of one text: CJK character bigrams and English word stems, hashed.
pub fn shingles(text: &str) -> Shingles {
    let mut out = Shingles::new();
    let mut run: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush_run = |run: &mut Vec<char>, out: &mut Shingles| {
        if run.len() == 1 {
            out.insert(hash_str(&run[0].to_string()));
        }
        for pair in run.windows(2) {
            let s: String = pair.iter().collect();
            out.insert(hash_str(&s));
        }
        run.clear();
    };
    let flush_word = |word: &mut String, out: &mut Shingles| {
        if !word.is_empty() && !STOP_WORDS.contains(&word.as_str()) {
            // The stem, and its character trigrams, so "streetlight" and "street light" agree.
            let stem: Vec<char> = stem(word).chars().collect();
            if stem.len() <= 3 {
                out.insert(hash_str(&stem.iter().collect::<String>()));
            }
            for tri in stem.windows(3) {
                out.insert(hash_str(&tri.iter().collect::<String>()));
            }
        }
        word.clear();
    };
    for c in text.chars().map(fold) {
        if is_cjk(c) {
            flush_word(&mut word, &mut out);
            if !CJK_FILLERS.contains(&c) {
                run.push(c);
            }
        } else if c.is_alphanumeric() {
            flush_run(&mut run, &mut out);
            word.push(c);
        } else {
            flush_run(&mut run, &mut out);
            flush_word(&mut word, &mut out);
        }
    }
    flush_run(&mut run, &mut out);
    flush_word(&mut word, &mut out);
    out
}

/// 64-bit FNV-1a: small, fast and fixed forever (band keys are stored).
fn hash_str(s: &str) -> u64 {
    fnv(0xcbf2_9ce4_8422_2325, s.as_bytes())
}

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// splitmix64's finaliser: a fixed, well-mixed permutation of 64-bit words.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The MinHash signature: for each of the hash functions, the least hash over the shingles.
pub fn signature(sh: &Shingles) -> Option<[u64; SIGNATURE]> {
    if sh.is_empty() {
        return None;
    }
    let mut sig = [u64::MAX; SIGNATURE];
    for &x in sh {
        for (i, slot) in sig.iter_mut().enumerate() {
            let h = mix(x ^ mix(0x9e37_79b9_7f4a_7c15_u64.wrapping_mul(i as u64 + 1)));
            if h < *slot {
                *slot = h;
            }
        }
    }
    Some(sig)
}

/// The index keys of a text within one `scope` (the category): one per band. Two tickets are
/// candidates for each other when they share at least one key. The keys fit a signed 64-bit
/// column.
pub fn band_keys(scope: &[u8], sh: &Shingles) -> Vec<i64> {
    let Some(sig) = signature(sh) else {
        return Vec::new();
    };
    let base = fnv(0xcbf2_9ce4_8422_2325, scope);
    sig.chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| {
            let mut h = fnv(base, &(band as u64).to_le_bytes());
            for r in rows {
                h = fnv(h, &r.to_le_bytes());
            }
            i64::from_le_bytes(mix(h).to_le_bytes())
        })
        .collect()
}

/// Size of the grid cells that index places, in degrees. A cell is at least [`FAR_METRES`] across
/// up to about 48° of latitude, so the 3×3 cells around a point hold every place near enough.
const CELL_DEG: f64 = 0.009;

fn key(scope: &[u8], kind: &[u8], parts: &[i64]) -> i64 {
    let mut h = fnv(fnv(0xcbf2_9ce4_8422_2325, scope), kind);
    for p in parts {
        h = fnv(h, &p.to_le_bytes());
    }
    i64::from_le_bytes(mix(h).to_le_bytes())
}

fn cell(location: (f64, f64)) -> (i64, i64) {
    // Saturating float-to-int casts: any finite or infinite value maps to some cell.
    (
        (location.0 / CELL_DEG).floor() as i64,
        (location.1 / CELL_DEG).floor() as i64,
    )
}

/// The keys a ticket is indexed under within `scope` (its category): its text's MinHash bands,
/// its grid cell, and its district and house number.
pub fn index_keys(scope: &[u8], m: &Matter<'_>, sh: &Shingles) -> Vec<i64> {
    let mut keys = band_keys(scope, sh);
    if let Some(loc) = m.location {
        let (y, x) = cell(loc);
        keys.push(key(scope, b"cell", &[y, x]));
    }
    keys.extend(number_keys(scope, m));
    keys
}

/// The keys to look up to find the tickets [`index_keys`] put near `m`: the same text bands and
/// house numbers, and the 3×3 grid cells around its place.
pub fn probe_keys(scope: &[u8], m: &Matter<'_>, sh: &Shingles) -> Vec<i64> {
    let mut keys = band_keys(scope, sh);
    if let Some(loc) = m.location {
        let (y, x) = cell(loc);
        for dy in -1..=1 {
            for dx in -1..=1 {
                keys.push(key(scope, b"cell", &[y + dy, x + dx]));
            }
        }
    }
    keys.extend(number_keys(scope, m));
    keys
}

fn number_keys<'a>(scope: &'a [u8], m: &'a Matter<'_>) -> impl Iterator<Item = i64> + 'a {
    let district =
        i64::from_le_bytes(fnv(0, m.district.trim().to_lowercase().as_bytes()).to_le_bytes());
    m.house_numbers()
        .into_iter()
        .map(move |n| key(scope, b"number", &[district, i64::from(n)]))
}

/// Groups items into clusters from the pairs found alike (union–find). Returns clusters of two or
/// more, each sorted, largest first.
pub fn clusters(n: usize, pairs: impl IntoIterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (a, b) in pairs {
        if a >= n || b >= n {
            continue;
        }
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m<'a>(title: &'a str, description: &'a str) -> Matter<'a> {
        Matter {
            title,
            description,
            address: "",
            district: "",
            location: None,
        }
    }

    #[test]
    fn chinese_text_gives_character_bigrams_without_fillers() {
        // 路灯坏了 → 路灯, 灯坏 (了 is a filler).
        assert_eq!(shingles("路灯坏了").len(), 2);
        assert_eq!(shingles("路灯坏了"), shingles("路灯坏"));
    }

    #[test]
    fn english_words_are_stemmed_and_stop_words_dropped() {
        assert_eq!(
            shingles("The street lights are out"),
            shingles("street light out")
        );
        assert_eq!(shingles("ＡＢＣ"), shingles("abc"));
    }

    #[test]
    fn jaccard_is_the_share_of_shared_shingles() {
        let a = shingles("路灯坏"); // 路灯, 灯坏
        let b = shingles("路灯亮"); // 路灯, 灯亮
        assert!((jaccard(&a, &b) - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(jaccard(&a, &a), 1.0);
        assert_eq!(jaccard(&Shingles::new(), &Shingles::new()), 0.0);
    }

    #[test]
    fn haversine_matches_a_known_distance() {
        // One thousandth of a degree of latitude is about 111 m.
        let d = haversine_m((30.0, 120.0), (30.001, 120.0));
        assert!((d - 111.2).abs() < 0.5, "{d}");
    }

    #[test]
    fn identical_texts_share_every_band_and_scopes_separate_them() {
        let sh = shingles("幸福路与和平路交叉口的路灯坏了好几天");
        let k1 = band_keys(b"cat-1", &sh);
        assert_eq!(k1.len(), BANDS);
        assert_eq!(k1, band_keys(b"cat-1", &sh));
        let k2 = band_keys(b"cat-2", &sh);
        assert!(k1.iter().all(|k| !k2.contains(k)));
        assert!(band_keys(b"cat-1", &Shingles::new()).is_empty());
    }

    #[test]
    fn far_places_are_never_the_same_matter() {
        let mut a = m("幸福路路灯坏了", "晚上一片漆黑");
        let mut b = a.clone();
        a.location = Some((30.0, 120.0));
        b.location = Some((30.01, 120.0)); // about 1.1 km
        assert!(assess(&a, &a.shingles(), &b, &b.shingles()).is_none());
        b.location = Some((30.0005, 120.0)); // about 55 m
        let l = assess(&a, &a.shingles(), &b, &b.shingles()).unwrap();
        assert_eq!(l.text, 1.0);
        assert!(l.distance_m.unwrap() < 60.0);
    }

    #[test]
    fn different_districts_or_addresses_are_different_places() {
        let mut a = m("路灯坏了", "幸福路上的路灯坏了");
        let mut b = a.clone();
        a.district = "西湖区";
        b.district = "上城区";
        assert!(assess(&a, &a.shingles(), &b, &b.shingles()).is_none());
        b.district = "西湖区";
        a.address = "幸福路 12 号";
        b.address = "解放路 300 号";
        assert!(assess(&a, &a.shingles(), &b, &b.shingles()).is_none());
        b.address = "幸福路 14 号";
        assert!(assess(&a, &a.shingles(), &b, &b.shingles()).is_none());
        b.address = "幸福路12号旁";
        let l = assess(&a, &a.shingles(), &b, &b.shingles()).unwrap();
        assert_eq!(l.text, 1.0);
    }

    #[test]
    fn a_place_is_found_from_the_cells_around_it() {
        let mut a = m("路灯坏了", "");
        a.location = Some((30.2500, 120.1250));
        let mut b = a.clone();
        // 400 m north, across a cell boundary or not: always within the 3×3 probe.
        b.location = Some((30.2536, 120.1250));
        let stored: HashSet<i64> = index_keys(b"c", &b, &Shingles::new()).into_iter().collect();
        assert_eq!(stored.len(), 1, "no text, no number: just the cell");
        assert!(
            probe_keys(b"c", &a, &Shingles::new())
                .iter()
                .any(|k| stored.contains(k))
        );
        // 5 km away shares nothing.
        b.location = Some((30.2950, 120.1250));
        let stored: HashSet<i64> = index_keys(b"c", &b, &Shingles::new()).into_iter().collect();
        assert!(
            !probe_keys(b"c", &a, &Shingles::new())
                .iter()
                .any(|k| stored.contains(k))
        );
    }

    #[test]
    fn house_numbers_are_keys_within_a_district() {
        let mut a = m("", "");
        a.address = "幸福路12号";
        a.district = "西湖区";
        let mut b = a.clone();
        b.address = "幸福路 12 号旁";
        let keys = |x: &Matter<'_>| index_keys(b"c", x, &Shingles::new());
        assert_eq!(keys(&a), keys(&b));
        b.district = "上城区";
        assert_ne!(keys(&a), keys(&b));
        assert_eq!(a.house_numbers(), vec![12]);
    }

    #[test]
    fn clusters_join_pairs_transitively() {
        let c = clusters(6, [(0, 1), (1, 2), (4, 5), (9, 1)]);
        assert_eq!(c, vec![vec![0, 1, 2], vec![4, 5]]);
    }
}
