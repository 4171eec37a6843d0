import type { common as sv } from '../sv/common.ts'

export const common: typeof sv = {
  appName: 'Rådsrum',
  nav: {
    start: 'Start',
    register: 'Register',
    organisations: 'Organisations',
    people: 'People',
    bodies: 'Council and groups',
    import: 'Import people',
    goals: 'Goals and ideas',
    goalDocuments: 'Goal documents',
    ideas: 'Idea bank',
  },
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
  language: 'Language',
  sortBy: 'Sort by {{column}}',
}
