import { describe, expect, it } from 'vitest';
import { recordEntities } from './access.js';
import type { FieldList } from './field-list.js';
import { fieldLabel, fieldsOf, recordFieldLists } from './fields.js';
import { recordSchemas, tableColumns } from './tables.js';

describe('field lists', () => {
  it('when two entities have a field of the same name, they give it the same label', () => {
    const seen = new Map<string, { entity: string; label: readonly [string, string] }>();
    for (const [entity, fields] of Object.entries<FieldList>(recordFieldLists)) {
      for (const [name, { label }] of Object.entries(fields)) {
        const earlier = seen.get(name);
        if (earlier) expect(label, `${entity}.${name} vs ${earlier.entity}.${name}`).toEqual(earlier.label);
        else seen.set(name, { entity, label });
      }
    }
  });

  it('when an entity is imported or exported, every column has a Chinese header of its own', () => {
    for (const entity of recordEntities) {
      const headers = tableColumns(entity).map((column) => column.header);
      expect(
        headers.every((header) => /\p{Script=Han}/u.test(header)),
        `${entity}: ${headers.join(', ')}`,
      ).toBe(true);
      expect(new Set(headers).size, entity).toBe(headers.length);
    }
    expect(fieldLabel('attendance', 'en')).toBe('Attendance (person-times)');
  });

  it("when a field list gives a field help, the console's form and the import template carry it for that entity only", () => {
    const status = (entity: 'events' | 'venues') => fieldsOf(entity, recordSchemas[entity].create).find((field) => field.name === 'status');
    expect(status('events')?.help?.zh).toContain('不填时按保存时的时间确定');
    expect(status('events')?.help?.en).toContain('ended → completed');
    expect(tableColumns('events').find((column) => column.name === 'status')?.help).toEqual(status('events')?.help);
    expect(status('venues')).not.toHaveProperty('help');
  });
});
