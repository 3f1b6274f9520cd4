/**
 * Table Schema patterns are XML Schema regular expressions: matched against the whole value, with no
 * look-around or back-references. We compile them to anchored JavaScript expressions (Unicode mode)
 * and refuse the constructs that differ, or that could make a run take a very long time on a
 * crafted value (a repeated group that itself repeats, as in (a+)+).
 */
export function compilePattern(pattern: string): RegExp | string {
  if (/\(\?[=!<]/.test(pattern)) return `the pattern "${pattern}" uses look-around, which Table Schema patterns do not allow`;
  if (/\\[1-9]/.test(pattern)) return `the pattern "${pattern}" uses a back-reference, which Table Schema patterns do not allow`;
  if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/.test(pattern)) {
    return `the pattern "${pattern}" repeats a group that itself repeats, which can take a very long time on some values; simplify it`;
  }
  try {
    return new RegExp(`^(?:${pattern})$`, "u");
  } catch (error) {
    return `the pattern "${pattern}" is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, "")})`;
  }
}
