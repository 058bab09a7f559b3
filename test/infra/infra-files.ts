/** Reads infra/ as a deployment tool would: every YAML document, the Dockerfile's stages, systemd units. */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../../apps/server/src/config.js';

export const INFRA = path.join(repoRoot, 'infra');

export function filesUnder(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export interface YamlFile {
  file: string;
  docs: unknown[];
  /** Parse errors and warnings, each with its place. */
  problems: string[];
}

export function readYaml(file: string): YamlFile {
  // Compose files use `<<` merge keys, as Docker Compose reads them.
  const parsed = parseAllDocuments(fs.readFileSync(file, 'utf8'), { merge: true, prettyErrors: true });
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  const problems = docs.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
  return { file, docs: docs.map((d) => d.toJS()).filter((d) => d !== null), problems };
}

/**
 * Any YAML mapping from the manifests: they are checked field by field, not typed. (The one `any`
 * left in the tests: the manifests are validated against kubernetes-models' schemas separately, and
 * restating their shapes here would only copy the YAML.)
 */
// biome-ignore lint/suspicious/noExplicitAny: parsed YAML, read field by field (see above)
export type Loose = Record<string, any>;
export type K8sObject = Loose & { apiVersion: string; kind: string; metadata: Loose & { name: string } };

export interface Located<T> {
  file: string;
  object: T;
}

export function kubernetesObjects(): Located<K8sObject>[] {
  return filesUnder(path.join(INFRA, 'k8s'), /\.ya?ml$/).flatMap((file) =>
    readYaml(file).docs.map((object) => ({ file, object: object as K8sObject })),
  );
}

export type ComposeFile = { services: Loose; volumes?: Loose };

export function composeFile(): ComposeFile {
  return readYaml(path.join(INFRA, 'compose.yaml')).docs[0] as ComposeFile;
}

/** KEY=value lines (an env file, a .env for compose), comments and blanks skipped. */
export function envFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1] as string] = (m[2] as string).trim();
  }
  return out;
}

export interface DockerInstruction {
  op: string;
  args: string;
}
export interface DockerStage {
  from: string;
  name: string | null;
  steps: DockerInstruction[];
}

/**
 * The Dockerfile's stages, each with its instructions (continuation lines joined, comments
 * dropped), and the ARG defaults declared before the first FROM, which FROM lines may use.
 */
export function dockerfile(file = path.join(INFRA, 'Dockerfile')): {
  args: Record<string, string>;
  stages: DockerStage[];
} {
  const logical: string[] = [];
  let pending = '';
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*#/.test(raw)) continue;
    const line = raw.replace(/\s+$/, '');
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    if (whole) logical.push(whole);
  }
  const stages: DockerStage[] = [];
  const globalArgs: Record<string, string> = {};
  for (const line of logical) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      const from = (m?.[1] ?? args).replace(/\$\{(\w+)\}/g, (_, name: string) => globalArgs[name] ?? '');
      stages.push({ from, name: m?.[2] ?? null, steps: [] });
    } else if (stages.length === 0) {
      const arg = /^ARG$/i.test(op) ? /^(\w+)=(\S+)$/.exec(args) : null;
      if (arg) globalArgs[arg[1] as string] = arg[2] as string;
    } else {
      stages.at(-1)?.steps.push({ op: op.toUpperCase(), args });
    }
  }
  return { args: globalArgs, stages };
}

/** `ENV A=1 B=2` instructions of a stage, merged. */
export function dockerEnv(stage: DockerStage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const s of stage.steps.filter((s) => s.op === 'ENV')) {
    for (const m of s.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) env[m[1] as string] = m[2] as string;
  }
  return env;
}

/** A systemd unit's settings: section → key → values (a key may repeat, as Environment= does). */
export function systemdUnit(file: string): Record<string, Record<string, string[]>> {
  const unit: Record<string, Record<string, string[]>> = {};
  let section = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*([#;]|$)/.test(line)) continue;
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) {
      section = header[1] as string;
      unit[section] ??= {};
      continue;
    }
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (!m || !section) continue;
    const settings = unit[section] as Record<string, string[]>;
    const key = m[1] as string;
    settings[key] = [...(settings[key] ?? []), m[2] as string];
  }
  return unit;
}

export interface NginxDirective {
  /** The blocks around it, outermost first: ['server', 'location = /graphql']. */
  blocks: string[];
  name: string;
  args: string[];
}

/** Every directive of an nginx configuration file, with the blocks it sits in. */
export function nginxDirectives(text: string): NginxDirective[] {
  const tokens = [...text.replace(/#[^\n]*/g, '').matchAll(/'[^']*'|"[^"]*"|[{};]|[^\s{};]+/g)].map((m) => m[0]);
  const out: NginxDirective[] = [];
  const blocks: string[] = [];
  let words: string[] = [];
  for (const t of tokens) {
    if (t === '{') {
      blocks.push(words.join(' '));
      words = [];
    } else if (t === '}') {
      blocks.pop();
    } else if (t === ';') {
      const [name = '', ...args] = words;
      out.push({ blocks: [...blocks], name, args: args.map((a) => a.replace(/^['"]|['"]$/g, '')) });
      words = [];
    } else {
      words.push(t);
    }
  }
  return out;
}
