// Writes schema.graphql from the compiled gateway (run via `npm run schema:print`,
// which builds first). A test fails when the committed file drifts from the code.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { buildGatewaySchema, printGatewaySchema } from '../dist/buildGatewaySchema.js';

const schema = await buildGatewaySchema();
const text = await format(printGatewaySchema(schema), { parser: 'graphql' });
writeFileSync(new URL('../schema.graphql', import.meta.url), text);
console.log('schema.graphql written');
