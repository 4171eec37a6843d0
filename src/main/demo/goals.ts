import type { ServiceContext } from '../context.ts'
import { goalHandlers } from '../services/goals/index.ts'
import type { IdeaCategory } from '../../shared/domain/goals.ts'

const WORKSHOP = 'Workshop med följeforskaren'
const WORKSHOP_DATE = '2013-10-15'

/** The seed's workshop ideas ("Vilket värde ska Trygghetsrådet skapa för Sundsvalls medborgare och besökare?"). */
export const WORKSHOP_IDEAS: {
  category: IdeaCategory
  text: string
  feeds?: 'Mål' | 'Strategier'
  status?: 'takenForward' | 'done'
}[] = [
  {
    category: 'doMore',
    text: 'Trygghetsuppdraget gäller alla anställda i kommunen',
    feeds: 'Mål',
    status: 'takenForward',
  },
  {
    category: 'doMore',
    text: 'Ena hela kommunen i klotterfrågan',
    feeds: 'Strategier',
    status: 'takenForward',
  },
  { category: 'doMore', text: 'Arbeta med värderingar och attityder' },
  {
    category: 'doBetter',
    text: 'Kommunikation och medborgardialog',
    feeds: 'Strategier',
    status: 'takenForward',
  },
  { category: 'doBetter', text: 'Aktivare trygghetsgrupper', feeds: 'Mål', status: 'takenForward' },
  { category: 'doNew', text: 'Utöka uppdraget till trygghetsgrupperna', feeds: 'Mål' },
  { category: 'doNew', text: 'Känn din granne' },
  {
    category: 'doNew',
    text: 'En trygghetsgrupp per möte kommer och presenterar sig på rådets möte',
    feeds: 'Strategier',
    status: 'done',
  },
  { category: 'doNew', text: 'Trygga Sundsvall i skolan' },
  { category: 'doNew', text: 'Tidskrift för och av ungdomar tillsammans med professionella' },
  {
    category: 'rethink',
    text: 'Vuxna i barns närvaro, t.ex. bibliotek och fritidsgård, pensionärer och skolbarn i samma matsal',
  },
]

const FIRST_DRAFT: Record<string, string> = {
  Vision: 'Sundsvall är en trygg kommun att bo i, arbeta i och besöka.',
  Uppdrag:
    'Trygghetsrådet samordnar kommunens, polisens och andra aktörers trygghetsarbete och stödjer de lokala trygghetsgrupperna.\n' +
    'Rådet ska vara ett strategiskt forum där beslutsfattare möts.',
  Mål:
    '- Tryggheten i kommunen ska öka enligt polisens trygghetsundersökning.\n' +
    '- Alla lokala trygghetsgrupper ska vara i gång.\n' +
    '- Rådets möten ska ha god närvaro.',
  Strategier:
    '- Trygghetsdagar för alla trygghetsgrupper och rådet varje år.\n' +
    '- Trygghetsvandringar i bostadsområdena.\n' +
    '- Samarbete med följeforskare.',
  Uppföljning: 'Rådet följer upp målen en gång om året.',
}

const SECOND_DRAFT: Record<string, string> = {
  Vision:
    'Sundsvall är en trygg och välkomnande kommun att bo i, arbeta i och besöka, för alla åldrar.',
  Uppdrag:
    'Trygghetsrådet samordnar kommunens, polisens och andra aktörers trygghetsskapande arbete och stödjer de lokala trygghetsgrupperna.\n' +
    'Rådet ska vara ett strategiskt forum där beslutsfattare möts och där beslut verkställs snabbt.\n' +
    'Trygghetsuppdraget gäller alla anställda i kommunen.',
  Mål:
    '- Trygghetsindex i polisens trygghetsundersökning ska fortsätta att sjunka från 1,21 (2013).\n' +
    '- Alla fjorton lokala trygghetsgrupper ska vara aktiva och ha en handlingsplan.\n' +
    '- Rådets möten ska ha minst tre fjärdedelars närvaro, med ersättare när ledamoten har förhinder.\n' +
    '- Oron för bostadsinbrott och misshandel ska minska i Öppna jämförelser.',
  Strategier:
    '- Trygghetsdagar för alla trygghetsgrupper och rådet varje år.\n' +
    '- Trygghetsvandringar i bostadsområdena.\n' +
    '- En trygghetsgrupp per möte presenterar sig på rådets möte.\n' +
    '- En kommunikationsplan för medborgardialog.\n' +
    '- Ena hela kommunen i klotterfrågan.',
  Uppföljning:
    'Rådet följer upp målen en gång om året och rapporterar till kommunstyrelsen.\n' +
    'Lägesbilden förs från möte till möte så att den inte behöver upprepas.',
}

/** A first draft of the council's goal document in two versions, and the workshop ideas feeding it. */
export async function loadGoalsExample(
  ctx: ServiceContext,
  councilId: number,
): Promise<{ documentId: number }> {
  const call = goalHandlers
  let document = await call['goals.createDocument'](ctx, {
    bodyId: councilId,
    title: 'Måldokument för Trygghetsrådet',
  })
  const write = async (texts: Record<string, string>) => {
    for (const section of document.sections) {
      await call['goals.updateSection'](ctx, {
        id: section.id,
        version: section.version,
        heading: section.heading,
        text: texts[section.heading] ?? '',
      })
    }
    document = await call['goals.getDocument'](ctx, { id: document.id })
  }
  await write(FIRST_DRAFT)
  await call['goals.saveVersion'](ctx, {
    documentId: document.id,
    comment: 'Första utkast efter förstudien',
    author: null,
  })
  await write(SECOND_DRAFT)
  await call['goals.saveVersion'](ctx, {
    documentId: document.id,
    comment: 'Bearbetat efter workshopen: mätbara mål och nya strategier',
    author: null,
  })

  const sectionId = (heading: string) =>
    document.sections.find((section) => section.heading === heading)?.id
  for (const idea of WORKSHOP_IDEAS) {
    const linked = idea.feeds ? sectionId(idea.feeds) : undefined
    await call['goals.createIdea'](ctx, {
      bodyId: councilId,
      text: idea.text,
      category: idea.category,
      status: idea.status ?? 'new',
      source: WORKSHOP,
      sourceDate: WORKSHOP_DATE,
      sectionIds: linked ? [linked] : [],
    })
  }
  return { documentId: document.id }
}
