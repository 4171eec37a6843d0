import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { AppError, invalid } from '../../../shared/api/errors.ts'
import { m } from '../../../shared/messages/index.ts'

/** Limits that keep a hostile or mistaken file from exhausting memory. */
export const IMPORT_LIMITS = {
  maxRows: 5_000,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxCellLength: 1_000,
}

export interface MemberRow {
  row: number
  name: string
  title: string
  organisationName: string
  email: string
  phone: string
}

const HEADERS: Record<keyof Omit<MemberRow, 'row'>, string[]> = {
  name: ['namn', 'name', 'för- och efternamn'],
  title: ['titel', 'befattning', 'title'],
  organisationName: ['organisation', 'aktör', 'förvaltning', 'organisation/aktör'],
  email: ['e-post', 'epost', 'e-postadress', 'mejl', 'email', 'e-mail'],
  phone: ['telefon', 'tel', 'mobil', 'phone'],
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('result' in value) return value.result === undefined ? '' : String(value.result)
    if (value instanceof Date) return value.toISOString().slice(0, 10)
    return ''
  }
  return String(value)
}

const tooBigUnpacked = () => invalid(m('register.unpackedTooBig', { max: 50 }), 'file')

/** The parts of a workbook that hold its sheets' cells: no images, themes, drawings or comments. */
const IMPORT_PARTS =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/

/**
 * A stored (uncompressed) zip of the parts the import reads, inflating each while counting the bytes
 * that really come out: a part that declares 3 kB and inflates to 1 GB stops at the limit.
 */
async function importParts(zip: JSZip): Promise<Uint8Array> {
  let left = IMPORT_LIMITS.maxUncompressedBytes
  const kept = new JSZip()
  for (const entry of Object.values(zip.files)) {
    const name = entry.name.replace(/^\//, '')
    if (entry.dir || !IMPORT_PARTS.test(name)) continue
    const chunks: Buffer[] = []
    await new Promise<void>((resolve, reject) => {
      // JSZip's stream (readable-stream 2) is not async-iterable: events, paused at the limit.
      const stream = entry.nodeStream('nodebuffer')
      stream.on('data', (chunk: Buffer) => {
        left -= chunk.length
        if (left >= 0) return void chunks.push(chunk)
        stream.pause()
        stream.removeAllListeners('data')
        reject(tooBigUnpacked())
      })
      stream.on('error', reject)
      stream.on('end', resolve)
    })
    kept.file(name, Buffer.concat(chunks))
  }
  return kept.generateAsync({ type: 'uint8array', compression: 'STORE' })
}

/** Reads the member sheet; throws a VALIDATION error with a reason for files it will not read. */
export async function readMemberWorkbook(data: Uint8Array): Promise<MemberRow[]> {
  const notWorkbook = m('register.notWorkbook')
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw invalid(notWorkbook, 'file')
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(data)
  } catch {
    throw invalid(notWorkbook, 'file')
  }
  let total = 0
  for (const entry of Object.values(zip.files)) {
    // JSZip keeps the central directory's declared size; a zip bomb declares a huge one.
    // JSZip reads the size as a signed 32-bit number: a declared 2–4 GB comes out negative. Read it unsigned.
    total +=
      ((entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ??
        0) >>> 0
  }
  if (total > IMPORT_LIMITS.maxUncompressedBytes) throw tooBigUnpacked()
  if (!zip.file('xl/workbook.xml')) throw invalid(notWorkbook, 'file')

  const workbook = new ExcelJS.Workbook()
  try {
    // ExcelJS inflates every entry it finds (images and themes whole, outside the JS heap), so it gets
    // a copy holding only the parts the import reads, inflated here with the real bytes counted.
    await workbook.xlsx.load((await importParts(zip)) as unknown as ArrayBuffer)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw invalid(m('register.workbookDamaged'), 'file')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw invalid(m('register.noSheet'), 'file')
  if (sheet.actualRowCount > IMPORT_LIMITS.maxRows + 1) {
    throw invalid(m('register.tooManyRows', { max: IMPORT_LIMITS.maxRows }), 'file')
  }

  const columns = new Map<keyof typeof HEADERS, number>()
  let headerRow = 0
  sheet.eachRow((row, rowNumber) => {
    if (headerRow) return
    row.eachCell((cell, column) => {
      const text = cellText(cell.value).trim().toLowerCase()
      for (const [key, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, string[]][]) {
        if (names.includes(text)) columns.set(key, column)
      }
    })
    if (columns.has('name')) headerRow = rowNumber
    else columns.clear()
  })
  if (!headerRow) {
    throw invalid(m('register.noHeaderRow'), 'file')
  }

  const rows: MemberRow[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return
    const read = (key: keyof typeof HEADERS) => {
      const column = columns.get(key)
      return column
        ? cellText(row.getCell(column).value).trim().slice(0, IMPORT_LIMITS.maxCellLength)
        : ''
    }
    const values = {
      name: read('name'),
      title: read('title'),
      organisationName: read('organisationName'),
      email: read('email'),
      phone: read('phone'),
    }
    if (Object.values(values).every((value) => value === '')) return
    rows.push({ row: rowNumber, ...values })
  })
  return rows
}
