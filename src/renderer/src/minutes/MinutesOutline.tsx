import { NavLink, ScrollArea, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MinutesDto } from '../../../shared/api/minutes.ts'

/** Scrolls to a part of the minutes and puts focus there (the § text if it can be written, else its heading). */
function jumpTo(elementId: string, ...focusFirstOf: string[]) {
  const target = document.getElementById(elementId)
  if (!target) return
  target.scrollIntoView({ block: 'start' })
  const focusable = focusFirstOf
    .map((selector) => target.querySelector<HTMLElement>(selector))
    .find((element) => element !== null)
  focusable?.focus({ preventScroll: true })
}

const jumpToParagraph = (id: number) => jumpTo(`p-${id}`, 'textarea', `#p-${id}-title`)

export const jumpToAdjustment = () => jumpTo('adjustment', '#adjustment-title')

/** The §§ beside the text: one click (or Enter) jumps to a §; the adjustment is the last entry. */
export function MinutesOutline({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  return (
    <nav aria-label={t('outline.title')} style={{ position: 'sticky', top: 68 }}>
      <Text size="sm" fw={700} mb={4}>
        {t('outline.title')}
      </Text>
      <ScrollArea.Autosize mah="calc(100vh - 120px)" type="auto">
        {minutes.paragraphs.map((paragraph) => (
          <NavLink
            key={paragraph.id}
            component="button"
            label={`§ ${paragraph.number} ${paragraph.title}`}
            py={4}
            onClick={() => jumpToParagraph(paragraph.id)}
          />
        ))}
        {!minutes.locked && (
          <NavLink
            component="button"
            label={t('adjustment.title')}
            py={4}
            fw={600}
            onClick={jumpToAdjustment}
          />
        )}
      </ScrollArea.Autosize>
    </nav>
  )
}
