// Nearest-name suggestion ("Did you mean ...?") by edit distance.

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** the closest candidate within `max` edits (default: about a third of the word, at least 2), or undefined */
export function nearest(word: string, candidates: Iterable<string>, max = Math.max(2, Math.ceil(word.length / 3))): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const all = [...candidates];
  for (const c of all) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  if (best !== undefined && bestD <= max) return best;
  // a singular or a short form of one name ("copy" for "copies"): the one candidate sharing its stem
  const stem = word.toLowerCase().slice(0, -1);
  const sharing = stem.length >= 3 ? all.filter((c) => c.toLowerCase().startsWith(stem)) : [];
  return sharing.length === 1 ? sharing[0] : undefined;
}

/** for short words (option values, config keys): at most a third of the word, so "fr" suggests nothing, "foo" not "font" */
export const nearestWord = (word: string, candidates: Iterable<string>) => nearest(word, candidates, Math.ceil(word.length / 3));
