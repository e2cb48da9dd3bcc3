// Exit codes, for every command: 0 success, 1 the input has errors, 2 the command could not run.
export const EXIT = { OK: 0, PROBLEMS: 1, FAILURE: 2 } as const;
