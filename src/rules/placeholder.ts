// No blank left to fill: the "[Địa danh]" placeholders and "TODO" markers `bienban new` writes
// would otherwise be printed in minutes that look ready to sign.
import { defineRule } from './types.js';
import { allMatches } from '../util/matches.js';
import { isPlaceholder } from '../domain/placeholder.js';

// the skeleton's form: a capital, then words of letters ("[Tên cuộc họp]", "[TÊN CƠ QUAN BAN HÀNH]");
// not "[1]", "[sic]", "[…]" or one bracketed word, which text uses for its own ends
const BRACKETED = /\[\p{Lu}[\p{L}\p{M}]*(?: [\p{L}\p{M}]+)+\]/gu;
// no leading lookbehind (it would run at every position): the char before is checked by hand
const TODO = /TODO(?![\p{L}\p{N}])/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export default defineRule({
  id: 'placeholder',
  severity: 'error',
  category: 'content',
  description: {
    vi: 'Không còn chỗ cần điền ("[Địa danh]", "TODO") trong phần đầu YAML và nội dung.',
    en: 'No placeholders left ("[Địa danh]", "TODO") in the front matter or the text.',
  },
  docs: {
    vi: '`bienban new --yes` ghi chỗ cần điền trong ngoặc vuông, như "[Tên cuộc họp]", "[Họ và tên Trưởng đoàn]", kèm chú thích "# TODO". Các giá trị đó hợp lệ, nên nếu không có quy tắc này biên bản vẫn được tạo và in ra "BIÊN BẢN [Tên cuộc họp]", "Đồng chí [Họ và tên Trưởng đoàn]": văn bản còn chỗ trống thì chưa ký được. Quy tắc báo mỗi chỗ cần điền viết theo kiểu đó (chữ hoa đầu, từ hai chữ trở lên, trong ngoặc vuông), mọi giá trị YAML nằm trọn trong ngoặc vuông ("[...]") và chữ "TODO", ở các giá trị của phần đầu YAML và trong nội dung. Liên kết Markdown, "[1]", "[sic]", "[…]" và một từ trong ngoặc vuông không bị báo; chú thích (# trong YAML, <!-- --> trong nội dung) không được in nên không bị kiểm tra. Hãy thay bằng nội dung thật.',
    en: '`bienban new --yes` writes bracketed placeholders such as "[Tên cuộc họp]", "[Họ và tên Trưởng đoàn]", with a "# TODO" comment. They are valid values, so without this rule the minutes would render, printing "BIÊN BẢN [Tên cuộc họp]", "Đồng chí [Họ và tên Trưởng đoàn]": a document with blanks is not ready to sign. Every placeholder of that form (a capital, two or more words, in square brackets), every YAML value that is one bracket ("[...]") and every "TODO" is reported, in front-matter values and in the text. Markdown links, "[1]", "[sic]", "[…]" and a single bracketed word are not; comments (# in YAML, <!-- --> in the text) are never printed and are not checked. Replace them with the real content.',
  },
  examples: {
    wrong: { frontMatter: { place: '[Địa danh]' }, body: 'Đồng chí [Họ và tên] báo cáo số liệu (TODO: bổ sung).' },
    right: { frontMatter: { place: 'Bắc Kạn' }, body: 'Đồng chí Phạm Duy Hưng báo cáo số liệu theo Phụ lục [1].' },
  },
  messages: {
    bracket: {
      vi: 'Chỗ cần điền "{text}" chưa được thay bằng nội dung thật; văn bản còn chỗ trống thì chưa ký được.',
      en: 'The placeholder "{text}" has not been filled in; a document with blanks is not ready to sign.',
    },
    todo: {
      vi: 'Còn đánh dấu "TODO" (việc chưa xong); hoàn thành rồi xóa dấu này.',
      en: 'A "TODO" marker is left (unfinished work); finish it, then remove the marker.',
    },
  },
  check(ctx) {
    const look = (text: string, base: number, frontMatter: boolean) => {
      const open = text.indexOf('[');
      const todo = text.indexOf('TODO');
      if (open < 0 && todo < 0) return; // nearly every span
      const brackets: [number, number][] = []; // a "TODO" inside one is the same problem
      // a front-matter value that is all one bracket is never real data ("[...]")
      if (frontMatter && open === 0 && isPlaceholder(text)) brackets.push([0, text.length]);
      else if (open >= 0) for (const m of allMatches(BRACKETED, text)) brackets.push([m.index, m.index + m[0].length]);
      for (const [s, e] of brackets) ctx.report({ messageId: 'bracket', data: { text: text.slice(s, e) }, start: base + s, end: base + e });
      if (todo < 0) return;
      for (const m of allMatches(TODO, text)) {
        if ((m.index > 0 && WORD_CHAR.test(text[m.index - 1])) || brackets.some(([s, e]) => m.index >= s && m.index < e)) continue;
        ctx.report({ messageId: 'todo', start: base + m.index, end: base + m.index + 4 });
      }
    };
    // most notes hold neither: one scan of the file spares a look at every span
    const text = ctx.note.text;
    if (!text.includes('[') && !text.includes('TODO')) return;
    for (const s of ctx.scalars()) look(s.text, s.start, true);
    for (const s of ctx.prose()) look(s.text, s.start, false);
  },
});
