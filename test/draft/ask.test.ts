import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { collectKnown } from '../../src/draft/suggest.js';
import { DraftCancelled, type Prompter, type SelectPrompt, type TextPrompt } from '../../src/draft/ask.js';
import { newCommand } from '../../src/cli/commands/new.js';
import { lintText } from '../../src/lint.js';
import { captureCtx } from '../cli/io.js';

const REPO = path.resolve(import.meta.dirname, '../..');

/** answers by question name; `null` picks the "other / type it" choice; records every question */
function scripted(answers: Record<string, string | null>) {
  const asked: { kind: 'text' | 'select'; p: TextPrompt | SelectPrompt<string> }[] = [];
  const prompter: Prompter = {
    async text(p) {
      asked.push({ kind: 'text', p });
      if (!(p.name in answers)) throw new Error(`unexpected question ${p.name}`);
      // as clack: '' keeps the initial value; validation sees it; an empty result takes the default
      const a = answers[p.name] ?? '';
      const v = a === '' ? (p.initialValue ?? '') : a;
      const err = p.validate?.(v);
      if (err) throw new Error(`validation of ${p.name}: ${err}`);
      return v === '' ? (p.defaultValue ?? '') : v;
    },
    async select<T extends string>(p: SelectPrompt<T>) {
      asked.push({ kind: 'select', p: p as SelectPrompt<string> });
      if (!(p.name in answers)) throw new Error(`unexpected question ${p.name}`);
      const want = answers[p.name];
      const opt = want === null ? p.options[p.options.length - 1] : p.options.find((o) => o.value === want);
      if (!opt) throw new Error(`no option ${want} in ${p.name}: ${p.options.map((o) => o.value).join(', ')}`);
      return opt.value;
    },
  };
  return { prompter, asked };
}

function workspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bb-ask-'));
  mkdirSync(path.join(root, 'reports/2024/Q3'), { recursive: true });
  cpSync(path.join(REPO, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), path.join(root, 'reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md'));
  return root;
}

describe('suggestions from the workspace', () => {
  it('collects people with positions, hosts, delegations with issuer and head, places', async () => {
    const known = await collectKnown(REPO);
    expect(known.people).toContainEqual({ name: 'Triệu Văn Cường', position: 'Thứ trưởng Bộ Nội vụ' });
    expect(known.hosts).toContain('Ủy ban nhân dân tỉnh Bắc Kạn');
    expect(known.places).toContain('Bắc Kạn');
    const d = known.delegations.find((x) => x.name === 'Đoàn công tác liên ngành Trung ương');
    expect(d?.issuer?.name).toBe('ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG');
    expect(d?.head?.name).toBe('Triệu Văn Cường');
    // newest note first: the latest report's host leads the list
    expect(known.hosts[0]).toBe('Ủy ban nhân dân huyện Ba Bể');
    // a name appears once even if it is in many notes
    expect(new Set(known.people.map((p) => p.name)).size).toBe(known.people.length);
  });
});

describe('bienban new, asked through an injected prompter', () => {
  it('offers known people with their position and fills it when one is picked', async () => {
    const root = workspace();
    const { prompter, asked } = scripted({
      type: 'kiem-tra', date: '2024-08-05', start: '14:30',
      place: 'Bắc Kạn', location: null, 'location-other': 'Hội trường  tỉnh ', host: 'Ủy ban nhân dân tỉnh Bắc Kạn', title: '',
      'host-member': 'Phạm Duy Hưng', 'host-member-position': '',
      delegation: 'Đoàn công tác liên ngành Trung ương', head: 'Triệu Văn Cường', 'head-position': '',
      chair: 'Phạm Duy Hưng', secretary: null, 'secretary-other': 'Lê Thị Mới', 'secretary-position': '',
    });
    const { ctx, out } = captureCtx(root);
    expect(await newCommand(ctx, undefined, {}, { prompter, today: '2024-08-05' })).toBe(0);
    const rel = out().trim();
    expect(rel).toBe(path.join('reports/2024/Q3/2024-08-05-uy-ban-nhan-dan-tinh-bac-kan.md'));
    const text = readFileSync(path.join(root, rel), 'utf8');
    const fm = parse(text.split('\n---\n')[0].replace(/^---\n/, ''));
    expect(fm).toMatchObject({
      type: 'kiem-tra', date: '2024-08-05', start: '14:30', place: 'Bắc Kạn', location: 'Hội trường tỉnh',
      title: 'Kiểm tra tại Ủy ban nhân dân tỉnh Bắc Kạn',
      issuer: { parent: 'BỘ NỘI VỤ', name: 'ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG' },
      host: { members: [{ name: 'Phạm Duy Hưng', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh' }] },
      delegation: { members: [{ name: 'Triệu Văn Cường', position: 'Thứ trưởng Bộ Nội vụ', role: 'Trưởng đoàn' }] },
      chair: 'Phạm Duy Hưng', secretary: { name: 'Lê Thị Mới' },
    });
    expect(fm.secretary.position).toBeUndefined();
    // the head question lists the delegation's last head first, with positions as hints
    const head = asked.find((a) => a.p.name === 'head')!.p as SelectPrompt<string>;
    expect(head.options[0]).toMatchObject({ value: 'Triệu Văn Cường', hint: 'Thứ trưởng Bộ Nội vụ' });
    const hostPos = asked.find((a) => a.p.name === 'host-member-position')!.p as TextPrompt;
    expect(hostPos.initialValue).toBe('Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh');
    // the chair is chosen among the people entered
    const chair = asked.find((a) => a.p.name === 'chair')!.p as SelectPrompt<string>;
    expect(chair.options.map((o) => o.value)).toEqual(['Triệu Văn Cường', 'Phạm Duy Hưng']);
    // the skeleton leaves end and copies commented out, for the writer to fill in
    expect(lintText(rel, text).result.messages.map((m) => m.ruleId)).toEqual([...Array(2).fill('closing-facts'), ...Array(4).fill('required-sections')]);
  });

  it('does not ask what the flags already say', async () => {
    const root = workspace();
    const { prompter, asked } = scripted({ start: '', location: 'Phòng họp tầng 3, Trụ sở Ủy ban nhân dân tỉnh Bắc Kạn', title: 'Làm việc về dân vận', 'host-member': 'Phương Thị Thanh', 'host-member-position': '', chair: 'Triệu Văn Cường', secretary: 'Hoàng Minh Đức', 'secretary-position': '' });
    const { ctx } = captureCtx(root);
    const code = await newCommand(ctx, 'ghi-chep.md', { type: 'lam-viec', date: '2024-09-09', place: 'Hà Nội', host: 'Bộ Nội vụ', delegation: 'Đoàn công tác', head: 'Triệu Văn Cường' }, { prompter, today: '2024-09-09' });
    expect(code).toBe(0);
    expect(asked.map((a) => a.p.name)).toEqual(['start', 'location', 'title', 'host-member', 'host-member-position', 'chair', 'secretary', 'secretary-position']);
    const fm = parse(readFileSync(path.join(root, 'ghi-chep.md'), 'utf8').split('\n---\n')[0].replace(/^---\n/, ''));
    expect(fm.delegation.members[0].position).toBe('Thứ trưởng Bộ Nội vụ');
    expect(fm.secretary.position).toBe('Chuyên viên Vụ Chính quyền địa phương, Bộ Nội vụ');
    expect(fm.issuer).toEqual({ name: 'ĐOÀN CÔNG TÁC' });
  });

  it('an invalid date is refused by the prompt validator', async () => {
    const { prompter } = scripted({ type: 'lam-viec', date: '2024-02-30' });
    const { ctx } = captureCtx(workspace());
    await expect(newCommand(ctx, undefined, {}, { prompter })).rejects.toThrow(/validation of date: Ngày không hợp lệ/);
  });

  it('cancelling writes nothing and exits 130, as an interruption', async () => {
    const root = workspace();
    const prompter: Prompter = { text: async () => { throw new DraftCancelled(); }, select: async () => { throw new DraftCancelled(); } };
    const { ctx, err } = captureCtx(root);
    expect(await newCommand(ctx, 'x.md', {}, { prompter })).toBe(130);
    expect(err()).toMatch(/Đã hủy/);
    expect(() => readFileSync(path.join(root, 'x.md'))).toThrow();
  });
});
