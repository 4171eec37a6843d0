import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/charts/styles.css'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode, useMemo, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { useTranslation } from 'react-i18next'
import { App } from './App.tsx'
import { preloadScreens } from './navigation.tsx'
import { createQueryClient } from './components/procedures.ts'
import { ConfirmProvider } from './components/useConfirm.tsx'
import { LanguageToMain } from './shell/LanguageToMain.tsx'
import './i18n/index.ts'
import { accessibleColours, buildTheme } from './theme.ts'

const queryClient = createQueryClient()

/** The theme carries translated labels (close buttons), so it follows the chosen language. */
function ThemedApp({ children }: { children: ReactNode }) {
  // react-i18next hands out a new t when the language changes.
  const { t } = useTranslation()
  const theme = useMemo(() => buildTheme(t), [t])
  return (
    <MantineProvider theme={theme} cssVariablesResolver={accessibleColours}>
      {children}
    </MantineProvider>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemedApp>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <LanguageToMain />
        <HashRouter>
          <ConfirmProvider>
            <App />
          </ConfirmProvider>
        </HashRouter>
      </QueryClientProvider>
    </ThemedApp>
  </StrictMode>,
)

// After the first paint: the screens' chunks load in the background (navigation.tsx).
setTimeout(preloadScreens, 500)
