//! How good are similar-ticket suggestions (SPEC §8)? Measured on a generated, labelled city:
//! matters (a problem at a place) reported one to four times each in different words, beside hard
//! non-duplicates (the same problem on the next street; another problem at the same place).
//!
//! The pipeline measured is the one the store runs: candidates are the tickets of the same
//! category that share a MinHash band key, and [`assess`] decides. Precision and recall count
//! pairs: a pair is a true duplicate when both reports describe the same matter.
//!
//! Run with `--nocapture` to see the figures; the README quotes them.

use minsheng_domain::similarity::{Matter, assess, index_keys, probe_keys};
use std::collections::{HashMap, HashSet};

/// A small deterministic generator (xorshift64*), so the labelled set is the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
}

/// A problem: the category it belongs to, and ways residents describe it (`{p}` is the place).
struct Problem {
    category: &'static str,
    titles: &'static [&'static str],
    descriptions: &'static [&'static str],
}

const ZH: &[Problem] = &[
    Problem {
        category: "lighting",
        titles: &[
            "{p}路灯不亮",
            "{p}的路灯坏了",
            "{p}附近路灯损坏",
            "{p}晚上路灯全灭",
        ],
        descriptions: &[
            "{p}的路灯已经坏了好几天，晚上走路很不安全。",
            "晚上{p}一带路灯不亮，一片漆黑，行人看不清路。",
            "{p}路灯损坏，夜间照明没有了，老人出门容易摔倒。",
        ],
    },
    Problem {
        category: "lighting",
        titles: &[
            "{p}路灯白天一直亮着",
            "{p}路灯白天不关",
            "{p}的路灯大白天亮着浪费电",
        ],
        descriptions: &[
            "{p}的路灯白天也一直亮着，浪费电。",
            "白天{p}路灯一直开着没人关，太浪费了。",
        ],
    },
    Problem {
        category: "roads",
        titles: &[
            "{p}路面有大坑",
            "{p}道路坑洼",
            "{p}马路上有个深坑",
            "{p}路面塌陷出现坑洞",
        ],
        descriptions: &[
            "{p}路面出现一个大坑，电动车经过很危险。",
            "{p}的马路坑坑洼洼，下雨积水看不见坑，已经有人摔倒。",
            "{p}路面塌陷，坑很深，车辆经过颠簸严重。",
        ],
    },
    Problem {
        category: "roads",
        titles: &["{p}井盖缺失", "{p}井盖丢了", "{p}的下水道井盖不见了"],
        descriptions: &[
            "{p}有一个井盖缺失，晚上很容易掉进去。",
            "{p}下水道井盖被偷了，留下一个洞，非常危险。",
        ],
    },
    Problem {
        category: "environment",
        titles: &[
            "{p}夜间施工噪音扰民",
            "{p}工地晚上施工太吵",
            "{p}半夜施工噪音大",
        ],
        descriptions: &[
            "{p}的工地每天晚上十一点以后还在施工，噪音太大，无法休息。",
            "{p}工地夜间施工，机器轰鸣，影响周边居民睡觉。",
            "半夜{p}还在打桩施工，噪音扰民严重。",
        ],
    },
    Problem {
        category: "environment",
        titles: &[
            "{p}垃圾堆积无人清理",
            "{p}垃圾没人清运",
            "{p}垃圾桶满了发臭",
        ],
        descriptions: &[
            "{p}的垃圾堆了好几天没人清理，气味很大。",
            "{p}垃圾桶早就满了，垃圾散落一地，蚊蝇很多。",
        ],
    },
    Problem {
        category: "water",
        titles: &["{p}自来水管破裂漏水", "{p}水管爆了", "{p}地下水管漏水严重"],
        descriptions: &[
            "{p}的自来水管破裂，水一直往外冒，路面都淹了。",
            "{p}水管爆裂，大量自来水流到马路上。",
        ],
    },
    Problem {
        category: "water",
        titles: &["{p}停水", "{p}突然停水没有通知", "{p}一直没有自来水"],
        descriptions: &[
            "{p}从早上开始停水，事先没有任何通知。",
            "{p}已经停水一整天了，生活很不方便。",
        ],
    },
];

const EN: &[Problem] = &[
    Problem {
        category: "lighting",
        titles: &[
            "Streetlight out at {p}",
            "Street light broken on {p}",
            "Lights not working at {p}",
            "Dark street at {p}, lamp out",
        ],
        descriptions: &[
            "The street light at {p} has been out for several days and it is dangerous to walk at night.",
            "Street lamps on {p} are not working, the whole block is dark after sunset.",
            "Broken streetlight at {p}. Pedestrians cannot see the pavement at night.",
        ],
    },
    Problem {
        category: "lighting",
        titles: &[
            "Streetlight on all day at {p}",
            "Lamp at {p} stays lit in daytime",
            "Street lights burning during the day on {p}",
        ],
        descriptions: &[
            "The street light at {p} stays on all day, wasting electricity.",
            "Street lamps on {p} are lit during the daytime and never switch off.",
        ],
    },
    Problem {
        category: "roads",
        titles: &[
            "Pothole on {p}",
            "Big pothole at {p}",
            "Deep hole in the road at {p}",
            "Road surface damaged at {p}",
        ],
        descriptions: &[
            "There is a large pothole on {p}, cyclists have to swerve into traffic.",
            "A deep pothole at {p} damaged my tyre. The road surface is broken.",
            "The road at {p} has a big hole that fills with water when it rains.",
        ],
    },
    Problem {
        category: "roads",
        titles: &[
            "Missing manhole cover at {p}",
            "Manhole cover gone on {p}",
            "Open manhole at {p}",
        ],
        descriptions: &[
            "The manhole cover at {p} is missing and the hole is open.",
            "Someone took the manhole cover on {p}, it is a danger to pedestrians.",
        ],
    },
    Problem {
        category: "environment",
        titles: &[
            "Night construction noise at {p}",
            "Building site noisy at night on {p}",
            "Loud construction after midnight at {p}",
        ],
        descriptions: &[
            "The construction site at {p} works past 11 pm every night, the noise keeps us awake.",
            "Heavy machinery at the building site on {p} runs at night. Nobody can sleep.",
        ],
    },
    Problem {
        category: "environment",
        titles: &[
            "Rubbish piling up at {p}",
            "Garbage not collected on {p}",
            "Overflowing bins at {p}",
        ],
        descriptions: &[
            "Rubbish has been piling up at {p} for days and it smells.",
            "The bins on {p} are overflowing and garbage is spread over the pavement.",
        ],
    },
    Problem {
        category: "water",
        titles: &[
            "Burst water main at {p}",
            "Water pipe leaking on {p}",
            "Broken pipe flooding {p}",
        ],
        descriptions: &[
            "A water pipe burst at {p} and water is flooding the street.",
            "The water main on {p} is leaking badly, the road is under water.",
        ],
    },
];

const ZH_FILLERS: &[&str] = &[
    "希望相关部门尽快处理。",
    "谢谢！",
    "已经反映过多次了。",
    "麻烦尽快派人来看看。",
    "",
    "",
];
const EN_FILLERS: &[&str] = &[
    "Please fix it soon.",
    "Thank you.",
    "I reported this before.",
    "Hope someone can look at it this week.",
    "",
    "",
];

/// Places: a street and a number, with coordinates. Streets repeat, so some different places
/// share a street name (the hard case for text).
fn places(rng: &mut Rng, zh: bool, n: usize) -> Vec<(String, String, (f64, f64))> {
    let zh_streets = [
        "幸福路",
        "和平路",
        "解放路",
        "文三路",
        "建国路",
        "人民大道",
        "滨江路",
        "学院路",
        "中山路",
        "延安路",
    ];
    let zh_spots = ["号", "号小区门口", "号菜市场旁", "号公交站", "号学校门口"];
    let en_streets = [
        "Main Street",
        "Oak Avenue",
        "Elm Road",
        "Station Road",
        "Mill Lane",
        "Park Drive",
        "High Street",
        "River Walk",
        "King Street",
        "Church Lane",
    ];
    let en_spots = [
        "",
        " by the bus stop",
        " outside the school",
        " near the market",
        " at the corner",
    ];
    let mut used = HashSet::new();
    (0..n)
        .map(|i| {
            let street = i % zh_streets.len();
            let mut number = 1 + rng.below(400);
            while !used.insert((street, number)) {
                number = 1 + rng.below(400);
            }
            let spot = rng.below(zh_spots.len());
            let name = if zh {
                format!("{}{}{}", zh_streets[street], number, zh_spots[spot])
            } else {
                format!("{number} {}{}", en_streets[street], en_spots[spot])
            };
            let district = format!("district-{}", street % 4);
            // Places sit on a grid about 1 km apart per street, numbers along it.
            let lat = 30.0 + street as f64 * 0.01 + number as f64 * 0.000_05;
            let lon = 120.0 + number as f64 * 0.000_05 * (1 + i % 3) as f64;
            (name, district, (lat, lon))
        })
        .collect()
}

struct Report {
    matter: usize,
    category: &'static str,
    title: String,
    description: String,
    address: String,
    district: String,
    location: Option<(f64, f64)>,
}

fn city(seed: u64, zh: bool) -> Vec<Report> {
    let mut rng = Rng(seed);
    let problems = if zh { ZH } else { EN };
    let fillers = if zh { ZH_FILLERS } else { EN_FILLERS };
    let places = places(&mut rng, zh, 120);
    let mut reports = Vec::new();
    let mut matter = 0;
    for (pi, problem) in problems.iter().enumerate() {
        // Each problem happens at 40 different places: one matter per place.
        let mut order: Vec<usize> = (0..places.len()).collect();
        for k in (1..order.len()).rev() {
            order.swap(k, rng.below(k + 1));
        }
        for &at in order.iter().take(40) {
            let (place, district, (lat, lon)) = &places[at];
            let copies = 1 + rng.below(4);
            for _ in 0..copies {
                let title = rng.pick(problem.titles).replace("{p}", place);
                let mut description = rng.pick(problem.descriptions).replace("{p}", place);
                let filler = rng.pick(fillers);
                if !filler.is_empty() {
                    if !zh {
                        description.push(' ');
                    }
                    description.push_str(filler);
                }
                // Most reports come from phones with a position a few tens of metres off.
                let location = rng.chance(0.7).then(|| {
                    let jitter = |r: &mut Rng| (r.below(101) as f64 - 50.0) * 0.000_008;
                    (lat + jitter(&mut rng), lon + jitter(&mut rng))
                });
                reports.push(Report {
                    matter,
                    category: problem.category,
                    title,
                    description,
                    address: place.clone(),
                    district: district.clone(),
                    location,
                });
            }
            matter += 1;
        }
        let _ = pi;
    }
    reports
}

#[derive(Debug, Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    candidates: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

fn measure(reports: &[Report]) -> Score {
    let matters: Vec<Matter<'_>> = reports
        .iter()
        .map(|r| Matter {
            title: &r.title,
            description: &r.description,
            address: &r.address,
            district: &r.district,
            location: r.location,
        })
        .collect();
    let shingles: Vec<_> = matters.iter().map(Matter::shingles).collect();
    // The index: band key → reports, as the store keeps it.
    let mut index: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, r) in reports.iter().enumerate() {
        for k in index_keys(r.category.as_bytes(), &matters[i], &shingles[i]) {
            index.entry(k).or_default().push(i);
        }
    }
    let mut score = Score::default();
    for i in 0..reports.len() {
        let mut candidates = HashSet::new();
        for k in probe_keys(reports[i].category.as_bytes(), &matters[i], &shingles[i]) {
            candidates.extend(index.get(&k).into_iter().flatten().copied());
        }
        candidates.remove(&i);
        score.candidates += candidates.len();
        for j in 0..reports.len() {
            if j <= i || reports[j].category != reports[i].category {
                continue;
            }
            let truth = reports[i].matter == reports[j].matter;
            let found = candidates.contains(&j)
                && assess(&matters[i], &shingles[i], &matters[j], &shingles[j]).is_some();
            if std::env::var_os("SHOW_ERRORS").is_some() && truth != found {
                let d = match (reports[i].location, reports[j].location) {
                    (Some(p), Some(q)) => {
                        format!("{:.0} m", minsheng_domain::similarity::haversine_m(p, q))
                    }
                    _ => "-".into(),
                };
                let t = minsheng_domain::similarity::jaccard(&shingles[i], &shingles[j]);
                println!(
                    "{} {d} J={t:.2}\n  {} | {}\n  {} | {}",
                    if truth { "MISSED" } else { "FALSE" },
                    reports[i].title,
                    reports[i].description,
                    reports[j].title,
                    reports[j].description
                );
            }
            match (truth, found) {
                (true, true) => score.tp += 1,
                (false, true) => score.fp += 1,
                (true, false) => score.fn_ += 1,
                _ => {}
            }
        }
    }
    score
}

fn check(name: &str, zh: bool) {
    let mut total = Score::default();
    for seed in [11, 23, 37] {
        let reports = city(seed, zh);
        let s = measure(&reports);
        total.tp += s.tp;
        total.fp += s.fp;
        total.fn_ += s.fn_;
        total.candidates += s.candidates;
    }
    let (p, r) = (total.precision(), total.recall());
    println!(
        "{name}: precision {p:.3}, recall {r:.3} ({} true pairs found, {} false, {} missed)",
        total.tp, total.fp, total.fn_
    );
    assert!(
        total.tp + total.fn_ > 300,
        "the labelled set has enough duplicate pairs"
    );
    assert!(p >= 0.9, "{name}: precision {p:.3} is below 0.9");
    assert!(r >= 0.8, "{name}: recall {r:.3} is below 0.8");
}

#[test]
fn chinese_suggestions_are_precise_and_find_most_duplicates() {
    check("zh-CN", true);
}

#[test]
fn english_suggestions_are_precise_and_find_most_duplicates() {
    check("en", false);
}
