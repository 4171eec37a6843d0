/** The program-wide shortcuts, in the order the help page lists them; App.tsx binds the ones with a path. */
export const areaShortcuts = [
  { keys: 'alt+1', path: '/' },
  { keys: 'alt+2', path: '/meetings' },
  { keys: 'alt+3', path: '/minutes' },
  { keys: 'alt+4', path: '/register/bodies' },
  { keys: 'alt+5', path: '/goals' },
  { keys: 'alt+6', path: '/budget' },
  { keys: 'F1', path: '/help' },
] as const

/** Shortcuts that work inside a screen; each key names the text in the common namespace's `help.keys`. */
export const screenShortcuts = [
  { keys: ['Ctrl', 'K'], text: 'goTo' },
  { keys: ['Tab'], text: 'skip' },
  { keys: ['Esc'], text: 'escape' },
  { keys: ['Alt', '↑ / ↓'], text: 'reorder' },
  { keys: ['N', 'F', 'H'], text: 'attendance' },
] as const
