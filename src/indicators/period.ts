/**
 * Reporting periods of the indicator framework (docs/indicators.md §1 "Periods"): a year, a half
 * year, a quarter or a month. Parsing the forms coordinators type, ordering, end dates, days
 * between period ends (the straight-line trajectory counts days), the period just before (change)
 * and roll-up to a coarser type (`--per`). Hand-written: the forms are this contract's own
 * (2026-K1 is Dutch "kwartaal"), no date library knows them.
 *
 * Reference: the period types follow DHIS2's (yearly, six-monthly, quarterly, monthly).
 *
 * @example parsePeriod("2026 K1") // { type: "kwartaal", year: 2026, index: 1 }
 * @example periodLabel(parsePeriod("2026-q3")!) // "2026-Q3"
 * @example isoDate(periodEnd(parsePeriod("2026-Q1")!)) // "2026-03-31"
 */
import type { CellValue } from "../analysis/grid";

/** Period types from coarse to fine (the `--per` values). */
export type PeriodType = "jaar" | "halfjaar" | "kwartaal" | "maand";

export const PERIOD_TYPES: readonly PeriodType[] = ["jaar", "halfjaar", "kwartaal", "maand"];

const MONTHS: Record<PeriodType, number> = { jaar: 12, halfjaar: 6, kwartaal: 3, maand: 1 };

export interface Period {
  type: PeriodType;
  year: number;
  /** 1-based position within the year (1 for a year; 1–2 halves; 1–4 quarters; 1–12 months). */
  index: number;
}

/** 0 for jaar … 3 for maand: a larger rank is a finer period. */
export function periodRank(type: PeriodType): number {
  return PERIOD_TYPES.indexOf(type);
}

/** Parses a `--per` value (Dutch or English). @example parsePeriodType("quarter") // "kwartaal" */
export function parsePeriodType(text: string): PeriodType | null {
  const key = text.trim().toLowerCase();
  const aliases: Record<string, PeriodType> = {
    jaar: "jaar",
    year: "jaar",
    halfjaar: "halfjaar",
    half: "halfjaar",
    semester: "halfjaar",
    kwartaal: "kwartaal",
    quarter: "kwartaal",
    maand: "maand",
    month: "maand",
  };
  return aliases[key] ?? null;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/**
 * A period from a cell: text (`2026`, `2026-H1`, `2026-Q1`, `2026 K1`, `2026-K1`, `2026-01`), a
 * whole number (the year) or a date (its month). Null when the cell is none of these.
 *
 * @example parsePeriod(2026) // { type: "jaar", year: 2026, index: 1 }
 * @example parsePeriod("2026-13") // null
 */
export function parsePeriod(cell: CellValue): Period | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return { type: "maand", year: cell.getUTCFullYear(), index: cell.getUTCMonth() + 1 };
  }
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= MIN_YEAR && cell <= MAX_YEAR
      ? { type: "jaar", year: cell, index: 1 }
      : null;
  }
  if (typeof cell !== "string") return null;
  // Periods repeat on every row: each distinct text is parsed once (a copy is returned).
  const known = parsedTexts.get(cell);
  if (known !== undefined) return known === null ? null : { ...known };
  const parsed = parsePeriodText(cell);
  if (parsedTexts.size < 10_000) parsedTexts.set(cell, parsed === null ? null : { ...parsed });
  return parsed;
}

const parsedTexts = new Map<string, Period | null>();

function parsePeriodText(cell: string): Period | null {
  const text = cell.trim().toUpperCase();
  let match = /^(\d{4})$/.exec(text);
  if (match) return checked("jaar", Number(match[1]), 1);
  match = /^(\d{4})[-\s]?([HQK])([1-4])$/.exec(text);
  if (match) {
    const type: PeriodType = match[2] === "H" ? "halfjaar" : "kwartaal";
    return checked(type, Number(match[1]), Number(match[3]));
  }
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return checked("maand", Number(match[1]), Number(match[2]));
  return null;
}

function checked(type: PeriodType, year: number, index: number): Period | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (index < 1 || index > 12 / MONTHS[type]) return null;
  return { type, year, index };
}

/** The canonical label. @example periodLabel({ type: "halfjaar", year: 2026, index: 2 }) // "2026-H2" */
export function periodLabel(period: Period): string {
  switch (period.type) {
    case "jaar":
      return String(period.year);
    case "halfjaar":
      return `${period.year}-H${period.index}`;
    case "kwartaal":
      return `${period.year}-Q${period.index}`;
    case "maand":
      return `${period.year}-${String(period.index).padStart(2, "0")}`;
  }
}

/** Zero-based first month of the period. */
function firstMonth(period: Period): number {
  return (period.index - 1) * MONTHS[period.type];
}

const DAY_MS = 86_400_000;

/** The first day (UTC midnight). */
export function periodStart(period: Period): Date {
  return new Date(Date.UTC(period.year, firstMonth(period), 1));
}

/** The last day (UTC midnight): 2026 → 2026-12-31, 2026-Q1 → 2026-03-31. */
export function periodEnd(period: Period): Date {
  return new Date(Date.UTC(period.year, firstMonth(period) + MONTHS[period.type], 0));
}

// Day numbers by period (type, year, index): asked per row (600,000 times), Date.UTC once each.
const startDays = new Map<number, number>();
const endDays = new Map<number, number>();

function dayKey(period: Period): number {
  return (period.year * 16 + period.index) * 16 + MONTHS[period.type];
}

/** The first day as a day number since 1970-01-01 (no Date allocated: used per row). */
export function periodStartDay(period: Period): number {
  const key = dayKey(period);
  let day = startDays.get(key);
  if (day === undefined) {
    day = Date.UTC(period.year, firstMonth(period), 1) / DAY_MS;
    startDays.set(key, day);
  }
  return day;
}

/** The last day as a day number since 1970-01-01. */
export function periodEndDay(period: Period): number {
  const key = dayKey(period);
  let day = endDays.get(key);
  if (day === undefined) {
    day = Date.UTC(period.year, firstMonth(period) + MONTHS[period.type], 0) / DAY_MS;
    endDays.set(key, day);
  }
  return day;
}

/** Whole days from a to b (b − a). @example daysBetween(new Date("2023-12-31"), new Date("2025-06-30")) // 547 */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/** Days in the period (2026-Q1: 90; 2024: 366). */
export function periodDays(period: Period): number {
  return daysBetween(periodStart(period), periodEnd(period)) + 1;
}

/** A sortable number: the end date, coarser first on equal ends (2026-Q4 after 2026-H2 after…). */
export function periodSortKey(period: Period): number {
  return periodEndDay(period) + periodRank(period.type) / 10;
}

/** Orders periods by end date (then coarse before fine). */
export function comparePeriods(a: Period, b: Period): number {
  return periodSortKey(a) - periodSortKey(b);
}

/**
 * The period of `type` containing `period`; null when `period` is coarser than `type` (a year
 * cannot be put in a quarter).
 *
 * @example periodLabel(rollUpPeriod(parsePeriod("2026-05")!, "kwartaal")!) // "2026-Q2"
 */
export function rollUpPeriod(period: Period, type: PeriodType): Period | null {
  if (periodRank(period.type) < periodRank(type)) return null;
  return { type, year: period.year, index: Math.floor(firstMonth(period) / MONTHS[type]) + 1 };
}

/** True when one period lies inside the other (or they are equal). */
export function periodsOverlap(a: Period, b: Period): boolean {
  return periodStartDay(a) <= periodEndDay(b) && periodStartDay(b) <= periodEndDay(a);
}

/** The period just before, of the same type. @example periodLabel(previousPeriod(parsePeriod("2026-Q1")!)) // "2025-Q4" */
export function previousPeriod(period: Period): Period {
  if (period.index > 1) return { ...period, index: period.index - 1 };
  return { type: period.type, year: period.year - 1, index: 12 / MONTHS[period.type] };
}

/** yyyy-mm-dd of a UTC date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The period just after, of the same type. @example periodLabel(nextPeriod(parsePeriod("2025-Q4")!)) // "2026-Q1" */
export function nextPeriod(period: Period): Period {
  if (period.index < 12 / MONTHS[period.type]) return { ...period, index: period.index + 1 };
  return { type: period.type, year: period.year + 1, index: 1 };
}

/**
 * The periods of "FROM..TO" (both of one type, FROM not after TO), or a single period; null when
 * the text is neither.
 *
 * @example parsePeriodRange("2026-Q1..2026-Q4")!.map(periodLabel) // ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
 */
export function parsePeriodRange(text: string): Period[] | null {
  const [fromText, toText, ...rest] = text.split("..");
  if (rest.length > 0) return null;
  const from = parsePeriod(fromText);
  const to = toText === undefined ? from : parsePeriod(toText);
  if (!from || !to || from.type !== to.type || comparePeriods(from, to) > 0) return null;
  const periods = [from];
  while (comparePeriods(periods[periods.length - 1], to) < 0 && periods.length < 1000)
    periods.push(nextPeriod(periods[periods.length - 1]));
  return periods;
}
