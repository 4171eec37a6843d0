/**
 * Plain text as the secretary types or pastes it: line endings made "\n", and characters that a
 * Word or Excel file cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) removed.
 * Tabs become spaces. Nothing is ever interpreted as markup.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  )
}

export type TextBlock =
  { kind: 'paragraph'; text: string } | { kind: 'bullet'; level: 0 | 1; text: string }

/**
 * Lines of plain text as paragraphs and bullets: a line starting with "- ", "– " or "• " is a
 * bullet (indented two spaces or more: a sub-bullet). Blank lines only separate.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const raw of cleanText(text).split('\n')) {
    if (raw.trim() === '') continue
    const bullet = /^(\s*)[-–•*]\s+(.*)$/.exec(raw)
    if (bullet)
      blocks.push({
        kind: 'bullet',
        level: bullet[1]!.length >= 2 ? 1 : 0,
        text: bullet[2]!.trim(),
      })
    else blocks.push({ kind: 'paragraph', text: raw.trim() })
  }
  return blocks
}
