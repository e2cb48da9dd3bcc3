// makeDirs: mkdir -p that fails instead of spinning where Node's recursive mkdir never returns.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDirs } from '../../src/fs/mkdirs.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'bienban-mkdirs-'));
const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return (e as NodeJS.ErrnoException).code;
  }
  return 'none';
};

describe('makeDirs', () => {
  it('makes every missing parent, and accepts a folder that is there', () => {
    const dir = tmp();
    const deep = path.join(dir, 'a', 'b c', 'Quý III');
    makeDirs(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeDirs(deep)).not.toThrow();
    expect(() => makeDirs(dir)).not.toThrow();
  });

  it('throws the system error for a file in the way, at the path or above it', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'f'), '');
    expect(codeOf(() => makeDirs(path.join(dir, 'f')))).toBe('EEXIST');
    expect(codeOf(() => makeDirs(path.join(dir, 'f', 'x', 'y')))).toBe('ENOTDIR');
    expect(existsSync(path.join(dir, 'f', 'x'))).toBe(false);
  });

  it('throws for a dangling link in the path', () => {
    const dir = tmp();
    symlinkSync(path.join(dir, 'gone'), path.join(dir, 'link'));
    expect(codeOf(() => makeDirs(path.join(dir, 'link', 'out')))).not.toBe('none');
  });

  // Node 20's own { recursive: true } never returns here (100% CPU)
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('throws under /proc instead of spinning', () => {
    expect(codeOf(() => makeDirs('/proc/bienban-test/out'))).toBe('ENOENT');
  });
});
