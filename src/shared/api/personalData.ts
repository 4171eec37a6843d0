import { z } from 'zod'
import { id } from './common.ts'
import { document, mutation } from './procedure.ts'
import type { PersonDto } from './register.ts'

/** The data protection rights of the people in the register: an extract, and erasing contact details. */
export const personalDataApi = {
  'exports.personExtractXlsx': document(
    z.strictObject({ personId: id }),
    'Registerutdrag: allt Rådsrum har sparat om en person (uppgifter, uppdrag och historik) som Excelfil.',
  ),
  // Its own transaction, then a checkpoint that overwrites the erased bytes (outside a transaction).
  'register.erasePersonContact': mutation<PersonDto>({ transactional: false })(
    z.strictObject({ id }),
    'Radera en persons kontaktuppgifter (e-post, telefon, titel). Namnet finns kvar i protokoll och historik.',
  ),
}
