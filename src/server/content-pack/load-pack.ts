// Reads, validates and versions the content pack (démarches, guides, partners) from a content directory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type * as z from 'zod/mini';
import {
  demarcheSchema,
  guideSchema,
  lexiconSchema,
  packEditionSchema,
  partnerSchema,
  type Lexicon,
  type ContentPack,
  type Demarche,
  type Guide,
  type Partner,
} from '../../shared/schema/content';
import { trainingModuleSchema, type TrainingModule } from '../../shared/schema/training';
import { isSourceLine, readGuideSources } from './guide-sources';
import { isQuestionLine, readModuleQuestions } from './training-front-matter';
import { canonicalJson, packVersion } from './pack-version';
import { checkPlainFrench } from './plain-french';
import { checkSources } from './source-rules';

/** Thrown when the pack is invalid; `problems` holds one readable line per fault. */
export class ContentPackError extends Error {
  constructor(readonly problems: string[]) {
    super(`Contenu invalide (${problems.length} problème${problems.length > 1 ? 's' : ''}) :\n${problems.join('\n')}`);
    this.name = 'ContentPackError';
  }
}

const FRONT_MATTER_KEYS: readonly string[] = ['title', 'summary', 'tags'];
const OPTIONAL_FRONT_MATTER_KEYS: readonly string[] = ['checkedOn'];
const TRAINING_SPACE_ID = 'se-former';
const MODULE_FRONT_MATTER_KEYS: readonly string[] = [...FRONT_MATTER_KEYS, 'order'];

/** Collects problems as « file: field — reason » lines. */
class Report {
  readonly lines: string[] = [];
  add(file: string, field: string, reason: string): void {
    this.lines.push(`${shown(file)}: ${field} — ${reason}`);
  }
}

interface Located<T> {
  file: string;
  item: T;
}
type Parser<T> = (text: string, file: string, report: Report) => T | undefined;

/** Options of a load; `today` (ISO day, default: the machine's) is the limit for check dates. */
export interface LoadOptions {
  today?: string;
}

/**
 * Loads `dir` (demarches/*.json, guides/*.md, partners.json, and formations/*.md, pack.json and
 * sigles.json when present); throws a ContentPackError listing every fault.
 */
export function loadContentPack(dir: string, options: LoadOptions = {}): ContentPack {
  const report = new Report();
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const demarches = readDir(join(dir, 'demarches'), '.json', report, parseDemarche);
  const guides = readDir(join(dir, 'guides'), '.md', report, parseGuide);
  const partners = readPartners(join(dir, 'partners.json'), report);
  const modules = existsSync(join(dir, 'formations')) ? readDir(join(dir, 'formations'), '.md', report, parseTrainingModule) : [];
  checkReferences(demarches, guides, partners, report);
  checkUnique(
    modules.map(({ file, item }) => ({ file, id: item.id })),
    'id',
    report,
  );
  checkLinksBetweenItems(demarches, guides, [...guides, ...modules], report);
  // « /guides/se-former » is the training space's address: no guide may take that name.
  for (const { file, item } of guides) if (item.id === TRAINING_SPACE_ID) report.add(file, 'id', `« ${TRAINING_SPACE_ID} » est réservé`);
  checkEditorialRules(dir, demarches, guides, modules, today, report);
  const edition = readEdition(join(dir, 'pack.json'), today, report);
  if (report.lines.length > 0) throw new ContentPackError(report.lines);
  const rest = {
    demarches: sortById(demarches.map((d) => d.item)),
    guides: sortById(guides.map((g) => g.item)),
    partners: sortById(partners.map((p) => p.item)),
    // Absent when there is none, so that a pack without modules keeps the version it always had.
    ...(modules.length > 0 ? { trainingModules: sortById(modules.map((m) => m.item)) } : {}),
  };
  return { version: packVersion(rest, edition), ...rest };
}

/** Serialises a pack with sorted keys: the canonical form its version hash is computed on. */
export function contentPackToJson(pack: ContentPack): string {
  return canonicalJson(pack);
}

function readDir<T>(folder: string, ext: string, report: Report, parse: Parser<T>): Located<T>[] {
  if (!existsSync(folder)) {
    report.add(folder, '(dossier)', 'dossier manquant');
    return [];
  }
  const names = readdirSync(folder).filter((n) => n.endsWith(ext));
  return names.sort().flatMap((name) => {
    const file = join(folder, name);
    const item = parse(readFileSync(file, 'utf8'), file, report);
    return item === undefined ? [] : [{ file, item }];
  });
}

function parseDemarche(text: string, file: string, report: Report): Demarche | undefined {
  const raw = parseJson(text, file, report);
  const item = raw === undefined ? undefined : validate(demarcheSchema, raw, file, report);
  const expected = basename(file, '.json');
  if (item && item.id !== expected) report.add(file, 'id', `« ${item.id} » devrait être « ${expected} » (nom du fichier)`);
  return item;
}

function parseGuide(text: string, file: string, report: Report): Guide | undefined {
  const raw = readMarkdownItem(text, file, report, FRONT_MATTER_KEYS);
  return raw && validate(guideSchema, raw, file, report);
}

/** A training module: a guide's front matter with its `order` and three `question:` lines. */
function parseTrainingModule(text: string, file: string, report: Report): TrainingModule | undefined {
  const raw = readMarkdownItem(text, file, report, MODULE_FRONT_MATTER_KEYS, (header) =>
    readModuleQuestions(header, file, report.add.bind(report)),
  );
  if (!raw) return undefined;
  const order = /^\d{1,2}$/.test(String(raw.order)) ? Number(raw.order) : raw.order;
  return validate(trainingModuleSchema, { ...raw, order }, file, report);
}

/** The raw fields of a Markdown item (front matter, sources, body), or undefined after a fault. */
function readMarkdownItem(
  text: string,
  file: string,
  report: Report,
  required: readonly string[],
  readQuestions?: (header: string[]) => unknown[] | undefined,
): Record<string, unknown> | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) {
    report.add(file, 'front matter', 'le fichier doit commencer par un bloc « --- » fermé par « --- »');
    return undefined;
  }
  const header = lines.slice(1, end);
  const fields = readFrontMatter(
    header.filter((line) => !isSourceLine(line) && !(readQuestions && isQuestionLine(line))),
    file,
    report,
    required,
  );
  const sources = readGuideSources(header, file, report.add.bind(report));
  const questions = readQuestions ? readQuestions(header) : [];
  if (!fields || !sources || !questions) return undefined;
  const tags = (fields.tags ?? '').split(',').map((t) => t.trim());
  const body = lines.slice(end + 1).join('\n');
  return {
    ...fields,
    id: basename(file, '.md'),
    tags: tags.filter((t) => t !== ''),
    body: body.trim(),
    sources,
    ...(readQuestions ? { questions } : {}),
  };
}

function readFrontMatter(lines: string[], file: string, report: Report, required: readonly string[]): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  const before = report.lines.length;
  for (const line of lines.filter((l) => l.trim() !== '')) {
    const [, key, value = ''] = /^([A-Za-z]+):\s*(.*)$/.exec(line) ?? [];
    if (key === undefined) report.add(file, 'front matter', `ligne illisible « ${line.trim()} »`);
    else if (!required.includes(key) && !OPTIONAL_FRONT_MATTER_KEYS.includes(key)) report.add(file, key, 'champ inconnu');
    else if (key in fields) report.add(file, key, 'champ en double');
    else fields[key] = value.trim();
  }
  for (const key of required) if (!(key in fields)) report.add(file, key, 'champ manquant dans le front matter');
  return report.lines.length === before ? fields : undefined;
}

function readPartners(file: string, report: Report): Located<Partner>[] {
  if (!existsSync(file)) {
    report.add(file, '(fichier)', 'fichier manquant');
    return [];
  }
  const raw = parseJson(readFileSync(file, 'utf8'), file, report);
  if (raw !== undefined && !Array.isArray(raw)) report.add(file, '(racine)', 'une liste de partenaires est attendue');
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown, i) => {
    const item = validate(partnerSchema, entry, file, report, `[${i}]`);
    return item ? [{ file, item }] : [];
  });
}

function checkReferences(demarches: Located<Demarche>[], guides: Located<Guide>[], partners: Located<Partner>[], report: Report): void {
  const ids = (list: Located<{ id: string }>[]) => list.map(({ file, item }) => ({ file, id: item.id }));
  checkUnique(ids(partners), 'id', report);
  checkUnique(ids(guides), 'id', report);
  checkUnique(ids(demarches), 'id', report);
  const partnerIds = new Set(partners.map((p) => p.item.id));
  for (const { file, item } of demarches) {
    if (!partnerIds.has(item.partnerId)) report.add(file, 'partnerId', `partenaire inconnu « ${item.partnerId} »`);
    checkUnique(
      item.steps.map((s) => ({ file, id: s.id })),
      'steps',
      report,
    );
    checkUnique(
      item.documents.map((d) => ({ file, id: d.id })),
      'documents',
      report,
    );
  }
}

/** A guide's or a module's link to a guide or a démarche (`](/guides/<id>)`, `](/demarches/<id>)`) must name one that exists. */
function checkLinksBetweenItems(
  demarches: Located<Demarche>[],
  guides: Located<Guide>[],
  pages: Located<Guide | TrainingModule>[],
  report: Report,
): void {
  const known = { guides: new Set(guides.map((g) => g.item.id)), demarches: new Set(demarches.map((d) => d.item.id)) };
  for (const { file, item } of pages) {
    for (const [, section, id] of item.body.matchAll(/\]\(\/(guides|demarches)\/([a-z0-9-]+)\)/g)) {
      if (!known[section as keyof typeof known].has(id!)) {
        report.add(
          file,
          'body',
          `lien vers ${section === 'guides' ? 'un guide' : 'une démarche'} inconnu${section === 'guides' ? '' : 'e'} « ${id} »`,
        );
      }
    }
  }
}

/** Where facts come from (sources-rules.ts) and how they are written (plain-french.ts). */
function checkEditorialRules(
  dir: string,
  demarches: Located<Demarche>[],
  guides: Located<Guide>[],
  modules: Located<TrainingModule>[],
  today: string,
  report: Report,
): void {
  const add = report.add.bind(report);
  const items = [
    ...demarches.map(({ file, item }) => ({ file, item, kind: 'demarche' as const })),
    ...guides.map(({ file, item }) => ({ file, item, kind: 'guide' as const })),
    ...modules.map(({ file, item }) => ({ file, item, kind: 'module' as const })),
  ];
  checkSources(items, today, add);
  const lexicon = readLexicon(join(dir, 'sigles.json'), report);
  if (lexicon) checkPlainFrench(items, lexicon, add);
}

function readLexicon(file: string, report: Report): Lexicon | undefined {
  if (!existsSync(file)) return { sigles: {}, connus: [] };
  const raw = parseJson(readFileSync(file, 'utf8'), file, report);
  return raw === undefined ? undefined : validate(lexiconSchema, raw, file, report);
}

/** The day the content was last edited (pack.json), never in the future; undefined when absent. */
function readEdition(file: string, today: string, report: Report): string | undefined {
  if (!existsSync(file)) return undefined;
  const raw = parseJson(readFileSync(file, 'utf8'), file, report);
  const edition = raw === undefined ? undefined : validate(packEditionSchema, raw, file, report)?.edition;
  if (edition !== undefined && edition > today) report.add(file, 'edition', `${edition} est dans le futur`);
  return edition;
}

function checkUnique(entries: { file: string; id: string }[], field: string, report: Report): void {
  const seen = new Set<string>();
  for (const { file, id } of entries) {
    if (seen.has(id)) report.add(file, field, `identifiant en double « ${id} »`);
    seen.add(id);
  }
}

function parseJson(text: string, file: string, report: Report): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    report.add(file, '(JSON)', `illisible : ${(e as Error).message}`);
    return undefined;
  }
}

function validate<S extends z.ZodMiniType>(schema: S, raw: unknown, file: string, report: Report, prefix = ''): z.infer<S> | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) report.add(file, `${prefix}${formatPath(issue.path)}` || '(racine)', reason(issue));
  return undefined;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function reason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'champ manquant' : `type attendu : ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `au moins ${String(issue.minimum)} élément(s)`;
      return issue.origin === 'string' ? 'trop court' : 'trop petit';
    case 'too_big':
      return issue.origin === 'string' ? `trop long (${String(issue.maximum)} caractères au plus)` : 'trop grand';
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'adresse web invalide';
      return issue.pattern ? `format invalide (attendu : ${issue.pattern})` : 'format invalide';
    case 'invalid_value':
      return `valeur non autorisée (attendu : ${issue.values.map(String).join(', ')})`;
    default:
      return issue.message;
  }
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
}
