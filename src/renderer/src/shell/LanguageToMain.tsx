import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useProcedureMutation } from '../components/procedures.ts'

/**
 * Tells main the UI's language at start and on every change: the system draws the save, folder
 * and restore dialogs and the application menu, and they should speak what the screen speaks.
 */
export function LanguageToMain() {
  const { i18n } = useTranslation()
  const { mutate } = useProcedureMutation('system.setLanguage', { meta: { refresh: false } })
  const language = i18n.language === 'en' ? 'en' : 'sv'
  useEffect(() => mutate({ language }), [language, mutate])
  return null
}
