import type { goals as sv } from '../sv/goals.ts'

export const goals: Record<keyof typeof sv, string> = {
  'goals.versionMissing': 'The version number is missing. Reload the page.',
  'goals.chooseCategoryLong': 'Choose a category: do more, do better, do new or rethink.',
  'goals.chooseStatus': 'Choose a status.',
  'goals.ideaSectionsMax': 'An idea can be linked to at most {max} sections.',
  'goals.upOrDown': 'Give up or down.',
  'goals.draftOrConsultation': 'Choose draft or out for consultation.',
  'goals.chooseCategory': 'Choose a category.',
  'goals.adoptedLocked':
    'The goal document is adopted and the adopted version is locked. Choose “Begin revision” to go on working in a new draft; the adopted version does not change.',
  'goals.sectionsMax': 'A goal document can have at most {max} sections.',
  'goals.sectionExists': 'There is already a section called “{heading}”. Choose another heading.',
  'goals.lastSection': 'A goal document must have at least one section.',
  'goals.alreadyFirst': 'The section is already first.',
  'goals.alreadyLast': 'The section is already last.',
  'goals.alreadyStatus': 'The goal document already has the status {status:lower}.',
  'goalStatus.draft': 'Draft',
  'goalStatus.consultation': 'Out for consultation',
  'goalStatus.adopted': 'Adopted',
  'goals.adoptedNoConsultation':
    'An adopted goal document is not sent out for consultation. Begin a revision first.',
  'goals.saveVersionFirst':
    'Save a version before the document is sent out for consultation: the consultation concerns a given version.',
  'goals.sectionGone': 'One of the sections no longer exists. Reload and choose again.',
  'goals.ideaSameBody': 'The idea can only be linked to goal documents of the same body.',
  'goals.versionNotFound': 'Version {number} no longer exists. Refresh the list and try again.',
  'goals.sameVersions': 'Choose two different versions to compare.',
  'goals.unchanged':
    'The draft is unchanged since version {version}; there is nothing new to save.',
  'goals.versionAdopted':
    'Version {number} is adopted ({reference}) and locked. It cannot be changed.',
  'goals.alreadyAdopted':
    'The goal document is already adopted. Begin a revision and save a new version if a changed text is to be adopted.',
  'goals.onlyLatest':
    'Only the latest version (version {latest}) can be adopted. Restore the draft to version {number} and save it as a new version if that is the text that was adopted.',
  'goals.decisionInFuture': 'The decision date cannot be in the future.',
  'goals.decisionBeforeVersion':
    'The decision date cannot be before the day the version was saved.',
}
