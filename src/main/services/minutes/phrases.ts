import type { EntityManager } from '@mikro-orm/sqlite'
import type { PhrasesDto } from '../../../shared/api/minutes.ts'
import { DEFAULT_PHRASES } from '../../../shared/domain/minutes.ts'
import { StandardPhrase } from '../../db/entities/minutes.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'

export async function phrasesDto(em: EntityManager, bodyId: number): Promise<PhrasesDto> {
  const stored = await queryRows<{ text: string }>(
    em,
    sql`select text from standard_phrase where body_id = ${bodyId} order by position, id`,
  )
  return stored.length > 0
    ? { bodyId, phrases: stored.map((phrase) => phrase.text), standard: false }
    : { bodyId, phrases: [...DEFAULT_PHRASES], standard: true }
}

export const phraseHandlers: Pick<
  AreaHandlers<'minutes'>,
  'minutes.getPhrases' | 'minutes.savePhrases'
> = {
  async 'minutes.getPhrases'({ em }, { bodyId }) {
    return phrasesDto(em, (await findBody(em, bodyId)).id)
  },
  async 'minutes.savePhrases'({ em }, { bodyId, phrases }) {
    const body = await findBody(em, bodyId)
    await em.nativeDelete(StandardPhrase, { body: body.id })
    phrases.forEach((text, position) => em.create(StandardPhrase, { body, position, text }))
    await em.flush()
    return phrasesDto(em, body.id)
  },
}
