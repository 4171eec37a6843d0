import { navLabels } from '../../../../shared/navigation.ts'
import type { common as sv } from '../sv/common.ts'

export const common: typeof sv = {
  datePlaceholder: 'YYYY-MM-DD',
  appName: 'Rådsrum',
  nav: navLabels.en,
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    add: 'Add',
    close: 'Close',
    search: 'Search',
    export: 'Export',
    open: 'Open',
    confirm: 'Confirm',
    closeMessage: 'Close the message',
    closeDialog: 'Close the dialog',
  },
  filters: {
    body: 'Body',
    anyBody: 'All bodies',
    organisation: 'Organisation',
    anyOrganisation: 'All organisations',
    person: 'Person',
    anyPerson: 'Everyone',
  },
  autosave: {
    saving: 'Saving …',
    unsaved: 'Not saved yet',
    savedAt: 'Saved {{time}}',
    notSavedOnLeave:
      'The text could not be saved when you left the page: {{message}} It is kept and saved when you open the page again.',
  },
  empty: {
    bodies:
      'No body is registered yet. Start with the safety council: its name, area and the organisations’ seats.',
    organisations:
      'No organisation is registered yet. Add the organisations that hold seats on the council, such as the municipality, the police and the fire service.',
    people:
      'No person is registered yet. Add members and deputies one at a time, or import a list from Excel.',
    importPeople: 'Import people',
    minutes:
      'No meetings yet. Minutes are written for a meeting: plan the council’s first meeting under Meetings.',
    actions:
      'No open actions right now. Actions are given in the minutes, under a paragraph, and followed here until they are done.',
    decisions:
      'No decisions yet. Decisions are written in the minutes under a paragraph and can then be searched here.',
    noBody: 'There is no body yet. Register the safety council first; then you can fill this in.',
    noCouncil: 'There is no safety council in the register. Register the council first.',
    registerCouncil: 'Register the council',
    toMeetings: 'Go to Meetings',
    toMinutes: 'Go to the minutes',
    toBudget: 'Go to Budget and activities',
    noMeetingsHeld:
      'No held meetings with a roll call yet for this selection. Attendance is taken at the meeting, on its Attendance tab.',
  },
  states: {
    loading: 'Loading …',
    empty: 'Nothing to show yet.',
    saved: 'Saved',
    error: 'Something went wrong',
  },
  document: {
    saved: 'The document was saved',
    savedTo: 'Saved as {{path}}',
    openIt: 'Open the document',
    notSaved: 'The document was not saved.',
    working: 'Creating the document …',
  },
  menu: 'Main menu',
  skipToContent: 'Skip to content',
  goTo: {
    button: 'Search or go to …',
    title: 'Search or go to',
    placeholder: 'Type a page or a search term',
    nothing: 'No page by that name.',
    screens: 'Pages',
    searchMinutes: 'Search the minutes for “{{text}}”',
  },
  help: {
    title: 'Help',
    intro: 'Everything in Rådsrum can be done with the keyboard. These are the shortcuts.',
    shortcuts: 'Keyboard shortcuts',
    keysColumn: 'Keys',
    doesColumn: 'Does',
    goTo: 'Go to {{screen}}',
    keys: {
      goTo: 'Search or go to a page, wherever you are',
      skip: 'First Tab on a page: skip the menu to the content',
      escape: 'Close a dialog without saving',
      reorder: 'Move an item in a list (agenda, phrases, sections)',
      attendance: 'Attendance at roll call: present, excused, absent',
    },
    menu: 'The menu’s groups open and close with Enter or a click on the group’s name.',
  },
  language: 'Language',
  sortBy: 'Sort by {{column}}',
}
