import { describe, expect, it } from 'vitest'
import { rawSql, sql, sqlConditions } from '../../src/main/db/sqlWhere.ts'

describe('the sql tag', () => {
  it('binds every value as a parameter, lists for in (…), and splices fragments with their values', () => {
    const name = "O'Brien'); drop table person; --"
    const filters = sqlConditions()
      .when(null, sql`p.organisation_id = ${7}`)
      .when(name, sql`p.name = ${name}`)
    const query = sql`select * from ${rawSql('person')} p where p.id in (${[1, 2, 3]}) and ${filters} limit ${10}`
    expect(query.sql).toBe('select * from person p where p.id in (?, ?, ?) and p.name = ? limit ?')
    expect(query.params).toEqual([1, 2, 3, name, 10])
    expect(sql`select 1 where ${sqlConditions()}`.sql).toBe('select 1 where 1 = 1')
  })
})
