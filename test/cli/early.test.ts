// When a batch is worth a worker thread: two cores keep JavaScript-only work in one thread
// below TWO_CORE_WORKERS_FROM notes, unless --jobs asks; PDF and more cores start workers early.
import { describe, expect, it } from 'vitest';
import { CHECK_WORKERS_FROM, TWO_CORE_WORKERS_FROM, workersFrom } from '../../src/cli/early.js';

describe('workersFrom', () => {
  it.each([
    ['check, 2 cores', {}, 'check', 2, TWO_CORE_WORKERS_FROM],
    ['check, 2 cores, --jobs 2', { jobs: '2' }, 'check', 2, CHECK_WORKERS_FROM + 1],
    ['check, 4 cores', {}, 'check', 4, CHECK_WORKERS_FROM + 1],
    ['HTML, 2 cores', { to: 'html' }, 'render', 2, TWO_CORE_WORKERS_FROM],
    ['HTML and DOCX, 2 cores', { to: 'html, docx' }, 'render', 2, TWO_CORE_WORKERS_FROM],
    ['HTML, 2 cores, --jobs 2', { to: 'html', jobs: '2' }, 'render', 2, 2],
    ['HTML and PDF, 2 cores', { to: 'html,pdf' }, 'render', 2, 2],
    ['HTML, 8 cores', { to: 'html' }, 'render', 8, 2],
    ['HTML, 1 core', { to: 'html' }, 'render', 1, TWO_CORE_WORKERS_FROM],
  ] as const)('%s', (_, o, command, cores, from) => {
    expect(workersFrom(o, command, cores)).toBe(from);
  });
});
