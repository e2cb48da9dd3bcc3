// The session ends after it starts.
import { defineRule } from './types.js';
import { nodeOffset } from './util/yaml.js';
import { minutesOf as minutes } from '../domain/dates.js';


export default defineRule({
  id: 'end-after-start',
  severity: 'error',
  category: 'dates',
  needsData: true,
  description: { vi: 'Giờ kết thúc phải sau giờ bắt đầu.', en: 'The end time must be after the start time.' },
  docs: {
    vi: 'Câu kết thúc biên bản ghi giờ kết thúc; giờ này phải sau giờ bắt đầu ghi ở đầu biên bản.',
    en: 'The closing sentence gives the end time, which must come after the start time.',
  },
  examples: { wrong: { frontMatter: { start: '14:00', end: '11:30' } }, right: { frontMatter: { start: '08:00', end: '11:30' } } },
  messages: { order: { vi: 'Giờ kết thúc {end} không sau giờ bắt đầu {start}.', en: 'End time {end} is not after start time {start}.' } },
  check(ctx) {
    const { start, end } = ctx.note.data!;
    if (end && minutes(end) <= minutes(start)) {
      const [s, e] = nodeOffset(ctx.note, ['end']);
      ctx.report({ messageId: 'order', data: { start, end }, start: s, end: e });
    }
  },
});
