import zlib, { crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  /** Stored compressed with deflate; or give the parts to stream-compress something huge. */
  data?: Uint8Array | string
  /** A huge entry made of `repeat` copies of `chunk` (compressed chunk by chunk, never held whole). */
  huge?: { chunk: string; repeat: number; prefix?: string; suffix?: string }
  /** Lie about the uncompressed size in the headers (a "lying" zip bomb). */
  declaredSize?: number
}

/** A minimal zip writer for hostile test files (deflate, no zip64). */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    let compressed: Buffer
    let crc: number
    let size: number
    if (entry.huge) {
      const { chunk, repeat, prefix = '', suffix = '' } = entry.huge
      const text = Buffer.from(chunk)
      // Deflate segments ending in a full flush are byte-aligned and independent, so one compressed
      // block can be repeated: the whole entry is never held in memory.
      const flushed = (data: Buffer) =>
        deflateRawSync(data, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH })
      const head = Buffer.from(prefix)
      const tail = Buffer.from(suffix)
      const block = Buffer.concat(
        Array.from({ length: Math.max(1, Math.floor((1 << 20) / text.length)) }, () => text),
      )
      const blocks = Math.max(1, Math.round((repeat * text.length) / block.length))
      const compressedBlock = flushed(block)
      crc = crc32(head)
      for (let index = 0; index < blocks; index++) crc = crc32(block, crc)
      crc = crc32(tail, crc)
      size = head.length + blocks * block.length + tail.length
      compressed = Buffer.concat([
        flushed(head),
        ...Array.from({ length: blocks }, () => compressedBlock),
        deflateRawSync(tail),
      ])
    } else {
      const data =
        typeof entry.data === 'string'
          ? Buffer.from(entry.data)
          : Buffer.from(entry.data ?? new Uint8Array())
      compressed = deflateRawSync(data)
      crc = crc32(data)
      size = data.length
    }
    const declared = entry.declaredSize ?? size
    const name = Buffer.from(entry.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(declared >>> 0, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(declared >>> 0, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
