import { List, Text } from '@mantine/core'
import { Fragment, type ReactNode } from 'react'
import { textBlocks, type TextBlock } from '../../../shared/domain/text.ts'

/** Groups consecutive bullet points into one list. */
export function groupBlocks<T extends { bullet: boolean }>(
  items: T[],
): { bullet: boolean; items: T[] }[] {
  const groups: { bullet: boolean; items: T[] }[] = []
  for (const item of items) {
    const last = groups.at(-1)
    if (last && last.bullet && item.bullet) last.items.push(item)
    else groups.push({ bullet: item.bullet, items: [item] })
  }
  return groups
}

/** Renders plain text as paragraphs and bullet lists. Text is always text: never parsed as markup. */
export function FormattedText({ text, empty }: { text: string; empty?: ReactNode }) {
  const blocks = textBlocks(text).map((block: TextBlock) => ({
    ...block,
    bullet: block.kind === 'bullet',
  }))
  if (blocks.length === 0) return <>{empty ?? null}</>
  return (
    <>
      {groupBlocks(blocks).map((group, index) =>
        group.bullet ? (
          <List key={index} mb="sm" withPadding>
            {group.items.map((item, itemIndex) => (
              <List.Item key={itemIndex}>{item.text}</List.Item>
            ))}
          </List>
        ) : (
          <Fragment key={index}>
            {group.items.map((item, itemIndex) => (
              <Text key={itemIndex} mb="sm">
                {item.text}
              </Text>
            ))}
          </Fragment>
        ),
      )}
    </>
  )
}
