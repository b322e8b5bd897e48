import { readFileSync } from 'node:fs';

/** The OpenAPI v2 schema keywords the Kubernetes definitions use. */
interface Schema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  $ref?: string;
  enum?: unknown[];
  'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[];
}

/**
 * Validates objects against the API definitions committed in deploy/k8s/schemas (README.md there says
 * where they come from), strictly: a field the API does not
 * have is an error, as `kubectl apply --validate=strict` makes it, so a misspelt probe is caught.
 */
export class KubernetesSchemas {
  private readonly definitions: Record<string, Schema>;

  constructor(files = ['deploy/k8s/schemas/definitions.json', 'deploy/k8s/schemas/cnpg-cluster.json']) {
    const parsed = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
    this.definitions = Object.assign({}, ...parsed.map((p) => p.definitions));
  }

  /** The definition of apiVersion + kind, if the committed schemas have it. */
  definitionOf(apiVersion: string, kind: string): string | undefined {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    return Object.keys(this.definitions).find((name) =>
      this.definitions[name]['x-kubernetes-group-version-kind']?.some((gvk) => gvk.group === group && gvk.version === version && gvk.kind === kind),
    );
  }

  /** Every problem of one object, as `path: problem`; empty when it is valid. */
  errors(object: { apiVersion?: string; kind?: string }): string[] {
    const name = this.definitionOf(String(object.apiVersion), String(object.kind));
    if (!name) return [`no schema for ${object.apiVersion} ${object.kind}`];
    return this.check(object, { $ref: `#/definitions/${name}` }, '');
  }

  private check(value: unknown, schema: Schema, path: string): string[] {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/definitions/', '');
      // Quantities are strings in the API but YAML gives `cpu: 1` as a number; both are accepted.
      if (name.endsWith('.api.resource.Quantity')) return typeof value === 'string' || typeof value === 'number' ? [] : [`${path}: not a quantity`];
      const definition = this.definitions[name];
      return definition ? this.check(value, definition, path) : [`${path}: no definition ${name}`];
    }
    if (schema.format === 'int-or-string') return typeof value === 'string' || Number.isInteger(value) ? [] : [`${path}: not an integer or string`];
    if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`];
    switch (schema.type) {
      case 'string':
        return typeof value === 'string' ? [] : [`${path}: not a string`];
      case 'boolean':
        return typeof value === 'boolean' ? [] : [`${path}: not a boolean`];
      case 'integer':
        return Number.isInteger(value) ? [] : [`${path}: not an integer`];
      case 'number':
        return typeof value === 'number' ? [] : [`${path}: not a number`];
      case 'array':
        if (!Array.isArray(value)) return [`${path}: not a list`];
        return schema.items ? value.flatMap((item, i) => this.check(item, schema.items!, `${path}/${i}`)) : [];
      case 'object':
        return this.checkObject(value, schema, path);
      default:
        return []; // untyped (RawExtension, JSON): anything
    }
  }

  private checkObject(value: unknown, schema: Schema, path: string): string[] {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
    const fields = value as Record<string, unknown>;
    const missing = (schema.required ?? []).filter((key) => fields[key] === undefined).map((key) => `${path}/${key}: required`);
    return [
      ...missing,
      ...Object.entries(fields).flatMap(([key, field]) => {
        const known = schema.properties?.[key];
        if (known) return this.check(field, known, `${path}/${key}`);
        if (typeof schema.additionalProperties === 'object') return this.check(field, schema.additionalProperties, `${path}/${key}`);
        if (schema.properties) return [`${path}/${key}: unknown field`];
        return [];
      }),
    ];
  }
}
