import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/** A Kubernetes object as the manifests write it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: any;
}

/** The kustomization fields this renderer carries out; any other is refused rather than ignored. */
const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'patches', 'replicas']);
/** The kinds kustomize's `replicas` field changes. */
const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

interface Patch {
  target: { kind?: string; name?: string };
  patch?: string;
  path?: string;
}

type Operation = { op: 'add' | 'replace' | 'remove'; path: string; value?: unknown };

/**
 * `kubectl kustomize DIR` for the subset deploy/k8s uses, so that a test can check what an overlay
 * really applies without kubectl: resources (files and directories with a kustomization), JSON 6902
 * patches selected by kind and name, and replicas. In kustomize's order: resources, patches, replicas.
 */
export function kustomize(dir: string): K8sObject[] {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'));
  const unsupported = Object.keys(kustomization).filter((k) => !SUPPORTED.has(k));
  if (unsupported.length) throw new Error(`${dir}: kustomization fields not rendered here: ${unsupported.join(', ')}`);
  const objects: K8sObject[] = (kustomization.resources ?? []).flatMap((entry: string) => {
    const path = resolve(dir, entry);
    if (statSync(path).isDirectory()) return kustomize(path);
    return parseAllDocuments(readFileSync(path, 'utf8'))
      .map((doc) => {
        if (doc.errors.length) throw new Error(`${path}: ${doc.errors[0].message}`);
        return doc.toJS() as K8sObject;
      })
      .filter(Boolean);
  });
  for (const patch of (kustomization.patches ?? []) as Patch[]) {
    const operations = parse(patch.path ? readFileSync(join(dir, patch.path), 'utf8') : (patch.patch ?? ''));
    if (!Array.isArray(operations)) throw new Error(`${dir}: only JSON 6902 patches (a list of operations) are rendered here`);
    const targets = objects.filter((o) => (!patch.target.kind || o.kind === patch.target.kind) && (!patch.target.name || o.metadata.name === patch.target.name));
    if (!targets.length) throw new Error(`${dir}: a patch matches nothing: ${JSON.stringify(patch.target)}`);
    for (const target of targets) for (const operation of operations as Operation[]) apply(target, operation);
  }
  for (const { name, count } of kustomization.replicas ?? []) {
    const targets = objects.filter((o) => SCALABLE.has(o.kind) && o.metadata.name === name);
    if (!targets.length) throw new Error(`${dir}: replicas for ${name}, which is not here`);
    for (const target of targets) target.spec.replicas = count;
  }
  return objects;
}

/** One RFC 6902 operation (add, replace, remove) in place; a path that does not exist is an error. */
function apply(document: K8sObject, { op, path, value }: Operation) {
  if (!['add', 'replace', 'remove'].includes(op)) throw new Error(`${document.metadata.name}: operation ${op} is not rendered here`);
  const keys = path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop()!;
  let parent: any = document;
  for (const key of keys) {
    parent = parent?.[key];
    if (parent === undefined || parent === null || typeof parent !== 'object') throw new Error(`${document.metadata.name}: no ${path}`);
  }
  const copy = structuredClone(value);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length || (op !== 'add' && index >= parent.length)) throw new Error(`${document.metadata.name}: no ${path}`);
    if (op === 'add') parent.splice(index, 0, copy);
    else if (op === 'replace') parent[index] = copy;
    else parent.splice(index, 1);
    return;
  }
  if (op !== 'add' && !(last in parent)) throw new Error(`${document.metadata.name}: no ${path} to ${op}`);
  if (op === 'remove') delete parent[last];
  else parent[last] = copy;
}

