import {
  Activity,
  BudgetLine,
  FinalReport,
  Grant,
  Indicator,
  IndicatorValue,
  ReportSignatory,
} from './budget.ts'
import {
  GoalDocument,
  GoalSection,
  GoalVersion,
  GoalVersionSection,
  Idea,
  IdeaLink,
} from './goals.ts'
import { Attendance, QuorumRuleSetting } from './attendance.ts'
import { Installation } from './installation.ts'
import { AgendaItem, AgendaTemplateItem, Meeting } from './meetings.ts'
import {
  ActionItem,
  Decision,
  Minutes,
  MinutesParagraph,
  SituationReport,
  StandardPhrase,
  AdjustedRecord,
} from './minutes.ts'
import { Body, Membership, Organisation, Person, Seat } from './register.ts'

/** Every entity, listed explicitly (a bundle cannot glob). */
export const entities = [
  Organisation,
  Person,
  Body,
  Seat,
  Membership,
  GoalDocument,
  GoalSection,
  GoalVersion,
  GoalVersionSection,
  Idea,
  IdeaLink,
  Grant,
  Activity,
  BudgetLine,
  Indicator,
  IndicatorValue,
  FinalReport,
  ReportSignatory,
  Meeting,
  AgendaItem,
  AgendaTemplateItem,
  Attendance,
  QuorumRuleSetting,
  Minutes,
  MinutesParagraph,
  Decision,
  ActionItem,
  StandardPhrase,
  SituationReport,
  Installation,
  AdjustedRecord,
]
