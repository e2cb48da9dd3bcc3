// The people of the minutes are consistent: the secretary is not the chair, nobody is listed twice,
// and names in the text are spelled as in the front matter.
import { defineRule } from './types.js';
import { nodeOffset } from './util/yaml.js';
import { foldDiacritics } from '../text/fold.js';
import { allMatches } from "../util/matches.js";

// "đồng chí Phạm Duy Hưng", "ông Lê Văn Hải", "bà Nông Thị Hoa": two to five capitalised words
const NAMED = /(?<![\p{L}])(?:[đĐ]ồng chí|[ôÔ]ng|[bB]à)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})/gu;
const ODD_SPACE = /\s\s|[^\S ]/;
// most names hold single spaces only: no copy made for them
const norm = (s: string) => {
  const t = s.normalize('NFC').trim();
  return ODD_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t;
};
const key = (s: string) => foldDiacritics(norm(s)).toLowerCase();

export default defineRule({
  id: 'secretary-consistency',
  severity: 'warn',
  category: 'content',
  needsData: true,
  description: {
    vi: 'Thư ký không đồng thời là chủ trì; mỗi người chỉ có tên một lần; tên trong nội dung viết đúng như trong danh sách.',
    en: 'The secretary is not also the chair; each person is listed once; names in the text match the lists.',
  },
  docs: {
    vi: 'Mẫu 1.9 có hai chữ ký riêng: THƯ KÝ và CHỦ TỌA, nên một người không thể vừa chủ trì vừa ghi biên bản. Một người có tên hai lần trong delegation.members và host.members thường là chép nhầm. Tên nhắc tới trong nội dung ("đồng chí ...", "ông ...", "bà ...") chỉ khác dấu với một người trong danh sách là gõ sai tên.',
    en: 'Form 1.9 has two signatures, THƯ KÝ and CHỦ TỌA, so one person cannot both chair and take the minutes. A person listed twice across delegation.members and host.members is usually a copy error. A name in the text ("đồng chí ...", "ông ...", "bà ...") that differs from a listed person only in its diacritics is misspelt.',
  },
  examples: {
    wrong: { frontMatter: { secretary: { name: 'Triệu Văn Cường', position: 'Thứ trưởng Bộ Nội vụ' } } },
    right: { frontMatter: { secretary: { name: 'Hoàng Minh Đức', position: 'Chuyên viên Bộ Nội vụ' } } },
  },
  messages: {
    'secretary-is-chair': { vi: 'Thư ký "{name}" cũng là người chủ trì; biên bản cần hai người ký khác nhau.', en: 'The secretary "{name}" is also the chair; the minutes need two different signers.' },
    duplicate: { vi: '"{name}" có tên hai lần trong danh sách thành viên.', en: '"{name}" is listed twice among the members.' },
    spelling: { vi: 'Tên "{found}" khác với "{expected}" trong danh sách thành viên.', en: 'The name "{found}" differs from "{expected}" in the member lists.' },
  },
  check(ctx) {
    const d = ctx.note.data!;
    if (norm(d.secretary.name) === norm(d.chair)) {
      const [start, end] = nodeOffset(ctx.note, ['secretary', 'name']);
      ctx.report({ messageId: 'secretary-is-chair', data: { name: d.secretary.name }, start, end });
    }
    const seen = new Set<string>();
    const people: string[] = [d.chair, d.secretary.name];
    for (const side of ['delegation', 'host'] as const) {
      d[side].members.forEach((m, i) => {
        people.push(m.name);
        const n = norm(m.name);
        if (seen.has(n)) {
          const [start, end] = nodeOffset(ctx.note, [side, 'members', i, 'name']);
          ctx.report({ messageId: 'duplicate', data: { name: m.name }, start, end });
        }
        seen.add(n);
      });
    }
    const exact = new Set(people.map(norm));
    // needed only for a name not written as listed: rare
    let foldedMap: Map<string, string> | undefined;
    const folded = () => (foldedMap ??= new Map(people.map((p) => [key(p), norm(p)])));
    for (const span of ctx.prose()) {
      for (const m of allMatches(NAMED, span.text)) {
        const name = norm(m[1]);
        if (exact.has(name)) continue;
        // the capitalised run may go on past the name ("Lê Văn Hải Chủ"): try its prefixes too
        const words = name.split(' ');
        let hit: string | undefined;
        for (let k = words.length; k >= 2 && !hit; k--) {
          const part = words.slice(0, k).join(' ');
          if (exact.has(part)) break;
          const f = folded().get(key(part));
          if (f && f !== part) hit = part;
        }
        if (!hit) continue;
        const start = span.start + m.index! + m[0].length - m[1].length;
        ctx.report({ messageId: 'spelling', data: { found: hit, expected: folded().get(key(hit))! }, start, end: start + hit.length });
      }
    }
  },
});
