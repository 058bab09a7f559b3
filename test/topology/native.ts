/**
 * Debian's own PostgreSQL 15 and nginx, run from a temporary folder as the production layout uses
 * them: no containers, nothing installed or left behind. PostgreSQL refuses to run as root, so as
 * root its commands run as the `postgres` user.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../apps/server/src/config.js';

const run = promisify(execFile);

export const PG_BIN = process.env.TOPOLOGY_PG_BIN ?? '/usr/lib/postgresql/15/bin';
export const NGINX = process.env.TOPOLOGY_NGINX ?? '/usr/sbin/nginx';
export const INSTALL_HINT =
  "The topology test runs Debian's PostgreSQL 15 and nginx: install them with\n  apt-get install -y --no-install-recommends postgresql-15 nginx\n(or point TOPOLOGY_PG_BIN at another PostgreSQL ≥ 13 bin folder and TOPOLOGY_NGINX at an nginx binary).";

/** What is missing to run the topology, with how to install it; empty when nothing is. */
export async function missingTools(): Promise<string[]> {
  const missing: string[] = [];
  for (const file of [path.join(PG_BIN, 'initdb'), path.join(PG_BIN, 'pg_ctl'), NGINX]) {
    await fs.access(file, constants.X_OK).catch(() => missing.push(file));
  }
  return missing;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program as a user it accepts. */
function pgCommand(program: string, args: string[]): [string, string[]] {
  const file = path.join(PG_BIN, program);
  return asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

export interface NativePostgres {
  /** The superuser's URL on database `postgres`. */
  adminUrl: string;
  /** A URL on another database of the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<NativePostgres> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-topology-pg-'));
  const data = path.join(dir, 'data');
  if (asRoot) await run('chown', ['postgres:postgres', dir]);
  const port = await freePort();
  const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  const exec = (program: string, args: string[]) => {
    const [file, argv] = pgCommand(program, args);
    return run(file, argv, { env, cwd: dir });
  };
  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    // fsync off: this run is about the server processes dying, not the machine.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`;
    await exec('pg_ctl', ['-D', data, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', 'start']);
  } catch (err) {
    const log = await fs.readFile(path.join(dir, 'postgres.log'), 'utf8').catch(() => '');
    await fs.rm(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(err as Error).message}\n${log}`);
  }
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export interface NativeNginx {
  url: string;
  /** nginx's access and error logs so far. */
  logs(): Promise<string>;
  stop(): Promise<void>;
}

export const NGINX_CONF = path.join(repoRoot, 'infra/nginx/gongbian.conf');
export const NGINX_UPSTREAM = path.join(repoRoot, 'infra/nginx/gongbian-upstream.conf');

/**
 * infra/nginx/gongbian.conf as shipped, but listening on a local port and logging into the
 * temporary folder; infra/nginx/gongbian-upstream.conf with each replica's address replaced by a
 * local server's, keeping its failure settings. A change of shape in either file fails loudly here.
 */
export async function sandboxConfig(listen: number, replicas: string[], logDir: string) {
  const conf = await fs.readFile(NGINX_CONF, 'utf8');
  const listens = conf.match(/^\s*listen\s+8080;$/gm) ?? [];
  if (listens.length !== 1) throw new Error(`${NGINX_CONF}: expected one "listen 8080;" line`);
  const site = conf
    .replace(/^(\s*)listen\s+8080;$/m, `$1listen 127.0.0.1:${listen};`)
    .replaceAll('/var/log/nginx/', `${logDir}/`)
    .replaceAll('/var/cache/nginx/', `${logDir}/`);
  const lines = (await fs.readFile(NGINX_UPSTREAM, 'utf8')).split('\n').filter((l) => /^\s*server\s/.test(l));
  if (lines.length !== replicas.length)
    throw new Error(`${NGINX_UPSTREAM} lists ${lines.length} servers; the topology runs ${replicas.length}`);
  const upstream = lines.map((l, i) => l.replace(/server\s+\S+/, `server ${replicas[i]}`)).join('\n');
  return { site, upstream: `${upstream}\n` };
}

export async function startNginx(replicas: string[]): Promise<NativeNginx> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-topology-nginx-'));
  // nginx's workers run as nobody when the master is root: they write temporary files here.
  await fs.chmod(dir, 0o777);
  const port = await freePort();
  const { site, upstream } = await sandboxConfig(port, replicas, dir);
  await fs.writeFile(path.join(dir, 'gongbian.conf'), site);
  // Relative includes resolve against the main configuration's folder, as /etc/nginx does.
  await fs.writeFile(path.join(dir, 'gongbian-upstream.conf'), upstream);
  const main = [
    'daemon off;',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log info;`,
    'events { worker_connections 4096; }',
    'http {',
    `  client_body_temp_path ${dir}/client_body;`,
    `  proxy_temp_path ${dir}/proxy;`,
    `  fastcgi_temp_path ${dir}/fastcgi;`,
    `  uwsgi_temp_path ${dir}/uwsgi;`,
    `  scgi_temp_path ${dir}/scgi;`,
    `  include ${dir}/gongbian.conf;`,
    '}',
  ].join('\n');
  const confFile = path.join(dir, 'nginx.conf');
  await fs.writeFile(confFile, `${main}\n`);
  const args = ['-p', `${dir}/`, '-e', `${dir}/error.log`, '-c', confFile];
  await run(NGINX, [...args, '-t']).catch((err: Error & { stderr?: string }) => {
    throw new Error(`nginx refused infra/nginx/gongbian.conf: ${err.stderr ?? err.message}`);
  });
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 50) {
    const up = await fetch(`${url}/healthz`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || waited > 10_000) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    logs: async () => {
      const read = (f: string) => fs.readFile(path.join(dir, f), 'utf8').catch(() => '');
      return `${await read('access.log')}${await read('error.log')}`;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
