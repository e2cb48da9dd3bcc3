// The chair is one of the people present.
import { defineRule } from './types.js';
import { nodeOffset } from './util/yaml.js';

export default defineRule({
  id: 'chair-in-attendees',
  severity: 'error',
  category: 'structure',
  needsData: true,
  description: { vi: 'Người chủ trì phải là một thành viên của đoàn hoặc của đơn vị.', en: 'The chair must be a member of the delegation or the host.' },
  docs: {
    vi: 'Trường chair phải trùng đúng họ tên một người trong delegation.members hoặc host.members, để biên bản ghi đúng chức vụ của người chủ trì và ký đúng người.',
    en: '`chair` must match the name of one person in delegation.members or host.members, so the minutes print the right position and signer.',
  },
  examples: { wrong: { frontMatter: { chair: 'Nguyễn Văn Không Có' } }, right: { frontMatter: { chair: 'Triệu Văn Cường' } } },
  messages: { missing: { vi: 'Người chủ trì "{name}" không có trong danh sách thành viên đoàn hoặc đơn vị.', en: 'The chair "{name}" is not listed among the delegation or host members.' } },
  check(ctx) {
    const d = ctx.note.data!;
    const names = [...d.delegation.members, ...d.host.members].map((m) => m.name.normalize('NFC'));
    if (!names.includes(d.chair.normalize('NFC'))) {
      const [start, end] = nodeOffset(ctx.note, ['chair']);
      ctx.report({ messageId: 'missing', data: { name: d.chair }, start, end });
    }
  },
});
