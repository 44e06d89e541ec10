/** Numbers as a learner reads them: "45 s", "2 min 5 s", "1 h 0 min". */
export function seconds(value: number): string {
  const s = Math.round(value);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 === 0 ? '' : ` ${s % 60} s`}`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}

export function ms(value: number): string {
  return value < 1000 ? `${value} ms` : seconds(value / 1000);
}

/** Virtual time since the world began, as a clock: "+01:02.345". */
export function clock(at: number, start: number): string {
  const total = at - start;
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const milli = total % 1000;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `+${h > 0 ? `${h}:` : ''}${pad(m)}:${pad(s)}.${pad(milli, 3)}`;
}

export const label = (n: number) => `m-${n}`;

export const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
