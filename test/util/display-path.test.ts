// Paths in messages: relative inside the working folder, absolute outside it (never "../../sys/x").
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { displayPath } from '../../src/util/display-path.js';

describe('displayPath', () => {
  it('is relative below the working folder and absolute elsewhere', () => {
    const cwd = path.resolve('/w/ws');
    expect(displayPath(cwd, path.join(cwd, 'out', 'a.html'))).toBe(path.join('out', 'a.html'));
    expect(displayPath(cwd, 'out/a.html')).toBe(path.join('out', 'a.html'));
    expect(displayPath(cwd, path.resolve('/sys/x'))).toBe(path.resolve('/sys/x'));
    expect(displayPath(cwd, '../../dev/null')).toBe(path.resolve('/dev/null'));
    expect(displayPath(cwd, path.resolve('/w'))).toBe(path.resolve('/w'));
    expect(displayPath(cwd, cwd)).toBe('.');
    // a name that starts with two dots is inside
    expect(displayPath(cwd, path.join(cwd, '..notes'))).toBe('..notes');
  });
});
