/**
 * The renderer's first JavaScript: what the window must load before it can paint, i.e. the entry
 * chunk of out/renderer/index.html and every chunk it imports statically (the modulepreload links;
 * screens loaded on demand are not counted). Compared against a bare page built in the same run
 * with the same UI kit (Mantine's provider, an AppShell, a button) and the same build settings.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import type { Figure } from './figures.ts'

const KILOBYTE = 1024

/** Bytes of the scripts an index.html loads before first paint (its module script and modulepreloads). */
export function initialScriptBytes(folder: string): number {
  const html = readFileSync(join(folder, 'index.html'), 'utf8')
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]!)
  return [...new Set(scripts)].reduce((sum, src) => sum + statSync(join(folder, src)).size, 0)
}

/** Builds the bare Mantine page in .bench/bare-mantine (inside the project, so node_modules resolve). */
async function bareMantineBytes(): Promise<number> {
  const root = resolve('.bench/bare-mantine')
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  )
  writeFileSync(
    join(root, 'main.tsx'),
    `import '@mantine/core/styles.css'
import { AppShell, Button, MantineProvider, Title } from '@mantine/core'
import { createRoot } from 'react-dom/client'
createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <AppShell header={{ height: 52 }} padding="lg">
      <AppShell.Header><Title order={2}>Rådsrum</Title></AppShell.Header>
      <AppShell.Main><Button>Exportera</Button></AppShell.Main>
    </AppShell>
  </MantineProvider>,
)
`,
  )
  await build({
    root,
    base: './',
    logLevel: 'silent',
    configFile: false,
    plugins: [react()],
    build: { outDir: join(root, 'out'), minify: true, emptyOutDir: true },
  })
  return initialScriptBytes(join(root, 'out'))
}

export async function bundleFigures(): Promise<Figure[]> {
  const ours = initialScriptBytes(resolve('out/renderer')) / KILOBYTE
  const bare = (await bareMantineBytes()) / KILOBYTE
  return [
    { name: 'renderer: initial JS, bare Mantine page', median: bare, p95: bare, unit: 'kB' },
    {
      name: 'renderer: initial JS before first paint',
      median: ours,
      p95: ours,
      unit: 'kB',
      ratio: ours / bare,
      target: '≤ 1024 kB',
      met: ours <= 1024,
    },
  ]
}
