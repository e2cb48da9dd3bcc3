// The bracketed blanks `new --yes` writes ("[Địa danh]"): a value to fill in, never one to offer again.
export const isPlaceholder = (s: string | undefined) => !!s && /^\[[^\]]*\]$/.test(s);
