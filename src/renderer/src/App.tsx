import { AppShell, Group, NavLink, ScrollArea, SegmentedControl, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterLink, Route, Routes, useLocation } from 'react-router'
import { useProcedure } from './components/procedures.ts'
import { QueryState } from './components/QueryState.tsx'
import { setLanguage } from './i18n/index.ts'
import { navigation } from './navigation.tsx'

function SideMenu() {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  return (
    <AppShell.Navbar p="sm" aria-label="Huvudmeny">
      <AppShell.Section grow component={ScrollArea}>
        {navigation.map((section, index) => (
          <div key={section.group ?? index}>
            {section.group && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
                {t(section.group as 'nav.register')}
              </Text>
            )}
            {section.links
              .filter((link) => link.label)
              .map((link) => (
                <NavLink
                  key={link.path}
                  component={RouterLink}
                  to={link.path}
                  label={t(link.label as 'nav.start')}
                  active={
                    link.path === '/'
                      ? location.pathname === '/'
                      : location.pathname.startsWith(link.path)
                  }
                />
              ))}
          </div>
        ))}
      </AppShell.Section>
      <AppShell.Section>
        <SegmentedControl
          fullWidth
          size="xs"
          aria-label={t('language')}
          value={i18n.language}
          onChange={(value) => setLanguage(value === 'en' ? 'en' : 'sv')}
          data={[
            { value: 'sv', label: 'Svenska' },
            { value: 'en', label: 'English' },
          ]}
        />
      </AppShell.Section>
    </AppShell.Navbar>
  )
}

export function App() {
  const { t } = useTranslation()
  // The program's clock (and the rest of system.info) is read before any screen, so every screen
  // knows today the way the services do (useToday), never from the computer's own date.
  const info = useProcedure('system.info', {})
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md">
          <Title order={2} size="h4" c="indigo.8">
            {t('appName')}
          </Title>
        </Group>
      </AppShell.Header>
      <SideMenu />
      <AppShell.Main>
        <QueryState query={info}>
          {() => (
            <Routes>
              {navigation
                .flatMap((section) => section.links)
                .map((link) => (
                  <Route key={link.path} path={link.path} element={link.element} />
                ))}
            </Routes>
          )}
        </QueryState>
      </AppShell.Main>
    </AppShell>
  )
}
