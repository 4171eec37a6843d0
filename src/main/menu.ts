import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'

/** The Swedish application menu with the platform's usual roles. */
export function buildMenu(options: { dataFolder: string; isDev: boolean }): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about', label: 'Om Rådsrum' },
              { type: 'separator' },
              { role: 'hide', label: 'Göm Rådsrum' },
              { role: 'quit', label: 'Avsluta Rådsrum' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'Arkiv',
      submenu: [
        { label: 'Öppna datamappen', click: () => void shell.openPath(options.dataFolder) },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Stäng fönstret' } : { role: 'quit', label: 'Avsluta' },
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        ...(options.isDev
          ? ([
              { role: 'reload', label: 'Läs om' },
              { role: 'toggleDevTools', label: 'Utvecklarverktyg' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: 'Normal storlek' },
        { role: 'zoomIn', label: 'Zooma in' },
        { role: 'zoomOut', label: 'Zooma ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Helskärm' },
      ],
    },
    {
      label: 'Hjälp',
      submenu: [
        {
          label: 'Om Rådsrum',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'Om Rådsrum',
              message: `Rådsrum ${app.getVersion()}`,
              detail: `Sekreterarens verktyg för trygghetsråd och lokala trygghetsgrupper.\n\nDatamapp: ${options.dataFolder}`,
            }),
        },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
