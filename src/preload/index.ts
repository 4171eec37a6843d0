import { contextBridge, ipcRenderer } from 'electron'
import { procedureNames } from '../shared/api/index.ts'
import { buildBridge } from '../shared/api/bridge.ts'

// One frozen object, one method per procedure of the contract; no raw ipcRenderer reaches the page.
contextBridge.exposeInMainWorld(
  'api',
  buildBridge(procedureNames, (name, input) => ipcRenderer.invoke(name, input)),
)
