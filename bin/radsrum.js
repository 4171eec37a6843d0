#!/usr/bin/env node
// The headless door to Rådsrum. Node ≥ 22.18 runs the TypeScript sources directly (type stripping).
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `Rådsrum behöver Node.js 22.18 eller senare (du har ${process.versions.node}).\n`,
  )
  process.exit(1)
}
const { main } = await import('../src/main/cli.ts')
await main()
