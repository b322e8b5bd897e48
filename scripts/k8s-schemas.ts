import { readFileSync, writeFileSync } from 'node:fs';

/**
 * One-off: cuts the definitions the manifests use out of the Kubernetes OpenAPI v2 document
 * (`swagger.json`), without descriptions, into deploy/k8s/schemas/definitions.json, which the
 * manifest test validates against. Run it again when a manifest uses a new kind:
 *   node -r ts-node/register/transpile-only scripts/k8s-schemas.ts <swagger.json> <kubernetes version>
 */
export const KINDS = [
  'io.k8s.api.core.v1.Namespace',
  'io.k8s.api.core.v1.ConfigMap',
  'io.k8s.api.core.v1.Service',
  'io.k8s.api.apps.v1.Deployment',
  'io.k8s.api.apps.v1.StatefulSet',
  'io.k8s.api.batch.v1.Job',
  'io.k8s.api.policy.v1.PodDisruptionBudget',
  'io.k8s.api.networking.v1.NetworkPolicy',
  'io.k8s.api.networking.v1.Ingress',
];

type Schema = Record<string, unknown>;

function main(swaggerFile: string, version: string) {
  const all: Record<string, Schema> = JSON.parse(readFileSync(swaggerFile, 'utf8')).definitions;
  const kept: Record<string, Schema> = {};
  const visit = (name: string) => {
    if (kept[name]) return;
    if (!all[name]) throw new Error(`${name} is not in ${swaggerFile}`);
    kept[name] = strip(all[name]) as Schema;
    JSON.stringify(all[name], (key, value) => {
      if (key === '$ref') visit(String(value).replace('#/definitions/', ''));
      return value;
    });
  };
  KINDS.forEach(visit);
  const sorted = Object.fromEntries(Object.keys(kept).sort().map((k) => [k, kept[k]]));
  writeFileSync('deploy/k8s/schemas/definitions.json', `${JSON.stringify({ kubernetes: version, definitions: sorted }, null, 1)}\n`);
}

/** Descriptions are most of the size and nothing a validator reads. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'description').map(([k, v]) => [k, k === 'properties' ? mapValues(v as Schema) : strip(v)]));
}

function mapValues(properties: Schema): Schema {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, strip(v)]));
}

if (require.main === module) main(process.argv[2], process.argv[3]);
