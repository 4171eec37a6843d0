import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources } from './resources.ts'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['sv']
  }
}

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('radsrum.language')

void i18next.use(initReactI18next).init({
  resources,
  lng: stored === 'en' ? 'en' : 'sv',
  fallbackLng: 'sv',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
})

// The page's language follows the stored choice from the first paint (screen readers read by it).
if (typeof document !== 'undefined') document.documentElement.lang = i18next.language

export function setLanguage(language: 'sv' | 'en'): void {
  localStorage.setItem('radsrum.language', language)
  void i18next.changeLanguage(language)
  document.documentElement.lang = language
}

/** The UI's language, for what is formatted outside i18next (long dates, server messages). */
export const uiLanguage = (): 'sv' | 'en' => (i18next.language === 'en' ? 'en' : 'sv')

/** How a date is typed: ÅÅÅÅ-MM-DD, or YYYY-MM-DD in English. */
export const datePlaceholder = (): string => i18next.t('datePlaceholder')

export default i18next
