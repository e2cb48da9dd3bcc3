// What the workspace already knows: people with their positions, hosts, delegations, issuers,
// places, locations — gathered from the front matter of existing notes, newest note first,
// so a name typed once is offered again with its latest position.
import { readFile, stat } from 'node:fs/promises';
import { collectNotes } from '../fs/collect.js';
import { splitFrontMatter } from '../load/frontmatter.js';
import { decodeSource } from '../load/source.js';
import { foldDiacritics } from '../text/fold.js';
import { isPlaceholder } from '../domain/placeholder.js';
import { detectLegacy } from '../text/legacy.js';

export interface KnownPerson {
  name: string;
  position: string;
}

export interface KnownDelegation {
  name: string;
  issuer?: { parent?: string; name: string };
  head?: KnownPerson;
}

export interface Known {
  people: KnownPerson[];
  /** people who sat for a host before, by nameKey(host) */
  hostPeople: Record<string, KnownPerson[]>;
  hosts: string[];
  delegations: KnownDelegation[];
  places: string[];
  locations: string[];
  secretaries: KnownPerson[];
}

const MAX_FILES = 2000;
const MAX_BYTES = 1_000_000;

export const emptyKnown = (): Known => ({ people: [], hostPeople: {}, hosts: [], delegations: [], places: [], locations: [], secretaries: [] });

/** key for matching names regardless of case, diacritics and spacing */
export const nameKey = (s: string) => foldDiacritics(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();

// a "[Địa danh]" left by `new --yes` in another note, or TCVN3/VNI/mojibake text ("Báº¯c
// Káº¡n") that legacy-encoding flags there, is not a value worth offering
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() && !isPlaceholder(v.trim()) && detectLegacy(v).length === 0 ? v.trim().normalize('NFC') : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const person = (v: unknown): KnownPerson | undefined => {
  const o = obj(v);
  const name = str(o?.name), position = str(o?.position);
  return name && position ? { name, position } : undefined;
};

/** first occurrence wins; callers feed newest notes first */
class Ordered<T> {
  private readonly seen = new Map<string, T>();
  add(key: string | undefined, value: T | undefined) {
    if (key && value !== undefined && !this.seen.has(nameKey(key))) this.seen.set(nameKey(key), value);
  }
  list(): T[] {
    return [...this.seen.values()];
  }
}

/** front matter of one note, or undefined when it cannot be read as a mapping */
function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const fm = splitFrontMatter(text);
  return fm && !fm.problems.some((p) => p.fatal) ? obj(fm.value) : undefined;
}

export function knownFrom(notes: readonly Record<string, unknown>[]): Known {
  const sorted = [...notes].sort((a, b) => String(str(b.date) ?? '').localeCompare(String(str(a.date) ?? '')));
  const people = new Ordered<KnownPerson>(), hosts = new Ordered<string>(), places = new Ordered<string>();
  const locations = new Ordered<string>(), delegations = new Ordered<KnownDelegation>(), secretaries = new Ordered<KnownPerson>();
  const hostPeople = new Map<string, Ordered<KnownPerson>>();
  for (const fm of sorted) {
    const host = obj(fm.host), del = obj(fm.delegation);
    hosts.add(str(host?.name), str(host?.name));
    const hostName = str(host?.name);
    if (hostName) {
      const list = hostPeople.get(nameKey(hostName)) ?? new Ordered<KnownPerson>();
      for (const m of Array.isArray(host?.members) ? host.members : []) {
        const p = person(m);
        list.add(p?.name, p);
      }
      hostPeople.set(nameKey(hostName), list);
    }
    places.add(str(fm.place), str(fm.place));
    locations.add(str(fm.location), str(fm.location));
    const delMembers = Array.isArray(del?.members) ? del.members : [];
    for (const m of [...delMembers, ...(Array.isArray(host?.members) ? host.members : [])]) {
      const p = person(m);
      people.add(p?.name, p);
    }
    const sec = obj(fm.secretary);
    const secName = str(sec?.name), secPos = str(sec?.position);
    if (secName && secPos) {
      secretaries.add(secName, { name: secName, position: secPos });
      people.add(secName, { name: secName, position: secPos });
    }
    const delName = str(del?.name);
    if (delName) {
      const iss = obj(fm.issuer);
      const issName = str(iss?.name);
      const head = delMembers.map((m) => ({ p: person(m), role: str(obj(m)?.role) })).find((x) => x.p && x.role && /tr[uư]ởng đoàn/i.test(x.role) && !/ph[oó]/i.test(x.role))?.p ?? person(delMembers[0]);
      delegations.add(delName, { name: delName, ...(issName ? { issuer: { ...(str(iss?.parent) ? { parent: str(iss?.parent) } : {}), name: issName } } : {}), ...(head ? { head } : {}) });
    }
  }
  return { people: people.list(), hostPeople: Object.fromEntries([...hostPeople].map(([k, v]) => [k, v.list()])), hosts: hosts.list(), delegations: delegations.list(), places: places.list(), locations: locations.list(), secretaries: secretaries.list() };
}

/** scan **\/*.md under root (node_modules, .git, out, dist skipped) */
export async function collectKnown(root: string): Promise<Known> {
  const { files } = await collectNotes(['.'], root);
  const notes: Record<string, unknown>[] = [];
  for (const file of files.slice(0, MAX_FILES)) {
    try {
      if ((await stat(file)).size > MAX_BYTES) continue;
      const decoded = decodeSource(await readFile(file));
      const fm = decoded.ok ? frontMatterOf(decoded.text) : undefined;
      if (fm) notes.push(fm);
    } catch {
      // an unreadable note just adds nothing
    }
  }
  return knownFrom(notes);
}

export function positionOf(known: Known, name: string): string | undefined {
  const k = nameKey(name);
  return known.people.find((p) => nameKey(p.name) === k)?.position;
}
