// A small argv parser for the `ungxu` CLI: no dependency, strict about unknown flags, because a
// typo such as `--formt json` must be a usage error (exit 2), never a silently ignored option.

/** Flags a command accepts: `value` flags take an argument, `boolean` flags do not. */
export interface FlagSpec {
  value?: readonly string[];
  boolean?: readonly string[];
  /** One-letter aliases, e.g. { h: 'help' }. */
  alias?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  /** Value flags by name (the last occurrence wins). */
  values: Record<string, string>;
  /** Boolean flags that were given. */
  flags: Set<string>;
  /** Everything else, in order. A lone "-" stays a positional (it means stdin). */
  positionals: string[];
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: UsageError };

/** Why argv was refused, with the offending token, so the caller can word the message in vi or en. */
export type UsageError =
  | { kind: 'unknown-flag'; flag: string }
  | { kind: 'missing-value'; flag: string }
  | { kind: 'unexpected-value'; flag: string };

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParseResult {
  const valueFlags = new Set(spec.value ?? []);
  const booleanFlags = new Set(spec.boolean ?? []);
  const args: ParsedArgs = { values: {}, flags: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--') {
      args.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-' || !token.startsWith('-')) {
      args.positionals.push(token);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      name = eq === -1 ? token.slice(2) : token.slice(2, eq);
      inline = eq === -1 ? undefined : token.slice(eq + 1);
    } else {
      // Short aliases only, one letter each ("-h"); bundles such as "-hv" are not worth the ambiguity.
      const alias = token.length === 2 ? spec.alias?.[token.slice(1)] : undefined;
      if (alias === undefined) return { ok: false, error: { kind: 'unknown-flag', flag: token } };
      name = alias;
    }
    if (valueFlags.has(name)) {
      const value = inline ?? argv[i + 1];
      // A value that looks like a flag is almost always a forgotten argument ("--ruleset --lines").
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        return { ok: false, error: { kind: 'missing-value', flag: `--${name}` } };
      }
      if (inline === undefined) i++;
      args.values[name] = value;
    } else if (booleanFlags.has(name)) {
      if (inline !== undefined) return { ok: false, error: { kind: 'unexpected-value', flag: `--${name}` } };
      args.flags.add(name);
    } else {
      return { ok: false, error: { kind: 'unknown-flag', flag: token.split('=')[0] as string } };
    }
  }
  return { ok: true, args };
}

/** The refusal in words, Vietnamese or English. */
export function describeUsageError(error: UsageError, lang: 'vi' | 'en'): string {
  const f = error.flag;
  const text = {
    'unknown-flag': { vi: `Tùy chọn không hợp lệ: ${f}`, en: `Unknown option: ${f}` },
    'missing-value': { vi: `Tùy chọn ${f} cần một giá trị`, en: `Option ${f} needs a value` },
    'unexpected-value': { vi: `Tùy chọn ${f} không nhận giá trị`, en: `Option ${f} takes no value` },
  }[error.kind];
  return text[lang];
}

/** A value flag restricted to a list: undefined when absent, an error message when not in the list. */
export function oneOf<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  lang: 'vi' | 'en',
): { ok: true; value: T | undefined } | { ok: false; message: string } {
  const v = args.values[name];
  if (v === undefined || (allowed as readonly string[]).includes(v)) return { ok: true, value: v as T };
  const list = allowed.join(', ');
  return {
    ok: false,
    message:
      lang === 'vi'
        ? `Giá trị không hợp lệ cho --${name}: "${v}" (chọn một trong: ${list})`
        : `Invalid value for --${name}: "${v}" (expected one of: ${list})`,
  };
}

/** What a command may touch: injected, so the commands never reach for process.* themselves. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whole stdin as UTF-8. */
  readStdin(): Promise<string>;
  /** Whether stdin is a terminal (then `check` without FILE has nothing to read). */
  stdinIsTTY: boolean;
  /** Whole file as UTF-8; rejects when unreadable. */
  readFile(path: string): Promise<string>;
}

/** `--ui-lang` is needed to word even the errors of argv itself, so it is looked up before parsing. */
export function uiLangOf(argv: readonly string[]): 'vi' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i];
    if (t === '--ui-lang' && argv[i + 1] === 'vi') return 'vi';
    if (t === '--ui-lang=vi') return 'vi';
  }
  return 'en';
}
