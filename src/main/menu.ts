import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { aboutDialog, say } from './dialogs.ts'
import type { Language } from '../shared/messages/index.ts'
import { areaShortcuts, navLabels, routes, type NavKey } from '../shared/navigation.ts'

const labelOf = (language: Language, key: `nav.${NavKey}`) =>
  navLabels[language][key.slice(4) as NavKey]

/**
 * "Gå till": the side menu's areas, from the same list (src/shared/navigation.ts). The page binds
 * the area shortcuts itself, so the menu only shows them (registerAccelerator: false).
 */
export function goToMenu(
  language: Language,
  goTo: (path: string) => void,
): MenuItemConstructorOptions[] {
  const item = (link: { path: string; label?: `nav.${NavKey}` }): MenuItemConstructorOptions[] => {
    if (!link.label) return []
    const shortcut = areaShortcuts.find((candidate) => candidate.path === link.path)
    return [
      {
        label: labelOf(language, link.label),
        click: () => goTo(link.path),
        ...(shortcut
          ? { accelerator: shortcut.keys.replace('alt', 'Alt'), registerAccelerator: false }
          : {}),
      },
    ]
  }
  return routes.flatMap((section): MenuItemConstructorOptions[] =>
    'group' in section
      ? [{ label: labelOf(language, section.group), submenu: section.links.flatMap(item) }]
      : section.links.flatMap(item),
  )
}

/** The application menu in the UI's language, with the platform's usual roles. */
export function menuTemplate(options: {
  dataFolder: string
  isDev: boolean
  language: Language
  goTo: (path: string) => void
}): MenuItemConstructorOptions[] {
  const t = say(options.language)
  const isMac = process.platform === 'darwin'
  return [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about', label: t('menu.about') },
              { type: 'separator' },
              { role: 'hide', label: t('menu.hide') },
              { role: 'quit', label: t('menu.quitApp') },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.openDataFolder'), click: () => void shell.openPath(options.dataFolder) },
        { type: 'separator' },
        isMac
          ? { role: 'close', label: t('menu.closeWindow') }
          : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...(options.isDev
          ? ([
              { role: 'reload', label: t('menu.reload') },
              { role: 'toggleDevTools', label: t('menu.devTools') },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    { label: t('menu.goTo'), submenu: goToMenu(options.language, options.goTo) },
    {
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.about'),
          click: () =>
            void dialog.showMessageBox(
              aboutDialog(options.language, {
                version: app.getVersion(),
                dataFolder: options.dataFolder,
              }),
            ),
        },
      ],
    },
  ]
}

export const buildMenu = (options: Parameters<typeof menuTemplate>[0]): Menu =>
  Menu.buildFromTemplate(menuTemplate(options))
