import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readConfig, repoRoot, SETTING_NAMES } from '../../apps/server/src/config.js';
import { containerProblems, ingressProblems, podTemplate, serverPodProblems, wiringProblems } from './checks.js';
import {
  composeFile,
  dockerEnv,
  dockerfile,
  envFile,
  filesUnder,
  INFRA,
  type K8sObject,
  kubernetesObjects,
  nginxDirectives,
  readYaml,
  systemdUnit,
} from './infra-files.js';

const defaults = readConfig({});
/** The longest an open request may take before the server's drain can finish. */
const DRAIN_SECONDS = defaults.requestBudgetMs / 1000;
const objects = kubernetesObjects();
const api = objects.filter((o) => !o.object.apiVersion.startsWith('kustomize.config.k8s.io/'));
const ofKind = (kind: string) => api.filter((o) => o.object.kind === kind).map((o) => o.object);
const the = (kind: string) => {
  const found = ofKind(kind);
  if (found.length !== 1) throw new Error(`expected one ${kind} in infra/k8s, found ${found.length}`);
  return found[0] as K8sObject;
};
/** The pod spec of a workload that must have one. */
const podOf = (o: K8sObject) => {
  const template = podTemplate(o);
  if (!template) throw new Error(`${o.kind} ${o.metadata.name} has no pod template`);
  return template.spec;
};
const compose = composeFile();
const replicaNames = Object.keys(compose.services).filter((n) => /^gongbian-\d+$/.test(n));
const { args: dockerArgs, stages } = dockerfile();
const runtime = stages.at(-1) as (typeof stages)[number];

/** Variables the manifests may set besides the server's settings: read by node or by gongbian-backup. */
const NOT_SETTINGS = new Set(['NODE_OPTIONS', 'BACKUP_DIR', 'BACKUP_KEEP', 'BACKUP_CLI']);

/** `${A}`, `${A:-default}`, `${A:?message}` as Docker Compose expands them from infra/.env. */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, how?: string, rest?: string) => {
    const v = vars[name];
    if (v !== undefined && v !== '') return v;
    if (how === '?') throw new Error(`compose needs ${name}: ${rest}`);
    return how === '-' ? (rest ?? '') : '';
  });
}

describe('infra/: what Kubernetes, Docker Compose, Docker and systemd will read', () => {
  it('parses every YAML file without errors or warnings', () => {
    const files = filesUnder(INFRA, /\.ya?ml$/);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(readYaml(file).problems, path.relative(repoRoot, file)).toEqual([]);
  });

  it('validates every Kubernetes object against its API schema', async () => {
    const kinds = new Set(api.map((o) => o.object.kind));
    for (const kind of ['Namespace', 'ConfigMap', 'Secret', 'Deployment', 'Service', 'Ingress', 'PodDisruptionBudget'])
      expect(kinds, kind).toContain(kind);
    for (const kind of ['HorizontalPodAutoscaler', 'Job', 'CronJob', 'PersistentVolumeClaim'])
      expect(kinds).toContain(kind);
    for (const { file, object } of api) {
      const group = object.apiVersion.includes('/') ? object.apiVersion : `v1`;
      const mod = await import(/* @vite-ignore */ `kubernetes-models/${group}/${object.kind}`).catch(() => null);
      expect(mod, `${file}: no model for ${object.apiVersion} ${object.kind}`).not.toBeNull();
      const Model = mod[object.kind];
      expect(
        () => new Model(object).validate(),
        `${path.basename(file)}: ${object.kind} ${object.metadata.name}`,
      ).not.toThrow();
      expect(object.metadata.namespace ?? (object.kind === 'Namespace' ? 'gongbian' : undefined)).toBe('gongbian');
    }
    expect(the('HorizontalPodAutoscaler').apiVersion).toBe('autoscaling/v2');
  });

  it('lists every manifest in the kustomization, so `kubectl apply -k` applies them all', () => {
    const kustomization = objects.find((o) => o.object.kind === 'Kustomization');
    expect(kustomization).toBeDefined();
    const listed = new Set<string>(kustomization?.object.resources);
    const files = new Set(objects.filter((o) => o !== kustomization).map((o) => path.basename(o.file)));
    expect([...listed].sort()).toEqual([...files].sort());
  });

  it('runs the server pods unprivileged, probed on /readyz and /healthz, sized, with time to drain', () => {
    expect(serverPodProblems(the('Deployment'), DRAIN_SECONDS)).toEqual([]);
    expect(the('Deployment').spec.replicas).toBeGreaterThanOrEqual(3);
    for (const o of api.filter((o) => o.object.kind !== 'Deployment' && podTemplate(o.object)))
      expect(containerProblems(`${o.object.kind} ${o.object.metadata.name}`, podOf(o.object))).toEqual([]);
  });

  it('points the Service, the disruption budget, the autoscaler and the ingress at the server pods only', () => {
    expect(wiringProblems(api.map((o) => o.object))).toEqual([]);
    expect(ingressProblems(the('Ingress'), defaults.uploadMaxBytes / 1_048_576)).toEqual([]);
    // Every ConfigMap and Secret a workload reads is here.
    const sources = new Set(ofKind('ConfigMap').map((o) => `c:${o.metadata.name}`));
    for (const s of ofKind('Secret')) sources.add(`s:${s.metadata.name}`);
    for (const o of api.filter((o) => podTemplate(o.object)))
      for (const c of podTemplate(o.object)?.spec.containers ?? [])
        for (const from of c.envFrom ?? [])
          expect(sources, `${o.object.kind} ${o.object.metadata.name}`).toContain(
            from.configMapRef ? `c:${from.configMapRef.name}` : `s:${from.secretRef?.name}`,
          );
  });

  it('runs the migration and the backup with the server image, as the CLI expects', () => {
    const image = podOf(the('Deployment')).containers[0].image;
    const migrate = podOf(the('Job')).containers[0];
    expect(migrate.image).toBe(image);
    expect(migrate.command).toEqual(['node', '/app/server/dist/cli.js', 'migrate']);
    const backup = podOf(the('CronJob'));
    expect(backup.containers[0].image).toBe(image);
    expect(backup.containers[0].command[0]).toBe('/app/bin/gongbian-backup');
    const dir = backup.containers[0].env.find((e: K8sObject) => e.name === 'BACKUP_DIR').value;
    const mount = backup.containers[0].volumeMounts.find((m: K8sObject) => m.mountPath === dir);
    const claim = backup.volumes.find((v: K8sObject) => v.name === mount?.name)?.persistentVolumeClaim?.claimName;
    expect(ofKind('PersistentVolumeClaim').map((p) => p.metadata.name)).toContain(claim);
    expect(the('CronJob').spec.concurrencyPolicy).toBe('Forbid');
  });
});

describe('commands in infra/', () => {
  it('runs only CLI commands the server has', async () => {
    // Without arguments the CLI prints its usage, one `pnpm gongbian <command>` per command.
    const usage = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts'], {
      cwd: path.join(repoRoot, 'apps/server'),
    }).then(
      () => '',
      (err: { stderr: string }) => err.stderr,
    );
    const commands = [...usage.matchAll(/pnpm gongbian (\S+)/g)].map((m) => m[1]);
    expect(commands).toContain('admin:create');
    const used = [
      ...api.flatMap((o) => podTemplate(o.object)?.spec.containers ?? []).map((c: K8sObject) => c.command ?? []),
      ...Object.values(compose.services).map((s) => (Array.isArray(s.command) ? s.command : [])),
    ].filter((c: string[]) => c[1]?.endsWith('/dist/cli.js'));
    expect(used.length).toBeGreaterThan(0);
    for (const c of used) expect(commands, c.join(' ')).toContain(c[2]);
    // gongbian-backup runs `cli.js backup FILE`.
    expect(commands).toContain('backup');
  });
});

describe('settings in infra/', () => {
  it('names only settings the server reads, so none is silently ignored', () => {
    const named: [string, string][] = [];
    const add = (where: string, names: Iterable<string>) => {
      for (const n of names) named.push([where, n]);
    };
    for (const { file, object } of api) {
      const where = path.basename(file);
      if (object.kind === 'ConfigMap') add(where, Object.keys(object.data ?? {}));
      if (object.kind === 'Secret') add(where, Object.keys({ ...object.data, ...object.stringData }));
      for (const c of podTemplate(object)?.spec.containers ?? [])
        add(
          where,
          (c.env ?? []).map((e: K8sObject) => e.name),
        );
    }
    for (const [name, service] of Object.entries(compose.services))
      if (service.build || service.image?.includes('GONGBIAN_IMAGE'))
        add(`compose ${name}`, Object.keys(service.environment ?? {}));
    add('Dockerfile', Object.keys(dockerEnv(runtime)));
    for (const file of filesUnder(path.join(INFRA, 'systemd'), /\.service$/))
      add(
        path.basename(file),
        (systemdUnit(file).Service?.Environment ?? []).map((e) => e.split('=')[0] as string),
      );
    add('gongbian.env.example', Object.keys(envFile(path.join(INFRA, 'systemd/gongbian.env.example'))));

    expect(named.length).toBeGreaterThan(20);
    const unknown = named.filter(([, n]) => !SETTING_NAMES.includes(n) && !NOT_SETTINGS.has(n));
    expect(unknown.map(([where, n]) => `${where}: ${n}`)).toEqual([]);
  });

  it('gives every setting a value the server accepts', () => {
    const secret = the('Secret');
    expect(() => readConfig({ ...the('ConfigMap').data, ...secret.stringData })).not.toThrow();
    const vars = envFile(path.join(INFRA, '.env.example'));
    for (const name of replicaNames) {
      const env = Object.fromEntries(
        Object.entries(compose.services[name].environment as Record<string, string>).map(([k, v]) => [
          k,
          interpolate(String(v), vars),
        ]),
      );
      expect(() => readConfig({ ...dockerEnv(runtime), ...env }), name).not.toThrow();
    }
    const systemd = systemdUnit(path.join(INFRA, 'systemd/gongbian.service')).Service?.Environment ?? [];
    const unitEnv = Object.fromEntries(systemd.map((e) => e.split(/=(.*)/).slice(0, 2)));
    expect(() =>
      readConfig({ ...unitEnv, ...envFile(path.join(INFRA, 'systemd/gongbian.env.example')) }),
    ).not.toThrow();
  });

  it('marks every secret in the shipped files as a placeholder to replace', () => {
    for (const value of Object.values(the('Secret').stringData as Record<string, string>))
      expect(value).toContain('CHANGE-ME');
    const example = envFile(path.join(INFRA, '.env.example'));
    expect(example.POSTGRES_PASSWORD).toContain('CHANGE-ME');
    expect(example.GONGBIAN_METRICS_TOKEN).toContain('CHANGE-ME');
    // And every variable compose insists on is in the example an operator copies.
    const required = [...fs.readFileSync(path.join(INFRA, 'compose.yaml'), 'utf8').matchAll(/\$\{(\w+):\?/g)].map(
      (m) => m[1],
    );
    for (const name of required) expect(Object.keys(example)).toContain(name);
  });
});

describe('infra/compose.yaml', () => {
  const services = compose.services;

  it('runs three replicas of one image after the database is healthy and migrated', () => {
    expect(replicaNames).toEqual(['gongbian-1', 'gongbian-2', 'gongbian-3']);
    const first = services['gongbian-1'];
    for (const name of replicaNames) {
      const s = services[name];
      expect(s.image).toBe(first.image);
      expect(s.build).toEqual({ context: '..', dockerfile: 'infra/Dockerfile' });
      expect(new URL(s.environment.DATABASE_URL.replace(/\$\{[^}]+\}/g, 'x')).host).toBe('db:5432');
      expect(s.environment.GONGBIAN_METRICS_TOKEN).toMatch(/^\$\{GONGBIAN_METRICS_TOKEN:\?/);
      expect(s.healthcheck.test.join(' ')).toMatch(/\/(readyz|healthz)/);
      expect(s.depends_on).toEqual({
        db: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
      expect(s.read_only).toBe(true);
    }
    const stop = Number(/^(\d+)s$/.exec(first.stop_grace_period)?.[1]);
    expect(stop).toBeGreaterThan(DRAIN_SECONDS);
  });

  it('keeps PostgreSQL (15 or newer) on a volume, with a healthcheck, and migrates once', () => {
    const db = services.db;
    expect(Number(/^postgres:(\d+)/.exec(db.image)?.[1])).toBeGreaterThanOrEqual(15);
    expect(db.volumes.some((v: string) => v.endsWith(':/var/lib/postgresql/data'))).toBe(true);
    expect(db.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(services.migrate.image).toBe(services['gongbian-1'].image);
    expect(services.migrate.command).toEqual(['node', '/app/server/dist/cli.js', 'migrate']);
    expect(services.migrate.restart).toBe('no');
  });

  it('puts nginx, with the config from infra/nginx, in front of exactly the replicas', () => {
    const nginx = services.nginx;
    expect(Object.keys(nginx.depends_on).sort()).toEqual(replicaNames);
    expect(nginx.volumes).toContain('./nginx/gongbian.conf:/etc/nginx/conf.d/default.conf:ro');
    expect(nginx.volumes).toContain('./nginx/gongbian-upstream.conf:/etc/nginx/gongbian-upstream.conf:ro');
    const upstream = nginxDirectives(fs.readFileSync(path.join(INFRA, 'nginx/gongbian-upstream.conf'), 'utf8'));
    const port = dockerEnv(runtime).PORT;
    expect(upstream.map((d) => d.args[0])).toEqual(replicaNames.map((n) => `${n}:${port}`));
  });

  it('backs up daily into a volume, keeping a bounded number of files', () => {
    const backup = services.backup;
    expect(backup.image).toBe(services['gongbian-1'].image);
    expect(backup.command).toEqual(['/app/bin/gongbian-backup', '--every', '86400']);
    expect(backup.volumes).toContain(`backups:${backup.environment.BACKUP_DIR}`);
    expect(backup.environment.BACKUP_KEEP).toBeDefined();
    expect(backup.environment.DATABASE_URL).toBe(services['gongbian-1'].environment.DATABASE_URL);
  });
});

describe('infra/Dockerfile', () => {
  it('builds with the pinned pnpm from the lockfile, then ships only the built app', () => {
    const build = stages[0] as (typeof stages)[number];
    const pinned = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).packageManager;
    const runs = build.steps.filter((s) => s.op === 'RUN').map((s) => s.args);
    expect(runs.join('\n')).toContain(`npm install --global ${pinned}`);
    expect(runs.some((r) => /pnpm install\b.*--frozen-lockfile/.test(r))).toBe(true);
    expect(runs.some((r) => /pnpm build\b/.test(r))).toBe(true);
    // No package manager in the runtime stage: what runs is what was built.
    expect(runtime.steps.filter((s) => s.op === 'RUN' && /\b(pnpm|npm|yarn)\b/.test(s.args))).toEqual([]);
    const ignored = fs.readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8');
    for (const entry of ['**/node_modules', '**/dist', '.git', '.env', '.data']) expect(ignored).toContain(entry);
  });

  it('runs node on dist/main.js from a maintained Node LTS, as a non-root user, with a healthcheck', () => {
    expect(runtime.from).toMatch(/^node:(22|24)(\.\d+)*-/);
    expect(dockerArgs.NODE_VERSION).toMatch(/^(22|24)$/);
    const users = runtime.steps.filter((s) => s.op === 'USER').map((s) => s.args);
    expect(users.length).toBeGreaterThan(0);
    const user = (users.at(-1) as string).split(':')[0] as string;
    expect(['0', 'root']).not.toContain(user);
    // Kubernetes can only check runAsNonRoot against a numeric user.
    expect(user).toMatch(/^\d+$/);
    const deployment = podOf(the('Deployment'));
    expect(String(deployment.securityContext.runAsUser)).toBe(user);

    const cmd = JSON.parse(runtime.steps.find((s) => s.op === 'CMD')?.args ?? 'null');
    expect(cmd[0]).toBe('node');
    expect(cmd[1]).toMatch(/\/dist\/main\.js$/);
    const health = runtime.steps.find((s) => s.op === 'HEALTHCHECK')?.args ?? '';
    expect(health).toContain('/healthz');

    const env = dockerEnv(runtime);
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.NODE_ENV).toBe('production');
    expect(runtime.steps.find((s) => s.op === 'EXPOSE')?.args).toBe(env.PORT);
    const containerPort = deployment.containers[0].ports[0].containerPort;
    expect(String(containerPort)).toBe(env.PORT);
    // The web app is copied where GONGBIAN_WEB_DIST says.
    const copies = runtime.steps.filter((s) => s.op === 'COPY').map((s) => s.args.split(/\s+/).at(-1));
    expect(copies).toContain(env.GONGBIAN_WEB_DIST);
    expect(cmd[1].startsWith(copies.find((c) => cmd[1].startsWith(`${c}/`)) ?? '\0')).toBe(true);
  });
});

describe('infra/nginx/gongbian.conf', () => {
  const conf = nginxDirectives(fs.readFileSync(path.join(INFRA, 'nginx/gongbian.conf'), 'utf8'));
  const at = (block: string, name: string) =>
    conf.filter((d) => d.name === name && (d.blocks.at(-1) ?? '') === block).map((d) => d.args.join(' '));
  const size = (v: string | undefined) => Number(/^(\d+)m$/.exec(v ?? '')?.[1]) * 1_048_576;

  it('balances over the included replica list and upgrades WebSockets on /graphql', () => {
    expect(at('upstream gongbian', 'include')).toEqual(['gongbian-upstream.conf']);
    const headers = at('server', 'proxy_set_header');
    expect(headers).toContain('Upgrade $http_upgrade');
    expect(headers).toContain('Connection $connection_upgrade');
    for (const h of ['X-Forwarded-For', 'X-Forwarded-Proto', 'X-Request-Id'])
      expect(
        headers.some((v) => v.startsWith(`${h} `)),
        h,
      ).toBe(true);
    // One proxy_set_header in a location would silently drop all of the server's there.
    expect(conf.filter((d) => d.name === 'proxy_set_header' && d.blocks.some((b) => b.startsWith('location')))).toEqual(
      [],
    );
    const upgrade = conf.find((d) => d.name === 'rewrite' && d.blocks.includes('location = /graphql'));
    expect(upgrade?.blocks.at(-1)).toMatch(/^if \(\$http_upgrade ~\* \^websocket\$\)$/);
    expect(upgrade?.args.join(' ')).toBe('^ /graphql-websocket last');
    const socketTimeout = at('location = /graphql-websocket', 'proxy_read_timeout')[0];
    expect(socketTimeout).toBe('1h');
    expect(at('location = /graphql-websocket', 'proxy_pass')).toEqual(['http://gongbian/graphql']);
  });

  it('lets bodies up to the server limits through, never resends a POST, and leaves compression to the server', () => {
    expect(size(at('location = /uploads', 'client_max_body_size')[0])).toBeGreaterThan(defaults.uploadMaxBytes);
    expect(size(at('location = /graphql', 'client_max_body_size')[0])).toBeGreaterThan(defaults.maxBodyBytes);
    const retry = at('server', 'proxy_next_upstream')[0] ?? '';
    expect(retry).toMatch(/\berror\b/);
    expect(retry).not.toContain('non_idempotent');
    expect(at('server', 'gzip')).toEqual(['off']);
  });
});

describe('infra/systemd', () => {
  it('runs the built server as its own user, restarting after a failure, with its settings in a file', () => {
    const unit = systemdUnit(path.join(INFRA, 'systemd/gongbian.service'));
    const service = unit.Service ?? {};
    expect(service.User?.[0]).toBe('gongbian');
    expect(service.EnvironmentFile?.[0]).toBe('/etc/gongbian/gongbian.env');
    expect(service.Restart).toEqual(['on-failure']);
    expect(service.ExecStart?.[0]).toMatch(/^\/usr\/bin\/node \S+\/dist\/main\.js$/);
    expect(Number(service.TimeoutStopSec?.[0])).toBeGreaterThan(DRAIN_SECONDS);
    expect(unit.Install?.WantedBy).toEqual(['multi-user.target']);
    const timer = systemdUnit(path.join(INFRA, 'systemd/gongbian-backup.timer'));
    expect(timer.Timer?.OnCalendar).toBeDefined();
    const backup = systemdUnit(path.join(INFRA, 'systemd/gongbian-backup.service'));
    expect(backup.Service?.ExecStart?.[0]).toMatch(/gongbian-backup$/);
  });
});

describe('the checks themselves', () => {
  const clone = <T>(v: T): T => structuredClone(v);

  it('catch a server pod probed on the wrong path, running as root, or unsized', () => {
    const d = clone(the('Deployment'));
    const c = d.spec.template.spec.containers[0];
    c.readinessProbe.httpGet.path = '/healthz';
    c.livenessProbe.httpGet.port = 8080;
    delete c.resources.requests;
    d.spec.template.spec.securityContext.runAsNonRoot = false;
    d.spec.template.spec.terminationGracePeriodSeconds = 10;
    const found = serverPodProblems(d, DRAIN_SECONDS).join('\n');
    for (const part of [
      'readinessProbe asks /healthz',
      'livenessProbe port 8080',
      'no CPU and memory requests',
      'runAsNonRoot',
      'terminationGracePeriodSeconds',
    ])
      expect(found).toContain(part);
  });

  it('catch a budget, Service or autoscaler that misses the server pods', () => {
    const broken = api.map((o) => clone(o.object));
    const pdb = broken.find((o) => o.kind === 'PodDisruptionBudget') as K8sObject;
    pdb.spec.selector.matchLabels = { 'app.kubernetes.io/name': 'gongbian' }; // also counts the jobs' pods
    const svc = broken.find((o) => o.kind === 'Service') as K8sObject;
    svc.spec.ports[0].targetPort = 'web';
    const hpa = broken.find((o) => o.kind === 'HorizontalPodAutoscaler') as K8sObject;
    hpa.spec.scaleTargetRef.name = 'gongbian-server';
    const found = wiringProblems(broken).join('\n');
    expect(found).toContain('PodDisruptionBudget gongbian also counts the pods of Job gongbian-migrate');
    expect(found).toContain('targets web');
    expect(found).toContain('scales Deployment gongbian-server');
  });
});
