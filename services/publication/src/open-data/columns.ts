// An open-data CSV file's columns, each a Frictionless field: the header row and the data package's table
// schema are both read from the one list, so they cannot drift apart.
import type { CsvRows } from './csv.ts';

/** A column's field: its name, its type and what it holds; one line each, so a file's columns read as a table. */
export type Field = readonly [name: string, type: 'string' | 'integer' | 'boolean', description: string];

/** The header row (the fields' names), then a row per item, its values in the fields' order. */
export const csvRows = <Item>(
  fields: readonly Field[],
  items: readonly Item[],
  row: (item: Item, index: number) => CsvRows[number],
): CsvRows => [fields.map(([name]) => name), ...items.map(row)];

/** The fields as the data package's table schema lists them. */
export const schemaFields = (fields: readonly Field[]) =>
  fields.map(([name, type, description]) => ({ name, type, description }));
