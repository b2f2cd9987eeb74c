//! The business calendar (工作日历, SPEC §5): working periods per weekday, holidays and make-up
//! working days (调休), in one time zone. Every working-time deadline in Minsheng is computed here.
//!
//! Instants are UTC; the calendar turns each local working period into a UTC interval, so all the
//! arithmetic below walks a sorted sequence of UTC intervals. Local times that a daylight-saving
//! change makes ambiguous resolve to their earlier instant, and local times skipped by a change
//! resolve to the instant the clocks jump. Both mappings keep local order, so the intervals stay
//! sorted and non-overlapping, and a period that spans a change counts the time that really passed.

use chrono::{
    DateTime, Datelike, Duration, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Utc, Weekday,
};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;
use std::iter::successors;

/// How many days any search may look ahead (or back) before giving up: about ten years. A calendar
/// whose working days are all declared holidays must fail with [`CalendarError::BeyondHorizon`], not
/// loop.
pub const HORIZON_DAYS: usize = 3_660;

/// Why a calendar could not be built or could not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// No weekday has a working period, so no deadline could ever be reached.
    #[error("the calendar has no working time in its week")]
    NoWorkingTime,
    /// A working period must start before it ends, within one day.
    #[error("working period {start}–{end} must start before it ends")]
    InvalidPeriod { start: NaiveTime, end: NaiveTime },
    /// The periods of one weekday must be sorted and must not overlap.
    #[error("working periods on {weekday} overlap or are out of order")]
    OverlappingPeriods { weekday: Weekday },
    /// Not an IANA time zone name.
    #[error("unknown time zone `{0}`")]
    UnknownTimeZone(String),
    /// A date cannot be both a day off and a make-up working day.
    #[error("{0} is both a holiday and a make-up working day")]
    HolidayAndMakeupDay(NaiveDate),
    /// The answer lies further than [`HORIZON_DAYS`] away (or the calendar has no working day there).
    #[error("no answer within the calendar's horizon of {HORIZON_DAYS} days")]
    BeyondHorizon,
}

/// One stretch of working time within a day, in local time; serialized as `{"start": "09:00",
/// "end": "12:00"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct WorkingPeriod {
    #[serde(with = "hh_mm")]
    pub start: NaiveTime,
    #[serde(with = "hh_mm")]
    pub end: NaiveTime,
}

impl WorkingPeriod {
    /// A period from `start` to `end`; `start` must be before `end`.
    pub fn new(start: NaiveTime, end: NaiveTime) -> Result<Self, CalendarError> {
        if start < end {
            Ok(Self { start, end })
        } else {
            Err(CalendarError::InvalidPeriod { start, end })
        }
    }

    /// A period given as hours and minutes, e.g. `hm(9, 0, 12, 0)`.
    pub fn hm(start_h: u32, start_m: u32, end_h: u32, end_m: u32) -> Result<Self, CalendarError> {
        let time = |h, m| {
            NaiveTime::from_hms_opt(h, m, 0).ok_or(CalendarError::InvalidPeriod {
                start: NaiveTime::MIN,
                end: NaiveTime::MIN,
            })
        };
        Self::new(time(start_h, start_m)?, time(end_h, end_m)?)
    }

    /// How long the period lasts on an ordinary day (no daylight-saving change).
    pub fn duration(&self) -> Duration {
        self.end - self.start
    }
}

/// `NaiveTime` as `"HH:MM"` (or `"HH:MM:SS"` when it has seconds), the way people write office
/// hours.
mod hh_mm {
    use chrono::{NaiveTime, Timelike};
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        let text = if t.second() == 0 && t.nanosecond() == 0 {
            t.format("%H:%M").to_string()
        } else {
            t.format("%H:%M:%S%.f").to_string()
        };
        s.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        NaiveTime::parse_from_str(&text, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(&text, "%H:%M:%S%.f"))
            .map_err(|_| D::Error::custom(format!("`{text}` is not a time of day (HH:MM)")))
    }
}

/// A validated business calendar. Build one with [`BusinessCalendar::new`]; serialized as
/// `{"time_zone", "weekly": {"mon": [...], ...}, "holidays", "makeup_days"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessCalendar {
    tz: Tz,
    /// Monday first, as `Weekday::num_days_from_monday`.
    weekly: [Vec<WorkingPeriod>; 7],
    holidays: BTreeSet<NaiveDate>,
    makeup_days: BTreeSet<NaiveDate>,
}

/// One working period as UTC instants: `start < end`.
type Interval = (DateTime<Utc>, DateTime<Utc>);

impl BusinessCalendar {
    /// Validates and builds a calendar. Each weekday's periods must be sorted, non-overlapping and
    /// non-empty; the week must contain some working time; no date may be both a holiday and a
    /// make-up day.
    pub fn new(
        tz: &str,
        weekly: [Vec<WorkingPeriod>; 7],
        holidays: impl IntoIterator<Item = NaiveDate>,
        makeup_days: impl IntoIterator<Item = NaiveDate>,
    ) -> Result<Self, CalendarError> {
        let tz: Tz = tz
            .parse()
            .map_err(|_| CalendarError::UnknownTimeZone(tz.to_owned()))?;
        for (index, periods) in weekly.iter().enumerate() {
            for p in periods {
                WorkingPeriod::new(p.start, p.end)?;
            }
            if periods.windows(2).any(|w| w[0].end > w[1].start) {
                return Err(CalendarError::OverlappingPeriods {
                    weekday: weekday_from_index(index),
                });
            }
        }
        if weekly.iter().all(Vec::is_empty) {
            return Err(CalendarError::NoWorkingTime);
        }
        let holidays: BTreeSet<NaiveDate> = holidays.into_iter().collect();
        let makeup_days: BTreeSet<NaiveDate> = makeup_days.into_iter().collect();
        if let Some(both) = holidays.intersection(&makeup_days).next() {
            return Err(CalendarError::HolidayAndMakeupDay(*both));
        }
        Ok(Self {
            tz,
            weekly,
            holidays,
            makeup_days,
        })
    }

    /// Monday to Friday, 09:00–12:00 and 13:30–17:30 (SPEC §5); weekends off.
    pub fn default_weekly() -> [Vec<WorkingPeriod>; 7] {
        let day = vec![
            WorkingPeriod {
                start: hm(9, 0),
                end: hm(12, 0),
            },
            WorkingPeriod {
                start: hm(13, 30),
                end: hm(17, 30),
            },
        ];
        [
            day.clone(),
            day.clone(),
            day.clone(),
            day.clone(),
            day,
            Vec::new(),
            Vec::new(),
        ]
    }

    /// The official mainland China 2026 schedule (SPEC §5) in `Asia/Shanghai` with the default
    /// working hours. Demo data: a city replaces it through configuration.
    pub fn china_mainland_2026() -> Self {
        let holidays: &[(u32, u32, u32)] = &[
            (1, 1, 3),
            (2, 15, 23),
            (4, 4, 6),
            (5, 1, 5),
            (6, 19, 21),
            (9, 25, 27),
            (10, 1, 7),
        ];
        let makeup: &[(u32, u32)] = &[(1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10)];
        Self {
            tz: chrono_tz::Asia::Shanghai,
            weekly: Self::default_weekly(),
            holidays: holidays
                .iter()
                .flat_map(|&(m, from, to)| (from..=to).filter_map(move |d| ymd(2026, m, d)))
                .collect(),
            makeup_days: makeup
                .iter()
                .filter_map(|&(m, d)| ymd(2026, m, d))
                .collect(),
        }
    }

    /// The calendar's time zone; deadlines are shown in it.
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// Working periods per weekday, Monday first.
    pub fn weekly(&self) -> &[Vec<WorkingPeriod>; 7] {
        &self.weekly
    }

    /// Dates that are days off whatever their weekday.
    pub fn holidays(&self) -> &BTreeSet<NaiveDate> {
        &self.holidays
    }

    /// Weekend dates that are working days because a holiday was moved (调休).
    pub fn makeup_days(&self) -> &BTreeSet<NaiveDate> {
        &self.makeup_days
    }

    /// Whether the local date `d` has working time: holidays are off, make-up days are on.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !self.periods_on(d).is_empty()
    }

    /// The working periods of the local date `d`. A make-up day works Monday's hours, or the first
    /// weekday that has any if Monday has none.
    pub fn periods_on(&self, d: NaiveDate) -> &[WorkingPeriod] {
        if self.holidays.contains(&d) {
            &[]
        } else if self.makeup_days.contains(&d) {
            self.weekly
                .iter()
                .find(|p| !p.is_empty())
                .map_or(&[], Vec::as_slice)
        } else {
            &self.weekly[d.weekday().num_days_from_monday() as usize]
        }
    }

    /// Whether `t` lies inside a working period (start included, end excluded).
    pub fn is_working_time(&self, t: DateTime<Utc>) -> bool {
        let date = self.local_date(t);
        days_forward(date.pred_opt().unwrap_or(date))
            .take(3)
            .flat_map(|d| self.intervals(d))
            .any(|(s, e)| s <= t && t < e)
    }

    /// `t` itself if it is inside working time, otherwise the start of the next working period.
    /// This is where a clock that starts at `t` really starts.
    pub fn next_working_instant(&self, t: DateTime<Utc>) -> Result<DateTime<Utc>, CalendarError> {
        self.intervals_from(t)
            .map(|(_, (s, _))| s.max(t))
            .next()
            .ok_or(CalendarError::BeyondHorizon)
    }

    /// The instant at which `d` of working time has passed since `t`. A clock that starts outside
    /// working time starts at the next working period. A deadline that falls exactly at the end of
    /// a period is that period end, never the start of the next one. `d == 0` returns `t`; a
    /// negative `d` counts back, as [`BusinessCalendar::sub_working`].
    pub fn add_working(
        &self,
        t: DateTime<Utc>,
        d: Duration,
    ) -> Result<DateTime<Utc>, CalendarError> {
        if d < Duration::zero() {
            return self.sub_working(t, -d);
        }
        if d.is_zero() {
            return Ok(t);
        }
        let mut left = d;
        // Whole intervals are consumed at once, so a long duration costs a step per working period,
        // not per minute.
        for (_, (s, e)) in self.intervals_from(t) {
            let from = s.max(t);
            let available = e - from;
            if left <= available {
                return Ok(from + left);
            }
            left -= available;
        }
        Err(CalendarError::BeyondHorizon)
    }

    /// The latest instant `u` such that `d` of working time lies between `u` and `t`: the mirror of
    /// [`BusinessCalendar::add_working`]. Used to place a warning some working time before a
    /// deadline. `d == 0` returns `t`; a negative `d` counts forward.
    pub fn sub_working(
        &self,
        t: DateTime<Utc>,
        d: Duration,
    ) -> Result<DateTime<Utc>, CalendarError> {
        if d < Duration::zero() {
            return self.add_working(t, -d);
        }
        if d.is_zero() {
            return Ok(t);
        }
        let mut left = d;
        for (_, (s, e)) in self.intervals_before(t) {
            let to = e.min(t);
            let available = to - s;
            if left <= available {
                return Ok(to - left);
            }
            left -= available;
        }
        Err(CalendarError::BeyondHorizon)
    }

    /// The working time between `a` and `b`; zero if `b <= a`.
    pub fn working_between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> Duration {
        if b <= a {
            return Duration::zero();
        }
        let first = self.local_date(a);
        let last = self.local_date(b).succ_opt().unwrap_or(NaiveDate::MAX);
        days_forward(first.pred_opt().unwrap_or(first))
            .take_while(|d| *d <= last)
            .flat_map(|d| self.intervals(d))
            .map(|(s, e)| {
                let overlap = e.min(b) - s.max(a);
                overlap.max(Duration::zero())
            })
            .fold(Duration::zero(), |sum, x| sum + x)
    }

    /// `n` whole working days after `t`: the same position within the working day, on the `n`th
    /// following working day. A clock that starts outside working time starts at the next working
    /// period, so `n` working days from after hours end at the close of the `n`th working day
    /// (equivalently: a start at the opening of a day counts that day as the first). If the target
    /// day is shorter than the position, the deadline is that day's close.
    pub fn add_working_days(
        &self,
        t: DateTime<Utc>,
        n: u32,
    ) -> Result<DateTime<Utc>, CalendarError> {
        if n == 0 {
            return Ok(t);
        }
        let (day0, (s, _)) = self
            .intervals_from(t)
            .next()
            .ok_or(CalendarError::BeyondHorizon)?;
        let start = s.max(t);
        let position = self.position_in_day(day0, start);
        let n = n as usize;
        if position.is_zero() {
            // Opening of day0 is the close of the day before: day0 is the first of the n days.
            let day = self.nth_working_day(day0, n - 1, Direction::Forward)?;
            self.day_close(day)
        } else {
            let day = self.nth_working_day(day0, n, Direction::Forward)?;
            self.at_position(day, position)
        }
    }

    /// `n` whole working days before `t`: the same position within the working day on the `n`th
    /// preceding working day, the mirror of [`BusinessCalendar::add_working_days`]. The close of a
    /// day maps to the close of the earlier day.
    pub fn sub_working_days(
        &self,
        t: DateTime<Utc>,
        n: u32,
    ) -> Result<DateTime<Utc>, CalendarError> {
        if n == 0 {
            return Ok(t);
        }
        let (day0, (_, e)) = self
            .intervals_before(t)
            .next()
            .ok_or(CalendarError::BeyondHorizon)?;
        let end = e.min(t);
        let position = self.position_in_day(day0, end);
        let day = self.nth_working_day(day0, n as usize, Direction::Back)?;
        if position == self.day_length(day0) {
            self.day_close(day)
        } else {
            self.at_position(day, position)
        }
    }

    /// The working time of the local date `d`, as really elapsed (a daylight-saving change inside a
    /// period lengthens or shortens it).
    pub fn day_length(&self, d: NaiveDate) -> Duration {
        self.intervals(d)
            .fold(Duration::zero(), |sum, (s, e)| sum + (e - s))
    }

    // ---- internals -------------------------------------------------------------------------

    fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.tz).date_naive()
    }

    /// The instant of a local wall-clock time; see the module docs for ambiguous and skipped times.
    fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        match self.tz.from_local_datetime(&local) {
            MappedLocalTime::Single(t) => t.with_timezone(&Utc),
            MappedLocalTime::Ambiguous(earliest, _) => earliest.with_timezone(&Utc),
            MappedLocalTime::None => self.gap_end(local),
        }
    }

    /// For a local time skipped by a clock change, the instant the clocks jumped: the first instant
    /// whose local time is not before `local`. Found by bisection over whole seconds, because
    /// chrono-tz does not expose transitions; offsets lie within −12h..+14h, which bounds the search.
    fn gap_end(&self, local: NaiveDateTime) -> DateTime<Utc> {
        let guess = local.and_utc().timestamp();
        let (mut lo, mut hi) = (guess - 15 * 3600, guess + 13 * 3600);
        let reached = |secs: i64| {
            DateTime::from_timestamp(secs, 0)
                .is_some_and(|u| u.with_timezone(&self.tz).naive_local() >= local)
        };
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if reached(mid) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        DateTime::from_timestamp(hi, 0).unwrap_or_else(|| local.and_utc())
    }

    /// The non-empty UTC intervals of the local date `d`, in order.
    fn intervals(&self, d: NaiveDate) -> impl DoubleEndedIterator<Item = Interval> + '_ {
        self.periods_on(d).iter().filter_map(move |p| {
            let s = self.to_utc(d.and_time(p.start));
            let e = self.to_utc(d.and_time(p.end));
            (e > s).then_some((s, e))
        })
    }

    /// Intervals that end after `t`, in order, with their local date, up to the horizon. Starts a
    /// day early so that no interval is missed around a clock change at midnight.
    fn intervals_from(&self, t: DateTime<Utc>) -> impl Iterator<Item = (NaiveDate, Interval)> + '_ {
        let date = self.local_date(t);
        days_forward(date.pred_opt().unwrap_or(date))
            .take(HORIZON_DAYS)
            .flat_map(move |d| self.intervals(d).map(move |i| (d, i)))
            .filter(move |(_, (_, e))| *e > t)
    }

    /// Intervals that start before `t`, latest first, with their local date, up to the horizon.
    fn intervals_before(
        &self,
        t: DateTime<Utc>,
    ) -> impl Iterator<Item = (NaiveDate, Interval)> + '_ {
        let date = self.local_date(t);
        days_back(date.succ_opt().unwrap_or(date))
            .take(HORIZON_DAYS)
            .flat_map(move |d| self.intervals(d).rev().map(move |i| (d, i)))
            .filter(move |(_, (s, _))| *s < t)
    }

    /// Working time on day `d` before the instant `t`.
    fn position_in_day(&self, d: NaiveDate, t: DateTime<Utc>) -> Duration {
        self.intervals(d)
            .map(|(s, e)| (e.min(t) - s).max(Duration::zero()))
            .fold(Duration::zero(), |sum, x| sum + x)
    }

    /// The instant at working position `p` of day `d`, or the day's close if the day is shorter.
    fn at_position(&self, d: NaiveDate, p: Duration) -> Result<DateTime<Utc>, CalendarError> {
        let mut left = p;
        let mut close = None;
        for (s, e) in self.intervals(d) {
            if left <= e - s {
                return Ok(s + left);
            }
            left -= e - s;
            close = Some(e);
        }
        close.ok_or(CalendarError::BeyondHorizon)
    }

    /// The end of the last working period of day `d`.
    fn day_close(&self, d: NaiveDate) -> Result<DateTime<Utc>, CalendarError> {
        self.intervals(d)
            .next_back()
            .map(|(_, e)| e)
            .ok_or(CalendarError::BeyondHorizon)
    }

    /// The `n`th working day after (or before) `d`; `n == 0` is `d` itself.
    fn nth_working_day(
        &self,
        d: NaiveDate,
        n: usize,
        direction: Direction,
    ) -> Result<NaiveDate, CalendarError> {
        if n == 0 {
            return Ok(d);
        }
        let days: Box<dyn Iterator<Item = NaiveDate>> = match direction {
            Direction::Forward => Box::new(days_forward(d)),
            Direction::Back => Box::new(days_back(d)),
        };
        days.skip(1)
            .take(HORIZON_DAYS)
            .filter(|day| self.intervals(*day).next().is_some())
            .nth(n - 1)
            .ok_or(CalendarError::BeyondHorizon)
    }
}

#[derive(Clone, Copy)]
enum Direction {
    Forward,
    Back,
}

fn days_forward(from: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    successors(Some(from), |d| d.succ_opt())
}

fn days_back(from: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    successors(Some(from), |d| d.pred_opt())
}

fn weekday_from_index(index: usize) -> Weekday {
    const DAYS: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    DAYS[index % 7]
}

/// A constant time of day; only called with valid literals.
fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The stored form of a calendar: what an admin edits.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarConfig {
    time_zone: String,
    weekly: WeeklyConfig,
    #[serde(default)]
    holidays: Vec<NaiveDate>,
    #[serde(default)]
    makeup_days: Vec<NaiveDate>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WeeklyConfig {
    #[serde(default)]
    mon: Vec<WorkingPeriod>,
    #[serde(default)]
    tue: Vec<WorkingPeriod>,
    #[serde(default)]
    wed: Vec<WorkingPeriod>,
    #[serde(default)]
    thu: Vec<WorkingPeriod>,
    #[serde(default)]
    fri: Vec<WorkingPeriod>,
    #[serde(default)]
    sat: Vec<WorkingPeriod>,
    #[serde(default)]
    sun: Vec<WorkingPeriod>,
}

impl Serialize for BusinessCalendar {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let [mon, tue, wed, thu, fri, sat, sun] = self.weekly.clone();
        CalendarConfig {
            time_zone: self.tz.name().to_owned(),
            weekly: WeeklyConfig {
                mon,
                tue,
                wed,
                thu,
                fri,
                sat,
                sun,
            },
            holidays: self.holidays.iter().copied().collect(),
            makeup_days: self.makeup_days.iter().copied().collect(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for BusinessCalendar {
    /// Deserializing validates exactly as [`BusinessCalendar::new`] does.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let c = CalendarConfig::deserialize(d)?;
        let w = c.weekly;
        BusinessCalendar::new(
            &c.time_zone,
            [w.mon, w.tue, w.wed, w.thu, w.fri, w.sat, w.sun],
            c.holidays,
            c.makeup_days,
        )
        .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cal() -> BusinessCalendar {
        BusinessCalendar::china_mainland_2026()
    }

    /// A Shanghai wall-clock time as a UTC instant.
    fn sh(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        chrono_tz::Asia::Shanghai
            .with_ymd_and_hms(y, mo, d, h, mi, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn hours(h: i64) -> Duration {
        Duration::hours(h)
    }

    /// Inside a period, or exactly at a period end: where a deadline may land.
    fn is_deadline_position(c: &BusinessCalendar, t: DateTime<Utc>) -> bool {
        let d = c.local_date(t);
        days_forward(d.pred_opt().unwrap())
            .take(3)
            .flat_map(|d| c.intervals(d))
            .any(|(s, e)| s <= t && t <= e)
    }

    #[test]
    fn the_2026_schedule() {
        let c = cal();
        assert_eq!(c.tz(), chrono_tz::Asia::Shanghai);
        assert_eq!(c.holidays().len(), 3 + 9 + 3 + 5 + 3 + 3 + 7);
        assert_eq!(c.makeup_days().len(), 6);
        assert!(!c.is_working_day(date(2026, 1, 1)));
        assert!(
            c.is_working_day(date(2026, 1, 4)),
            "Sun 4 Jan is a make-up day"
        );
        assert!(
            c.is_working_day(date(2026, 10, 10)),
            "Sat 10 Oct is a make-up day"
        );
        assert!(!c.is_working_day(date(2026, 10, 11)), "an ordinary Sunday");
        assert!(
            !c.is_working_day(date(2026, 2, 23)),
            "Mon 23 Feb is a holiday"
        );
        assert!(c.is_working_day(date(2026, 2, 24)));
        assert_eq!(c.periods_on(date(2026, 2, 14)), &c.weekly()[0][..]);
        assert_eq!(c.day_length(date(2026, 3, 9)), hours(7));
    }

    #[test]
    fn three_working_days_from_after_hours_before_national_day() {
        // Dispatched Wed 30 Sep 19:00: 1–7 Oct are off, so the clock starts Thu 8 Oct 09:00 and
        // three whole working days are Thu 8, Fri 9 and Sat 10 Oct (make-up day).
        let c = cal();
        let due = c.add_working_days(sh(2026, 9, 30, 19, 0), 3).unwrap();
        assert_eq!(due, sh(2026, 10, 10, 17, 30));
        assert_eq!(due, utc(2026, 10, 10, 9, 30));
        // The same in working hours: 3 × 7h.
        assert_eq!(
            c.add_working(sh(2026, 9, 30, 19, 0), hours(21)).unwrap(),
            due
        );
    }

    #[test]
    fn one_working_day_from_friday_lands_on_the_makeup_saturday() {
        let c = cal();
        let due = c.add_working_days(sh(2026, 2, 13, 16, 0), 1).unwrap();
        assert_eq!(due, sh(2026, 2, 14, 16, 0));
        // Two working days jump the Spring Festival: 15–23 Feb are off.
        let due = c.add_working_days(sh(2026, 2, 13, 16, 0), 2).unwrap();
        assert_eq!(due, sh(2026, 2, 24, 16, 0));
    }

    #[test]
    fn friday_evening_plus_two_working_hours_is_monday_morning() {
        // Fri 6 Mar 17:00: half an hour left on Friday, then 1h30 on Monday 9 Mar.
        let c = cal();
        let due = c.add_working(sh(2026, 3, 6, 17, 0), hours(2)).unwrap();
        assert_eq!(due, sh(2026, 3, 9, 10, 30));
        assert_eq!(c.working_between(sh(2026, 3, 6, 17, 0), due), hours(2));
    }

    #[test]
    fn lunch_break_is_skipped() {
        let c = cal();
        assert_eq!(
            c.add_working(sh(2026, 3, 9, 11, 0), hours(2)).unwrap(),
            sh(2026, 3, 9, 14, 30)
        );
        // Starting during lunch, the clock starts at 13:30.
        assert_eq!(
            c.next_working_instant(sh(2026, 3, 9, 12, 30)).unwrap(),
            sh(2026, 3, 9, 13, 30)
        );
        assert_eq!(
            c.add_working(sh(2026, 3, 9, 12, 30), hours(1)).unwrap(),
            sh(2026, 3, 9, 14, 30)
        );
        assert_eq!(
            c.working_between(sh(2026, 3, 9, 11, 0), sh(2026, 3, 9, 14, 0)),
            Duration::minutes(90)
        );
    }

    #[test]
    fn a_deadline_at_a_period_end_stays_there() {
        let c = cal();
        assert_eq!(
            c.add_working(sh(2026, 3, 9, 9, 0), hours(3)).unwrap(),
            sh(2026, 3, 9, 12, 0)
        );
        assert_eq!(
            c.add_working(sh(2026, 3, 9, 9, 0), hours(7)).unwrap(),
            sh(2026, 3, 9, 17, 30)
        );
        // A period end is not working time: a clock starting there waits for the next period.
        assert!(!c.is_working_time(sh(2026, 3, 9, 12, 0)));
        assert!(c.is_working_time(sh(2026, 3, 9, 13, 30)));
    }

    #[test]
    fn a_holiday_start_waits_for_the_makeup_sunday() {
        let c = cal();
        let start = sh(2026, 1, 2, 10, 0);
        assert_eq!(c.next_working_instant(start).unwrap(), sh(2026, 1, 4, 9, 0));
        assert_eq!(
            c.add_working(start, hours(1)).unwrap(),
            sh(2026, 1, 4, 10, 0)
        );
        // Inside working time the clock starts at once.
        let inside = sh(2026, 1, 5, 10, 15);
        assert_eq!(c.next_working_instant(inside).unwrap(), inside);
    }

    #[test]
    fn working_days_keep_the_position_in_the_day() {
        let c = cal();
        assert_eq!(
            c.add_working_days(sh(2026, 3, 9, 10, 0), 1).unwrap(),
            sh(2026, 3, 10, 10, 0)
        );
        // Thu 30 Apr + 1: Labour Day holidays 1–5 May, so Wed 6 May.
        assert_eq!(
            c.add_working_days(sh(2026, 4, 30, 10, 0), 1).unwrap(),
            sh(2026, 5, 6, 10, 0)
        );
        // From the opening of a day, that day is the first of the n days.
        assert_eq!(
            c.add_working_days(sh(2026, 3, 9, 9, 0), 1).unwrap(),
            sh(2026, 3, 9, 17, 30)
        );
        // From lunch: position 3h, so the next day's 12:00.
        assert_eq!(
            c.add_working_days(sh(2026, 3, 9, 12, 45), 1).unwrap(),
            sh(2026, 3, 10, 12, 0)
        );
        assert_eq!(
            c.add_working_days(sh(2026, 3, 9, 22, 0), 0).unwrap(),
            sh(2026, 3, 9, 22, 0)
        );
    }

    #[test]
    fn counting_back() {
        let c = cal();
        assert_eq!(
            c.sub_working_days(sh(2026, 10, 10, 17, 30), 1).unwrap(),
            sh(2026, 10, 9, 17, 30)
        );
        assert_eq!(
            c.sub_working_days(sh(2026, 10, 8, 10, 0), 1).unwrap(),
            sh(2026, 9, 30, 10, 0)
        );
        // Mon 9 Mar 10:00 back 2 working hours: 1h on Monday, then Fri 6 Mar from 17:30.
        assert_eq!(
            c.sub_working(sh(2026, 3, 9, 10, 0), hours(2)).unwrap(),
            sh(2026, 3, 6, 16, 30)
        );
        assert_eq!(
            c.add_working(sh(2026, 3, 9, 10, 0), -hours(2)).unwrap(),
            sh(2026, 3, 6, 16, 30)
        );
    }

    #[test]
    fn validation() {
        let w = BusinessCalendar::default_weekly;
        let none: [NaiveDate; 0] = [];
        assert_eq!(
            BusinessCalendar::new("Mars/Olympus", w(), none, none),
            Err(CalendarError::UnknownTimeZone("Mars/Olympus".into()))
        );
        let mut overlapping = w();
        overlapping[2] = vec![
            WorkingPeriod::hm(9, 0, 12, 0).unwrap(),
            WorkingPeriod::hm(11, 0, 13, 0).unwrap(),
        ];
        assert_eq!(
            BusinessCalendar::new("Asia/Shanghai", overlapping, none, none),
            Err(CalendarError::OverlappingPeriods {
                weekday: Weekday::Wed
            })
        );
        let mut unsorted = w();
        unsorted[0].reverse();
        assert!(BusinessCalendar::new("Asia/Shanghai", unsorted, none, none).is_err());
        let mut backwards = w();
        backwards[0] = vec![WorkingPeriod {
            start: hm(12, 0),
            end: hm(9, 0),
        }];
        assert!(matches!(
            BusinessCalendar::new("Asia/Shanghai", backwards, none, none),
            Err(CalendarError::InvalidPeriod { .. })
        ));
        assert!(WorkingPeriod::hm(9, 0, 9, 0).is_err());
        assert!(WorkingPeriod::hm(25, 0, 26, 0).is_err());
        assert_eq!(
            BusinessCalendar::new("Asia/Shanghai", Default::default(), none, none),
            Err(CalendarError::NoWorkingTime)
        );
        let d = date(2026, 10, 10);
        assert_eq!(
            BusinessCalendar::new("Asia/Shanghai", w(), [d], [d]),
            Err(CalendarError::HolidayAndMakeupDay(d))
        );
    }

    #[test]
    fn a_calendar_of_holidays_gives_up_instead_of_looping() {
        // Only Mondays work, and every Monday from 2016 to 2040 is a holiday.
        let mut weekly: [Vec<WorkingPeriod>; 7] = Default::default();
        weekly[0] = vec![WorkingPeriod::hm(9, 0, 17, 0).unwrap()];
        let mondays = days_forward(date(2016, 1, 4)).step_by(7).take(52 * 25);
        let c = BusinessCalendar::new("Asia/Shanghai", weekly, mondays, []).unwrap();
        let t = sh(2026, 1, 1, 0, 0);
        assert_eq!(c.next_working_instant(t), Err(CalendarError::BeyondHorizon));
        assert_eq!(
            c.add_working(t, hours(1)),
            Err(CalendarError::BeyondHorizon)
        );
        assert_eq!(c.add_working_days(t, 1), Err(CalendarError::BeyondHorizon));
        assert_eq!(
            c.sub_working(sh(2030, 1, 1, 0, 0), hours(1)),
            Err(CalendarError::BeyondHorizon)
        );
        assert_eq!(c.working_between(t, sh(2030, 1, 1, 0, 0)), Duration::zero());
    }

    #[test]
    fn daylight_saving_counts_the_time_that_really_passes() {
        // Europe/London: clocks go forward at 01:00 GMT on Sun 29 Mar 2026, back at 01:00 GMT on
        // Sun 25 Oct 2026. A Sunday period 00:30–03:00 lasts 1h30 then, and 3h30 in October.
        let mut weekly: [Vec<WorkingPeriod>; 7] = Default::default();
        weekly[6] = vec![WorkingPeriod::hm(0, 30, 3, 0).unwrap()];
        let c = BusinessCalendar::new("Europe/London", weekly, [], []).unwrap();
        assert_eq!(c.day_length(date(2026, 3, 29)), Duration::minutes(90));
        assert_eq!(c.day_length(date(2026, 10, 25)), Duration::minutes(210));
        assert_eq!(c.day_length(date(2026, 6, 7)), Duration::minutes(150));
        // One hour in from 00:30 GMT in March is 01:30 GMT = 02:30 BST.
        assert_eq!(
            c.add_working(utc(2026, 3, 29, 0, 0), hours(1)).unwrap(),
            utc(2026, 3, 29, 1, 30)
        );
        // A period that starts inside the skipped hour starts when the clocks jump.
        let mut weekly: [Vec<WorkingPeriod>; 7] = Default::default();
        weekly[6] = vec![WorkingPeriod::hm(1, 30, 4, 0).unwrap()];
        let c = BusinessCalendar::new("Europe/London", weekly, [], []).unwrap();
        assert_eq!(
            c.next_working_instant(utc(2026, 3, 28, 12, 0)).unwrap(),
            utc(2026, 3, 29, 1, 0)
        );
        assert_eq!(c.day_length(date(2026, 3, 29)), Duration::minutes(120));
    }

    #[test]
    fn working_period_serde_uses_hh_mm() {
        let p = WorkingPeriod::hm(13, 30, 17, 30).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, r#"{"start":"13:30","end":"17:30"}"#);
        assert_eq!(serde_json::from_str::<WorkingPeriod>(&json).unwrap(), p);
        assert!(serde_json::from_str::<WorkingPeriod>(r#"{"start":"9h","end":"17:30"}"#).is_err());
    }

    #[test]
    fn calendar_serde_round_trips_and_validates() {
        let c = cal();
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["time_zone"], "Asia/Shanghai");
        assert_eq!(json["weekly"]["mon"][0]["start"], "09:00");
        assert_eq!(json["makeup_days"][0], "2026-01-04");
        let back: BusinessCalendar = serde_json::from_value(json).unwrap();
        assert_eq!(back, c);
        let empty = serde_json::json!({"time_zone": "Asia/Shanghai", "weekly": {}});
        let err = serde_json::from_value::<BusinessCalendar>(empty).unwrap_err();
        assert!(err.to_string().contains("no working time"), "{err}");
    }

    // ---- properties ---------------------------------------------------------------------------

    const ZONES: &[&str] = &[
        "Asia/Shanghai",
        "Europe/London",
        "America/New_York",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "UTC",
    ];

    /// Instants in 2025–2027: on a quarter-hour grid half the time, so that period boundaries are
    /// hit often, otherwise to the second.
    fn instant() -> impl Strategy<Value = DateTime<Utc>> {
        let from = utc(2025, 1, 1, 0, 0).timestamp();
        let to = utc(2028, 1, 1, 0, 0).timestamp();
        prop_oneof![
            (0..(to - from) / 900).prop_map(move |q| from + q * 900),
            from..to,
        ]
        .prop_map(|secs| DateTime::from_timestamp(secs, 0).unwrap())
    }

    /// Up to `max_minutes`, on a quarter-hour grid half the time.
    fn minutes(max_minutes: i64) -> impl Strategy<Value = Duration> {
        prop_oneof![
            (0..=max_minutes / 15).prop_map(|q| Duration::minutes(q * 15)),
            (0..=max_minutes).prop_map(Duration::minutes),
        ]
    }

    /// A weekday's periods from sorted, distinct quarter-hour boundaries taken in pairs.
    fn day_periods() -> impl Strategy<Value = Vec<WorkingPeriod>> {
        proptest::collection::btree_set(0u32..96, 0..=6).prop_map(|marks| {
            let marks: Vec<u32> = marks.into_iter().collect();
            marks
                .chunks_exact(2)
                .map(|w| WorkingPeriod {
                    start: hm(w[0] / 4, w[0] % 4 * 15),
                    end: if w[1] == 95 {
                        NaiveTime::from_hms_opt(23, 59, 59).unwrap()
                    } else {
                        hm(w[1] / 4, w[1] % 4 * 15)
                    },
                })
                .collect()
        })
    }

    fn random_calendar() -> impl Strategy<Value = BusinessCalendar> {
        let days_2025_2027 = 0u64..1095;
        (
            proptest::sample::select(ZONES),
            proptest::array::uniform7(day_periods()),
            proptest::collection::vec(days_2025_2027.clone(), 0..60),
            proptest::collection::vec(days_2025_2027, 0..12),
        )
            .prop_filter("the week needs working time", |(_, w, _, _)| {
                w.iter().any(|d| !d.is_empty())
            })
            .prop_map(|(tz, weekly, holidays, makeup)| {
                let base = date(2025, 1, 1);
                let day = |n: u64| base.checked_add_days(chrono::Days::new(n)).unwrap();
                let holidays: BTreeSet<NaiveDate> = holidays.into_iter().map(day).collect();
                let makeup: Vec<NaiveDate> = makeup
                    .into_iter()
                    .map(day)
                    .filter(|d| !holidays.contains(d))
                    .collect();
                BusinessCalendar::new(tz, weekly, holidays, makeup).unwrap()
            })
    }

    /// Working minutes in an ordinary week of `c`, to scale durations to the calendar.
    fn weekly_minutes(c: &BusinessCalendar) -> i64 {
        c.weekly()
            .iter()
            .flatten()
            .map(|p| p.duration().num_minutes())
            .sum()
    }

    /// Properties (a)–(c) for one calendar, instant and pair of durations.
    fn check_arithmetic(
        c: &BusinessCalendar,
        t: DateTime<Utc>,
        a: Duration,
        b: Duration,
    ) -> Result<(), TestCaseError> {
        let Ok(ab) = c.add_working(t, a + b) else {
            // Beyond the horizon from t; nothing to compare.
            return Ok(());
        };
        let ta = c.add_working(t, a).unwrap();
        // (a) additive, and monotonic in the duration.
        prop_assert_eq!(c.add_working(ta, b).unwrap(), ab);
        prop_assert!(t <= ta && ta <= ab);
        // (b) the working time to a deadline is the duration asked for.
        prop_assert_eq!(c.working_between(t, ta), a);
        prop_assert_eq!(c.working_between(t, ab), a + b);
        // (c) a deadline lands inside working time or exactly at a period end.
        if a > Duration::zero() {
            prop_assert!(is_deadline_position(c, ta), "{ta} from {t} + {a}");
        }
        // Counting back undoes counting forward, in working time.
        let back = c.sub_working(ab, b).unwrap();
        prop_assert_eq!(c.working_between(back, ab), b);
        prop_assert!(back >= ta && c.working_between(ta, back).is_zero());
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn prop_2026_arithmetic(t in instant(), a in minutes(40 * 420), b in minutes(40 * 420)) {
            check_arithmetic(&cal(), t, a, b)?;
        }

        #[test]
        fn prop_random_calendar_arithmetic(
            c in random_calendar(),
            t in instant(),
            fa in 0.0f64..=1.0,
            fb in 0.0f64..=1.0,
        ) {
            // Up to about eight weeks of this calendar's working time in total.
            let week = weekly_minutes(&c);
            let a = Duration::minutes((fa * 4.0 * week as f64) as i64);
            let b = Duration::minutes((fb * 4.0 * week as f64) as i64);
            check_arithmetic(&c, t, a, b)?;
        }

        #[test]
        fn prop_2026_working_days_are_seven_hour_days(t in instant(), n in 0u32..40) {
            // Every working day of the 2026 calendar has 7 hours, so n working days is 7n hours.
            let c = cal();
            let due = c.add_working_days(t, n).unwrap();
            prop_assert_eq!(due, c.add_working(t, hours(7 * i64::from(n))).unwrap());
            if n > 0 {
                prop_assert!(is_deadline_position(&c, due));
            }
        }

        #[test]
        fn prop_random_calendar_working_days(
            c in random_calendar(),
            t in instant(),
            n in 1u32..15,
        ) {
            // Whole working days land where a deadline may, and one more day is always later.
            if let (Ok(due), Ok(next)) = (c.add_working_days(t, n), c.add_working_days(t, n + 1)) {
                prop_assert!(is_deadline_position(&c, due), "{due} from {t} + {n} days");
                prop_assert!(t < due && due < next);
                prop_assert!(c.working_between(t, due) > Duration::zero());
            }
        }

        #[test]
        fn prop_no_working_time_is_refused(
            tz in proptest::sample::select(ZONES),
            holidays in proptest::collection::vec(0u64..1095, 0..5),
            makeup in proptest::collection::vec(1095u64..2000, 0..5),
        ) {
            // (d) make-up days borrow a weekday's hours; with none, the calendar is refused.
            let base = date(2025, 1, 1);
            let day = |n: u64| base.checked_add_days(chrono::Days::new(n)).unwrap();
            prop_assert_eq!(
                BusinessCalendar::new(
                    tz,
                    Default::default(),
                    holidays.into_iter().map(day),
                    makeup.into_iter().map(day),
                ),
                Err(CalendarError::NoWorkingTime)
            );
        }
    }
}
