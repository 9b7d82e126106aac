// Validates rendered manifests offline: every object against the official Kubernetes JSON schemas (kubernetes-models,
// generated from the API's OpenAPI document), then the rules this project's deployments keep.
// Usage: node validate.mjs rendered.yaml
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const SERVICES = ["ingest-service", "parse-service", "audit-service", "query-service"];
const file = process.argv[2];
const objects = yaml.loadAll(readFileSync(file, "utf8")).filter((o) => o);
const problems = [];

async function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const module = await import(`kubernetes-models/${group ? group + "/" : ""}${version}`);
  return module[kind];
}

for (const o of objects) {
  const name = `${o.kind}/${o.metadata?.name}`;
  let Model;
  try {
    Model = await modelOf(o.apiVersion, o.kind);
  } catch (e) {
    Model = undefined;
  }
  if (!Model) {
    problems.push(`${name}: unknown apiVersion/kind ${o.apiVersion} ${o.kind}`);
    continue;
  }
  try {
    new Model(o).validate();
  } catch (e) {
    problems.push(`${name}: ${e.message}`);
  }
}

function check(condition, message) {
  if (!condition) problems.push(message);
}

for (const service of SERVICES) {
  const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata.name === service);
  check(deployment, `Deployment ${service} missing`);
  check(objects.find((o) => o.kind === "Service" && o.metadata.name === service), `Service ${service} missing`);
  check(objects.find((o) => o.kind === "PodDisruptionBudget" && o.metadata.name === service),
    `PodDisruptionBudget ${service} missing`);
  if (!deployment) continue;
  const pod = deployment.spec.template;
  const container = pod.spec.containers.find((c) => c.name === service);
  check(container, `${service}: no container named after the service`);
  if (!container) continue;
  check(container.livenessProbe?.httpGet?.path === "/q/health/live", `${service}: liveness probe not on /q/health/live`);
  check(container.readinessProbe?.httpGet?.path === "/q/health/ready", `${service}: readiness probe not on /q/health/ready`);
  for (const k of ["cpu", "memory"]) {
    check(container.resources?.requests?.[k], `${service}: no ${k} request`);
  }
  check(container.resources?.limits?.memory, `${service}: no memory limit`);
  check(pod.spec.securityContext?.runAsNonRoot === true, `${service}: pods may run as root`);
  check(pod.metadata.annotations?.["prometheus.io/scrape"] === "true"
    && pod.metadata.annotations?.["prometheus.io/path"] === "/q/metrics", `${service}: no Prometheus scrape annotations`);
  const from = (container.envFrom || []).map((e) => e.configMapRef?.name || e.secretRef?.name);
  check(from.includes("ogi-config") && from.includes("ogi-secrets"), `${service}: not configured from ogi-config and ogi-secrets`);
  check(deployment.metadata.namespace, `${service}: no namespace`);
}
for (const ref of ["ogi-config", "ogi-secrets"]) {
  check(objects.find((o) => (o.kind === "ConfigMap" || o.kind === "Secret") && o.metadata.name === ref), `${ref} is referenced but not defined`);
}

if (problems.length) {
  console.error(`${file}: ${problems.length} problem(s)`);
  problems.forEach((p) => console.error("  - " + p));
  process.exit(1);
}
console.log(`${file}: ${objects.length} objects valid against the Kubernetes schemas and the deployment rules`);
