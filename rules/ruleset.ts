// The JSON ruleset format (agency policy, user import): validation that reports EVERY error with its
// JSON path and a plain reason in Vietnamese and English. Format: docs/ruleset-format.md; editor
// schema: rules/ruleset.schema.json. Merging the layers is rules/merge.ts.
import { CATEGORIES, type Lang, type Ruleset, type ValidationError } from './types';
import { expectId, validateRule } from './validate-rule';
import { at, expectArray, expectEnum, expectObject, expectString, expectType, Issues } from './validate-util';

export { ACCENT_MODES, CONTEXT_SIDES, ID_PATTERN, RULE_KINDS, RULE_LANGS } from './validate-rule';

export const MAX_RULES = 2000;
/** Largest ruleset file (JSON text, UTF-8) the extension imports or downloads, and the CLI reads. */
export const MAX_RULESET_BYTES = 1024 * 1024;
/** Most terms in one ruleset, rules and their contexts together (each is compiled in every tab). */
export const MAX_TERMS = 10_000;

/** UTF-8 length of a text, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : (c & 0xfc00) === 0xd800 ? 2 : (c & 0xfc00) === 0xdc00 ? 2 : 3;
  }
  return n;
}

/** The error for a ruleset file of `bytes` bytes, above MAX_RULESET_BYTES. */
export const tooLarge = (bytes: number): ValidationError => ({
  path: '',
  message: {
    vi: `Tệp dài ${bytes} byte, vượt giới hạn ${MAX_RULESET_BYTES} byte (1 MiB)`,
    en: `The file is ${bytes} bytes long, above the limit of ${MAX_RULESET_BYTES} bytes (1 MiB)`,
  },
});

/**
 * Terms a ruleset makes every tab compile: each rule's own terms, and each distinct context list once
 * (rules that share a list of counter-speech words compile it once).
 */
function termsIn(rules: readonly unknown[]): number {
  const lists = new Set<string>();
  let n = 0;
  const context = (c: unknown) => {
    const ctx = c as { terms?: unknown; accents?: unknown } | null;
    if (!ctx || !Array.isArray(ctx.terms)) return;
    const key = `${String(ctx.accents)}\u0000${ctx.terms.join('\u0000')}`;
    if (lists.has(key)) return;
    lists.add(key);
    n += ctx.terms.length;
  };
  for (const rule of rules) {
    if (typeof rule !== 'object' || rule === null) continue;
    const r = rule as { terms?: unknown; near?: unknown; unless?: unknown };
    if (Array.isArray(r.terms)) n += r.terms.length;
    context(r.near);
    if (Array.isArray(r.unless)) for (const u of r.unless) context(u);
  }
  return n;
}
const TOP_KEYS = ['$schema', 'name', 'version', 'rules', 'disable', 'lockCategories', 'officialDomains'];
/** Lowercase ASCII host name with at least two labels (IDN in punycode): "moh.gov.vn", "xn--...vn". */
const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export interface ValidateOptions {
  /** Which layer the ruleset is for. `lockCategories` is honoured only in the agency layer. */
  layer?: 'agency' | 'user';
}

export type ValidationResult = { ok: true; ruleset: Ruleset } | { ok: false; errors: ValidationError[] };

function expectHostname(issues: Issues, v: unknown, path: string): void {
  if (!expectString(issues, v, path, 253)) return;
  const host = v as string;
  if (HOSTNAME.test(host)) return;
  const hint = /[/:]/.test(host)
    ? {
        vi: 'chỉ ghi tên miền, không kèm "https://" hay đường dẫn',
        en: 'give the host only, no "https://" or path',
      }
    : {
        vi: 'chữ thường, ít nhất hai phần, ví dụ "moh.gov.vn"',
        en: 'lowercase, at least two labels, e.g. "moh.gov.vn"',
      };
  issues.add(
    path,
    `"${host}" không phải tên miền hợp lệ: ${hint.vi}`,
    `"${host}" is not a valid host name: ${hint.en}`,
  );
}

/** Validates a parsed ruleset. Returns the ruleset, or every error found (never just the first). */
export function validateRuleset(input: unknown, opts: ValidateOptions = {}): ValidationResult {
  const issues = new Issues();
  const rs = expectObject(issues, input, '', TOP_KEYS, ['name']);
  if (!rs) return { ok: false, errors: issues.errors() };
  if ('name' in rs) expectString(issues, rs.name, 'name', 200);
  if ('$schema' in rs) expectType(issues, rs.$schema, '$schema', 'string');
  if ('version' in rs) expectType(issues, rs.version, 'version', 'string');

  if ('rules' in rs) {
    const seen = new Set<string>();
    expectArray(issues, rs.rules, 'rules', { max: MAX_RULES }, (rule, path) => {
      const id = validateRule(issues, rule, path);
      if (id === undefined) return;
      if (!seen.has(id)) seen.add(id);
      else {
        issues.add(
          at(path, 'id'),
          `mã quy tắc "${id}" bị trùng (đã dùng ở quy tắc trước)`,
          `rule id "${id}" is used twice (an earlier rule has it)`,
        );
      }
    });
    const terms = Array.isArray(rs.rules) ? termsIn(rs.rules) : 0;
    if (terms > MAX_TERMS)
      issues.add(
        'rules',
        `có ${terms} từ khóa (kể cả ngữ cảnh), tối đa ${MAX_TERMS}: mỗi thẻ đều phải biên dịch chúng`,
        `holds ${terms} terms (contexts included), at most ${MAX_TERMS}: every tab compiles them`,
      );
  }
  if ('disable' in rs) {
    expectArray(issues, rs.disable, 'disable', { max: 10_000 }, (id, path) => expectId(issues, id, path));
  }
  if ('lockCategories' in rs) {
    if (opts.layer === 'user') {
      issues.add(
        'lockCategories',
        'chỉ bộ quy tắc của cơ quan (chính sách quản trị) mới được khóa nhóm; bộ quy tắc người dùng nhập thì không',
        "only an agency's ruleset (administrator policy) may lock categories, not a ruleset a user imports",
      );
    } else {
      expectArray(issues, rs.lockCategories, 'lockCategories', { max: CATEGORIES.length }, (cat, path) =>
        expectEnum(issues, cat, CATEGORIES, path),
      );
    }
  }
  if ('officialDomains' in rs) {
    expectArray(issues, rs.officialDomains, 'officialDomains', { max: 1000 }, (host, path) =>
      expectHostname(issues, host, path),
    );
  }
  if (issues.total > 0) return { ok: false, errors: issues.errors() };
  return { ok: true, ruleset: input as unknown as Ruleset };
}

/** Parses JSON text, reporting a syntax error at path "" in both languages, then validates it. */
export function parseRuleset(jsonText: string, opts: ValidateOptions = {}): ValidationResult {
  const bytes = jsonText.length > MAX_RULESET_BYTES ? utf8Length(jsonText) : 0;
  if (bytes > MAX_RULESET_BYTES) return { ok: false, errors: [tooLarge(bytes)] };
  let value: unknown;
  try {
    // A byte order mark before the JSON (saved by some Windows editors) is not an error.
    value = JSON.parse(jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [{ path: '', message: { vi: `Không đọc được JSON: ${why}`, en: `Not valid JSON: ${why}` } }],
    };
  }
  return validateRuleset(value, opts);
}

/** One line per error, for the CLI and the popup: `rules[3].terms[0]: must not be empty`. */
export const formatValidationError = (error: ValidationError, lang: Lang): string =>
  `${error.path || (lang === 'vi' ? '(gốc)' : '(root)')}: ${error.message[lang]}`;
