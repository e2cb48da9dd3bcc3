// Exit codes, for every command: 0 success, 1 the input has errors, 2 the command could not run,
// 130 interrupted (128 + SIGINT, as a shell reports a process stopped by Ctrl-C).
export const EXIT = { OK: 0, PROBLEMS: 1, FAILURE: 2, INTERRUPTED: 130 } as const;
