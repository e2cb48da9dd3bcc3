// Errors that stop a command (findings are data, not exceptions). Each has a stable code;
// the CLI maps them to exit codes in one place (cli/exit.ts).

export type ErrorCode = 'USAGE' | 'CONFIG' | 'INPUT' | 'TEMPLATE' | 'RENDER' | 'INTERNAL';

export class BienbanError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'BienbanError';
  }
}

export const usageError = (message: string, hint?: string) => new BienbanError('USAGE', message, hint);
export const configError = (message: string, hint?: string) => new BienbanError('CONFIG', message, hint);
