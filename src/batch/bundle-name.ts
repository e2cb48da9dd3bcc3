// The bundle's cover title and file name, from the documents asked for and the selection.
// Apart from bundle.ts, which loads the PDF engine: render needs the name before deciding to build.
import type { DocKind } from '../render/build-view.js';
import { quarterRange, type Selection } from './select.js';

/** the documents a bundle holds, as its cover names them and its file name spells them */
export function bundleKind(docs: readonly DocKind[]): { title: string; slug: string } {
  const bienBan = docs.includes('bien-ban');
  const thongBao = docs.includes('thong-bao');
  if (bienBan && thongBao) return { title: 'Tập biên bản và thông báo kết luận', slug: 'tap-bien-ban-thong-bao' };
  return thongBao ? { title: 'Tập thông báo kết luận', slug: 'tap-thong-bao' } : { title: 'Tập biên bản', slug: 'tap-bien-ban' };
}

/** the selection is a whole quarter (--quarter, not narrowed by --since/--until) */
export function wholeQuarter(sel: Selection | undefined): string | undefined {
  const m = sel?.quarter ? /^(\d{4})-Q([1-4])$/.exec(sel.quarter) : null;
  if (!m) return undefined;
  const q = quarterRange(Number(m[1]), Number(m[2]));
  return sel!.since === q.since && sel!.until === q.until ? sel!.quarter : undefined;
}

/**
 * "tap-bien-ban-2024-Q3.pdf", "tap-thong-bao-2024-08-01-den-2024-08-31.pdf", "tap-bien-ban.pdf"
 * (no selection): what it holds and for when, so bundles of other documents or periods do not
 * replace each other.
 */
export function bundleFileName(docs: readonly DocKind[], sel: Selection | undefined): string {
  const since = sel?.since;
  const until = sel?.until;
  const period = wholeQuarter(sel) ?? (since && until ? `${since}-den-${until}` : since ? `tu-${since}` : until ? `den-${until}` : '');
  return `${bundleKind(docs).slug}${period ? `-${period}` : ''}.pdf`;
}
