import JSZip from 'jszip'

/** A part of a .docx (word/document.xml unless named), as written. */
export async function wordPart(data: Uint8Array, part = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(data)).file(part)!.async('string')
}

/**
 * The text of a Word part as a reader sees it: a line per paragraph, tabs as spaces, entities decoded,
 * and Word's non-breaking hyphens (<w:noBreakHyphen/>, in every date) as `hyphen`.
 */
export function wordTextOf(xml: string, hyphen = '-'): string {
  return xml
    .replace(/<w:noBreakHyphen\/>/g, hyphen)
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
