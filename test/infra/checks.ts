/**
 * What an operator would check by hand in infra/, as functions that return each problem in words
 * (none when all is well), so the tests can also show that a broken manifest is caught.
 */
import type { K8sObject, Loose } from './infra-files.js';

type Container = Loose;
type PodSpec = Loose;

/** The pod template of a workload (Deployment, Job, CronJob), or null for other kinds. */
export function podTemplate(o: K8sObject): { labels: Record<string, string>; spec: PodSpec } | null {
  const template =
    o.kind === 'CronJob'
      ? o.spec?.jobTemplate?.spec?.template
      : ['Deployment', 'Job'].includes(o.kind)
        ? o.spec?.template
        : null;
  return template ? { labels: template.metadata?.labels ?? {}, spec: template.spec ?? {} } : null;
}

export const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

/** A probe's port, by number or by the container's port name. */
function probePort(c: Container, port: number | string | undefined): number | null {
  if (typeof port === 'number') return c.ports?.some((p: Loose) => p.containerPort === port) ? port : null;
  return c.ports?.find((p: Loose) => p.name === port)?.containerPort ?? null;
}

/** Unprivileged, sized, and writing nothing but /tmp: any workload's containers. */
export function containerProblems(where: string, spec: PodSpec): string[] {
  const problems: string[] = [];
  const pod = spec.securityContext ?? {};
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Container[]) {
    const at = `${where} container ${c.name}`;
    const sc = { ...pod, ...(c.securityContext ?? {}) };
    if (sc.runAsNonRoot !== true) problems.push(`${at}: runAsNonRoot is not true`);
    if (sc.runAsUser === 0) problems.push(`${at}: runs as uid 0`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${at}: allowPrivilegeEscalation is not false`);
    if (sc.readOnlyRootFilesystem !== true) problems.push(`${at}: the root filesystem is writable`);
    const tmp = c.volumeMounts?.find((m: Loose) => m.mountPath === '/tmp');
    const tmpVolume = spec.volumes?.find((v: Loose) => v.name === tmp?.name);
    if (sc.readOnlyRootFilesystem === true && !tmpVolume?.emptyDir) problems.push(`${at}: no writable /tmp (emptyDir)`);
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory)
      problems.push(`${at}: no CPU and memory requests`);
    if (!c.resources?.limits?.memory) problems.push(`${at}: no memory limit`);
  }
  return problems;
}

/** The server's containers: probed on the right paths and ports, given time to drain. */
export function serverPodProblems(deployment: K8sObject, drainSeconds: number): string[] {
  const spec: PodSpec = podTemplate(deployment)?.spec ?? {};
  const problems = containerProblems(`Deployment ${deployment.metadata.name}`, spec);
  for (const c of spec.containers ?? []) {
    const at = `Deployment ${deployment.metadata.name} container ${c.name}`;
    const expect: [string, string][] = [
      ['readinessProbe', '/readyz'],
      ['livenessProbe', '/healthz'],
      ['startupProbe', '/healthz'],
    ];
    for (const [probe, path] of expect) {
      const get = c[probe]?.httpGet;
      if (!get) problems.push(`${at}: no ${probe}`);
      else if (get.path !== path) problems.push(`${at}: ${probe} asks ${get.path}, not ${path}`);
      else if (probePort(c, get.port) === null)
        problems.push(`${at}: ${probe} port ${get.port} is not a container port`);
    }
  }
  const preStop = Number(
    spec.containers?.[0]?.lifecycle?.preStop?.exec?.command?.join(' ').match(/^sleep (\d+)$/)?.[1] ?? 0,
  );
  const grace = spec.terminationGracePeriodSeconds ?? 30;
  if (grace <= preStop + drainSeconds)
    problems.push(
      `terminationGracePeriodSeconds ${grace} leaves no time to drain (preStop ${preStop} s + ${drainSeconds} s)`,
    );
  return problems;
}

/** The Service, PodDisruptionBudget, HorizontalPodAutoscaler and Ingress all reach the server pods, and only them. */
export function wiringProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  const deployment = of('Deployment')[0];
  if (!deployment) return ['no Deployment'];
  const server = podTemplate(deployment) as NonNullable<ReturnType<typeof podTemplate>>;
  if (!selects(deployment.spec.selector?.matchLabels, server.labels))
    problems.push('the Deployment selector does not match its own pods');
  const others = objects.filter((o) => o !== deployment && podTemplate(o));
  const containerPorts = server.spec.containers.flatMap((c: Container) => c.ports ?? []);

  for (const svc of of('Service')) {
    if (!selects(svc.spec.selector, server.labels))
      problems.push(`Service ${svc.metadata.name} does not select the server pods`);
    for (const o of others)
      if (selects(svc.spec.selector, podTemplate(o)?.labels ?? {}))
        problems.push(`Service ${svc.metadata.name} also selects the pods of ${o.kind} ${o.metadata.name}`);
    for (const p of svc.spec.ports ?? []) {
      const target = p.targetPort ?? p.port;
      const found = containerPorts.some((cp: Loose) => cp.containerPort === target || cp.name === target);
      if (!found)
        problems.push(`Service ${svc.metadata.name} port ${p.port} targets ${target}, which no server container opens`);
    }
  }
  for (const pdb of of('PodDisruptionBudget')) {
    if (!selects(pdb.spec.selector?.matchLabels, server.labels))
      problems.push(`PodDisruptionBudget ${pdb.metadata.name} does not select the server pods`);
    for (const o of others)
      if (selects(pdb.spec.selector?.matchLabels, podTemplate(o)?.labels ?? {}))
        problems.push(`PodDisruptionBudget ${pdb.metadata.name} also counts the pods of ${o.kind} ${o.metadata.name}`);
  }
  for (const hpa of of('HorizontalPodAutoscaler')) {
    const t = hpa.spec.scaleTargetRef;
    if (t.kind !== 'Deployment' || t.name !== deployment.metadata.name || t.apiVersion !== deployment.apiVersion)
      problems.push(`HorizontalPodAutoscaler ${hpa.metadata.name} scales ${t.kind} ${t.name}, not the Deployment`);
    if (hpa.spec.minReplicas < 2) problems.push('the autoscaler may go down to one replica');
    if (!server.spec.containers.every((c: Container) => c.resources?.requests?.cpu))
      problems.push('a CPU autoscaler needs CPU requests on every container');
  }
  for (const ing of of('Ingress')) {
    const backends = (ing.spec.rules ?? []).flatMap((r: Loose) => r.http?.paths ?? []);
    for (const b of backends) {
      const svc = of('Service').find((s) => s.metadata.name === b.backend?.service?.name);
      const port = b.backend?.service?.port;
      if (!svc)
        problems.push(`Ingress ${ing.metadata.name} sends to a Service ${b.backend?.service?.name} that is not here`);
      else if (!svc.spec.ports.some((p: Loose) => p.name === port?.name || p.port === port?.number))
        problems.push(`Ingress ${ing.metadata.name} sends to a port Service ${svc.metadata.name} does not have`);
    }
  }
  return problems;
}

/** ingress-nginx: WebSockets kept open, uploads let through, no POST resent. */
export function ingressProblems(ingress: K8sObject, uploadMb: number): string[] {
  const a: Record<string, string> = ingress.metadata.annotations ?? {};
  const problems: string[] = [];
  const key = (k: string) => a[`nginx.ingress.kubernetes.io/${k}`];
  if (Number(key('proxy-read-timeout') ?? 60) < 300)
    problems.push('WebSockets would be cut after a minute idle (proxy-read-timeout)');
  const body = /^(\d+)m$/.exec(key('proxy-body-size') ?? '1m');
  if (!body || Number(body[1]) <= uploadMb)
    problems.push(`proxy-body-size must exceed the ${uploadMb} MB upload limit`);
  if (/non_idempotent/.test(key('proxy-next-upstream') ?? ''))
    problems.push('mutations (POST) would be resent to another pod');
  return problems;
}
