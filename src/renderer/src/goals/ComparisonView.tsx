import { Badge, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { GoalComparisonDto } from '../../../shared/api/goals.ts'
import type { DiffSpan } from '../../../shared/domain/goals.ts'
import { groupBlocks } from './FormattedText.tsx'

/**
 * Not colour alone: added text is underlined and removed text struck through (both survive
 * Windows high-contrast mode), and screen readers hear "tillagt:" / "borttaget:" before each change.
 */
const addedStyle: CSSProperties = {
  textDecoration: 'underline',
  textDecorationThickness: '2px',
  textUnderlineOffset: '3px',
  // Dark on light, well over 7:1.
  backgroundColor: '#dcfce7',
  color: '#14532d',
}
const removedStyle: CSSProperties = {
  textDecoration: 'line-through',
  textDecorationThickness: '2px',
  backgroundColor: '#fee2e2',
  color: '#7f1d1d',
}

export function Spans({ spans }: { spans: DiffSpan[] }) {
  const { t } = useTranslation('goals')
  return (
    <>
      {spans.map((span, index) =>
        span.kind === 'added' ? (
          <ins key={index} style={addedStyle}>
            <VisuallyHidden>[{t('compare.added')} </VisuallyHidden>
            {span.text}
            <VisuallyHidden>]</VisuallyHidden>
          </ins>
        ) : span.kind === 'removed' ? (
          <del key={index} style={removedStyle}>
            <VisuallyHidden>[{t('compare.removed')} </VisuallyHidden>
            {span.text}
            <VisuallyHidden>]</VisuallyHidden>
          </del>
        ) : (
          <span key={index}>{span.text}</span>
        ),
      )}
    </>
  )
}

export function ComparisonView({
  comparison,
  onlyChanged = false,
}: {
  comparison: GoalComparisonDto
  onlyChanged?: boolean
}) {
  const { t } = useTranslation('goals')
  if (comparison.summary.changedSections === 0)
    return <Text c="dimmed">{t('compare.noChanges')}</Text>
  return (
    <Stack gap="lg" aria-label={t('compare.legend')}>
      {comparison.sections
        .filter((section) => !onlyChanged || section.kind !== 'same')
        .map((section) => (
          <section key={section.key}>
            <Group gap="xs" mb={4}>
              <Title order={2} size="h3">
                <Spans spans={section.heading} />
              </Title>
              {section.kind === 'added' && (
                <Badge color="green" variant="outline" c="black">
                  {t('compare.sectionAdded')}
                </Badge>
              )}
              {section.kind === 'removed' && (
                <Badge color="red" variant="outline" c="black">
                  {t('compare.sectionRemoved')}
                </Badge>
              )}
              {section.kind === 'same' && (
                <Badge color="gray" variant="outline" c="black">
                  {t('compare.unchanged')}
                </Badge>
              )}
            </Group>
            {groupBlocks(section.paragraphs).map((group, index) =>
              group.bullet ? (
                <List key={index} mb="sm" withPadding>
                  {group.items.map((paragraph, itemIndex) => (
                    <List.Item key={itemIndex}>
                      <Spans spans={paragraph.spans} />
                    </List.Item>
                  ))}
                </List>
              ) : (
                group.items.map((paragraph, itemIndex) => (
                  <Text key={`${index}-${itemIndex}`} mb="sm">
                    <Spans spans={paragraph.spans} />
                  </Text>
                ))
              ),
            )}
          </section>
        ))}
    </Stack>
  )
}
