// When a batch is worth a worker thread: on two cores `check` keeps to one thread below
// TWO_CORE_CHECK_WORKERS_FROM notes, unless --jobs asks; a render starts its workers from two notes.
import { describe, expect, it } from 'vitest';
import { CHECK_WORKERS_FROM, TWO_CORE_CHECK_WORKERS_FROM, workersFrom } from '../../src/cli/early.js';

describe('workersFrom', () => {
  it.each([
    ['check, 2 cores', {}, 'check', 2, TWO_CORE_CHECK_WORKERS_FROM],
    ['check, 1 core', {}, 'check', 1, TWO_CORE_CHECK_WORKERS_FROM],
    ['check, 2 cores, --jobs 2', { jobs: '2' }, 'check', 2, CHECK_WORKERS_FROM + 1],
    ['check, 4 cores', {}, 'check', 4, CHECK_WORKERS_FROM + 1],
    ['render, 2 cores', {}, 'render', 2, 2],
    ['render, 8 cores', {}, 'render', 8, 2],
  ] as const)('%s', (_, o, command, cores, from) => {
    expect(workersFrom(o, command, cores)).toBe(from);
  });
});
