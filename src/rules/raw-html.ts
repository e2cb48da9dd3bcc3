// Raw HTML in a note is printed as text, never passed through, so it is almost always a mistake.
import { defineRule } from './types.js';

const COMMENT = /<!--[\s\S]*?-->/g;

export default defineRule({
  id: 'raw-html',
  severity: 'warn',
  category: 'text',
  description: { vi: 'Không dùng HTML trong ghi chép: HTML được in ra nguyên dạng chữ.', en: 'No raw HTML in a note: it is printed as text.' },
  docs: {
    vi: 'Vì lý do an toàn, bienban không bao giờ chuyển HTML trong ghi chép sang biên bản; thẻ như "<br>" hay "<b>...</b>" sẽ hiện nguyên văn trong bản in. Hãy dùng cú pháp Markdown (xuống dòng bằng đoạn mới, **đậm**, *nghiêng*). Chú thích <!-- ... --> được bỏ qua.',
    en: 'For safety, bienban never passes HTML through to the minutes; tags such as "<br>" or "<b>...</b>" show up literally in print. Use Markdown instead (a new paragraph, **bold**, *italic*). Comments <!-- ... --> are ignored.',
  },
  examples: {
    wrong: { body: 'Đoàn ghi nhận <b>kết quả tích cực</b> của tỉnh.' },
    right: { body: 'Đoàn ghi nhận **kết quả tích cực** của tỉnh.' },
  },
  messages: {
    html: { vi: 'HTML "{html}" sẽ được in nguyên dạng chữ; hãy dùng Markdown.', en: 'The HTML "{html}" will be printed as text; use Markdown.' },
  },
  check(ctx) {
    const walk = (n: any) => {
      if (n.type === 'html') {
        const value = String(n.value ?? '');
        if (value.replace(COMMENT, '').trim() === '' || !n.position) return;
        const shown = value.trim().split('\n')[0];
        ctx.report({ messageId: 'html', data: { html: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown }, start: n.position.start.offset, end: n.position.end.offset });
        return;
      }
      if (n.type === 'code' || n.type === 'inlineCode') return;
      if (n.children) for (const c of n.children) walk(c);
    };
    walk(ctx.note.tree);
  },
});
