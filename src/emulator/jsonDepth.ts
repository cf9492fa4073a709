/**
 * Nesting depth of a parsed JSON value, measured iteratively. The query
 * compiler, fingerprinting and cloning all recurse, so a body nested deeper
 * than any real request is refused at parse time instead of overflowing the
 * stack later (which would surface as a 500).
 */
export const MAX_JSON_DEPTH = 64;

export function exceedsDepth(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
