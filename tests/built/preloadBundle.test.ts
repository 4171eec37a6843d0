/**
 * The built preload (out/preload/index.cjs) as a sandboxed renderer runs it: in a bare context with
 * no Node globals, where `require` knows only `electron`. A preload that requires anything else
 * would fail to load in the real app, and the page would have no `window.api`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createContext, runInContext } from 'node:vm'
import { expect, it } from 'vitest'
import { procedureNames } from '../../src/shared/api/index.ts'

const PRELOAD = resolve('out/preload/index.cjs')

function runPreload() {
  if (!existsSync(PRELOAD))
    throw new Error(`${PRELOAD} saknas: kör electron-vite build före det här testet.`)
  const required: string[] = []
  const exposed = new Map<string, unknown>()
  const invoked: [string, unknown][] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => (
        invoked.push([channel, input]),
        Promise.resolve({ ok: true, value: channel })
      ),
    },
  }
  const require = (name: string) => {
    required.push(name)
    if (name === 'electron') return electron
    throw new Error(`module not found: ${name} (a sandboxed preload can only require electron)`)
  }
  const context = createContext({})
  const wrapped = runInContext(
    `(function (exports, require, module) {\n${readFileSync(PRELOAD, 'utf8')}\n})`,
    context,
    { filename: PRELOAD },
  ) as (exports: object, require: (name: string) => unknown, module: object) => void
  const module = { exports: {} }
  wrapped(module.exports, require, module)
  return { required, exposed, invoked }
}

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>

it('requires only electron and exposes one frozen api: exactly the areas and procedures of the contract', async () => {
  const { required, exposed, invoked } = runPreload()
  expect([...new Set(required)]).toEqual(['electron'])
  expect([...exposed.keys()]).toEqual(['api'])
  const api = exposed.get('api') as Bridge
  expect(Object.isFrozen(api)).toBe(true)
  const areas = [...new Set(procedureNames.map((name) => name.slice(0, name.indexOf('.'))))]
  expect(Object.keys(api).sort()).toEqual(areas.sort())
  for (const area of Object.keys(api)) expect(Object.isFrozen(api[area]), area).toBe(true)
  const exposedNames = Object.entries(api).flatMap(([area, verbs]) =>
    Object.keys(verbs).map((verb) => `${area}.${verb}`),
  )
  expect(exposedNames.sort()).toEqual([...procedureNames].sort())
  // Each method is a call on its own channel; a missing input is sent as {}.
  expect(await api.register!.listBodies!()).toEqual({ ok: true, value: 'register.listBodies' })
  expect(await api.meetings!.list!({ bodyId: 3 })).toEqual({ ok: true, value: 'meetings.list' })
  expect(invoked).toEqual([
    ['register.listBodies', {}],
    ['meetings.list', { bodyId: 3 }],
  ])
})
