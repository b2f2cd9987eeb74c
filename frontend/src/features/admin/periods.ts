/** Working periods as people type them: "09:00-12:00, 13:30-17:30"; empty for a day off. */
export interface Period {
  start: string;
  end: string;
}

export function formatPeriods(periods: readonly Period[]): string {
  return periods.map((p) => `${p.start}-${p.end}`).join(', ');
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The periods in `text`, or null when it cannot be read or a period ends before it starts. */
export function parsePeriods(text: string): Period[] | null {
  const parts = text
    .split(/[,，;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: Period[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2}:\d{2})\s*[-–~至]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) return null;
    const [start, end] = [m[1].padStart(5, '0'), m[2].padStart(5, '0')];
    if (!TIME.test(start) || !TIME.test(end) || start >= end) return null;
    out.push({ start, end });
  }
  return out;
}
