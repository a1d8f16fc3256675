// Building blocks of ruleset validation: a collector that keeps EVERY error with its JSON path,
// and small checks that report into it and return whether the value was usable.
import type { LocalText, ValidationError } from './types';

export type Json = Record<string, unknown>;

/** Errors listed at most: a broken 1 MB file can hold millions, and listing them took gigabytes. */
export const MAX_ERRORS = 100;

export class Issues {
  readonly list: ValidationError[] = [];
  /** Every error found, listed or not. */
  total = 0;
  add(path: string, vi: string, en: string): false {
    this.total++;
    if (this.list.length < MAX_ERRORS) this.list.push({ path, message: { vi, en } });
    return false;
  }
  /** The listed errors, and one more line saying how many were not listed. */
  errors(): ValidationError[] {
    const more = this.total - this.list.length;
    if (more <= 0) return this.list;
    return [
      ...this.list,
      {
        path: '',
        message: {
          vi: `… và ${more} lỗi nữa (chỉ liệt kê ${MAX_ERRORS} lỗi đầu)`,
          en: `… and ${more} more errors (only the first ${MAX_ERRORS} are listed)`,
        },
      },
    ];
  }
}

/** JSON path of a child: `rules[3].terms[0]`; odd keys are quoted: `rules[0]["my key"]`. */
export const at = (path: string, key: string | number): string => {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
};

const TYPE_NAMES: Record<string, LocalText> = {
  string: { vi: 'chuỗi', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true/false', en: 'a boolean' },
  array: { vi: 'mảng', en: 'an array' },
  object: { vi: 'đối tượng', en: 'an object' },
  null: { vi: 'null', en: 'null' },
};

const typeOf = (v: unknown): LocalText => {
  const t = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  return TYPE_NAMES[t] ?? { vi: t, en: t };
};

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function expectType(issues: Issues, v: unknown, path: string, want: keyof typeof TYPE_NAMES): boolean {
  const ok = want === 'object' ? isObject(v) : want === 'array' ? Array.isArray(v) : typeof v === want;
  if (ok) return true;
  const w = TYPE_NAMES[want] as LocalText;
  const got = typeOf(v);
  return issues.add(path, `phải là ${w.vi} (đang là ${got.vi})`, `must be ${w.en} (got ${got.en})`);
}

/** Reports every key of `obj` that is not in `allowed`. */
export function unknownKeys(issues: Issues, obj: Json, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      issues.add(
        at(path, key),
        `trường "${key}" không được hỗ trợ (cho phép: ${allowed.join(', ')})`,
        `unknown key "${key}" (allowed: ${allowed.join(', ')})`,
      );
    }
  }
}

export function expectString(
  issues: Issues,
  v: unknown,
  path: string,
  max = Number.POSITIVE_INFINITY,
): boolean {
  if (!expectType(issues, v, path, 'string')) return false;
  const s = v as string;
  if (s.trim() === '') return issues.add(path, 'không được để trống', 'must not be empty');
  if (s.length > max) {
    return issues.add(
      path,
      `dài ${s.length} ký tự, tối đa ${max}`,
      `is ${s.length} characters long, at most ${max}`,
    );
  }
  return true;
}

export function expectEnum(issues: Issues, v: unknown, allowed: readonly string[], path: string): boolean {
  if (typeof v === 'string' && allowed.includes(v)) return true;
  const shown = typeof v === 'string' ? `"${v}"` : typeOf(v).en;
  return issues.add(
    path,
    `giá trị ${shown} không hợp lệ; chọn một trong: ${allowed.join(', ')}`,
    `${shown} is not valid; use one of: ${allowed.join(', ')}`,
  );
}

export function expectRequired(issues: Issues, obj: Json, keys: readonly string[], path: string): void {
  for (const key of keys) {
    if (!(key in obj))
      issues.add(at(path, key), `thiếu trường bắt buộc "${key}"`, `missing required "${key}"`);
  }
}

/** An array with at most `max` entries (and at least `min`), each checked by `each`. */
export function expectArray(
  issues: Issues,
  v: unknown,
  path: string,
  limits: { min?: number; max: number },
  each: (item: unknown, path: string) => void,
): boolean {
  if (!expectType(issues, v, path, 'array')) return false;
  const list = v as unknown[];
  if (list.length < (limits.min ?? 0))
    return issues.add(path, 'không được là mảng rỗng', 'must not be empty');
  if (list.length > limits.max) {
    return issues.add(
      path,
      `có ${list.length} phần tử, tối đa ${limits.max}`,
      `has ${list.length} entries, at most ${limits.max}`,
    );
  }
  for (const [i, item] of list.entries()) each(item, at(path, i));
  return true;
}

/**
 * An object whose keys are all `allowed` and which has every `required` one. Returns it (whatever
 * its keys, so each field can still be checked), or undefined when it is no object.
 */
export function expectObject(
  issues: Issues,
  v: unknown,
  path: string,
  allowed: readonly string[],
  required: readonly string[],
): Json | undefined {
  if (!expectType(issues, v, path, 'object')) return undefined;
  const obj = v as Json;
  unknownKeys(issues, obj, allowed, path);
  expectRequired(issues, obj, required, path);
  return obj;
}

/** A {vi, en} text with both languages non-empty (and at most `max` characters each). */
export function expectLocalText(issues: Issues, v: unknown, path: string, max?: number): void {
  const obj = expectObject(issues, v, path, ['vi', 'en'], ['vi', 'en']);
  if (!obj) return;
  for (const lang of ['vi', 'en'] as const)
    if (lang in obj) expectString(issues, obj[lang], at(path, lang), max);
}
