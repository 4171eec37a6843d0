import type { ComboboxItem, OptionsFilter } from '@mantine/core'
import { matchesWordStart } from '../../../shared/domain/wordMatch.ts'

/** A Select filter that matches names from the start of a word (Mantine's default matches anywhere). */
export const wordStartFilter: OptionsFilter = ({ options, search }) =>
  options.filter(
    (option) => 'label' in option && matchesWordStart((option as ComboboxItem).label, search),
  )
