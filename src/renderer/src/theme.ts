import {
  Alert,
  createTheme,
  darken,
  luminance,
  Modal,
  Notification,
  Select,
  type CSSVariablesResolver,
  type MantineTheme,
} from '@mantine/core'
import type { TFunction } from 'i18next'
import { wordStartFilter } from './components/wordStartFilter.ts'

const PRIMARY_SHADE = 8

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The colour, darkened in small steps until it reaches 4.5:1 (WCAG AA for text) against `on`. */
function readable(colour: string, on: string): string {
  let result = colour
  for (let step = 1; contrast(result, on) < 4.5 && step <= 10; step++)
    result = darken(colour, step * 0.05)
  return result
}

export function buildTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: PRIMARY_SHADE, dark: 5 },
    defaultRadius: 'sm',
    // A secretary who asks the system for less motion gets menus and dialogs without animation.
    respectReducedMotion: true,
    fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    // A screen reader must be able to name the close button of every message and dialog.
    components: {
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': t('actions.closeMessage') } },
      }),
      Alert: Alert.extend({
        defaultProps: { closeButtonLabel: t('actions.closeMessage') },
      }),
      // Every picker matches names from the start of a word: "Lena" offers Lena, not Helena.
      Select: Select.extend({ defaultProps: { filter: wordStartFilter } }),
      Modal: Modal.extend({
        defaultProps: {
          closeButtonProps: { 'aria-label': t('actions.closeDialog') },
          // Mantine draws a dialog's title bar as <header>, a second banner landmark beside the
          // app's own for axe and some screen readers; the dialog's name is its title already.
          attributes: { header: { role: 'none' } },
        },
      }),
    },
  })
}

/**
 * Mantine's dimmed grey, its red for field errors, the text of its light badges and alerts and the
 * white on its filled buttons are below WCAG AA contrast for several colours; each colour's text
 * shade is darkened just enough to reach 4.5:1 on the background it is drawn on.
 */
export const accessibleColours: CSSVariablesResolver = (theme: MantineTheme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': '#5f6670',
    '--mantine-color-error': '#c92a2a',
  }
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (name === 'dark') continue
    light[`--mantine-color-${name}-light-color`] = readable(shades[9], shades[1])
    light[`--mantine-color-${name}-filled`] = readable(shades[PRIMARY_SHADE], '#ffffff')
    light[`--mantine-color-${name}-outline`] = readable(shades[PRIMARY_SHADE], '#ffffff')
    // Text in a colour (c="teal") is drawn on white.
    light[`--mantine-color-${name}-text`] = readable(shades[PRIMARY_SHADE], '#ffffff')
  }
  return { variables: {}, light, dark: {} }
}
