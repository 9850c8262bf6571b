// Loads the served schema in graphql-js as a client's code generator would, and checks queries against it.
// Usage: node schema.mjs <schema url> <file>...  Each file is a GraphQL document, or Markdown whose ```graphql
// blocks are each one. Prints one JSON object:
//   { schemaErrors: [...], queryErrors: { file: [...] }, undescribed: ["Type.field(argument)", ...] }
import { readFileSync } from 'node:fs';
import {
  buildSchema, validateSchema, validate, parse, isObjectType, isInterfaceType, isInputObjectType, isEnumType,
  isIntrospectionType, isSpecifiedScalarType,
} from 'graphql';

const [schemaUrl, ...queryFiles] = process.argv.slice(2);
const response = await fetch(schemaUrl);
if (!response.ok) throw new Error(`GET ${schemaUrl} answered ${response.status}`);
const schema = buildSchema(await response.text());

const documents = (file) => {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return [[file, text]];
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((block, index) => [`${file} block ${index + 1}`, block[1]]);
};
const queryErrors = {};
for (const [name, text] of queryFiles.flatMap(documents)) {
  try {
    queryErrors[name] = validate(schema, parse(text)).map((error) => error.message);
  } catch (error) {
    queryErrors[name] = [error.message];
  }
}

const undescribed = [];
const lacks = (element) => !element.description || !element.description.trim();
for (const type of Object.values(schema.getTypeMap())) {
  if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
  if (lacks(type)) undescribed.push(type.name);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (lacks(field)) undescribed.push(`${type.name}.${field.name}`);
      for (const argument of field.args ?? []) {
        if (lacks(argument)) undescribed.push(`${type.name}.${field.name}(${argument.name})`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) {
      if (lacks(value)) undescribed.push(`${type.name}.${value.name}`);
    }
  }
}

console.log(JSON.stringify({ schemaErrors: validateSchema(schema).map((error) => error.message), queryErrors, undescribed }));
