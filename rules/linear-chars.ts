// What one character of a pattern matches ("a", "[^@]", "\p{L}", "."), decided by the browser's own
// RegExp on that one character (flags "iu", as the pattern is compiled): the same case folding and
// Unicode classes, at a constant cost. Answers are kept per code point (ASCII in a table).
const cache = new Map<string, (cp: number) => boolean>();

export function singleChar(src: string): (cp: number) => boolean {
  const known = cache.get(src);
  if (known) return known;
  const re = new RegExp(`^(?:${src})$`, 'iu');
  const ascii = new Int8Array(128); // 0 not asked yet, 1 no, 2 yes
  const other = new Map<number, boolean>();
  // Every thread at one position asks about the same character: the last answer is kept apart.
  let last = -1;
  let lastAnswer = false;
  const test = (cp: number): boolean => {
    if (cp === last) return lastAnswer;
    last = cp;
    if (cp < 128) {
      let a = ascii[cp] as number;
      if (a === 0) {
        a = re.test(String.fromCharCode(cp)) ? 2 : 1;
        ascii[cp] = a;
      }
      lastAnswer = a === 2;
      return lastAnswer;
    }
    let b = other.get(cp);
    if (b === undefined) {
      b = re.test(String.fromCodePoint(cp));
      if (other.size < 4096) other.set(cp, b);
    }
    lastAnswer = b;
    return b;
  };
  if (cache.size < 2048) cache.set(src, test);
  return test;
}
