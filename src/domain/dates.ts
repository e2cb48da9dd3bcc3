// Vietnamese date and time wording per Decree 30 (PL I §II.4): pad days < 10 and months 1–2 only.

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

export function parseIso(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** "thứ Ba" for 2024-07-23 (a calendar date has no time zone) */
export function weekdayVi(iso: string): string {
  const { y, m, d } = parseIso(iso);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

export const WEEKDAY_NAMES = WEEKDAYS;

/** "ngày 05 tháng 3 năm 2024" */
export function fullDateVi(iso: string): string {
  const { y, m, d } = parseIso(iso);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "16/5/2016" (short form used in citations) with the same padding rule */
export function shortDateVi(iso: string): string {
  const { y, m, d } = parseIso(iso);
  return `${d < 10 ? `0${d}` : d}/${m <= 2 ? `0${m}` : m}/${y}`;
}

/** "08 giờ 30 phút" */
export function timeVi(hhmm: string): string {
  const [h, mi] = hhmm.split(':').map(Number);
  return `${String(h).padStart(2, '0')} giờ ${String(mi).padStart(2, '0')} phút`;
}

/** minutes since midnight of "HH:MM" (for comparing a start and an end) */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
