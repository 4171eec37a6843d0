import {
  AppShell,
  Button,
  Group,
  Center,
  Kbd,
  Loader,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, Route, Routes, useLocation, useNavigate } from 'react-router'
import { useProcedure } from './components/procedures.ts'
import { QueryState } from './components/QueryState.tsx'
import { setLanguage } from './i18n/index.ts'
import { navigation } from './navigation.tsx'
import classes from './shell/App.module.css'
import { GoTo, openGoTo } from './shell/GoTo.tsx'
import { areaShortcuts } from './shell/shortcuts.ts'

const isActive = (path: string, current: string) =>
  path === '/' ? current === '/' : current.startsWith(path)

/** The group that holds the current screen. */
function groupOf(pathname: string): string | undefined {
  return navigation.find((section) =>
    section.links.some((link) => link.label && isActive(link.path, pathname)),
  )?.group
}

/**
 * Groups fold; the current screen's group is always open.
 */
function SideMenu() {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const current = groupOf(location.pathname)
  // Only the current screen's group starts open, so the menu fits a 768 px screen without
  // scrolling; the secretary opens other groups with Enter or a click.
  const [open, setOpen] = useState<Set<string>>(() => new Set(current ? [current] : []))
  // Moving to another group's screen folds the others, so the menu keeps fitting.
  useEffect(() => {
    if (current) setOpen(new Set([current]))
  }, [current])
  const toggle = (group: string) =>
    setOpen((previous) => {
      const next = new Set(previous)
      if (next.has(group)) next.delete(group)
      else next.add(group)
      return next
    })
  const links = (section: (typeof navigation)[number]) =>
    section.links
      .filter((link) => link.label)
      .map((link) => (
        <NavLink
          key={link.path}
          component={RouterLink}
          to={link.path}
          label={t(link.label as 'nav.start')}
          active={isActive(link.path, location.pathname)}
          // The menu's own rule says where the secretary is (a meeting's tabs belong to the
          // overview), for the eye and for a screen reader alike.
          aria-current={isActive(link.path, location.pathname) ? 'page' : undefined}
        />
      ))
  return (
    <AppShell.Navbar p="sm" aria-label={t('menu')}>
      <AppShell.Section grow component={ScrollArea}>
        {navigation.map((section, index) =>
          section.group ? (
            // A group header is a button that says whether its links show, so a screen reader
            // announces it as folded and the secretary knows it opens.
            <NavLink
              key={section.group}
              component="button"
              type="button"
              aria-expanded={open.has(section.group)}
              label={t(section.group as 'nav.start')}
              fw={700}
              opened={open.has(section.group)}
              onChange={() => toggle(section.group!)}
              childrenOffset={8}
            >
              {links(section)}
            </NavLink>
          ) : (
            <div key={index}>{links(section)}</div>
          ),
        )}
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
  const navigate = useNavigate()
  useHotkeys(
    areaShortcuts.map((shortcut) => [shortcut.keys, () => navigate(shortcut.path)]),
    [],
  )
  const skip = () => document.getElementById('main')?.focus()
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <UnstyledButton className={classes.skip} onClick={skip}>
        {t('skipToContent')}
      </UnstyledButton>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={2} size="h4" c="indigo.8">
            {t('appName')}
          </Title>
          <Button
            variant="default"
            onClick={() => openGoTo()}
            rightSection={
              <Group gap={2} aria-hidden>
                <Kbd size="xs">Ctrl</Kbd>
                <Kbd size="xs">K</Kbd>
              </Group>
            }
            aria-keyshortcuts="Control+K"
          >
            {t('goTo.button')}
          </Button>
        </Group>
      </AppShell.Header>
      <SideMenu />
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <QueryState query={info}>
          {() => (
            // A screen's code is loaded the first time it is opened (navigation.tsx).
            <Suspense
              fallback={
                <Center mih={200}>
                  <Loader size="sm" aria-label={t('states.loading')} />
                </Center>
              }
            >
              <Routes>
                {navigation
                  .flatMap((section) => section.links)
                  .map((link) => (
                    <Route key={link.path} path={link.path} element={link.element} />
                  ))}
              </Routes>
            </Suspense>
          )}
        </QueryState>
      </AppShell.Main>
      <GoTo />
    </AppShell>
  )
}
