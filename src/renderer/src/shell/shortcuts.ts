/** The area shortcuts are shared with main's application menu (src/shared/navigation.ts). */
export { areaShortcuts } from '../../../shared/navigation.ts'

/** Shortcuts that work inside a screen; each key names the text in the common namespace's `help.keys`. */
export const screenShortcuts = [
  { keys: ['Ctrl', 'K'], text: 'goTo' },
  { keys: ['Tab'], text: 'skip' },
  { keys: ['Esc'], text: 'escape' },
  { keys: ['Alt', '↑ / ↓'], text: 'reorder' },
  { keys: ['N', 'F', 'H'], text: 'attendance' },
] as const
