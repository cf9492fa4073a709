import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { buildGatewaySchema, printGatewaySchema } from '../../src/buildGatewaySchema.js';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after a schema change)', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    const printed = await format(printGatewaySchema(await buildGatewaySchema()), {
      parser: 'graphql',
    });
    expect(printed).toBe(committed);
  });

  it('describes every type, field, argument and enum value (Sandbox is the documentation)', async () => {
    const schema = await buildGatewaySchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if ('getValues' in type) {
        for (const value of type.getValues()) {
          if (!value.description) undocumented.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
