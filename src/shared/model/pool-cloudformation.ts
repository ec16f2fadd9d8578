import type { PoolExport } from './pool-export';

/** A value CloudFormation reads as an intrinsic function (`!Ref Name`), not as a string. */
class Ref {
  constructor(readonly name: string) {}
}

function scalar(value: unknown): string {
  if (value instanceof Ref) return `!Ref ${value.name}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'null';
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Ref);

/** YAML for plain data; strings are double-quoted (JSON escapes are valid YAML), so nothing needs guessing. */
export function toYaml(value: unknown, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return `${pad}[]\n`;
    return value
      .map((item) =>
        isMap(item) || Array.isArray(item) ? `${pad}-\n${toYaml(item, indent + 2)}` : `${pad}- ${scalar(item)}\n`,
      )
      .join('');
  }
  if (isMap(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return `${pad}{}\n`;
    return entries
      .map(([key, v]) => {
        const k = /^[A-Za-z_][\w.-]*$/.test(key) ? key : JSON.stringify(key);
        const empty = (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);
        if ((isMap(v) || Array.isArray(v)) && !empty) return `${pad}${k}:\n${toYaml(v, indent + 2)}`;
        return `${pad}${k}: ${Array.isArray(v) ? '[]' : isMap(v) ? '{}' : scalar(v)}\n`;
      })
      .join('');
  }
  return `${pad}${scalar(value)}\n`;
}

function logicalId(prefix: string, name: string, taken: Set<string>): string {
  const base =
    `${prefix}${name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase()).replace(/^./, (c) => c.toUpperCase())}`.slice(
      0,
      200,
    );
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

/** An export as a CloudFormation template: AWS::Cognito::UserPool, UserPoolClient and UserPoolGroup resources. */
export function toCloudFormation(data: PoolExport): string {
  const { PoolName, ...pool } = data.pool;
  const taken = new Set(['UserPool']);
  const resources: Record<string, unknown> = {
    UserPool: {
      Type: 'AWS::Cognito::UserPool',
      // Deletion protection lives in the pool; Retain also keeps the users if the stack is deleted.
      DeletionPolicy: 'Retain',
      Properties: { UserPoolName: PoolName, ...pool },
    },
  };
  for (const client of data.clients) {
    resources[logicalId('Client', String(client.ClientName), taken)] = {
      Type: 'AWS::Cognito::UserPoolClient',
      Properties: { UserPoolId: new Ref('UserPool'), ...client },
    };
  }
  for (const group of data.groups) {
    resources[logicalId('Group', String(group.GroupName), taken)] = {
      Type: 'AWS::Cognito::UserPoolGroup',
      Properties: { UserPoolId: new Ref('UserPool'), ...group },
    };
  }
  return toYaml({
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Cognito user pool ${String(PoolName)}, exported by cognito-console`,
    Resources: resources,
    Outputs: { UserPoolId: { Value: new Ref('UserPool') } },
  });
}
