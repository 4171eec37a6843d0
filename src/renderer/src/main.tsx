import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/charts/styles.css'
import {
  createTheme,
  MantineProvider,
  Notification,
  Select,
  type CSSVariablesResolver,
} from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { App } from './App.tsx'
import { createQueryClient } from './components/procedures.ts'
import { wordStartFilter } from './components/wordStartFilter.ts'
import './i18n/index.ts'

const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  // A screen reader must be able to name the close button of every message.
  components: {
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Stäng meddelandet' } },
    }),
    // Every picker matches names from the start of a word: "Lena" offers Lena, not Helena.
    Select: Select.extend({ defaultProps: { filter: wordStartFilter } }),
  },
})
// Mantine's dimmed grey and its red for field errors are below WCAG AA contrast on white; darker
// shades keep secondary text and error messages readable.
const accessibleColours: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5f6670', '--mantine-color-error': '#c92a2a' },
  dark: {},
})
const queryClient = createQueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={accessibleColours}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <App />
        </HashRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
)
